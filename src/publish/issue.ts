/** The health report's tracking issue: opened, refreshed and closed with the alerts. */
import { runUrl } from '../action/context.js';
import type { Run } from '../action/run.js';
import { isCommitSha } from '../format/ids.js';
import { shortSha256 } from '../hash.js';
import { buildAlertKeysLine, buildHealthMarker, syncTrackingIssue } from '../github/index.js';
import { COMMENT_LIMIT } from '../format/limits.js';
import { md } from '../format/escape.js';
import { fitHealthMarkdown } from '../render/health/markdown.js';
import { endedReleases } from '../wording/health.js';
import type { HealthReport } from '../report/health-types.js';

/** The alerts in a few words (`1 critical, 2 warnings`), or `healthy`. */
function alertsPhrase(report: HealthReport): string {
  const { critical, warnings } = report.counts;
  const parts = [
    critical > 0 ? `${critical} critical` : '',
    warnings > 0 ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : '',
  ];
  return (
    parts.filter(Boolean).join(', ') ||
    (worsening(report) ? 'still significantly worse, within the thresholds' : 'healthy')
  );
}

/**
 * A live version still significantly worse than its history (degraded: within the threshold).
 * It opens no issue, but keeps an open one open: an incident measuring just under its threshold
 * one day does not close the issue and open a new one the next.
 */
function worsening(report: HealthReport): boolean {
  return report.prompts.some((p) => p.metrics.some((m) => m.status === 'degraded'));
}

/**
 * The comment that closes the issue: healthy again, or, when a release's comparison with the
 * version it replaced has just ended (`release_ended`), no alerts though that release was not fixed.
 */
export function closingComment(report: HealthReport, runLink: string): string {
  const ended = endedReleases(report, (s) => md(s, 100));
  if (ended.length === 0) return `✅ Healthy again: no alerts in ${runLink}. Closing.`;
  const one = ended.length === 1;
  return `No alerts in ${runLink}, but not a fix for ${ended.join('; ')}: ${one ? 'it is' : 'they are'} now compared with ${one ? 'its' : 'their'} own history, the calls of the version ${one ? 'it' : 'each'} replaced having left the history. The report above says more. Closing.`;
}

/**
 * Keeps one open tracking issue while the report has alerts (see github/tracking.ts), and sets
 * the `issue-url` output. `alerts` is the report's alerts fingerprint (a changed one is news) and
 * each alert's short key (see alertKeys).
 */
export async function keepTrackingIssue(
  report: HealthReport,
  alerts: { readonly fingerprint: string; readonly keys: readonly string[] },
  { ctx, config, gh, io }: Run,
): Promise<void> {
  if (report.counts.alerts === 0 && report.counts.insufficient_data === report.counts.prompts) {
    // Nothing was tested (an empty store, a wrong path or clock, too few calls): no news either
    // way, and no reason to call an open issue's prompts healthy again.
    io.log.info('Tracking issue left as is: no prompt had the calls to test.');
    return;
  }
  const phrase = alertsPhrase(report);
  // Scheduled runs have no pull request: the marker carries the commit the workflow ran on.
  const sha = isCommitSha(ctx.sha) ? ctx.sha : '0'.repeat(40);
  // Run numbers count per workflow: two workflows (two stores) each keep their own issue.
  const workflow = ctx.workflow === '' ? undefined : shortSha256(ctx.workflow).slice(0, 8);
  const marker = buildHealthMarker({
    key: config.commentKey,
    sha,
    run: ctx.runNumber,
    attempt: ctx.runAttempt,
    alerts: alerts.fingerprint,
    ...(workflow === undefined ? {} : { workflow }),
  });
  // Under the marker, each alert's key: a later run tells a new alert from one that cleared.
  const keys = alerts.keys;
  const head = `${marker}\n${buildAlertKeysLine(keys)}`;
  const runLink = `[run ${ctx.runNumber}](${runUrl(ctx)})`;
  const result = await syncTrackingIssue(
    gh,
    {
      owner: ctx.owner,
      repo: ctx.repo,
      label: config.issueLabel,
      key: config.commentKey,
      ...(workflow === undefined ? {} : { workflow }),
      // The title changes with the alerts.
      title: `Prompt health: ${phrase}`,
      keptTitle: (n) =>
        `Prompt health: ${n} alerting ${n === 1 ? 'prompt' : 'prompts'} not tested since, waiting for calls`,
      body: fitHealthMarkdown(report, COMMENT_LIMIT, { charts: config.charts, marker: head }),
      refit: (limit) => fitHealthMarkdown(report, limit, { charts: config.charts, marker: head }),
      alertKeys: keys,
      alertsFingerprint: alerts.fingerprint,
      unhealthy: report.counts.alerts > 0 || worsening(report),
      confirmed: report.counts.confirmed > 0,
      runNumber: ctx.runNumber,
      healthyComment: closingComment(report, runLink),
      alerting: report.prompts.filter((p) => p.alerts.length > 0).map((p) => p.prompt),
      untested: report.prompts
        .filter((p) => p.window_status === 'insufficient_data')
        .map((p) => p.prompt),
      alertsChangedComment: `The alerts changed in ${runLink}: ${phrase}. The report above is current.`,
      reopenedComment: `Unhealthy again in ${runLink}: ${phrase}. The report above is current.`,
      window: report.window,
    },
    io.log,
  );
  switch (result.status) {
    case 'forbidden':
      io.log.warning(
        result.disabled
          ? `${result.message} Turn Issues on in the repository's settings (General, Features), or set issue: false to write the health report without a tracking issue.`
          : result.gone
            ? `${result.message} The next run opens a new tracking issue.`
            : `Could not keep the tracking issue: ${result.message} (needs 'issues: write').`,
      );
      return;
    case 'none':
      return;
    case 'skipped':
      // A newer run's report is on it and it is open: still the tracking issue. A closed one
      // (by a newer run, or by a person) is not: the output names an open issue or nothing.
      if (result.open) io.setOutput('issue-url', result.url);
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
