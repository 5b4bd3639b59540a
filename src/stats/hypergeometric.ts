import { hypergeometricCdf } from './dists.js';

// stdlib sums the pmf downward from x, starting at pmf(x). Far above the mode pmf(x) can
// underflow to 0 and the whole sum with it, although the CDF there is ~1. Above the mean we
// therefore take 1 - P(X > x), where P(X > x) is the lower tail of the failures drawn,
// n - X ~ Hypergeometric(N, N - K, n), and is itself computed where it is accurate.

/**
 * P(X <= x) for X ~ Hypergeometric(population N, K successes in it, n drawn), accurate in
 * relative terms in the lower tail (down to the smallest normal doubles) and near 1 above.
 */
export function hypergeometricLowerTail(x: number, N: number, K: number, n: number): number {
  if (x * N <= n * K) return hypergeometricCdf(x, N, K, n);
  return 1 - hypergeometricCdf(n - x - 1, N, N - K, n);
}
