import { tCdf, tQuantile } from './dists.js';
import { mean, variance } from './describe.js';
import { assertLevel, type Alternative, type Interval } from './types.js';

/** Result of the paired t-test on per-case differences (candidate minus baseline). */
export interface PairedTResult {
  /** t statistic, mean(d) / (sd(d) / sqrt(n)). */
  t: number;
  /** n - 1. */
  df: number;
  /** One-sided p-value for the requested alternative on the mean difference. */
  pValue: number;
  /** mean(d), the mean per-case difference. */
  diff: number;
  /** Two-sided t interval for the mean difference at the requested level. */
  ci: Interval;
}

/**
 * Paired t-test on the differences d_i = candidate_i - baseline_i, equal to
 * `scipy.stats.ttest_rel(candidate, baseline, alternative=...)`, with the interval of
 * `ttest_rel(...).confidence_interval(level)` (two-sided).
 *
 * Constant differences have a standard error of 0, where scipy answers NaN; as `welchTTest`
 * does, the difference is then taken as certain: p = 0 when it lies strictly in the
 * alternative's direction, else 1; ci = [diff, diff]. Throws a RangeError for fewer than 2 pairs.
 */
export function pairedTTest(
  differences: ArrayLike<number>,
  alternative: Alternative,
  ciLevel = 0.95,
): PairedTResult {
  const n = differences.length;
  if (n < 2) throw new RangeError(`the paired t-test needs at least 2 pairs, got ${n}`);
  assertLevel('ciLevel', ciLevel);
  const diff = mean(differences);
  const se2 = variance(differences) / n;
  const df = n - 1;
  if (se2 === 0) {
    const inDirection = alternative === 'less' ? diff < 0 : diff > 0;
    const t = diff === 0 ? 0 : Math.sign(diff) * Infinity;
    return { t, df, pValue: inDirection ? 0 : 1, diff, ci: [diff, diff] };
  }
  const se = Math.sqrt(se2);
  const t = diff / se;
  // The upper tail as the lower tail of -t keeps the digits of tiny p-values.
  const pValue = alternative === 'less' ? tCdf(t, df) : tCdf(-t, df);
  const half = tQuantile(1 - (1 - ciLevel) / 2, df) * se;
  return { t, df, pValue, diff, ci: [diff - half, diff + half] };
}
