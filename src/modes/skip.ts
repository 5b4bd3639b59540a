import type { ModeResult } from '../action/io.js';
import type { Run } from '../action/run.js';
import { buildCommentMarker, upsertStickyComment } from '../github/index.js';
import { cap, md, plain } from '../format/escape.js';
import { SourceError } from '../sources/errors.js';
import { keptRecordLine, stickyBody } from './accept-pr.js';
import type { Check } from '../publish/check.js';
import { confirmer, type CommentTarget } from '../publish/compare.js';

/** The `verdict` output of a run that had nothing it could judge. */
export const SKIPPED_VERDICT = 'skipped';

/** What {@link endSkipped} needs besides the reason. */
export interface SkipOptions {
  readonly title: string;
  /** Its config's `commentKey` is the key of the comment refreshed on `target`. */
  readonly run: Run;
  readonly check: Check;
  readonly target?: CommentTarget;
  /**
   * The check run's conclusion: neutral by default; `failure` where a neutral one would let the
   * pull request merge with nothing tested (the relay's refused or missing fork report).
   */
  readonly conclusion?: 'neutral' | 'failure';
}

/**
 * Ends a mode that could not compare anything (an expired or missing artifact, a report that
 * was refused): a warning, a neutral (or `conclusion`) check run and a note in the job summary,
 * the outputs `verdict: skipped` and no `regressions`, and a green step. An existing sticky comment on
 * `target` is refreshed with the reason (and is the `comment-url` output), so it never goes on
 * showing an older commit's result; none is created.
 */
export async function endSkipped(
  o: SkipOptions & { readonly reason: string },
): Promise<ModeResult> {
  const { io } = o.run;
  io.log.warning(`${o.title}: ${plain(o.reason, 1000)}`);
  const text = `⚪ **${md(o.title, 100)}**: ${md(o.reason, 1500)}`;
  await io.summary(`${text}\n`);
  io.setOutput('verdict', SKIPPED_VERDICT);
  await o.check.finish({
    conclusion: o.conclusion ?? 'neutral',
    title: cap(plain(o.title, 100), 100),
    summary: `${text}\n`,
  });
  if (o.target) await refreshComment(o.run, o.target, text);
  return { failure: null };
}

/**
 * Refreshes an existing sticky comment on `target` with `text` (a run that ended without a
 * report: skipped, or failed), so that it never goes on showing an older commit's result; none
 * is created. Acceptances recorded on it survive.
 */
export async function refreshComment(run: Run, target: CommentTarget, text: string): Promise<void> {
  const { gh, ctx, config, io } = run;
  if (config.comment === 'never') return;
  const key = config.commentKey;
  const marker = buildCommentMarker({
    key,
    sha: target.headSha,
    run: ctx.runNumber,
    attempt: ctx.runAttempt,
  });
  const from = await stickyBody(gh, ctx, key, target.number);
  const build = (body: string | null | undefined): string =>
    `${marker}\n${keptRecordLine(key, body ?? null, target.headSha)}\n${text}\n`;
  const result = await upsertStickyComment(
    gh,
    {
      owner: ctx.owner,
      repo: ctx.repo,
      issueNumber: target.number,
      key,
      body: build(from),
      runNumber: ctx.runNumber,
      headSha: target.headSha,
      mode: 'update-only',
      confirmRun: confirmer(gh, ctx, io.log),
      // A command recorded meanwhile is carried on.
      rebuild: { from, make: (now) => Promise.resolve(build(now.body)) },
    },
    io.log,
  );
  if (result.status === 'created' || result.status === 'updated') {
    io.log.info(`Pull request comment updated with the reason: ${result.url}`);
    io.setOutput('comment-url', result.url);
  }
}

/**
 * What a mode does when reading a store failed: a neutral {@link SourceError} (a missing or
 * expired artifact: nothing to judge) ends the run skipped with its message as the reason;
 * anything else is rethrown.
 */
export async function skipIfNeutral(error: unknown, o: SkipOptions): Promise<ModeResult> {
  if (!(error instanceof SourceError && error.neutral)) throw error;
  return endSkipped({ ...o, reason: error.message });
}
