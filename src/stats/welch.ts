import { tCdf, tQuantile } from './dists.js';
import { mean, variance } from './describe.js';
import { assertLevel, type Alternative, type Interval } from './types.js';

/** Result of Welch's unequal-variance t-test of candidate against baseline. */
export interface WelchResult {
  /** t statistic, (mean(candidate) - mean(baseline)) / standard error. */
  t: number;
  /** Welch-Satterthwaite degrees of freedom. */
  df: number;
  /** One-sided p-value for the requested alternative. */
  pValue: number;
  /** mean(candidate) - mean(baseline). */
  diff: number;
  /** Two-sided Welch confidence interval for `diff` at the requested level. */
  ci: Interval;
}

/**
 * Welch's t-test, equal to `scipy.stats.ttest_ind(candidate, baseline, equal_var=False,
 * alternative=...)`, plus the Welch interval for the difference of means.
 *
 * When both samples are constant the standard error is 0 and scipy answers NaN for equal
 * means. We instead treat the difference as certain: p = 0 if it lies strictly in the
 * alternative's direction, else 1 (scipy agrees whenever the means differ); t = ±Infinity
 * (0 for equal means), df = 1 as scipy reports it, ci = [diff, diff].
 * Throws a RangeError when a side has fewer than 2 values.
 */
export function welchTTest(
  candidate: ArrayLike<number>,
  baseline: ArrayLike<number>,
  alternative: Alternative,
  ciLevel = 0.95,
): WelchResult {
  const w = welch(candidate, baseline);
  const ci = w.ci(ciLevel);
  return { t: w.t, df: w.df, pValue: w.p(alternative), diff: w.diff, ci };
}

/** Welch's t-test of two samples, worked out once: p-values and intervals as welchTTest gives. */
export interface Welch {
  readonly t: number;
  readonly df: number;
  readonly diff: number;
  /** The one-sided p-value for an alternative. */
  p(alternative: Alternative): number;
  /** The two-sided interval for `diff` at a level (a quantile of t: the costly part); a level
   * outside (0, 1) throws a RangeError. */
  ci(level: number): Interval;
}

/** Welch's t-test of `candidate` against `baseline`, for any alternative and level. */
export function welch(candidate: ArrayLike<number>, baseline: ArrayLike<number>): Welch {
  const n1 = candidate.length;
  const n2 = baseline.length;
  if (n1 < 2 || n2 < 2) {
    throw new RangeError(`Welch's t-test needs at least 2 values per side, got ${n1} and ${n2}`);
  }
  const diff = mean(candidate) - mean(baseline);
  const vn1 = variance(candidate) / n1;
  const vn2 = variance(baseline) / n2;
  const se2 = vn1 + vn2;

  if (se2 === 0) {
    const t = diff === 0 ? 0 : Math.sign(diff) * Infinity;
    return {
      t,
      df: 1,
      diff,
      p: (alternative) => ((alternative === 'less' ? diff < 0 : diff > 0) ? 0 : 1),
      ci: (level) => {
        assertLevel('ciLevel', level);
        return [diff, diff];
      },
    };
  }

  const se = Math.sqrt(se2);
  const t = diff / se;
  const df = (se2 * se2) / ((vn1 * vn1) / (n1 - 1) + (vn2 * vn2) / (n2 - 1));
  return {
    t,
    df,
    diff,
    // The upper tail as the lower tail of -t: 1 - cdf(t) would lose every digit below ~1e-16.
    p: (alternative) => (alternative === 'less' ? tCdf(t, df) : tCdf(-t, df)),
    ci: (level) => {
      assertLevel('ciLevel', level);
      const half = tQuantile(1 - (1 - level) / 2, df) * se;
      return [diff - half, diff + half];
    },
  };
}
