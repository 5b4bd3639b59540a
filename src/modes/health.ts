import type { ModeResult } from '../action/io.js';
import type { Run } from '../action/run.js';
import { alertKeys, alertsFingerprint } from '../analysis/health/fingerprint.js';
import { failsPolicy } from '../report/policy.js';
import { plain } from '../format/escape.js';
import { fitHealthMarkdown } from '../render/health/markdown.js';
import type { HealthReport } from '../report/health-types.js';
import { fitSummary } from '../format/limits.js';
import { headStore } from '../sources/artifact-store.js';
import { skipIfNeutral } from './skip.js';
import { NO_CHECK } from '../publish/check.js';
import { keepTrackingIssue } from '../publish/issue.js';
import { reportContext, writeReport } from '../publish/report-file.js';
import { engine, type StoreInput } from '../worker/facade.js';

/** The failure line when the health report fails the fail-on policy. */
function healthFailure(report: HealthReport): string | null {
  if (report.verdict !== 'regressed') return null;
  const failing = report.prompts.filter((p) =>
    failsPolicy(p.window_status, report.settings.fail_on),
  );
  const names = failing.slice(0, 3).map((p) => `${plain(p.prompt, 60)} ${p.window_status}`);
  const more = failing.length > 3 ? '; …' : '';
  return `Prompt health fails fail-on ${report.settings.fail_on}: ${names.join('; ')}${more}.`;
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
      run: { ctx, config, gh, io },
      check: NO_CHECK,
    });
  }
  const report: HealthReport = {
    ...(await engine.health(config, store, now.toISOString(), undefined, true)),
    context: reportContext(ctx),
  };
  const failure = healthFailure(report);
  if (failure) io.verdictFailure(failure);
  await writeReport(report, ctx, config.commentKey, io);
  io.setOutput('verdict', report.verdict);
  io.setOutput('alerts', String(report.counts.alerts));
  io.setOutput(
    'regressions',
    String(report.prompts.filter((p) => p.window_status === 'regressed').length),
  );
  await io.summary(
    fitSummary((chars) =>
      fitHealthMarkdown(report, chars, {
        charts: config.charts,
        fullReportHint: 'the full report is in the JSON report (report-path)',
      }),
    ),
  );
  if (config.issue) {
    const alerts = { fingerprint: alertsFingerprint(report), keys: alertKeys(report) };
    await keepTrackingIssue(report, alerts, { ctx, config, gh, io });
  }
  return { failure };
}
