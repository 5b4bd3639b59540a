/**
 * The report's vocabulary, shared by the Markdown, terminal and check-run renderers so that
 * they never disagree on a word, an icon or a number.
 */
import { failsPolicy, verdictStatus } from '../report/policy.js';
import { METRIC_SPECS, type Metric } from '../metrics.js';
import {
  formatCount,
  formatChangePercent,
  formatEur,
  formatFixed,
  formatPercentShort,
  formatPointsShort,
  formatLatency,
  formatPoints,
  formatRate,
  formatSignificant,
  formatLevel,
  formatTokens,
} from '../format/numbers.js';
import {
  STATUS_ORDER,
  type CandidateStatus,
  type Comparison,
  type CompareReport,
  type MetricResult,
  type ReportSettings,
  type SideStats,
} from '../report/types.js';

/** Emoji per candidate or metric status, for Markdown. */
export const STATUS_ICON: Readonly<Record<CandidateStatus, string>> = {
  regressed: '❌',
  degraded: '⚠️',
  inconclusive: '❔',
  insufficient_data: '⏳',
  unchanged: '✅',
  improved: '✨',
  new_prompt: '🆕',
};

/** Words per status, as a reader says them. */
export const STATUS_WORD: Readonly<Record<CandidateStatus, string>> = {
  regressed: 'regressed',
  degraded: 'degraded',
  inconclusive: 'inconclusive',
  insufficient_data: 'too few calls',
  unchanged: 'unchanged',
  improved: 'improved',
  new_prompt: 'new prompt',
};

/** The metric's column label with the statistic shown: `Quality (mean)`, `Latency (median)`. */
export function metricHeading(metric: Metric): string {
  const spec = METRIC_SPECS[metric];
  return spec.center === 'rate' ? spec.label : `${spec.label} (${spec.center})`;
}

/** The metric's name inside a sentence: `quality`, `success rate`. */
export function metricName(metric: Metric): string {
  return METRIC_SPECS[metric].label.toLowerCase();
}

/** The statistic the metric is judged on (mean, median or rate) of one side. */
export function centerOf(metric: Metric, side: SideStats): number | null {
  return METRIC_SPECS[metric].center === 'median' ? side.median : side.mean;
}

/** One value of the metric in its unit: `0.849`, `412 ms`, `98.3 %`, `€0.00169`, `812`. */
export function formatMetricValue(metric: Metric, x: number | null): string {
  switch (metric) {
    case 'quality_score':
    case 'accuracy':
      // Scores live in 0..1: a fixed 3 decimals keeps a column of them aligned.
      return x !== null && Math.abs(x) <= 1 ? formatFixed(x, 3) : formatSignificant(x, 3);
    case 'latency_ms':
      return formatLatency(x);
    case 'success':
      return formatRate(x);
    case 'cost_eur':
      return formatEur(x);
    case 'total_tokens':
      return formatTokens(x);
  }
}

/**
 * A signed difference in the metric's unit, for interval bounds: `−0.14`, `+52 ms`, `−3.1 pp`.
 * Two significant digits: an interval's bounds are not known more precisely than that.
 */
export function formatMetricDelta(metric: Metric, x: number): string {
  switch (metric) {
    case 'quality_score':
    case 'accuracy':
      return formatSignificant(x, 2, true);
    case 'latency_ms':
      return formatLatency(x, true, 2);
    case 'success':
      return formatPoints(x);
    case 'cost_eur':
      return formatEur(x, true, 2);
    case 'total_tokens':
      return formatTokens(x, true, 2);
  }
}

/**
 * The change column: relative for most metrics, percentage points for the success rate; in the
 * metric's unit when there is no relative change (a baseline of €0).
 */
export function formatChange(result: MetricResult): string {
  if (METRIC_SPECS[result.metric].threshold === 'points')
    return formatPoints(result.absolute_change);
  const { relative_change: relative, absolute_change: absolute } = result;
  if ((relative === null || !Number.isFinite(relative)) && absolute !== null && absolute !== 0)
    return formatMetricDelta(result.metric, absolute);
  return formatChangePercent(relative);
}

/** A threshold as the worst change tolerated: `−10 %`, `+30 %`, `−5 pp`. */
export function formatThreshold(metric: Metric, threshold: number): string {
  const spec = METRIC_SPECS[metric];
  const worse = spec.better === 'higher' ? -Math.abs(threshold) : Math.abs(threshold);
  return spec.threshold === 'points' ? formatPointsShort(worse) : formatPercentShort(worse);
}

/** Position in the worst-first order; `new_prompt` sorts after every metric status. */
function severity(status: CandidateStatus): number {
  return STATUS_ORDER.indexOf(status);
}

/** The comparisons that fail the report's `fail-on` policy, worst first. */
export function failingComparisons(report: CompareReport): Comparison[] {
  const failOn = report.settings.fail_on;
  return sortWorstFirst(report.comparisons.filter((c) => failsPolicy(verdictStatus(c), failOn)));
}

/** Comparisons ordered worst first, keeping the report's order among equals. */
export function sortWorstFirst(comparisons: readonly Comparison[]): Comparison[] {
  return comparisons
    .map((c, i) => ({ c, i }))
    .sort((a, b) => severity(a.c.status) - severity(b.c.status) || a.i - b.i)
    .map(({ c }) => c);
}

/** The metrics that gave a comparison its status, smallest adjusted p-value first. */
export function decisiveMetrics(c: Comparison): MetricResult[] {
  return c.metrics
    .filter((m) => m.status === c.status)
    .sort((a, b) => (a.p_value_adjusted ?? 1) - (b.p_value_adjusted ?? 1));
}

/** How many primary tests the run's correction was applied over. */
export function testCount(report: CompareReport): number {
  return report.comparisons.reduce(
    (n, c) => n + c.metrics.filter((m) => m.p_value !== null).length,
    0,
  );
}

/**
 * The interval column's heading: `90 % CI` when every interval is at 1 − 2α, `CI (adj.)` when
 * the correction set each end's level (see `ci_alpha`).
 */
export function ciHeading(settings: Pick<ReportSettings, 'alpha' | 'correction'>): string {
  return settings.correction === 'none' ? `${formatLevel(settings.alpha)} CI` : 'CI (adj.)';
}

/** `1 thing` / `2 things` (not `toLocaleString`, whose first call costs 90 ms of ICU set-up). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** Correction names as a sentence fragment. */
export const CORRECTION_NAME: Readonly<Record<CompareReport['settings']['correction'], string>> = {
  holm: 'Holm',
  bh: 'Benjamini-Hochberg',
  none: 'no correction',
};
