import { METRIC_SPECS } from '../../metrics.js';
import {
  formatDuration,
  formatMoney,
  formatTrendChange,
  TREND_LABEL,
} from '../../wording/health.js';
import type { BudgetCheck, HealthAlert, TrendResult } from '../../report/health-types.js';
import { formatPInline, formatTimestamp } from '../../format/numbers.js';
import {
  centerOf,
  formatChange,
  formatMetricDelta,
  formatMetricValue,
  formatThreshold,
  metricHeading,
} from '../../wording/labels.js';
import type { MetricResult } from '../../report/types.js';
import { TREND_HORIZON_DAYS } from './trends.js';

/** The spans an alert's message speaks of. */
export interface Spans {
  readonly windowMs: number;
  readonly historyMs: number;
}

type AlertFields = Partial<HealthAlert> & Pick<HealthAlert, 'kind' | 'severity' | 'message'>;

// One key order for every alert, so that the JSON reads the same whatever raised it.
function make(a: AlertFields): HealthAlert {
  return {
    kind: a.kind,
    severity: a.severity,
    prompt: a.prompt ?? null,
    version: a.version ?? null,
    metric: a.metric ?? null,
    budget: a.budget ?? null,
    change: a.change ?? null,
    amount: a.amount ?? null,
    limit: a.limit ?? null,
    p_value_adjusted: a.p_value_adjusted ?? null,
    confirmed: a.confirmed ?? a.severity === 'critical',
    message: a.message,
  };
}

function worse(better: 'higher' | 'lower'): string {
  return better === 'higher' ? 'fell' : 'rose';
}

/** What a window was compared with, when not the live version's own history. */
export interface Against {
  /** The version it replaced, whose history was read. */
  readonly version: string;
  /**
   * When the live version has days of its own but its first days read worse than the version it
   * replaced (see checkRelease): its first day with calls (YYYY-MM-DD), how many days, and
   * what was tested: the window, or its calls after those days (a window with too few calls).
   */
  readonly release?: {
    readonly released: string;
    readonly days: number;
    readonly tested: 'window' | 'after_first_days';
    /** Where the calls tested start (ISO 8601). */
    readonly since: string;
    /** Where the replaced version's calls they are tested against start (ISO 8601). */
    readonly reference: string;
  };
}

// What was tested: the window, or a release's calls after its first days when the window had too
// few calls.
function testedPhrase(spans: Spans, live: string, of?: Against): string {
  const r = of?.release;
  return r?.tested === 'after_first_days'
    ? `in the calls of ${live} since ${r.since.slice(0, 10)}`
    : `in the last ${formatDuration(spans.windowMs)}`;
}

function againstPhrase(spans: Spans, live: string, of?: Against): string {
  const history = `the previous ${formatDuration(spans.historyMs)}`;
  if (of === undefined) return history;
  const r = of.release;
  if (r?.tested === 'after_first_days')
    return `the calls of version ${of.version}, which it replaced, since ${r.reference.slice(0, 10)} (the first ${r.days} days of ${live}, from ${r.released}, read worse than its calls before then; the last ${formatDuration(spans.windowMs)} hold too few calls to test on their own)`;
  const first =
    r === undefined
      ? ''
      : ` (the first ${r.days} days of ${live}, from ${r.released}, read worse too)`;
  return `${history} of version ${of.version}, which it replaced${first}`;
}

function metricMessage(m: MetricResult, spans: Spans, live: string, of?: Against): string {
  const spec = METRIC_SPECS[m.metric];
  const from = formatMetricValue(m.metric, centerOf(m.metric, m.baseline));
  const to = formatMetricValue(m.metric, centerOf(m.metric, m.candidate));
  const threshold = formatThreshold(m.metric, m.threshold);
  const verdict =
    m.status === 'regressed'
      ? `beyond the ${threshold} threshold`
      : `significant, but within the ${threshold} threshold`;
  return (
    `${metricHeading(m.metric)} ${worse(spec.better)} from ${from} to ${to} (${formatChange(m)}) ` +
    `${testedPhrase(spans, live, of)} against ${againstPhrase(spans, live, of)}; ` +
    `${formatPInline(m.p_value_adjusted)}, ${verdict}.`
  );
}

/**
 * For a cost that regressed while the tokens per call barely moved: the price per token rose
 * (a model's price in the library's table, or a dearer model), not the prompt's length, which
 * is what a reader would look for first. Empty otherwise.
 */
function priceNote(m: MetricResult, tokens: MetricResult | undefined): string {
  const rose = m.relative_change;
  const moved = tokens?.relative_change;
  if (m.metric !== 'cost_eur' || rose === null || !(rose > 0) || !tokens || moved == null)
    return '';
  if (tokens.p_value === null || tokens.status === 'regressed' || Math.abs(moved) > rose / 4)
    return '';
  return ` Tokens per call moved ${formatChange(tokens)} only: the price per token rose (a model's price, or a dearer model), not the prompt's length.`;
}

/**
 * A critical alert from one window-vs-history metric that regressed (significant and beyond
 * the threshold). A degraded metric (significant, within the threshold) raises no alert: a
 * report read every morning must not cry wolf over changes nobody would act on. `tokens` is the
 * same window's tokens result, which says whether a cost rise is a price's.
 */
export function metricAlert(
  prompt: string,
  version: string,
  m: MetricResult,
  spans: Spans,
  replaced?: Against,
  tokens?: MetricResult,
): HealthAlert | null {
  if (m.status !== 'regressed') return null;
  const spec = METRIC_SPECS[m.metric];
  return make({
    kind: 'regression',
    severity: 'critical',
    prompt,
    version,
    metric: m.metric,
    change: spec.threshold === 'points' ? m.absolute_change : m.relative_change,
    p_value_adjusted: m.p_value_adjusted,
    message: metricMessage(m, spans, version, replaced) + priceNote(m, tokens),
  });
}

/** How a variant's models were compared, when not like with like on all of them; else ''. */
function modelsNote(v: {
  readonly models: readonly string[] | null;
  readonly crossModel: boolean;
  readonly mainModelOnly: boolean;
}): string {
  if (v.crossModel)
    return ' Compared across models: the live version had no call on its models in those hours.';
  return v.mainModelOnly && v.models
    ? ` Compared on ${v.models.join(', ')} alone: the two ran their models in clearly different shares.`
    : '';
}

/**
 * A warning for a version called beside the live one (a canary, an A/B variant) whose metric
 * regressed against the live version's calls in the same window; `confirmed` when it regressed
 * in the window before too (see variantConfirmed).
 */
export function variantAlert(
  prompt: string,
  live: string,
  variant: {
    readonly version: string;
    readonly calls: number;
    readonly rolledBackFrom: boolean;
    /** The models compared, and how (see VariantPlan). */
    readonly models: readonly string[] | null;
    readonly crossModel: boolean;
    readonly mainModelOnly: boolean;
  },
  m: MetricResult,
  spans: Spans,
  confirmed: boolean,
): HealthAlert | null {
  if (m.status !== 'regressed') return null;
  const spec = METRIC_SPECS[m.metric];
  const from = formatMetricValue(m.metric, centerOf(m.metric, m.baseline));
  const to = formatMetricValue(m.metric, centerOf(m.metric, m.candidate));
  return make({
    kind: 'variant',
    severity: 'warning',
    prompt,
    version: variant.version,
    metric: m.metric,
    change: spec.threshold === 'points' ? m.absolute_change : m.relative_change,
    p_value_adjusted: m.p_value_adjusted,
    confirmed,
    message:
      `Version ${variant.version}, called beside the live version ${live} in the last ${formatDuration(spans.windowMs)} ` +
      `(${variant.calls.toLocaleString('en-US')} ${variant.calls === 1 ? 'call' : 'calls'}): ${metricHeading(m.metric).toLowerCase()} ` +
      `${to} against ${from} for ${live} in the same hours (${formatChange(m)}); ${formatPInline(m.p_value_adjusted)}, ` +
      `beyond the ${formatThreshold(m.metric, m.threshold)} threshold.${modelsNote(variant)} ${variant.rolledBackFrom ? `It is the version ${live} rolled back from, still serving calls.` : 'Promoted as it is, it would regress.'}`,
  });
}

/**
 * A warning for a window metric that could not be tested as logged (`not_tested`): a scorer that
 * stopped scoring (or scores -infinity), values on another scale or in another unit, values
 * below 0. None when every call of the window failed: the success rate's alert says so, and the
 * latency, cost and tokens of failures are not the prompt's. Confirmed at once: it is a fact of
 * the data, not a test that noise could tip.
 */
export function untestedAlert(
  prompt: string,
  version: string,
  m: MetricResult,
  spans: Spans,
  allFailed: boolean,
): HealthAlert | null {
  if (m.not_tested === undefined || (allFailed && m.metric !== 'success')) return null;
  return make({
    kind: 'untested',
    severity: 'warning',
    prompt,
    version,
    metric: m.metric,
    confirmed: true,
    message: `${METRIC_SPECS[m.metric].label} not tested in the last ${formatDuration(spans.windowMs)}: ${m.not_tested}.`,
  });
}

/** The note for a degraded metric (significant but within its threshold), else null. */
export function degradedNote(
  m: MetricResult,
  spans: Spans,
  live: string,
  of?: Against,
): string | null {
  return m.status === 'degraded'
    ? `${metricMessage(m, spans, live, of)} A note, not an alert.`
    : null;
}

/**
 * A warning for a significant, material worsening trend of a daily series; `confirmed` as
 * `trendConfirmed` decides.
 */
export function trendAlert(
  prompt: string,
  version: string,
  t: TrendResult,
  confirmed: boolean,
): HealthAlert | null {
  if (t.status !== 'worsening' || t.slope_per_day === null) return null;
  const spec = METRIC_SPECS[t.metric];
  const mk = ` (Mann-Kendall ${formatPInline(t.p_value_adjusted)})`;
  const step = t.step;
  // A step (the window too thin to test it) is said as the move it was, a slope as its pace.
  const message = step
    ? `${TREND_LABEL[t.metric]} ${spec.better === 'higher' ? 'fell' : 'rose'} by ${formatTrendChange(t.metric, step.change)} on ${step.day} and stayed there over ${t.days} days` +
      `${mk}; the window has too few calls to be tested against the history.`
    : `${TREND_LABEL[t.metric]} ${spec.better === 'higher' ? 'falls' : 'rises'} steadily over ${t.days} days: ` +
      `Sen's slope ${formatMetricDelta(t.metric, t.slope_per_day)} per day, ` +
      `${formatTrendChange(t.metric, t.relative_change)} over ${t.span_days} days` +
      (t.projected_change === null
        ? ''
        : `, ${formatTrendChange(t.metric, t.projected_change)} in ${TREND_HORIZON_DAYS} days at this pace`) +
      `${mk}.`;
  return make({
    kind: 'trend',
    severity: 'warning',
    prompt,
    version,
    metric: t.metric,
    change: step ? step.change : t.relative_change,
    p_value_adjusted: t.p_value_adjusted,
    confirmed,
    message,
  });
}

/**
 * A warning for a live version with history but no call in the window; `confirmed` when the
 * window before it had no call either.
 */
export function silentAlert(
  prompt: string,
  version: string,
  historyCalls: number,
  spans: Spans,
  activeOther: string | null,
  confirmed: boolean,
): HealthAlert {
  const other =
    activeOther === null
      ? ''
      : ` Version ${activeOther} has calls in the window: is the production tag out of date?`;
  return make({
    kind: 'silent',
    severity: 'warning',
    prompt,
    version,
    confirmed,
    message:
      `No calls in the last ${formatDuration(spans.windowMs)}, after ${historyCalls.toLocaleString('en-US')} ` +
      `in the previous ${formatDuration(spans.historyMs)}.${other}`,
  });
}

/**
 * A budget alert: `critical` when spent, `warning` when only projected (`confirmed` when the
 * projection a day earlier was over budget too).
 */
export function budgetAlert(
  budget: BudgetCheck,
  amount: number,
  limit: number,
  when: { day?: string; month?: string; until?: string; complete?: boolean },
  confirmed = budget !== 'projection',
): HealthAlert {
  const over = `over the ${budget === 'day' || budget === 'today' ? 'daily' : 'monthly'} budget of ${formatMoney(limit)}`;
  const text: Record<BudgetCheck, string> = {
    day: `${when.day ?? ''} cost ${formatMoney(amount)}, ${over}.`,
    today: `Today (${when.day ?? ''}, until ${when.until ? formatTimestamp(when.until) : 'now'}) has cost ${formatMoney(amount)} so far, ${over}.`,
    month: when.complete
      ? `${when.month ?? ''} cost ${formatMoney(amount)}, ${over}.`
      : `${when.month ?? ''} has cost ${formatMoney(amount)} to date, ${over}.`,
    projection: `At its spend so far and last week's by weekday, ${when.month ?? ''} is projected to cost ${formatMoney(amount)}, ${over}.`,
  };
  return make({
    kind: 'budget',
    severity: budget === 'projection' ? 'warning' : 'critical',
    prompt: null,
    version: null,
    budget,
    amount,
    limit,
    confirmed,
    message: text[budget],
  });
}

/** Worst first: critical before warning, then by kind, prompt and metric (stable output). */
export function sortAlerts(alerts: readonly HealthAlert[]): HealthAlert[] {
  const kinds = ['regression', 'budget', 'degradation', 'variant', 'untested', 'trend', 'silent'];
  const key = (a: HealthAlert): string => `${a.prompt ?? ''}\u0000${a.metric ?? a.budget ?? ''}`;
  return [...alerts].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'critical' ? -1 : 1) ||
      kinds.indexOf(a.kind) - kinds.indexOf(b.kind) ||
      (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0),
  );
}
