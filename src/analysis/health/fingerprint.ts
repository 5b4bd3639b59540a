import { shortSha256 } from '../../hash.js';
import type { HealthAlert, HealthReport } from '../../report/health-types.js';

/** Every alert of a health report: each prompt's, then the run's budget alerts. */
export function allAlerts(report: Pick<HealthReport, 'prompts' | 'cost'>): HealthAlert[] {
  return [...report.prompts.flatMap((p) => p.alerts), ...report.cost.alerts];
}

/**
 * A stable fingerprint of the set of confirmed alerts: sha256 (hex, first 16) of the sorted,
 * distinct keys kind + prompt + version + metric (or budget check). Numbers are left out on
 * purpose, so the tracking issue gets a new comment when an alert appears or clears, not when a
 * value moves; and warnings that could not open the issue (seen on one run's data only) do not
 * comment either: they come and go from day to day. The version is in: a new release that
 * regresses too is a new alert (a comment on the open issue; after a close as not planned, a
 * new issue), not the one someone dismissed.
 */
export function alertsFingerprint(report: HealthReport): string {
  return shortSha256(confirmedKeys(report).join('\n'));
}

/**
 * Each confirmed alert's key, hashed short (8 hex digits), sorted: the tracking issue keeps them,
 * so that a later run can tell an alert that is new from one that cleared (a close as not planned
 * holds while the alerts are those it dismissed, or fewer).
 */
export function alertKeys(report: HealthReport): string[] {
  return [...new Set(confirmedKeys(report).map((k) => shortSha256(k).slice(0, 8)))].sort();
}

function confirmedKeys(report: HealthReport): string[] {
  const keys = allAlerts(report)
    .filter((a) => a.confirmed)
    .map((a) =>
      JSON.stringify([a.kind, a.prompt ?? '', a.version ?? '', a.metric ?? a.budget ?? '']),
    );
  return [...new Set(keys)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
