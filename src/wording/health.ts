/**
 * The health report's units and trend words, shared by the renderers and by the analysis'
 * alert messages so that a span or an amount reads the same in both.
 */
import { METRIC_SPECS, type Metric } from '../metrics.js';
import type { HealthReport, TrendMetric } from '../report/health-types.js';
import type { MetricStatus } from '../report/types.js';
import { DAY_MS, HOUR_MS } from '../time.js';
import {
  MISSING,
  formatChangePercent,
  formatCount,
  formatEur,
  formatFixed,
  formatPoints,
} from '../format/numbers.js';
import { metricName, plural } from './labels.js';

/** A window or history length: `24 hours`, `28 days`, `30 minutes`. */
export function formatDuration(ms: number): string {
  const whole = (unit: number): boolean => ms % unit === 0;
  const count = (n: number, unit: string): string =>
    `${formatCount(n)} ${unit}${n === 1 ? '' : 's'}`;
  if (whole(DAY_MS) && ms >= 2 * DAY_MS) return count(ms / DAY_MS, 'day');
  if (whole(HOUR_MS)) return count(ms / HOUR_MS, 'hour');
  if (whole(60_000)) return count(ms / 60_000, 'minute');
  return count(ms / 1000, 'second');
}

/** An amount of money (a day's cost, a budget): `€0.40`, `€1,234.50`; cents below one cent. */
export function formatMoney(eur: number | null): string {
  if (eur === null || !Number.isFinite(eur)) return MISSING;
  return Math.abs(eur) >= 0.01 || eur === 0 ? `€${formatFixed(eur, 2)}` : formatEur(eur);
}

/** What each trend's daily value is. */
export const TREND_LABEL: Readonly<Record<TrendMetric, string>> = {
  quality_score: 'Daily mean quality',
  latency_ms: 'Daily median latency',
  success: 'Daily success rate',
  cost_eur: 'Daily cost per call',
};

/** A change relative to the metric's center, or in rate points for the success rate. */
export function formatTrendChange(metric: Metric, change: number | null): string {
  return METRIC_SPECS[metric].threshold === 'points'
    ? formatPoints(change)
    : formatChangePercent(change);
}

/** Versions a line lists by name at most; the rest are counted. */
const LISTED_MAX = 5;

/** The first few of `all`, joined, and how many more there are. */
function firstFew(all: readonly string[]): string {
  const more = all.length - LISTED_MAX;
  return all.slice(0, LISTED_MAX).join(', ') + (more > 0 ? ` and ${more} more` : '');
}

/** What a version called beside the live one showed against it, by its worst status. */
const VARIANT_WORD: Readonly<Record<MetricStatus, string>> = {
  regressed: 'regressed: see its alert',
  degraded: 'worse, within the thresholds',
  inconclusive: 'inconclusive',
  insufficient_data: 'too few calls to test',
  unchanged: 'no significant difference',
  improved: 'better',
};

/**
 * Each release no longer compared with the version it replaced (`release_ended`): the prompt,
 * its version, and what its first days read worse on.
 */
export function endedReleases(report: HealthReport, esc: (s: string) => string): string[] {
  return report.prompts.flatMap((p) => {
    const e = p.release_ended;
    if (!e) return [];
    const on = e.metrics.map(metricName).join(', ');
    return [`${esc(p.prompt)} ${esc(p.live.version)} (worse than ${esc(e.version)} on ${on} in its first days)`]; // prettier-ignore
  });
}

/**
 * The releases that read healthy because their comparison with the version each replaced has
 * just ended (see endedReleases), in one line; null when there are none.
 */
export function endedLine(report: HealthReport, esc: (s: string) => string): string | null {
  const all = endedReleases(report, esc);
  if (all.length === 0) return null;
  const listed = firstFew(all);
  const one = all.length === 1;
  return `Compared with ${one ? 'its' : 'their'} own history from now on, as the calls of the version ${one ? 'it' : 'each'} replaced have left it, so reading healthy though nothing changed: ${listed}.`;
}

/**
 * One line naming the versions called in the window beside their prompt's live version (a
 * canary, an A/B variant), each with what its test against the live version's calls in the same
 * hours showed, or null. `esc` makes a store's string safe.
 */
export function alsoCalledLine(report: HealthReport, esc: (s: string) => string): string | null {
  const versions = report.prompts.flatMap((p) =>
    (p.also_called ?? []).map((o) => ({ prompt: p.prompt, ...o })),
  );
  if (versions.length === 0) return null;
  // The ones that regressed first: a line cut at five must not drop them.
  const ordered = [
    ...versions.filter((o) => o.status === 'regressed'),
    ...versions.filter((o) => o.status !== 'regressed'),
  ];
  const min = report.settings.min_samples;
  // Too few is said of the side that had them: a canary of a busy hour may have enough calls
  // while the live version has too few in those hours.
  const word = (o: (typeof versions)[number]): string =>
    o.status === null
      ? 'older than the live version: not tested'
      : o.status === 'insufficient_data' && o.calls >= min && o.live_calls < min
        ? `the live version had ${plural(o.live_calls, 'call')} in its hours: too few to test`
        : VARIANT_WORD[o.status];
  const all = ordered.map(
    (o) => `${esc(o.prompt)} ${esc(o.version)} (${plural(o.calls, 'call')}, ${word(o)})`,
  );
  const listed = firstFew(all);
  const few = versions.some((o) => o.status === 'insufficient_data')
    ? ' One with too few calls here is tested over all its calls by a comparison with the live version on demand.'
    : '';
  return `Also called in the window beside the live version, each newer one tested against its calls in the same hours: ${listed}.${few}`;
}

/** The prompts a health report does not list, in a few words (`; ` or ` · ` before), or ''. */
export function unlistedPhrase(report: HealthReport): string {
  const { inactive, retired = 0 } = report.counts;
  const parts = [
    inactive > 0 ? `${plural(inactive, 'prompt')} without calls in either` : '',
    retired > 0 ? `${plural(retired, 'prompt')} tagged retired` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `${parts.join(', ')}, not listed` : '';
}

/**
 * The history's calls as a prompt's facts line counts them: its newest `baseline-max-samples`
 * when it was cut there (see `dayLevelNote` for the day-level tests' count), and whose history
 * it is when not the live version's own (the version it replaced).
 */
export function historyCalls(
  history: { readonly n: number; readonly version?: string },
  baselineMax: number,
  esc: (s: string) => string,
): string {
  const n = formatCount(history.n);
  const newest = history.n >= baselineMax ? `the newest ${n}` : n;
  return history.version === undefined
    ? `${newest} in the history`
    : `${newest} in the history of ${esc(history.version)}, the version it replaced`;
}

/**
 * After the history's calls: how many the day-level tests read when more (every call of the
 * history's days, their table's n), so that the two counts are not taken for one; else ''.
 */
export function dayLevelNote(
  history: { readonly n: number },
  metrics: readonly { readonly test: string; readonly baseline: { readonly n: number } }[],
): string {
  const most = metrics.reduce(
    (m, t) => (t.test === 'day_level_t' ? Math.max(m, t.baseline.n) : m),
    0,
  );
  return most > history.n
    ? ` (the day-level tests read every call of its days: ${formatCount(most)})`
    : '';
}
