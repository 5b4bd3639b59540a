import { payloadValue, type ActionContext } from '../action/context.js';
import type { ModeResult } from '../action/io.js';
import type { Run } from '../action/run.js';
import type { Config } from '../config/config.js';
import { ConfigError } from '../config/parse.js';
import { md } from '../format/escape.js';
import {
  latestCheckRun,
  type CheckRunInfo,
  type GitHub,
  type StickyComment,
} from '../github/index.js';
import type { CompareReport } from '../report/types.js';
import { rederiveReport } from '../report/rederive.js';
import { ReportInvalidError, validateCompareReport } from '../report/validate.js';
import { readArtifactFile } from '../sources/artifact.js';
import { SourceError } from '../sources/errors.js';
import { NO_CHECK, beginCheck, failCheck, publishCheckOnly } from '../publish/check.js';
import { publishCompare, recordCompare } from '../publish/compare.js';
import {
  contextMismatch,
  findTargets,
  othersAtCommit,
  triggeringRun,
  type TriggeringRun,
} from './relay-target.js';
import { resolveAcceptance, withAcceptance } from './accept-pr.js';
import { endSkipped, SKIPPED_VERDICT } from './skip.js';

/** The title of a check (and the job summary's line) when a run's report was not published. */
const NOT_PUBLISHED = 'Prompt regression report not published';

/** Largest report artifact (zip, and JSON unpacked) the publisher reads. */
const MAX_REPORT_BYTES = 16 * 1024 * 1024;

/**
 * The report the triggering run uploaded: downloaded, parsed and validated as untrusted, its
 * verdict, counts and statuses derived again from its metrics under the stricter of this
 * workflow's fail-on, alpha, min-samples and thresholds and its own (said in the log when this
 * workflow's were stricter).
 */
async function readReport(
  gh: GitHub,
  ctx: ActionContext,
  config: Config,
  run: TriggeringRun,
  log: Run['io']['log'],
): Promise<CompareReport> {
  const file = await readArtifactFile({
    gh,
    owner: ctx.owner,
    repo: ctx.repo,
    runId: run.id,
    runLabel: `run ${run.id}${run.runNumber ? ` (#${run.runNumber})` : ''}`,
    name: config.reportArtifact,
    input: 'report-artifact',
    maxBytes: MAX_REPORT_BYTES,
    extensions: ['.json'],
    missingHint:
      "The pull-request workflow uploads it with 'publish: artifact' (same 'report-artifact' name); if that run stopped before comparing, its log says why.",
  });
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(file.bytes));
  } catch {
    throw new ReportInvalidError('the report artifact is not UTF-8 JSON.');
  }
  const notes: string[] = [];
  const report = rederiveReport(
    validateCompareReport(value),
    config.failOn ?? 'regressed',
    config.analysis,
    notes,
  );
  for (const note of notes) log.warning(note);
  return report;
}

/**
 * Whether the triggering run left no report to publish while an earlier run's check is on the
 * commit: that check then stays, as for a skipped run, since a neutral "not published" posted now
 * would replace it (GitHub shows, and branch protection reads, the newest of a name). So for a
 * run that failed, timed out or waited for approval, and for one that succeeded without running
 * the check (its job skipped, or another workflow's run). A report it did upload is published.
 * An earlier check that only said a run waits for approval does not stay once a run has ended
 * otherwise: it would go on asking for an approval that was given.
 */
async function earlierCheckKept(
  run: TriggeringRun,
  conclusion: string,
  /** The newest check of the name on the run's commit. */
  earlier: CheckRunInfo | null,
  /** The run's report, read once for this and for the publishing after it. */
  readOnce: () => Promise<CompareReport>,
): Promise<string | null> {
  // A check that only said the run waits for approval is no verdict: the run has run since.
  if (!earlier?.conclusion || (earlier.conclusion === 'action_required' && conclusion !== 'action_required')) return null; // prettier-ignore
  const error = await reportError(readOnce);
  return error === null
    ? null
    : `The triggering workflow run ended '${conclusion.slice(0, 40)}' without a report to publish (${error.message}); the check an earlier run posted on ${run.headSha.slice(0, 7)} ('${earlier.conclusion}') is left as it is.`;
}

/** Why the triggering run's report cannot be read, or null when it can. */
async function reportError(
  readOnce: () => Promise<CompareReport>,
): Promise<SourceError | ReportInvalidError | null> {
  try {
    await readOnce();
    return null;
  } catch (error) {
    if (error instanceof SourceError || error instanceof ReportInvalidError) return error;
    throw error;
  }
}

/**
 * Ends a relay that publishes nothing and leaves the commit's check as it is: the reason in the
 * log (a warning when something went wrong upstream) and in the job summary, `verdict: skipped`.
 */
async function leftAsItIs(io: Run['io'], reason: string, warn = false): Promise<ModeResult> {
  if (warn) io.log.warning(reason);
  else io.log.info(reason);
  await io.summary(`⚪ **${NOT_PUBLISHED}**: ${md(reason, 1500)}\n`);
  io.setOutput('verdict', SKIPPED_VERDICT);
  return { failure: null };
}

// The run id in a check run's link (`…/actions/runs/ID`), as beginCheck sets it.
const RUN_IN_URL = /\/actions\/runs\/(\d+)(?:[/?#]|$)/;

/**
 * The id of the workflow run that made `check`, when it is newer than `run` and its check carries
 * a report, else null. A newer run that published none (it failed early, or its job was skipped)
 * does not hide an older run's report of the same commit.
 */
function newerRun(check: CheckRunInfo | null, run: TriggeringRun): number | null {
  if (check?.title === NOT_PUBLISHED) return null;
  const id = Number(RUN_IN_URL.exec(check?.detailsUrl ?? '')?.[1] ?? NaN);
  return id > run.id ? id : null;
}

/**
 * The context a check and a comment are published in: the run that made the report, which the
 * check links to and the comment marker is ordered by, with its number as GitHub's payload gives
 * it, else 1; never the report's own (a fork wrote it) nor this run's.
 */
function runContext(ctx: ActionContext, run: TriggeringRun): ActionContext {
  return { ...ctx, runId: run.id, runNumber: run.runNumber || 1, runAttempt: run.runAttempt };
}

/**
 * A fork's run that waits for a maintainer's approval (a first-time contributor) has not run:
 * its check says so, with a conclusion that does not pass (a neutral one would let the pull
 * request merge untested), and the next run's report replaces it.
 */
async function awaitsApproval(
  gh: GitHub,
  ctx: ActionContext,
  config: Config,
  io: Run['io'],
  run: TriggeringRun,
): Promise<ModeResult> {
  const reason = `The pull request's workflow run ${run.id} waits for a maintainer's approval (a first-time contributor's fork) and has not run: approve it in the Actions tab, and its report is published when it has run.`;
  const check = await beginCheck(gh, runContext(ctx, run), config, run.headSha, io);
  await check.finish({ conclusion: 'action_required', title: 'Prompt check waits for approval', summary: `${md(reason, 1000)}\n` }); // prettier-ignore
  io.log.warning(reason);
  await io.summary(`⚪ **Prompt check waits for approval**: ${md(reason, 1500)}\n`);
  io.setOutput('verdict', SKIPPED_VERDICT);
  return { failure: null };
}

/**
 * The event whose runs carry a pull request's report. A pull_request_target run publishes its
 * own (it has the token), and GitHub gives its workflow_run the base branch's commit as
 * head_sha, not the pull request's: relayed, its check would land on the base branch.
 */
const PULL_REQUEST_EVENT = 'pull_request';

/**
 * The relay of the two-workflow pattern for fork pull requests (on workflow_run; the `mode`
 * input still calls it `publish`, for the workflows that use it): reads the report the
 * pull-request run uploaded, treats it as untrusted data, finds the pull request by the run's
 * head commit, and posts the sticky comment and the check run. A missing, invalid or mismatched
 * report (or a refused zip) ends with a warning and posts nothing but a failing check run.
 * The step stays green on a regression: the check run carries the verdict to the pull request.
 */
export async function relayMode({ ctx, config, gh, io }: Run): Promise<ModeResult> {
  if (ctx.eventName !== 'workflow_run') {
    throw new ConfigError(
      `mode relay needs a workflow_run event; this is '${ctx.eventName || 'unknown'}'. Run it in a second workflow with 'on: workflow_run' (see the README, "Fork pull requests").`,
    );
  }
  // Without `types: [completed]` GitHub also sends `requested` and `in_progress`: the report
  // does not exist yet, and a neutral "not published" check would only confuse. A run that waits
  // for a maintainer's approval is made already completed (`action_required`), and GitHub may
  // send it as `requested`: that one says as much as its completed event.
  const action = ctx.payload.action;
  const awaiting =
    payloadValue(ctx.payload, 'workflow_run', 'status') === 'completed' &&
    payloadValue(ctx.payload, 'workflow_run', 'conclusion') === 'action_required';
  if (typeof action === 'string' && action !== 'completed' && !awaiting) {
    return leftAsItIs(
      io,
      `The triggering workflow run is ${action.slice(0, 40)}, not completed: nothing to publish yet. Add 'types: [completed]' to this workflow's workflow_run trigger to skip these runs.`,
    );
  }
  // A run that was skipped (its job's `if:` was false: a label other than the one it waits for)
  // or cancelled (a newer push) tested nothing and uploaded nothing: it says nothing about the
  // commit, and a neutral check run posted for it would replace the check an earlier run posted
  // there (GitHub shows, and branch protection reads, the newest of a name).
  const conclusion = payloadValue(ctx.payload, 'workflow_run', 'conclusion');
  if (conclusion === 'skipped' || conclusion === 'cancelled') {
    return leftAsItIs(
      io,
      `The triggering workflow run was ${conclusion}: it made no report, and the commit's check is left as it is.`,
    );
  }
  const run = triggeringRun(ctx.payload);
  // A push's or a schedule's run of the same workflow has no pull request to publish to: a
  // neutral "not published" check on the branch's commit would only be noise.
  if (run.event === 'pull_request_target') {
    return leftAsItIs(
      io,
      `The triggering workflow run was a pull_request_target run, which publishes its own report: nothing to relay (GitHub names the base branch's commit as its head, so a check posted here would land there). Add \`if: github.event.workflow_run.event == 'pull_request'\` to this job to skip these runs.`,
    );
  }
  if (run.event && run.event !== PULL_REQUEST_EVENT) {
    return leftAsItIs(
      io,
      `The triggering workflow run was a ${run.event.slice(0, 40)} run, not a pull request's: nothing to publish. Add \`if: github.event.workflow_run.event == 'pull_request'\` to this job to skip these runs.`,
    );
  }
  let read: Promise<CompareReport> | undefined;
  const readOnce = (): Promise<CompareReport> =>
    (read ??= readReport(gh, ctx, config, run, io.log));
  const latest = config.checkName
    ? await latestCheckRun(gh, { owner: ctx.owner, repo: ctx.repo, sha: run.headSha, name: config.checkName, ours: true }) // prettier-ignore
    : null;
  const newer = newerRun(latest, run);
  if (newer !== null) {
    // Relays run in the order their triggers end, not in the order of the runs: an older run's
    // report must not replace the check a newer run's report made (the comment is kept too).
    return leftAsItIs(
      io,
      `The check on ${run.headSha.slice(0, 7)} is from run ${newer}, newer than run ${run.id}: it is left as it is, and this run's report is not published.`,
    );
  }
  const ended = typeof conclusion === 'string' ? conclusion : 'unknown';
  const kept = await earlierCheckKept(run, ended, latest, readOnce);
  if (kept) return leftAsItIs(io, kept, true);
  if (ended === 'action_required') {
    // An event sent while the run waited, relayed after it was approved and ran: its report
    // exists, and the relay of its completed event publishes it (or did).
    if ((await reportError(readOnce)) === null)
      return leftAsItIs(
        io,
        `Run ${run.id} waited for approval when this event was sent, and has run since: the relay of its completed event publishes its report, and the commit's check is left as it is.`,
      );
    return awaitsApproval(gh, ctx, config, io, run);
  }
  // Another fork's pull request at the same commit: a check here would be theirs as much as this
  // run's, so a fork could turn another's failing check neutral. Nothing is published; closing
  // one of the two, or a new commit, ends it.
  const others = await othersAtCommit(gh, ctx, run);
  if (others.length > 0) {
    const names = others.slice(0, 5).map((p) => `#${p.number} (${p.headRepoFullName ?? 'a deleted repository'})`); // prettier-ignore
    io.log.warning(
      `Commit ${run.headSha.slice(0, 7)} is also the head of pull request ${names.join(', ')}, from another repository than run ${run.id}'s (${run.headRepo ?? 'unknown'}): a check run on it would stand for both, so this run's report is not published. Close one of them, or push a new commit.`,
    );
    io.setOutput('verdict', SKIPPED_VERDICT);
    return { failure: null };
  }
  const runCtx = runContext(ctx, run);
  io.log.info(
    `Publishing the report of run ${run.id} (${run.event || 'unknown event'}) for commit ${run.headSha}.`,
  );
  const check = await beginCheck(gh, runCtx, config, run.headSha, io);
  // A refused or missing report tested nothing the check may pass on: a required check counts
  // neutral as passing, so a fork run that failed (or sent a report that does not hold) would
  // let the pull request merge untested. So does one that succeeded without a report: a step
  // that skipped (an expired store artifact) looks here as a report artifact misnamed, or a
  // step a fork's workflow dropped, which a neutral check would pass on every pull request.
  const refuse = (reason: string): Promise<ModeResult> =>
    endSkipped({
      title: NOT_PUBLISHED,
      conclusion: 'failure',
      reason,
      run: { ctx: runCtx, config, gh, io },
      check,
    });
  try {
    let report: CompareReport;
    try {
      report = await readOnce();
    } catch (error) {
      // Whatever is wrong with the artifact, a fork chose it: refuse it, do not fail this run.
      if (error instanceof SourceError) return await refuse(error.message);
      if (error instanceof ReportInvalidError)
        return await refuse(`The report artifact is not a valid report (${error.message})`);
      throw error;
    }
    const mismatch = contextMismatch(report, run, `${ctx.owner}/${ctx.repo}`);
    if (mismatch) return await refuse(`${mismatch}; it was not published.`);
    const targets = await findTargets(gh, ctx, run, report.context?.pull_request);
    if (!targets.ok) return await refuse(`${targets.reason}.`);

    // Acceptance is worked out here, from GitHub (the report's own is dropped: a fork wrote it).
    const accepts = [];
    for (const pr of targets.pulls)
      accepts.push(
        await resolveAcceptance({
          gh,
          ctx,
          config,
          io,
          report,
          number: pr.number,
          headSha: run.headSha,
        }),
      );
    await recordCompare(
      accepts[0] ? withAcceptance(report, accepts[0], io) : report,
      { ctx, config, gh, io },
      true,
    );
    if (targets.pulls.length === 0) {
      io.log.warning(
        `No open pull request of ${ctx.owner}/${ctx.repo} has head ${run.headSha}: the report is on the check run only.`,
      );
      await publishCheckOnly(report, check, true);
    }
    for (const [i, pr] of targets.pulls.entries()) {
      io.log.info(`Publishing on pull request #${pr.number}.`);
      // A command recorded on the comment since its record was read is carried on.
      const redo = async (now: StickyComment) => {
        const again = await resolveAcceptance({ gh, ctx, config, io, report, number: pr.number, headSha: run.headSha, sticky: now }); // prettier-ignore
        return { report: withAcceptance(report, again, io), record: again.record };
      };
      await publishCompare({
        report: accepts[i] ? withAcceptance(report, accepts[i], io) : report,
        record: accepts[i]?.record,
        ...(accepts[i] ? { again: { from: accepts[i].from, redo } } : {}),
        run: { ctx: runCtx, config, gh, io },
        target: { number: pr.number, headSha: run.headSha },
        check: i === 0 ? check : NO_CHECK,
        unverified: true,
      });
    }
    return { failure: null };
  } catch (error) {
    return failCheck(check, 'Could not publish the report', error);
  }
}
