import type { ActionContext } from '../action/context.js';
import { changeOf, type Change } from '../action/change.js';
import type { ActionIO, ModeResult } from '../action/io.js';
import type { Run } from '../action/run.js';
import type { Config } from '../config/config.js';
import { ConfigError } from '../config/parse.js';
import { describeError } from '../errors.js';
import type { GitHub, StickyComment } from '../github/index.js';
import { failingItems } from '../analysis/acceptance.js';
import { md } from '../format/escape.js';
import { isCommitSha } from '../format/ids.js';
import { renderJson } from '../report/json.js';
import { failureLine } from '../render/compare/verdict-line.js';
import type { CompareReport } from '../report/types.js';
import {
  checkoutMerges,
  includesCommit,
  isAncestor,
  readStoreAt,
  storeChangedSinceCheckout,
  storeCommitted,
  storeIgnoredBy,
  workspaceCommit,
  type StoreAtRef,
} from '../sources/at-commit.js';
import { baselineStoreArtifact, headStore } from '../sources/artifact-store.js';
import { SourceError } from '../sources/errors.js';
import { reportContext } from '../publish/report-file.js';
import { storeLabel } from '../sources/label.js';
import { uploadReportArtifact } from '../sources/upload.js';
import { workspaceStore } from '../sources/workspace.js';
import { resolveAcceptance, withAcceptance } from './accept-pr.js';
import { pushAcceptance } from './push-accept.js';
import { NO_CHECK, beginCheck, failCheck, publishCheckOnly } from '../publish/check.js';
import { publishCompare, recordCompare } from '../publish/compare.js';
import { SKIPPED_VERDICT, endSkipped, refreshComment, skipIfNeutral } from './skip.js';
import { engine, type LostScope, type StoreInput } from '../worker/facade.js';

function inMemory(found: Extract<StoreAtRef, { found: true }>): StoreInput {
  return {
    bytes: found.bytes,
    label: found.label,
    ...(found.journal ? { journal: found.journal } : {}),
    ...(found.walPresent ? { walPresent: true } : {}),
  };
}

/**
 * Which head stores are checked for base versions they lack (analysis/lost.ts). Only a committed
 * store lands with the change: one from a cache or an artifact loses nothing. A pushed commit's
 * (against the commit before it on its branch), a merge group's and a pull request's merge
 * commit's (actions/checkout's default) land as they are; a pull request's head commit's, and a
 * new branch's against the default branch, only what they add or deleted. Without a base store
 * nothing can be lost: no git asked.
 */
async function lostScope(
  ctx: ActionContext,
  config: Config,
  change: Change,
  base: StoreInput | null,
): Promise<LostScope> {
  if (base === null || config.storeArtifact) return 'none';
  if (!(await storeCommitted(ctx.workspace, config.store, [change.headSha]))) return 'none';
  // A push compared with the default branch (a new branch) lands nothing there.
  if (change.event === 'push') return change.baseSide === 'before' ? 'every' : 'adding';
  if (change.event === 'merge_group') return 'every';
  return (await checkoutMerges(ctx.workspace, config.store, change.headSha)) ? 'every' : 'adding';
}

/**
 * The head store. On pull_request_target the workspace holds the base branch (unless the
 * workflow checked out the head commit): the head store is then read at the pull request's head
 * commit, as data; nothing from the pull request runs. Not found there: a neutral end. A push or
 * merge group whose checkout holds another commit (`ref: main`, an earlier `git checkout`) has
 * its store read at the event's commit too, unless the job wrote the store after the checkout.
 * On pull_request_target, a store the job wrote on a checkout that includes the head commit (the
 * merge commit) is the head's.
 */
async function headInput(
  ctx: ActionContext,
  config: Config,
  gh: GitHub,
  change: Change,
  io: ActionIO,
): Promise<StoreInput> {
  const inWorkspace = (): Promise<StoreInput> => headStore(gh, ctx, config, io.log);
  if (config.storeArtifact) return inWorkspace();
  const pushed = change.event === 'push' || change.event === 'merge_group';
  if (!change.headAtCommit && !pushed) return inWorkspace();
  const checkedOut = await workspaceCommit(ctx.workspace, config.store);
  if (checkedOut === change.headSha) {
    if (change.headAtCommit)
      io.log.info(`The workspace holds the pull request's head commit ${change.headSha}.`);
    return inWorkspace();
  }
  // pull_request_target whose job checked out the pull request (its merge commit, or commits on
  // top of its head) and wrote the store, gitignored as the library's folder often is: that
  // store is the head's. A store the job wrote on the base branch's checkout is not.
  if (
    !pushed &&
    checkedOut !== null &&
    (await storeChangedSinceCheckout(ctx.workspace, config.store)) &&
    (await includesCommit(ctx.workspace, config.store, change.headSha, checkedOut))
  ) {
    io.log.info(
      `The workspace holds commit ${checkedOut.slice(0, 7)}, which includes the pull request's head ${change.headSha.slice(0, 7)}, and a store written in this job: it is compared.`,
    );
    return inWorkspace();
  }
  if (pushed) {
    if (checkedOut === null) return inWorkspace();
    const what = change.event === 'push' ? 'pushed commit' : "merge group's commit";
    const holds = `The workspace holds commit ${checkedOut.slice(0, 7)}, not the ${what} ${change.headSha.slice(0, 7)}`;
    // Commits the job made on top of the event's (an evaluation that commits the store it
    // wrote): the workspace is the newer state of the same change.
    if (await isAncestor(ctx.workspace, config.store, change.headSha, checkedOut)) {
      io.log.info(`${holds} but one made on top of it in this job: its store is compared.`);
      return inWorkspace();
    }
    if (await storeChangedSinceCheckout(ctx.workspace, config.store)) {
      io.log.warning(
        `${holds}: its store, written or changed in this job, is compared as the ${what}'s. Check out the event's commit (actions/checkout's default ref) so that the two agree.`,
      );
      return inWorkspace();
    }
    io.log.info(`${holds}: the head store is read at ${change.headSha.slice(0, 7)}.`);
  }
  const head = await readStoreAt({
    workspace: ctx.workspace,
    store: config.store,
    ref: change.headSha,
    side: 'head',
    owner: ctx.owner,
    repo: ctx.repo,
    gh,
    maxBytes: config.maxStoreBytes,
  });
  if (!head.found)
    throw new SourceError(
      pushed
        ? `The head store could not be found: there is no ${head.label}. Commit the store, write it in the job before this step, or give it as input 'store-artifact'.`
        : `The head store could not be found: there is no ${head.label} (pull_request_target reads the pull request's store at its head commit, since the checkout holds the base branch). Commit the store in the pull request, or give it as input 'store-artifact'.`,
      true,
    );
  io.log.info(`Head store: ${head.label} (read with ${head.via}${pushed ? '' : '; nothing from the pull request runs'}).`); // prettier-ignore
  return inMemory(head);
}

async function baselineInput(
  ctx: ActionContext,
  config: Config,
  gh: GitHub,
  change: Change,
  io: ActionIO,
  reportNotes: string[],
): Promise<StoreInput | null> {
  if (config.baselineStore)
    return { path: workspaceStore(ctx.workspace, config.baselineStore, 'baseline-store') };
  if (config.baselineArtifact) {
    // The run at the change's base commit first; never one at the commit under test (a
    // scheduled run of the pushed commit that finished first would compare it with itself).
    const baseSha = change.baseRef !== null && isCommitSha(change.baseRef) ? change.baseRef : null;
    let runSha = '';
    const base = await baselineStoreArtifact(gh, ctx, config, change.baseBranch, {
      base: baseSha,
      head: change.headSha,
      taken: (sha) => (runSha = sha),
      queued: change.event === 'merge_group',
      say: (message) => io.log.info(message),
    });
    io.log.info(`Baseline store: ${storeLabel(base)}.`);
    // Said in the report: a change merged between the two commits reads as this one's.
    if (baseSha && runSha !== baseSha)
      reportNotes.push(
        `The baseline store comes from the baseline workflow's run at ${runSha.slice(0, 7) || 'another commit'}, not at the ${change.baseSide} commit ${baseSha.slice(0, 7)} (no successful run there has the store yet): a prompt change merged in between reads as this one's. ${
          change.event === 'merge_group'
            ? 'The group queued ahead is the baseline once its own merge_group run has uploaded the store or succeeded (this run waits up to 20 minutes for it): if that run failed or is still going, re-queue this group once it ends; if the workflow has no merge_group run, run the evaluation on merge_group too and upload the store there.'
            : 'Re-run this check once that run succeeds.'
        }`,
      );
    return base;
  }
  if (change.baseRef === null) return null;
  const base = await readStoreAt({
    workspace: ctx.workspace,
    store: config.store,
    ref: change.baseRef,
    side: change.baseSide,
    owner: ctx.owner,
    repo: ctx.repo,
    gh,
    maxBytes: config.maxStoreBytes,
  });
  if (!base.found) {
    // Nothing to compare with: the verdict is a warning, and the fix depends on where the head's
    // store came from (an artifact's baseline is an artifact too; else it is kept out of git).
    const where = isCommitSha(change.baseRef) ? `${change.baseSide} commit` : change.baseSide; // prettier-ignore
    const ignored = config.storeArtifact ? null : await storeIgnoredBy(ctx.workspace, config.store); // prettier-ignore
    io.log.warning(
      `No store at the ${where} (${base.label}): nothing to compare with, every added version reads as new. ${
        config.storeArtifact
          ? "The head store comes from input 'store-artifact': set input 'baseline-artifact' (and 'baseline-workflow') to compare with the base branch's store."
          : `The pull request that first commits the store has no baseline yet; else commit ${config.store} on the base branch${ignored ? ` (${ignored} ignores it, so a plain git add leaves it out: git add -f it, or drop the rule)` : ''}, or upload it from the base branch's evaluation and set input 'baseline-artifact' (and 'baseline-workflow').`
      }`,
    );
    return null;
  }
  io.log.info(`Baseline store: ${base.label} (read with ${base.via}).`);
  return inMemory(base);
}

/** Notes on the choice of stores: in the log, and above the report in the job summary. */
async function tellNotes(notes: readonly string[], io: ActionIO): Promise<void> {
  for (const note of notes) io.log.warning(note);
  if (notes.length > 0) await io.summary(`${notes.map((n) => `> ${md(n, 500)}`).join('\n>\n')}\n\n`); // prettier-ignore
}

/** Notes that depend on the stores chosen: a commit compared with itself is said to be one. */
function notesFor(change: Change, config: Config): string[] {
  const notes = [...change.notes];
  const fromCommits = !config.baselineStore && !config.baselineArtifact && !config.storeArtifact;
  if (fromCommits && change.baseRef === change.headSha)
    notes.push(
      `The head and the ${change.baseSide} are the same commit ${change.headSha.slice(0, 7)}: its store is compared with itself, so no prompt change can show.`,
    );
  return notes;
}

function changeOrThrow(ctx: ActionContext): Change {
  const change = changeOf(ctx.eventName, ctx.payload, ctx.sha);
  if (!change)
    throw new ConfigError(
      `mode pr-check needs a pull_request, pull_request_target, merge_group or push event; this is '${ctx.eventName || 'unknown'}'. Set input 'mode' (health, compare) for other events.`,
    );
  return change;
}

/** The step's failure line: a regression nobody accepted fails it. */
const failureOf = (r: CompareReport): string | null =>
  r.verdict === 'regressed' && r.acceptance?.accepted !== true ? failureLine(r) : null;

/**
 * The check of a change: a pull request's head store against its base's (pull_request,
 * pull_request_target), a merge group's head against its base (merge_group), a pushed commit
 * against the one before the push (push); publish, decide.
 */
export async function prCheck({ ctx, config, gh, io }: Run): Promise<ModeResult> {
  // Closing a pull request (merged or not) adds nothing to check, nor does a label added to or
  // removed from one already closed: a workflow whose `types` include closed or unlabeled must
  // not post a comment and a failing check on a closed pull request.
  const pullEvent = ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target';
  const pull = ctx.payload.pull_request as { state?: unknown } | undefined;
  if (pullEvent && (ctx.payload.action === 'closed' || pull?.state === 'closed')) {
    io.log.info('The pull request is closed: nothing to check.');
    io.setOutput('verdict', SKIPPED_VERDICT);
    return { failure: null };
  }
  const change = changeOrThrow(ctx);
  const pr = change.pullRequest;
  // publish: artifact runs where the token may not write: the workflow_run publisher posts.
  const toArtifact = config.publish === 'artifact' && pr !== null;
  const check =
    toArtifact || !change.checkRun
      ? NO_CHECK
      : await beginCheck(gh, ctx, config, change.headSha, io);
  const target = pr !== null && !toArtifact ? { number: pr, headSha: change.headSha } : null;
  const run: Run = { ctx, config, gh, io };
  const skipOptions = {
    title: 'Prompt regressions not checked',
    run,
    check,
    ...(target ? { target } : {}),
  };
  try {
    if (change.skip) return await endSkipped({ ...skipOptions, reason: change.skip });
    io.log.info(`Checking ${change.event} at ${change.headSha}.`);
    io.startGroup('Reading the stores');
    let head: StoreInput;
    let base: StoreInput | null;
    const reportNotes: string[] = [];
    try {
      head = await headInput(ctx, config, gh, change, io);
      base = await baselineInput(ctx, config, gh, change, io, reportNotes);
    } catch (error) {
      return await skipIfNeutral(error, skipOptions);
    } finally {
      io.endGroup();
    }
    await tellNotes(notesFor(change, config), io);
    const compared = await engine.compare(config, {
      head,
      base,
      generatedAt: new Date().toISOString(),
      lostScope: await lostScope(ctx, config, change, base),
    });
    for (const note of reportNotes) io.log.warning(note);
    const computed = {
      ...compared,
      warnings: [...reportNotes, ...compared.warnings],
      context: reportContext(ctx, {
        pullRequest: pr,
        headSha: change.headSha,
        baseRef: change.baseRef,
      }),
    };
    // Acceptance is the commenting run's to work out (with publish: artifact, the publisher's);
    // a merge group's check reads its queued pull request's, a push the one it merged, and
    // neither writes anything there.
    // Only when something fails: a passing group or push has nothing to accept, and its
    // pull request need not be readable.
    const failing = target === null && failingItems(computed).length > 0;
    const acceptFrom =
      target ??
      (failing && change.queuedPullRequest !== undefined
        ? { number: change.queuedPullRequest, headSha: change.headSha }
        : null);
    const pushed =
      failing && change.event === 'push'
        ? await pushAcceptance({ gh, ctx, config, io, report: computed, headSha: change.headSha })
        : null;
    const resolveFor = (number: number, headSha: string, sticky?: StickyComment | null) =>
      resolveAcceptance({ gh, ctx, config, io, report: computed, number, headSha, ...(sticky !== undefined ? { sticky } : {}) }); // prettier-ignore
    const resolved =
      pushed ?? (acceptFrom ? await resolveFor(acceptFrom.number, acceptFrom.headSha) : null);
    const report = resolved ? withAcceptance(computed, resolved, io) : computed;
    // Nothing could accept it (a push no merged pull request accounts for): said, not left unset.
    if (!resolved) {
      io.setOutput('accepted', 'false');
      io.setOutput('accepted-by', '');
    }
    const failure = failureOf(report);
    if (failure) io.verdictFailure(failure);
    await recordCompare(report, run);
    if (toArtifact) {
      const up = await uploadReportArtifact({
        name: config.reportArtifact,
        json: renderJson(report),
        tempDir: ctx.tempDir,
      });
      io.log.info(
        `Report uploaded as artifact '${config.reportArtifact}' (id ${up.id ?? 'unknown'}): a workflow on workflow_run with 'mode: relay' posts it on the pull request.`,
      );
    } else if (target) {
      const record = resolved ? { record: resolved.record } : {};
      // The comment changed since its record was read (a command was recorded meanwhile): the
      // acceptance is worked out again from it, and the comment, check and step go by that.
      const redo = async (now: StickyComment) => {
        const again = await resolveFor(target.number, target.headSha, now);
        return { report: withAcceptance(computed, again, io), record: again.record };
      };
      const again = resolved ? { again: { from: resolved.from, redo } } : {};
      const published = await publishCompare({ report, run, target, check, ...record, ...again });
      return { failure: failureOf(published) };
    } else {
      await publishCheckOnly(report, check, false);
    }
    return { failure };
  } catch (error) {
    const title = 'Could not check the prompt store';
    // The comment must not go on showing an older commit's verdict beside the failed check.
    if (target) {
      const text = `❌ **${title}**: ${md(describeError(error), 1500)}`;
      await refreshComment(run, target, text).catch((e: unknown) =>
        io.log.info(`The pull request comment was not updated (${describeError(e)}).`),
      );
    }
    return failCheck(check, title, error);
  }
}
