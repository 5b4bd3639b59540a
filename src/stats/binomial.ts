// Binomial tails as exact sums over the pmf. The pmf is built outward from the mode by the
// ratio pmf(i + 1) / pmf(i) = (n - i) / (i + 1) * p / (1 - p) and normalised by its own total,
// so nothing underflows before it is negligible and no special function is needed. O(n).
// (@stdlib/stats-base-dists-binomial-cdf would do the same job once it is a dependency.)

function assertTrials(k: number, n: number, p: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number, got ${n}`);
  if (!Number.isInteger(k)) throw new RangeError(`k must be a whole number, got ${k}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1], got ${p}`);
}

// Sum of the pmf over [from, to] (inclusive, clipped to [0, n]) for 0 < p < 1.
function pmfSum(from: number, to: number, n: number, p: number): number {
  const mode = Math.min(n, Math.floor((n + 1) * p));
  const odds = p / (1 - p);
  let total = 1;
  let tail = mode >= from && mode <= to ? 1 : 0;
  let w = 1;
  for (let i = mode; i < n && w > 0; i++) {
    w *= ((n - i) / (i + 1)) * odds;
    total += w;
    if (i + 1 >= from && i + 1 <= to) tail += w;
  }
  w = 1;
  for (let i = mode; i > 0 && w > 0; i--) {
    w *= i / (n - i + 1) / odds;
    total += w;
    if (i - 1 >= from && i - 1 <= to) tail += w;
  }
  return tail / total;
}

/** P(X <= k) for X ~ Binomial(n, p), as `scipy.stats.binom.cdf(k, n, p)`, accurate in relative terms in the lower tail. */
export function binomialCdf(k: number, n: number, p: number): number {
  assertTrials(k, n, p);
  if (k < 0) return 0;
  if (k >= n) return 1;
  if (p === 0) return 1;
  if (p === 1) return 0;
  // Sum the smaller side so that a tail near 1 keeps its digits in the complement.
  const mean = n * p;
  return k < mean ? pmfSum(0, k, n, p) : 1 - pmfSum(k + 1, n, n, p);
}

/** P(X >= k) for X ~ Binomial(n, p), as `scipy.stats.binom.sf(k - 1, n, p)`. */
export function binomialUpperTail(k: number, n: number, p: number): number {
  assertTrials(k, n, p);
  return binomialCdf(n - k, n, 1 - p);
}

// Bisection of a tail that is monotone in p; 200 halvings reach adjacent doubles.
function solve(f: (p: number) => number, target: number, increasing: boolean): number {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (f(mid) < target === increasing) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Clopper-Pearson ("exact") interval for a binomial proportion with k successes in n trials,
 * as `scipy.stats.binomtest(k, n).proportion_ci(level, method='exact')`: the p where each
 * one-sided tail equals (1 - level) / 2, found by bisection on the exact tails.
 */
export function clopperPearson(k: number, n: number, ciLevel: number): [number, number] {
  assertTrials(k, n, 0.5);
  if (n < 1 || k < 0 || k > n) throw new RangeError(`need 0 <= k <= n and n >= 1, got ${k}, ${n}`);
  if (!(ciLevel > 0 && ciLevel < 1)) throw new RangeError(`ciLevel must be in (0, 1)`);
  const a = (1 - ciLevel) / 2;
  const lo = k === 0 ? 0 : solve((p) => binomialUpperTail(k, n, p), a, true);
  const hi = k === n ? 1 : solve((p) => binomialCdf(k, n, p), a, false);
  return [lo, hi];
}
