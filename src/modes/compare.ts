import type { ActionContext } from '../action/context.js';
import type { ModeResult } from '../action/io.js';
import type { Run } from '../action/run.js';
import type { Config } from '../config/config.js';
import { ConfigError } from '../config/parse.js';
import { getPullRequest, type GitHub } from '../github/index.js';
import { failureLine } from '../render/compare/verdict-line.js';
import { headStore } from '../sources/artifact-store.js';
import { NO_CHECK } from '../publish/check.js';
import { publishCompare, recordCompare, type CommentTarget } from '../publish/compare.js';
import { reportContext } from '../publish/report-file.js';
import { skipIfNeutral } from './skip.js';
import { engine, type StoreInput } from '../worker/facade.js';

/**
 * The sticky comment key of manual comparisons: their own comment, so that a comparison of
 * two chosen versions never replaces the pull-request check's report, and so that the two
 * workflows' run numbers (which order reports of one key) are never compared with each other.
 */
function compareCommentKey(key: string): string {
  return `${key.slice(0, 56)}.compare`;
}

async function pullRequestTarget(
  gh: GitHub,
  ctx: ActionContext,
  number: number,
): Promise<CommentTarget> {
  const pr = await getPullRequest(gh, { owner: ctx.owner, repo: ctx.repo, number });
  if (!pr) {
    throw new ConfigError(
      `input 'pr-number' is ${number}, but ${ctx.owner}/${ctx.repo} has no pull request #${number}: give the number of an open pull request, or leave it empty.`,
    );
  }
  if (pr.state !== 'open')
    throw new ConfigError(
      `input 'pr-number' is ${number}, but pull request #${number} is ${pr.merged ? 'merged' : 'closed'}: give the number of an open pull request, or leave it empty.`,
    );
  return { number: pr.number, headSha: pr.headSha };
}

/**
 * The manual comparison (workflow_dispatch): two versions of one prompt in one store, to the
 * job summary and the outputs; with `pr-number`, also the sticky comment on that pull request.
 * No check run: a comparison of hand-picked versions is not the pull request's gate, and a
 * check of the same name would replace the gate's result.
 */
export async function compareMode({ ctx, config, gh, io }: Run): Promise<ModeResult> {
  const { prompt, candidate } = config;
  // checkModeSettings refuses a compare run without them, before any mode starts.
  if (!prompt || !candidate) throw new Error('mode compare started without prompt and candidate');
  // The comparison's own comment key (which also names its report file).
  const compareConfig: Config = { ...config, commentKey: compareCommentKey(config.commentKey) };
  // Checked before the comparison, so that a wrong number fails fast.
  const target = config.prNumber ? await pullRequestTarget(gh, ctx, config.prNumber) : null;

  let store: StoreInput;
  try {
    store = await headStore(gh, ctx, config, io.log);
  } catch (error) {
    return skipIfNeutral(error, {
      title: 'Prompt versions not compared',
      run: { ctx, config: compareConfig, gh, io },
      check: NO_CHECK,
      ...(target ? { target } : {}),
    });
  }
  const report = {
    ...(await engine.compare(config, {
      head: store,
      base: null,
      selection: { prompt, candidate, baseline: config.baseline },
      generatedAt: new Date().toISOString(),
    })),
    // No head_sha: the comparison is of two versions, not of the pull request's commit.
    context: reportContext(ctx, { pullRequest: target?.number ?? null }),
  };
  const failure = report.verdict === 'regressed' ? failureLine(report) : null;
  if (failure) io.verdictFailure(failure);
  await recordCompare(report, { ctx, config: compareConfig, gh, io });
  if (target) {
    await publishCompare({
      report,
      run: { ctx, config: { ...compareConfig, checkName: null }, gh, io },
      target,
      check: NO_CHECK,
    });
  }
  return { failure };
}
