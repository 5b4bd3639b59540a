import type { GitHub } from './client.js';
import { toForbidden, write, type Forbidden } from './errors.js';
import { CHECK_SUMMARY_LIMIT } from '../format/limits.js';
import { trimWithNote } from './trim.js';

/** Arguments of {@link startCheckRun}. */
export interface StartCheckRunOptions {
  owner: string;
  repo: string;
  /** The `check-name` input. */
  name: string;
  /** Commit the check is attached to (the pull request head, not the merge commit). */
  headSha: string;
  /** Link shown on the check, e.g. the workflow run. */
  detailsUrl?: string;
}

/** Arguments of {@link completeCheckRun}. */
export interface CompleteCheckRunOptions {
  owner: string;
  repo: string;
  checkRunId: number;
  conclusion: 'success' | 'failure' | 'neutral' | 'cancelled' | 'action_required';
  title: string;
  /** Markdown; trimmed with a visible note past 65,535 characters. */
  summary: string;
  /** Markdown details; same limit. */
  text?: string;
}

/** Outcome of a check-run call. */
export type CheckRunResult = { status: 'ok'; checkRunId: number; url: string } | Forbidden;

/**
 * The `external_id` of every check run the action creates: a job's own check run (GitHub names it
 * after the job, and a fork's workflow can name a job anything) is not one of ours.
 */
export const CHECK_EXTERNAL_ID = 'prompt-versioner-action';

// GitHub documents no limit for the title; it is shown on one line, so keep it short.
const TITLE_MAX = 1_000;

/** Creates the check run `in_progress`; a token that may not create checks gives `forbidden`. */
export async function startCheckRun(
  gh: GitHub,
  opts: StartCheckRunOptions,
): Promise<CheckRunResult> {
  try {
    const { data } = await write('create a check run', () =>
      gh.rest.checks.create({
        owner: opts.owner,
        repo: opts.repo,
        name: opts.name,
        head_sha: opts.headSha,
        external_id: CHECK_EXTERNAL_ID,
        status: 'in_progress',
        started_at: new Date().toISOString(),
        ...(opts.detailsUrl !== undefined ? { details_url: opts.detailsUrl } : {}),
      }),
    );
    return { status: 'ok', checkRunId: data.id, url: data.html_url ?? '' };
  } catch (error) {
    return toForbidden(error, 'create a check run');
  }
}

/** The check-run output within GitHub's limits (pure). */
export function checkOutput(opts: Pick<CompleteCheckRunOptions, 'title' | 'summary' | 'text'>): {
  title: string;
  summary: string;
  text?: string;
} {
  const title = trimWithNote(opts.title, TITLE_MAX, 'the summary');
  const summary = trimWithNote(opts.summary, CHECK_SUMMARY_LIMIT);
  return opts.text === undefined
    ? { title, summary }
    : { title, summary, text: trimWithNote(opts.text, CHECK_SUMMARY_LIMIT) };
}

/** Completes the check run with a conclusion and its output. */
export async function completeCheckRun(
  gh: GitHub,
  opts: CompleteCheckRunOptions,
): Promise<CheckRunResult> {
  try {
    const { data } = await write('complete the check run', () =>
      gh.rest.checks.update({
        owner: opts.owner,
        repo: opts.repo,
        check_run_id: opts.checkRunId,
        status: 'completed',
        conclusion: opts.conclusion,
        completed_at: new Date().toISOString(),
        output: checkOutput(opts),
      }),
    );
    return { status: 'ok', checkRunId: data.id, url: data.html_url ?? '' };
  } catch (error) {
    return toForbidden(error, 'complete the check run');
  }
}
