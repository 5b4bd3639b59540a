import { normalCdf, normalQuantile } from './dists.js';
import { sortAscending, sortedCopy } from './describe.js';
import type { Alternative } from './types.js';

/** Largest number of non-zero differences for which the exact null distribution is used (scipy's `method='auto'`). */
const WILCOXON_EXACT_MAX = 50;
/** Up to this many non-zero differences, ties or zeros get scipy's exhaustive sign-flip test. */
const WILCOXON_PERMUTATION_MAX = 13;

/** How the signed-rank p-value was computed. */
export type WilcoxonMethod = 'exact' | 'permutation' | 'asymptotic';

/** Result of the Wilcoxon signed-rank test on per-case differences. */
export interface WilcoxonResult {
  /** Sum of the ranks of |d| over the positive differences (scipy's one-sided `statistic`). */
  rPlus: number;
  /** Differences left after dropping zeros. */
  n: number;
  method: WilcoxonMethod;
  /** Standardised r+ for the asymptotic method (no continuity correction); null otherwise. */
  z: number | null;
  /** One-sided p-value for the requested alternative on the location of the differences. */
  pValue: number;
}

// Counts of rank subsets by sum: the exact null distribution of r+ without ties is
// counts[s] / 2^n. Counts stay below 2^53 up to n = 50, so the doubles are exact.
const distributions = new Map<number, Float64Array>();
function subsetCounts(n: number): Float64Array {
  let counts = distributions.get(n);
  if (counts) return counts;
  const max = (n * (n + 1)) / 2;
  counts = new Float64Array(max + 1);
  counts[0] = 1;
  for (let rank = 1; rank <= n; rank++) {
    for (let s = (rank * (rank + 1)) / 2; s >= rank; s--) {
      counts[s] = (counts[s] as number) + (counts[s - rank] as number);
    }
  }
  distributions.set(n, counts);
  return counts;
}

/**
 * P(r+ <= k) ('lower') or P(r+ >= k) ('upper') under the null for n differences without ties.
 * The counts sum to 2^n <= 2^50, so every partial sum is an exact integer and the tail is exact
 * to one rounding, far into the tail.
 */
function signedRankTail(k: number, n: number, tail: 'lower' | 'upper'): number {
  const counts = subsetCounts(n);
  let sum = 0;
  if (tail === 'lower')
    for (let s = 0; s <= Math.min(k, counts.length - 1); s++) sum += counts[s] as number;
  else for (let s = Math.max(0, k); s < counts.length; s++) sum += counts[s] as number;
  return sum / 2 ** n;
}

/** The non-zero differences' absolute values with average ranks, and the sign of each. */
interface Ranked {
  readonly ranks: Float64Array;
  readonly positive: Uint8Array;
  readonly ties: boolean;
  readonly tieTerm: number;
}

function rankNonZero(nonZero: Float64Array): Ranked {
  const n = nonZero.length;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => Math.abs(nonZero[a] as number) - Math.abs(nonZero[b] as number),
  );
  const ranks = new Float64Array(n);
  const positive = new Uint8Array(n);
  let ties = false;
  let tieTerm = 0;
  for (let i = 0; i < n;) {
    const v = Math.abs(nonZero[order[i] as number] as number);
    let j = i + 1;
    while (j < n && Math.abs(nonZero[order[j] as number] as number) === v) j++;
    const t = j - i;
    if (t > 1) ties = true;
    tieTerm += t * t * t - t;
    for (let m = i; m < j; m++) ranks[m] = (i + 1 + j) / 2;
    i = j;
  }
  order.forEach((idx, m) => (positive[m] = (nonZero[idx] as number) > 0 ? 1 : 0));
  return { ranks, positive, ties, tieTerm };
}

// Every sign assignment of the ranks, as scipy's permutation test enumerates them when
// 2^n is below its default 9,999 resamples; counts r+ at or beyond the observed (with its
// relative tolerance for rounding of average ranks).
function permutationP(ranks: Float64Array, rPlus: number, alternative: Alternative): number {
  const n = ranks.length;
  const gamma = Math.abs(rPlus) * 1e-14;
  let hits = 0;
  for (let mask = 0; mask < 2 ** n; mask++) {
    let s = 0;
    for (let i = 0; i < n; i++) if (mask & (1 << i)) s += ranks[i] as number;
    if (alternative === 'greater' ? s >= rPlus - gamma : s <= rPlus + gamma) hits++;
  }
  return hits / 2 ** n;
}

/**
 * Wilcoxon signed-rank test of the differences d = candidate - baseline, equal to
 * `scipy.stats.wilcoxon(d, alternative=...)` with its defaults (zero_method='wilcox',
 * correction=False, method='auto'): zeros are dropped; with at most 50 differences and no ties
 * or zeros the exact null distribution is used; with ties or zeros and at most 13 differences,
 * scipy's exhaustive sign-flip test; otherwise the normal approximation with the tie-corrected
 * variance. All differences zero (nothing left to rank): p = 1. Throws a RangeError on NaN.
 */
export function wilcoxonSignedRank(
  differences: ArrayLike<number>,
  alternative: Alternative,
): WilcoxonResult {
  const all = Float64Array.from(differences);
  if (all.some((d) => Number.isNaN(d))) throw new RangeError('differences must not contain NaN');
  const nonZero = all.filter((d) => d !== 0);
  const zeros = all.length - nonZero.length;
  const n = nonZero.length;
  const { ranks, positive, ties, tieTerm } = rankNonZero(nonZero);
  let rPlus = 0;
  for (let i = 0; i < n; i++) if (positive[i]) rPlus += ranks[i] as number;
  if (n === 0) return { rPlus: 0, n, method: 'asymptotic', z: null, pValue: 1 };
  if (all.length <= WILCOXON_EXACT_MAX && !ties && zeros === 0) {
    const pValue = signedRankTail(rPlus, n, alternative === 'greater' ? 'upper' : 'lower');
    return { rPlus, n, method: 'exact', z: null, pValue };
  }
  if (all.length <= WILCOXON_PERMUTATION_MAX) {
    return {
      rPlus,
      n,
      method: 'permutation',
      z: null,
      pValue: permutationP(ranks, rPlus, alternative),
    };
  }
  const mn = (n * (n + 1)) / 4;
  const se = Math.sqrt((n * (n + 1) * (2 * n + 1) - tieTerm / 2) / 24);
  const z = (rPlus - mn) / se;
  return {
    rPlus,
    n,
    method: 'asymptotic',
    z,
    pValue: alternative === 'greater' ? normalCdf(-z, 0, 1) : normalCdf(z, 0, 1),
  };
}

/** Result of the one-sample Hodges-Lehmann estimate on paired differences. */
export interface WalshResult {
  /** Median of the Walsh averages (d_i + d_j) / 2, i <= j. */
  estimate: number;
  /** Distribution-free interval for the location of the differences. */
  ci: [number, number];
  /**
   * One-sided error rate of each end: (1 - ciLevel)/2, or 2^-n when n differences cannot reach
   * that level (the interval is then [min, max], each end wrong with probability 2^-n).
   */
  alpha: number;
}

/** The smallest one-sided error rate an end of the Walsh interval of n differences has: 2^-n. */
export function walshReach(n: number): number {
  return 2 ** -n;
}

// Number of Walsh averages (d_i + d_j) / 2 with i <= j that are <= v, for ascending d.
function countWalshAtMost(d: Float64Array, v: number): number {
  const n = d.length;
  let count = 0;
  let j = n - 1;
  for (let i = 0; i < n; i++) {
    while (j >= i && ((d[i] as number) + (d[j] as number)) / 2 > v) j--;
    if (j < i) break;
    count += j - i + 1;
  }
  return count;
}

const SIGN = 0x8000000000000000n;
const buffer = new DataView(new ArrayBuffer(8));
const keyOf = (x: number): bigint => {
  buffer.setFloat64(0, x);
  const bits = buffer.getBigUint64(0);
  return bits & SIGN ? -(bits & ~SIGN) : bits;
};
const fromKey = (key: bigint): number => {
  buffer.setBigUint64(0, key < 0n ? -key | SIGN : key);
  return buffer.getFloat64(0);
};

/** The k-th smallest (1-based) Walsh average of ascending `d`, by bisection on the doubles' order: exact, O(n * 64). */
function kthWalshAverage(d: Float64Array, k: number): number {
  const n = d.length;
  const total = (n * (n + 1)) / 2;
  if (!(Number.isInteger(k) && k >= 1 && k <= total)) {
    throw new RangeError(`k must be an integer in [1, ${total}], got ${k}`);
  }
  let lo = keyOf(d[0] as number);
  let hi = keyOf(d[n - 1] as number);
  while (lo < hi) {
    const mid = (lo + hi) >> 1n;
    if (countWalshAtMost(d, fromKey(mid)) >= k) hi = mid;
    else lo = mid + 1n;
  }
  return fromKey(lo) + 0;
}

/**
 * Hodges-Lehmann estimate of the differences' location (median of the Walsh averages) with
 * the distribution-free interval [W_(k), W_(N + 1 - k)] over the N = n(n + 1)/2 ordered Walsh
 * averages of all n differences. When the test above is exact (n <= 50, no ties or zeros),
 * k is R's `qsignrank((1 - level)/2, n)` (as `wilcox.test(conf.int = TRUE)`); otherwise the
 * normal approximation k = floor(N/2 - z sqrt(n(n + 1)(2n + 1)/24)), as the unpaired
 * Hodges-Lehmann interval does; k is at least 1: with too few differences for the level (2^-n
 * above (1 - level)/2, n <= 4 at 95 %) the interval is [min, max] and `alpha` says its level. Throws a RangeError for no differences or NaN.
 */
export function walshInterval(differences: ArrayLike<number>, ciLevel = 0.95): WalshResult {
  const d = sortedCopy(differences);
  const n = d.length;
  if (n < 1) throw new RangeError('the Walsh interval needs at least 1 difference');
  if (Number.isNaN(d[n - 1])) throw new RangeError('differences must not contain NaN');
  if (!(ciLevel > 0 && ciLevel < 1)) throw new RangeError('ciLevel must be in (0, 1)');
  const total = (n * (n + 1)) / 2;
  const a = (1 - ciLevel) / 2;
  let exact = n <= WILCOXON_EXACT_MAX && !d.includes(0);
  if (exact) {
    const abs = sortAscending(Float64Array.from(d, Math.abs));
    for (let i = 1; i < n; i++) if (abs[i] === abs[i - 1]) exact = false;
  }
  let k: number;
  if (exact) {
    k = 0;
    while (signedRankTail(k, n, 'lower') < a) k++;
  } else {
    const z = normalQuantile(1 - a, 0, 1);
    k = Math.floor(total / 2 - z * Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24));
  }
  // Below 1, no interval of these differences reaches the level: [min, max] is the widest.
  const alpha = k < 1 ? Math.max(a, walshReach(n)) : a;
  k = Math.max(1, k);
  const mid = Math.ceil(total / 2);
  const estimate =
    total % 2 === 0
      ? (kthWalshAverage(d, mid) + kthWalshAverage(d, mid + 1)) / 2
      : kthWalshAverage(d, mid);
  return { estimate, ci: [kthWalshAverage(d, k), kthWalshAverage(d, total + 1 - k)], alpha };
}
