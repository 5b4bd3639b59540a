import { normalCdf } from './dists.js';
import { median, sortedCopy } from './describe.js';

/** Result of the original Mann-Kendall trend test with Sen's slope. */
export interface MannKendallResult {
  /** Number of values. */
  n: number;
  /** Mann-Kendall S: sum of sign(y_j - y_i) over all i < j. */
  s: number;
  /** Variance of S under no trend, corrected for ties in the values. */
  varS: number;
  /** Continuity-corrected z: (S - 1)/sqrt(VarS) if S > 0, (S + 1)/sqrt(VarS) if S < 0, else 0. */
  z: number;
  /** Kendall's tau as Mann-Kendall defines it: S / (n(n - 1)/2). */
  tau: number;
  /** Two-sided p-value of "no trend". */
  pValue: number;
  /** One-sided p-value for an increasing trend. */
  pIncreasing: number;
  /** One-sided p-value for a decreasing trend. */
  pDecreasing: number;
  /** Sen's slope: median of (y_j - y_i) / (x_j - x_i) over i < j, per unit of x (per day). */
  senSlope: number;
  /** median(y) - senSlope * median(x), the line's value at x = 0. */
  intercept: number;
}

function sign(v: number): number {
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

// Sum over tie groups of t(t - 1)(2t + 5), the tie term of Var(S).
function tieTerm(values: readonly number[]): number {
  const sorted = sortedCopy(values);
  let term = 0;
  for (let i = 0; i < sorted.length;) {
    let j = i + 1;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    const t = j - i;
    term += t * (t - 1) * (2 * t + 5);
    i = j;
  }
  return term;
}

/**
 * Original Mann-Kendall test as pymannkendall's `original_test` computes it, with Sen's slope
 * equal to `scipy.stats.theilslopes(values, x)[0]`. `values` are in time order with missing
 * days left out; `x` holds their day offsets (strictly increasing, default 0..n-1) so gaps
 * weigh in the slope, while S, like pymannkendall's, only uses the order. O(n^2) time and
 * memory, fine for daily series. Returns null for fewer than 3 values.
 */
export function mannKendall(
  values: readonly number[],
  x?: readonly number[],
): MannKendallResult | null {
  const n = values.length;
  const xs = x ?? values.map((_, i) => i);
  if (xs.length !== n) throw new RangeError(`x has ${xs.length} offsets for ${n} values`);
  for (let i = 1; i < n; i++) {
    if (!((xs[i] as number) > (xs[i - 1] as number))) {
      throw new RangeError('x must be strictly increasing');
    }
  }
  if (n < 3) return null;

  let s = 0;
  const slopes = new Float64Array((n * (n - 1)) / 2);
  let at = 0;
  for (let i = 0; i < n - 1; i++) {
    const yi = values[i] as number;
    const xi = xs[i] as number;
    for (let j = i + 1; j < n; j++) {
      const dy = (values[j] as number) - yi;
      s += sign(dy);
      slopes[at++] = dy / ((xs[j] as number) - xi);
    }
  }
  const varS = (n * (n - 1) * (2 * n + 5) - tieTerm(values)) / 18;
  const z = s > 0 ? (s - 1) / Math.sqrt(varS) : s < 0 ? (s + 1) / Math.sqrt(varS) : 0;
  // Tails taken directly: pymannkendall's 2 * (1 - Phi(|z|)) rounds to 0 below ~1e-16.
  const pValue = Math.min(1, 2 * normalCdf(-Math.abs(z), 0, 1));
  const senSlope = median(slopes);
  return {
    n,
    s,
    varS,
    z,
    tau: s / ((n * (n - 1)) / 2),
    pValue,
    pIncreasing: normalCdf(-z, 0, 1),
    pDecreasing: normalCdf(z, 0, 1),
    senSlope,
    intercept: median(values) - senSlope * median(xs),
  };
}
