import { pullRequestOf, type ActionContext, type PullRequestRef } from '../action/context.js';
import type { ActionIO, ModeResult } from '../action/io.js';
import type { Config } from '../config/config.js';
import { ConfigError } from '../config/parse.js';
import type { StoreInput } from '../engine.js';
import type { GitHub } from '../github/index.js';
import { renderJson } from '../report/json.js';
import { failureLine } from '../report/verdict-line.js';
import {
  baselineStoreArtifact,
  checkArtifactInputs,
  headStore,
} from '../sources/artifact-store.js';
import { readBaseStore } from '../sources/base-commit.js';
import { storeLabel } from '../sources/label.js';
import { uploadReportArtifact } from '../sources/upload.js';
import { workspaceStore } from '../sources/workspace.js';
import { resolveAcceptance, withAcceptance } from './accept-pr.js';
import { beginCheck, failCheck, publishCompare, recordCompare } from './publish-compare.js';
import { skipIfNeutral } from './skip.js';
import { runInWorker } from '../worker/run.js';
import { compareRequest } from '../requests.js';

async function baselineInput(
  ctx: ActionContext,
  config: Config,
  gh: GitHub,
  pr: PullRequestRef,
  io: ActionIO,
): Promise<StoreInput | null> {
  if (config.baselineStore)
    return { path: workspaceStore(ctx.workspace, config.baselineStore, 'baseline-store') };
  if (config.baselineArtifact) {
    const base = await baselineStoreArtifact(gh, ctx, config, pr.baseRef || null);
    io.log.info(`Baseline store: ${storeLabel(base)}.`);
    return base;
  }
  const base = await readBaseStore({
    workspace: ctx.workspace,
    store: config.store,
    sha: pr.baseSha,
    owner: ctx.owner,
    repo: ctx.repo,
    gh,
    maxBytes: config.maxStoreBytes,
  });
  if (!base.found) {
    // With the head store from an artifact, a store missing from git is expected, not news.
    const note = `No store at the base commit (${base.label}): every added version is new.`;
    if (config.storeArtifact)
      io.log.warning(
        `${note} The head store comes from input 'store-artifact': set input 'baseline-artifact' (and 'baseline-workflow') to compare with the base branch's store.`,
      );
    else io.log.info(note);
    return null;
  }
  io.log.info(`Baseline store: ${base.label} (read with ${base.via}).`);
  return { bytes: base.bytes, label: base.label };
}

/** The pull-request check: compare the head store with the base's, publish, decide. */
export async function prCheck(
  ctx: ActionContext,
  config: Config,
  gh: GitHub,
  io: ActionIO,
): Promise<ModeResult> {
  const pr = pullRequestOf(ctx.payload);
  if (!pr) {
    throw new ConfigError(
      `mode pr-check needs a pull_request event; this is '${ctx.eventName}'. Set input 'mode' (health, compare) for other events.`,
    );
  }
  checkArtifactInputs(config);
  // publish: artifact runs where the token may not write: the workflow_run publisher posts.
  const toArtifact = config.publish === 'artifact';
  const check = toArtifact ? null : await beginCheck(gh, ctx, config, pr.headSha, io);
  try {
    io.startGroup('Reading the stores');
    let head: StoreInput;
    let base: StoreInput | null;
    try {
      head = await headStore(gh, ctx, config, io.log);
      base = await baselineInput(ctx, config, gh, pr, io);
    } catch (error) {
      return await skipIfNeutral(error, {
        title: 'Prompt regressions not checked',
        gh,
        ctx,
        config,
        io,
        check,
        ...(toArtifact ? {} : { target: { number: pr.number, headSha: pr.headSha } }),
      });
    } finally {
      io.endGroup();
    }
    const computed = {
      ...(await runInWorker(
        compareRequest(config, { head, base, generatedAt: new Date().toISOString() }),
        { timeoutMs: config.queryTimeoutMs },
      )),
      context: {
        repository: `${ctx.owner}/${ctx.repo}`,
        pull_request: pr.number,
        head_sha: pr.headSha,
        base_sha: pr.baseSha,
        run_id: ctx.runId,
        run_number: ctx.runNumber,
      },
    };
    const resolved = await resolveAcceptance({
      gh,
      ctx,
      config,
      io,
      report: computed,
      number: pr.number,
      headSha: pr.headSha,
    });
    const report = withAcceptance(computed, resolved, io);
    await recordCompare(report, ctx, config, io);
    if (toArtifact) {
      const up = await uploadReportArtifact({
        name: config.reportArtifact,
        json: renderJson(report),
        tempDir: ctx.tempDir,
      });
      io.log.info(
        `Report uploaded as artifact '${config.reportArtifact}' (id ${up.id ?? 'unknown'}): a workflow on workflow_run with 'mode: publish' posts it on the pull request.`,
      );
    } else {
      await publishCompare({
        report,
        gh,
        ctx,
        config,
        io,
        target: { number: pr.number, headSha: pr.headSha },
        check,
        record: resolved.record,
      });
    }
    const accepted = report.acceptance?.accepted === true;
    return { failure: report.verdict === 'regressed' && !accepted ? failureLine(report) : null };
  } catch (error) {
    return failCheck(gh, ctx, check, 'Could not check the prompt store', error, io);
  }
}
