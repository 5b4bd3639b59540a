import { payloadValue, type ActionContext } from '../action/context.js';
import type { Run } from '../action/run.js';
import { READ_ONLY_TOKEN_HINT, type ActionIO } from '../action/io.js';
import type { Config } from '../config/config.js';
import {
  buildCommentMarker,
  confirmsRun,
  upsertStickyComment,
  type CommentNow,
  type GitHub,
  type Marker,
} from '../github/index.js';
import { checkConclusion, renderCheckOutput } from '../render/compare/check.js';
import { COMMENT_LIMIT, SUMMARY_LIMIT, fitSummary, utf8Bytes } from '../format/limits.js';
import { fitMarkdown } from '../render/compare/limits.js';
import type { CompareReport } from '../report/types.js';
import type { AcceptanceRecord } from '../report/acceptance-record.js';
import {
  acceptanceBlock,
  checkWithAcceptance,
  commentHeader,
} from '../render/compare/acceptance.js';
import type { Check } from './check.js';
import { writeReport } from './report-file.js';

/** The pull request whose sticky comment a report is published in. */
export interface CommentTarget {
  readonly number: number;
  readonly headSha: string;
}

/** Writes the report to the job summary. */
async function summarizeCompare(
  report: CompareReport,
  config: Config,
  io: ActionIO,
  unverified: boolean,
): Promise<void> {
  // Who accepted what leads, as in the comment: a passing step must not show a bare regression.
  const block = report.acceptance ? acceptanceBlock(report.acceptance) : '';
  const body = fitSummary(
    (chars) =>
      fitMarkdown(report, chars, {
        charts: config.charts,
        fullReportHint: 'the full report is in the JSON report (report-path)',
        unverified,
      }),
    SUMMARY_LIMIT - utf8Bytes(block) - 2,
  );
  await io.summary(
    block === ''
      ? body
      : `${block}

${body}`,
  );
}

/**
 * What every comparison does with its report before publishing it: the JSON file (the
 * `report-path` output, named after `config.commentKey`), the `verdict` and `regressions`
 * outputs, and the job summary. `unverified`: the pull request's own run made the report.
 */
export async function recordCompare(
  report: CompareReport,
  { ctx, config, io }: Run,
  unverified = false,
): Promise<void> {
  await writeReport(report, ctx, config.commentKey, io);
  io.setOutput('verdict', report.verdict);
  io.setOutput('regressions', String(report.counts.regressed));
  await summarizeCompare(report, config, io, unverified);
}

/** Whether this run is a fork's pull request's, whose token GitHub makes read-only. */
function fromFork(ctx: ActionContext): boolean {
  const head = payloadValue(ctx.payload, 'pull_request', 'head', 'repo', 'full_name');
  return (
    typeof head === 'string' && head.toLowerCase() !== `${ctx.owner}/${ctx.repo}`.toLowerCase()
  );
}

/** Asks GitHub whether a comment's claimed run is a real, later run of this workflow. */
export function confirmer(
  gh: GitHub,
  ctx: ActionContext,
  log: Pick<ActionIO['log'], 'warning'>,
): (m: Marker) => Promise<boolean> {
  const refused = (): void =>
    log.warning(
      "The token may not read this repository's workflow runs, so the run a comment names cannot be confirmed and an older run's report may replace a newer one: give the workflow 'actions: read' in its permissions.",
    );
  return (m) => confirmsRun(gh, { owner: ctx.owner, repo: ctx.repo, runId: ctx.runId }, m, refused);
}

/**
 * Publishes a comparison on a pull request: the sticky comment (per the `comment` input), the
 * check run's conclusion and the outputs. A token that may not write degrades to the summary.
 * `unverified`: the pull request's own run made the report; the comment and check say so.
 * Returns the report as published: with the acceptance worked out again when the comment
 * changed meanwhile (`again`).
 */
export async function publishCompare(o: {
  readonly report: CompareReport;
  readonly run: Run;
  readonly target: CommentTarget;
  readonly check: Check;
  readonly unverified?: boolean;
  /** The acceptance record the comment carries on (see accept-pr.ts). */
  readonly record?: AcceptanceRecord;
  /**
   * The comment body the acceptance was worked out from, and how to work it out again from the
   * comment as it stands: a command recorded meanwhile is kept, and counts (see
   * upsertStickyComment's `rebuild`).
   */
  readonly again?: {
    readonly from: string | null | undefined;
    readonly redo: (
      now: CommentNow,
    ) => Promise<{ report: CompareReport; record: AcceptanceRecord }>;
  };
}): Promise<CompareReport> {
  const { target } = o;
  let report = o.report;
  const { gh, ctx, config, io } = o.run;
  const unverified = o.unverified ?? false;
  if (config.comment !== 'never') {
    const marker = buildCommentMarker({
      key: config.commentKey,
      sha: target.headSha,
      run: ctx.runNumber,
      attempt: ctx.runAttempt,
    });
    const render = (r: CompareReport, record: AcceptanceRecord | undefined): string => {
      const header = record ? `\n${commentHeader(config.commentKey, r, record)}` : '';
      return fitMarkdown(r, COMMENT_LIMIT, {
        charts: config.charts,
        marker: marker + header,
        unverified,
      });
    };
    const body = render(report, o.record);
    const again = o.again;
    const rebuild = again && {
      from: again.from,
      make: async (now: CommentNow): Promise<string> => {
        const redone = await again.redo(now);
        report = redone.report;
        return render(report, redone.record);
      },
    };
    // on-regression: create only for a failing verdict, but keep an existing comment current
    // so that it never goes on showing a regression that is gone.
    const mode =
      config.comment === 'always' || report.verdict === 'regressed' ? 'upsert' : 'update-only';
    const result = await upsertStickyComment(
      gh,
      {
        owner: ctx.owner,
        repo: ctx.repo,
        issueNumber: target.number,
        key: config.commentKey,
        body,
        runNumber: ctx.runNumber,
        headSha: target.headSha,
        mode,
        confirmRun: confirmer(gh, ctx, io.log),
        ...(rebuild ? { rebuild } : {}),
      },
      io.log,
    );
    if (result.status === 'forbidden')
      io.log.warning(
        unverified
          ? `The token cannot comment on pull request #${target.number}: give this workflow 'pull-requests: write' in its permissions. The report is on the check run, the job summary and the log.`
          : fromFork(ctx)
            ? READ_ONLY_TOKEN_HINT
            : `The token cannot comment on pull request #${target.number}: give this job 'pull-requests: write' in its permissions (a job's own list replaces the workflow's). The report is in the job summary and the log.`,
      );
    else if (result.status === 'absent')
      io.log.info(
        'No regression and no earlier comment: nothing to post (comment: on-regression).',
      );
    else {
      io.log.info(`Pull request comment ${result.status}: ${result.url}`);
      io.setOutput('comment-url', result.url);
    }
  }
  await o.check.finish(
    checkWithAcceptance(
      report,
      checkConclusion(report.verdict),
      renderCheckOutput(report, { charts: false, unverified }),
      unverified,
    ),
  );
  return report;
}
