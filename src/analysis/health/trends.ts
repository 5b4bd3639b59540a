import { adjustFamily, type FamilySettings } from '../classify.js';
import { METRIC_SPECS } from '../../metrics.js';
import type {
  TrendStep,
  DailyPoint,
  TrendMetric,
  TrendResult,
  TrendStatus,
} from '../../report/health-types.js';
import type { DailyStats } from '../../store/types.js';
import { mannKendall, median } from '../../stats/index.js';
import { DAY_MS, dayNumber } from '../../time.js';
import { toWorse } from '../worse.js';

/** The daily series tested for trends, in report order. */
export const TREND_METRICS: readonly TrendMetric[] = [
  'quality_score',
  'latency_ms',
  'success',
  'cost_eur',
];

/** Fewer days with a value than this: no trend test (Mann-Kendall needs a few to mean anything). */
export const MIN_TREND_DAYS = 7;

/**
 * A trend alert needs a slope that, kept up for TREND_HORIZON_DAYS, moves the metric by at
 * least this share of its materiality threshold: a drift that is significant but tiny should
 * not page anyone, and a real decline should page before it has done the damage.
 */
const TREND_MATERIALITY = 0.5;

/** Days a trend's slope is projected over to judge whether it matters (about two months). */
export const TREND_HORIZON_DAYS = 60;

/**
 * The trend test's span: the last complete UTC days before `now`. Two weeks is short enough
 * that a decline that started lately dominates the series (a whole month of flat days would
 * flatten Sen's slope), long enough for Mann-Kendall, and holds each weekday twice.
 */
export const TREND_DAYS = 14;

/**
 * A day with fewer calls than this share of the version's current traffic is left out of its
 * trends: the days a canary or a staged rollout sent it part of its traffic. A day of few calls
 * sits apart from a full day by chance (four calls at a 98 % success rate all succeed 92 % of
 * the time, twenty 67 %, a full day of eighty 20 %), and ranked with the full days those days
 * read as a decline after a neutral release that was staged first. At a quarter, a rollout's
 * days at a quarter of the traffic still made twice the worsening trends of full days.
 */
export const TREND_MIN_TRAFFIC = 0.5;

/**
 * The version's current traffic: the larger of its median calls a day over the series' last 3
 * and last 7 days with calls (the first follows a rollout that ended days ago, the second keeps
 * a quiet weekend from setting the level).
 */
function currentTraffic(called: readonly DailyPoint[]): number {
  const medianCalls = (days: number): number => median(called.slice(-days).map((p) => p.calls));
  return Math.max(medianCalls(3), medianCalls(7));
}

/**
 * The complete UTC days of a daily series a trend is tested on: the TREND_DAYS days that end
 * `lagDays` days before the day `now` falls in (1: the series the previous day's run saw), less
 * the days with calls under TREND_MIN_TRAFFIC of the version's current traffic.
 */
export function trendSeries(
  points: readonly DailyPoint[],
  nowMs: number,
  lagDays = 0,
): DailyPoint[] {
  const end = Math.floor(nowMs / DAY_MS) - lagDays;
  const days = points.filter((p) => {
    const d = dayNumber(p.day);
    return d < end && d >= end - TREND_DAYS;
  });
  const called = days.filter((p) => p.calls > 0);
  if (called.length === 0) return days;
  const floor = TREND_MIN_TRAFFIC * currentTraffic(called);
  return days.filter((p) => p.calls >= floor);
}

/** Fewest days on each side of a step. */
const STEP_MIN_DAYS = 3;
/**
 * A series is a step when two flat levels leave at most this share of a line's squared error:
 * on 14 days with day-to-day noise, lines drawn with noise pass for steps 2-10 % of the time at
 * this share (a third to three quarters at 1), while clean steps are still told apart.
 */
const STEP_SHARE = 0.6;

/** Sum of squared deviations from the mean of `v[from, to)`. */
function spread(v: readonly number[], from: number, to: number): number {
  let mean = 0;
  for (let i = from; i < to; i++) mean += v[i]! / (to - from);
  let s = 0;
  for (let i = from; i < to; i++) s += (v[i]! - mean) ** 2;
  return s;
}

/** Whether two flat levels, split at the best day, fit the values far better than a line. */
export function stepLike(values: readonly number[]): boolean {
  return stepAt(values) !== null;
}

/**
 * Where two flat levels, split at the best day, fit the values far better than a line: the
 * index of the first value after the step; null when they do not.
 */
export function stepAt(values: readonly number[]): number | null {
  const n = values.length;
  if (n < 2 * STEP_MIN_DAYS) return null;
  // The line's error by least squares on the day indexes.
  const mx = (n - 1) / 2;
  const my = values.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (i - mx) * (values[i]! - my);
    sxx += (i - mx) ** 2;
  }
  const line = spread(values, 0, n) - (sxy * sxy) / sxx;
  let step = Infinity;
  let at = STEP_MIN_DAYS;
  for (let k = STEP_MIN_DAYS; k <= n - STEP_MIN_DAYS; k++) {
    const e = spread(values, 0, k) + spread(values, k, n);
    if (e < step) [step, at] = [e, k];
  }
  return step < STEP_SHARE * line ? at : null;
}

/** The mean of `v[from, to)`. */
function meanOf(v: readonly number[], from: number, to: number): number {
  let s = 0;
  for (let i = from; i < to; i++) s += v[i]!;
  return s / (to - from);
}

/** One trend test before the run-wide correction. */
export interface TrendTest {
  readonly metric: TrendMetric;
  readonly days: number;
  readonly median: number | null;
  readonly slope: number | null;
  readonly intercept: number | null;
  readonly span: number;
  /** The first day with a value (`YYYY-MM-DD`), where the trend line's intercept is. */
  readonly firstDay: string | null;
  readonly change: number | null;
  readonly relative: number | null;
  /** The slope over TREND_HORIZON_DAYS, relative to the median (points for success). */
  readonly projected: number | null;
  /** The projected change in threshold units, positive when worse. */
  readonly worseBy: number | null;
  readonly threshold: number;
  readonly pWorse: number | null;
  readonly pBetter: number | null;
  /** A level that moved and stayed, judged on its size (see testTrend's `steps`). */
  readonly step?: TrendStep;
}

/** The store's per-day aggregates as the report's daily points. */
export function dailyPoints(stats: readonly DailyStats[]): DailyPoint[] {
  return stats.map((d) => ({
    day: d.day,
    calls: d.calls,
    quality_score: d.quality,
    latency_ms: d.latencyP50,
    success: d.successRate,
    cost_eur: d.costPerCall,
  }));
}

/**
 * Mann-Kendall with Sen's slope on one metric's daily values. Days without a value are left
 * out and the slope uses the real day offsets, so a gap does not compress time.
 */
export function testTrend(
  metric: TrendMetric,
  points: readonly DailyPoint[],
  threshold: number,
  /**
   * The window cannot be tested against the history (too few calls a day): a step is then
   * judged on its size, or no test would ever see a level that moved and stayed.
   */
  steps = false,
): TrendTest {
  const values: number[] = [];
  const days: number[] = [];
  for (const p of points) {
    const v = p[metric];
    const d = dayNumber(p.day);
    if (v !== null && Number.isFinite(v) && Number.isFinite(d)) {
      values.push(v);
      days.push(d);
    }
  }
  const x = days.map((d) => d - (days[0] ?? 0));
  const span = x.at(-1) ?? 0;
  const mid = values.length > 0 ? median(values) : null;
  const firstDay = points.find((p) => dayNumber(p.day) === days[0])?.day ?? null;
  const empty = { metric, days: values.length, median: mid, span, threshold, firstDay };
  const mk = values.length >= MIN_TREND_DAYS ? mannKendall(values, x) : null;
  if (mk === null || mid === null) {
    return {
      ...empty,
      slope: null,
      intercept: null,
      change: null,
      relative: null,
      projected: null,
      worseBy: null,
      pWorse: null,
      pBetter: null,
    };
  }
  const spec = METRIC_SPECS[metric];
  const change = mk.senSlope * span;
  const relative = spec.threshold === 'points' ? change : mid !== 0 ? change / Math.abs(mid) : null;
  const ahead = mk.senSlope * TREND_HORIZON_DAYS;
  const projected = spec.threshold === 'points' ? ahead : mid !== 0 ? ahead / Math.abs(mid) : null;
  // A one-time step (flat before and after it) makes a significant Mann-Kendall trend too, but
  // projecting it forward announces a decline that stopped the day it happened: a series that
  // two flat levels fit much better than a line is a step, not a trend (see stepLike).
  const at = stepAt(values);
  let worseBy = toWorse(ahead, mid, spec);
  let step: TrendStep | undefined;
  if (at !== null && steps) {
    const before = meanOf(values, 0, at);
    const after = meanOf(values, at, values.length);
    const day = new Date(days[at]! * DAY_MS).toISOString().slice(0, 10);
    const moved =
      spec.threshold === 'points' ? after - before : (after - before) / Math.abs(before);
    step = { day, before, after, change: Number.isFinite(moved) ? moved : null };
    // A change already made, judged against the whole threshold (a slope, against half of it).
    worseBy = toWorse(after - before, before, spec) * TREND_MATERIALITY;
  } else if (at !== null) worseBy = Math.min(0, worseBy);
  return {
    ...empty,
    ...(step ? { step } : {}),
    slope: mk.senSlope,
    intercept: mk.intercept,
    change,
    relative,
    projected,
    worseBy,
    pWorse: spec.better === 'higher' ? mk.pDecreasing : mk.pIncreasing,
    pBetter: spec.better === 'higher' ? mk.pIncreasing : mk.pDecreasing,
  };
}

function status(t: TrendTest, pw: number | null, pb: number | null, alpha: number): TrendStatus {
  if (pw === null || pb === null || t.worseBy === null) return 'insufficient_data';
  if (pw < alpha) return t.worseBy >= TREND_MATERIALITY * t.threshold ? 'worsening' : 'slight';
  return pb < alpha ? 'improving' : 'stable';
}

/**
 * Corrects every trend test of the run at once (its own family, apart from the window tests,
 * with the run's correction method) and decides each trend's status. Groups keep their shape.
 */
export function decideTrends(
  groups: readonly (readonly TrendTest[])[],
  settings: FamilySettings,
): TrendResult[][] {
  const adjusted = adjustFamily(groups, settings.correction);
  return groups.map((group) =>
    group.map((t): TrendResult => {
      const [pw, pb] = adjusted.get(t)?.p ?? [null, null];
      return {
        metric: t.metric,
        status: status(t, pw, pb, settings.alpha),
        days: t.days,
        median: t.median,
        slope_per_day: t.slope,
        intercept: t.intercept,
        span_days: t.span,
        change: t.change,
        relative_change: t.relative,
        projected_change: t.projected,
        first_day: t.firstDay,
        p_value: t.pWorse,
        p_value_adjusted: pw,
        p_better_adjusted: pb,
        ...(t.step ? { step: t.step } : {}),
      };
    }),
  );
}
