/**
 * The check run a mode reports on. A mode always holds a Check: NO_CHECK when there is none (no
 * `check-name`, a token that may not create one, or a run that is not the one to report), so
 * nothing downstream asks whether there is one.
 */
import { runUrl, type ActionContext } from '../action/context.js';
import { onCancel } from '../action/cancel.js';
import type { ActionIO } from '../action/io.js';
import type { Config } from '../config/config.js';
import { describeError } from '../errors.js';
import { md } from '../format/escape.js';
import { completeCheckRun, startCheckRun, type GitHub } from '../github/index.js';
import { checkWithAcceptance } from '../render/compare/acceptance.js';
import { checkConclusion, renderCheckOutput } from '../render/compare/check.js';
import type { CompareReport } from '../report/types.js';

/** What a check run is completed with: a conclusion, a title and a Markdown summary. */
export interface CheckResult {
  readonly conclusion: 'success' | 'failure' | 'neutral' | 'action_required';
  readonly title: string;
  readonly summary: string;
}

/** A check run in progress, or none. */
export interface Check {
  /** Completes the check run; a refusal is a warning in the log, not a failure. */
  finish(result: CheckResult): Promise<void>;
}

/** A check run's end when its run was cancelled first. */
const CANCELLED = {
  conclusion: 'cancelled',
  title: 'Cancelled before a verdict',
  summary: 'The workflow run was cancelled before it finished: re-run the job for a verdict.',
} as const;

/** The check run that is not there: finishing it does nothing. */
export const NO_CHECK: Check = { finish: () => Promise.resolve() };

/** Creates the check run `in_progress` on the head commit, warning (not failing) when refused. */
export async function beginCheck(
  gh: GitHub,
  ctx: ActionContext,
  config: Config,
  headSha: string,
  io: ActionIO,
): Promise<Check> {
  if (!config.checkName) return NO_CHECK;
  const creating = startCheckRun(gh, {
    owner: ctx.owner,
    repo: ctx.repo,
    name: config.checkName,
    headSha,
    detailsUrl: runUrl(ctx),
  });
  // Cancelled while GitHub creates it: wait for the check run (within the cleanups' limit) and
  // mark it cancelled, or it would stay in progress once created.
  const forgetCreating = onCancel(async () => {
    const created = await creating.catch(() => null);
    if (created?.status === 'ok')
      await completeCheckRun(gh, {
        owner: ctx.owner,
        repo: ctx.repo,
        checkRunId: created.checkRunId,
        ...CANCELLED,
      });
  });
  let started: Awaited<ReturnType<typeof startCheckRun>>;
  try {
    started = await creating;
  } catch (error) {
    // A 422, a rate limit or a server error that outlived the retries: the comparison, the
    // comment and the step's own result still give the verdict.
    io.log.warning(
      `No check run: GitHub did not create it (${describeError(error)}); the comment and this step's result give the verdict, and a re-run of the job tries again.`,
    );
    return NO_CHECK;
  } finally {
    forgetCreating();
  }
  if (started.status !== 'ok') {
    io.log.warning(`No check run: ${started.message} (needs 'checks: write').`);
    return NO_CHECK;
  }
  const checkRunId = started.checkRunId;
  const ids = { owner: ctx.owner, repo: ctx.repo, checkRunId };
  // A run cancelled before it finishes marks its check run so, instead of leaving it in progress.
  const forget = onCancel(async () => {
    await completeCheckRun(gh, { ...ids, ...CANCELLED });
  });
  return {
    async finish(result) {
      forget();
      let done: Awaited<ReturnType<typeof completeCheckRun>>;
      try {
        done = await completeCheckRun(gh, { ...ids, ...result });
      } catch (error) {
        io.log.warning(
          `Could not complete check run ${checkRunId} (${describeError(error)}): it stays in progress until a re-run of the job completes a new one.`,
        );
        return;
      }
      if (done.status !== 'ok')
        io.log.warning(`Could not complete the check run: ${done.message}.`);
    },
  };
}

/**
 * Publishes a report with no pull request to comment on: the check run alone (if any).
 * `unverified`: the report is the pull request's own run's, published by the trusted workflow.
 */
export async function publishCheckOnly(
  report: CompareReport,
  check: Check,
  unverified: boolean,
): Promise<void> {
  const output = renderCheckOutput(report, { charts: false, unverified });
  // A merge group's report carries its queued pull request's acceptance: neutral when accepted.
  await check.finish(
    checkWithAcceptance(report, checkConclusion(report.verdict), output, unverified),
  );
}

/**
 * What a mode does when it fails after starting the check run: completes the check run as a
 * failure, `title` saying what could not be done and the error in one line, then rethrows.
 */
export async function failCheck(check: Check, title: string, error: unknown): Promise<never> {
  // The message may quote the store (a trigger's name, SQLite's schema error): it is
  // escaped like any report field, so no link, image, mention or reference reaches the page.
  await check.finish({ conclusion: 'failure', title, summary: md(describeError(error), 1000) });
  throw error;
}
