import type { ActionContext } from '../action/context.js';
import type { ActionIO, ModeResult } from '../action/io.js';
import type { Config } from '../config/config.js';
import { buildCommentMarker, upsertStickyComment, type GitHub } from '../github/index.js';
import { cap, md, plain } from '../report/escape.js';
import { finishCheck, type CheckHandle, type PublishTarget } from './publish-compare.js';

/** The `verdict` output of a run that had nothing it could judge. */
export const SKIPPED_VERDICT = 'skipped';

/**
 * Ends a mode that could not compare anything (an expired or missing artifact, a report that
 * was refused): a warning, a neutral check run and a note in the job summary, the outputs
 * `verdict: skipped` and no `regressions`, and a green step. An existing sticky comment on
 * `target` is refreshed with the reason, so it never goes on showing an older commit's result;
 * none is created.
 */
export async function endSkipped(o: {
  readonly title: string;
  readonly reason: string;
  readonly gh: GitHub;
  readonly ctx: ActionContext;
  readonly config: Config;
  readonly io: ActionIO;
  readonly check: CheckHandle;
  readonly target?: PublishTarget;
  readonly commentKey?: string;
}): Promise<ModeResult> {
  const { gh, ctx, config, io } = o;
  io.log.warning(`${o.title}: ${plain(o.reason, 1000)}`);
  const text = `⚪ **${md(o.title, 100)}**: ${md(o.reason, 1500)}`;
  await io.summary(`${text}\n`);
  io.setOutput('verdict', SKIPPED_VERDICT);
  await finishCheck(
    gh,
    ctx,
    o.check,
    { conclusion: 'neutral', title: cap(plain(o.title, 100), 100), summary: `${text}\n` },
    io,
  );
  if (o.target && config.comment !== 'never') {
    const key = o.commentKey ?? config.commentKey;
    const marker = buildCommentMarker({
      key,
      sha: o.target.headSha,
      run: ctx.runNumber,
      attempt: ctx.runAttempt,
    });
    const result = await upsertStickyComment(
      gh,
      {
        owner: ctx.owner,
        repo: ctx.repo,
        issueNumber: o.target.number,
        key,
        body: `${marker}\n${text}\n`,
        runNumber: ctx.runNumber,
        headSha: o.target.headSha,
        mode: 'update-only',
      },
      io.log,
    );
    if (result.status === 'created' || result.status === 'updated')
      io.log.info(`Pull request comment updated with the reason: ${result.url}`);
  }
  return { failure: null };
}
