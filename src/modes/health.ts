import { runUrl, type ActionContext } from '../action/context.js';
import type { ActionIO, ModeResult } from '../action/io.js';
import type { Run } from '../action/run.js';
import { alertsFingerprint } from '../analysis/health.js';
import { failsPolicy } from '../report/policy.js';
import type { Config } from '../config/config.js';
import { plain } from '../format/escape.js';
import { isCommitSha } from '../format/ids.js';
import type { StoreInput } from '../engine.js';
import { buildHealthMarker, syncTrackingIssue, type GitHub } from '../github/index.js';
import { fitHealthMarkdown } from '../render/health/markdown.js';
import type { HealthReport } from '../report/health-types.js';
import { COMMENT_LIMIT, SUMMARY_LIMIT } from '../render/compare/limits.js';
import { headStore } from '../sources/artifact-store.js';
import { healthRequest } from '../requests.js';
import { skipIfNeutral } from './skip.js';
import { NO_CHECK } from '../publish/check.js';
import { reportContext, writeReport } from '../publish/report-file.js';
import { runInWorker } from '../worker/run.js';

/** The alerts in a few words (`1 critical, 2 warnings`), or `healthy`. */
function alertsPhrase(report: HealthReport): string {
  const { critical, warnings } = report.counts;
  const parts = [
    critical > 0 ? `${critical} critical` : '',
    warnings > 0 ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : '',
  ];
  return parts.filter(Boolean).join(', ') || 'healthy';
}

/** The failure line when the health report fails the fail-on policy. */
export function healthFailure(report: HealthReport): string | null {
  if (report.verdict !== 'regressed') return null;
  const failing = report.prompts.filter((p) =>
    failsPolicy(p.window_status, report.settings.fail_on),
  );
  const names = failing.slice(0, 3).map((p) => `${plain(p.prompt, 60)} ${p.window_status}`);
  const more = failing.length > 3 ? '; …' : '';
  return `Prompt health fails fail-on ${report.settings.fail_on}: ${names.join('; ')}${more}.`;
}

async function keepIssue(
  report: HealthReport,
  ctx: ActionContext,
  config: Config,
  gh: GitHub,
  io: ActionIO,
): Promise<void> {
  const alerts = alertsFingerprint(report);
  const phrase = alertsPhrase(report);
  // Scheduled runs have no pull request: the marker carries the commit the workflow ran on.
  const sha = isCommitSha(ctx.sha) ? ctx.sha : '0'.repeat(40);
  const marker = buildHealthMarker({
    key: config.commentKey,
    sha,
    run: ctx.runNumber,
    attempt: ctx.runAttempt,
    alerts,
  });
  const runLink = `[run ${ctx.runNumber}](${runUrl(ctx)})`;
  const result = await syncTrackingIssue(
    gh,
    {
      owner: ctx.owner,
      repo: ctx.repo,
      label: config.issueLabel,
      key: config.commentKey,
      // The title changes with the alerts.
      title: `Prompt health: ${phrase}`,
      body: fitHealthMarkdown(report, COMMENT_LIMIT, { charts: config.charts, marker }),
      alertsFingerprint: alerts,
      unhealthy: report.counts.alerts > 0,
      confirmed: report.counts.confirmed > 0,
      runNumber: ctx.runNumber,
      healthyComment: `✅ Healthy again: no alerts in ${runLink}. Closing.`,
      alertsChangedComment: `The alerts changed in ${runLink}: ${phrase}. The report above is current.`,
    },
    io.log,
  );
  switch (result.status) {
    case 'forbidden':
      io.log.warning(
        `Could not keep the tracking issue: ${result.message} (needs 'issues: write').`,
      );
      return;
    case 'none':
      return;
    case 'skipped':
      // A newer run's report is on it, and it is open: it is still the tracking issue.
      io.setOutput('issue-url', result.url);
      io.log.info(`Tracking issue left as is: ${result.reason}.`);
      return;
    case 'created':
    case 'updated':
      io.setOutput('issue-url', result.url);
      io.log.info(`Tracking issue ${result.status}: ${result.url}`);
      return;
    case 'closed':
      io.log.info(`Tracking issue closed: ${result.url}`);
  }
}

/** The health report: window against history, trends, budgets; summary, outputs, tracking issue. */
export async function healthMode(
  { ctx, config, gh, io }: Run,
  now: Date = new Date(),
): Promise<ModeResult> {
  let store: StoreInput;
  try {
    store = await headStore(gh, ctx, config, io.log);
  } catch (error) {
    // A missing or expired artifact says nothing about the prompts' health: end neutral and
    // leave the tracking issue as it is.
    return skipIfNeutral(error, {
      title: 'Prompt health not checked',
      gh,
      ctx,
      config,
      io,
      check: NO_CHECK,
    });
  }
  const report: HealthReport = {
    ...(await runInWorker(healthRequest(config, store, now.toISOString()), {
      timeoutMs: config.queryTimeoutMs,
    })),
    context: reportContext(ctx),
  };
  await writeReport(report, ctx, config.commentKey, io);
  io.setOutput('verdict', report.verdict);
  io.setOutput('alerts', String(report.counts.alerts));
  io.setOutput(
    'regressions',
    String(report.prompts.filter((p) => p.window_status === 'regressed').length),
  );
  await io.summary(
    fitHealthMarkdown(report, SUMMARY_LIMIT, {
      charts: config.charts,
      fullReportHint: 'the full report is in the JSON report (report-path)',
    }),
  );
  if (config.issue) await keepIssue(report, ctx, config, gh, io);
  return { failure: healthFailure(report) };
}
