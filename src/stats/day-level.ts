import { tCdf, tQuantile } from './dists.js';
import type { Interval } from './types.js';

/** Count, mean and sum of squared deviations of one day's (one block's) values. */
export interface DayMoments {
  readonly n: number;
  readonly mean: number;
  /** Sum of squared deviations from the mean (Welford's M2). */
  readonly m2: number;
}

/** The one-way random-effects ANOVA of some days' values: how much the days differ. */
export interface VarianceComponents {
  readonly days: number;
  readonly calls: number;
  /** Mean over every value (days weighted by their counts). */
  readonly grandMean: number;
  /** Between-day and within-day mean squares; their ratio is scipy.stats.f_oneway's F. */
  readonly msBetween: number;
  readonly msWithin: number;
  readonly f: number;
  /** The effective calls per day of unbalanced data, (N - Σn²/N) / (D - 1). */
  readonly n0: number;
  /** Method-of-moments between-day variance, max(0, (MSB - MSW) / n0). */
  readonly tau2: number;
}

// The days' common mean when every day has the same one, else null. Weighted sums of equal
// means leave a last-bit residue (0.003434 × 1000 / 1000 is not 0.003434), and with no spread
// at all that residue becomes the whole signal: a constant cost per call tested "worse" at
// p < 1e-9 on one run and "better" on the next.
function commonMean(days: readonly DayMoments[]): number | null {
  const first = days[0]?.mean;
  if (first === undefined) return null;
  return days.every((d) => d.mean === first) ? first : null;
}

/** Folds values into moments (Welford), for tests and callers that hold raw values. */
export function momentsOf(values: ArrayLike<number>): DayMoments {
  let n = 0;
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    n += 1;
    const d = x - mean;
    mean += d / n;
    m2 += d * (x - mean);
  }
  return { n, mean, m2 };
}

/**
 * Variance components of days of values (Searle's ANOVA estimator for unbalanced one-way
 * data; with a pooled within-day variance it equals DerSimonian-Laird). Null with fewer than 2
 * days or no within-day degrees of freedom. Days with no value are ignored.
 */
export function varianceComponents(days: readonly DayMoments[]): VarianceComponents | null {
  const used = days.filter((d) => d.n > 0);
  const D = used.length;
  const N = used.reduce((s, d) => s + d.n, 0);
  if (D < 2 || N - D < 1) return null;
  const grandMean = commonMean(used) ?? used.reduce((s, d) => s + d.n * d.mean, 0) / N;
  const ssb = used.reduce((s, d) => s + d.n * (d.mean - grandMean) ** 2, 0);
  const ssw = used.reduce((s, d) => s + d.m2, 0);
  const msBetween = ssb / (D - 1);
  const msWithin = ssw / (N - D);
  const n0 = (N - used.reduce((s, d) => s + d.n * d.n, 0) / N) / (D - 1);
  const f = msWithin > 0 ? msBetween / msWithin : msBetween > 0 ? Infinity : NaN;
  const tau2 = Math.max(0, (msBetween - msWithin) / n0);
  return { days: D, calls: N, grandMean, msBetween, msWithin, f, n0, tau2 };
}

/** A new day's mean against the days before it, with day-to-day variance. */
export interface DayLevelResult {
  /** The reference level: the random-effects (inverse-variance) mean of the days. */
  readonly reference: number;
  /** mean(new day) - reference. */
  readonly diff: number;
  /** sqrt(s²/n of the new day + τ² + SE(reference)²). */
  readonly se: number;
  readonly t: number;
  /** Satterthwaite degrees of freedom (the new day's n - 1, the days' D - 1). */
  readonly df: number;
  /** One-sided p-values: the new day's mean is below, above the reference. */
  readonly pLess: number;
  readonly pGreater: number;
  /** Two-sided interval for `diff` at the requested level. */
  readonly ci: Interval;
  readonly components: VarianceComponents;
}

/** What a day-level test measures before its p-values: the shift of a new day and its spread. */
export type DayLevelShift = Omit<DayLevelResult, 'pLess' | 'pGreater' | 'ci'>;

/**
 * The shift of a new day's mean from the random-effects prediction of a new day from earlier
 * days, and its standard error and degrees of freedom: dayLevelTest without the p-values and the
 * interval, for a caller that needs them only when the shift is large. Null as dayLevelTest.
 */
export function dayLevelShift(day: DayMoments, days: readonly DayMoments[]): DayLevelShift | null {
  const components = varianceComponents(days);
  if (components === null || day.n < 2) return null;
  const { tau2, msWithin } = components;
  const used = days.filter((d) => d.n > 0);
  const weights = used.map((d) => 1 / (msWithin / d.n + tau2));
  const sw = weights.reduce((s, w) => s + w, 0);
  let reference: number;
  let refVar: number;
  if (Number.isFinite(sw) && sw > 0) {
    reference =
      commonMean(used) ?? used.reduce((s, d, i) => s + (weights[i] as number) * d.mean, 0) / sw;
    refVar = 1 / sw;
  } else {
    // Every value identical within each day and no day-to-day spread: the reference is exact.
    reference = components.grandMean;
    refVar = 0;
  }
  // A new day whose values are all the same (every call a success, say) has no spread of its
  // own to go by: its mean is taken to vary as the earlier days' calls do within a day, not to
  // be exact (40 successes of 40 against a 99 % rate would read as a sure improvement).
  const own = (day.m2 > 0 ? day.m2 / (day.n - 1) : msWithin) / day.n;
  const between = tau2 + refVar;
  const variance = own + between;
  const diff = day.mean - reference;
  const se = Math.sqrt(variance);
  // The day-level part has the between-day mean square's degrees of freedom while τ² > 0;
  // at τ² = 0 it is only the within-day variance of the reference, with N - D.
  const dfBetween = tau2 > 0 ? components.days - 1 : components.calls - components.days;
  const df = variance > 0 ? variance ** 2 / (own ** 2 / (day.n - 1) + between ** 2 / dfBetween) : 1;
  const sign = diff === 0 ? 0 : diff > 0 ? 1 : -1;
  const t = se === 0 ? sign * Infinity || 0 : diff / se;
  return { reference, diff, se, t, df, components };
}

/**
 * One one-sided p-value of a shift: that the new day's mean is below the reference (`less`), or
 * above it (`greater`). A caller that needs one side pays for one t distribution's tail.
 */
export function shiftPValue(s: DayLevelShift, side: 'less' | 'greater'): number {
  const sign = (side === 'less' ? 1 : -1) * (s.diff === 0 ? 0 : s.diff > 0 ? 1 : -1);
  if (s.se === 0) return sign < 0 ? 0 : 1;
  return tCdf(side === 'less' ? s.t : -s.t, s.df);
}

/** The one-sided p-values of a shift: the new day's mean is below, above the reference. */
export function shiftPValues(s: DayLevelShift): Pick<DayLevelResult, 'pLess' | 'pGreater'> {
  return { pLess: shiftPValue(s, 'less'), pGreater: shiftPValue(s, 'greater') };
}

/**
 * Tests whether a new day's mean fits the distribution of earlier days' means: the random-
 * effects prediction of a new day (Higgins, Thompson & Spiegelhalter 2009), with the new day's
 * own sampling variance added. Null when the days cannot give a variance (see
 * varianceComponents) or the new day has fewer than 2 values.
 */
export function dayLevelTest(
  day: DayMoments,
  days: readonly DayMoments[],
  ciLevel = 0.95,
): DayLevelResult | null {
  const s = dayLevelShift(day, days);
  if (s === null) return null;
  const { reference, diff, se, t, df, components } = s;
  const p = shiftPValues(s);
  const ci: Interval = se === 0 ? [diff, diff] : dayLevelInterval({ diff, se, df }, ciLevel);
  return { reference, diff, se, t, df, pLess: p.pLess, pGreater: p.pGreater, ci, components };
}

/** The two-sided interval for a result's `diff` at another level, without testing again. */
export function dayLevelInterval(
  r: Pick<DayLevelResult, 'diff' | 'se' | 'df'>,
  ciLevel: number,
): Interval {
  if (r.se === 0) return [r.diff, r.diff];
  const q = tQuantile(1 - (1 - ciLevel) / 2, r.df);
  return [r.diff - q * r.se, r.diff + q * r.se];
}
