import { normalQuantile } from './dists.js';
import { hypergeometricLowerTail } from './hypergeometric.js';
import { assertLevel, type Alternative, type Interval } from './types.js';

/** Result of Fisher's exact test on candidate vs baseline success counts. */
export interface FisherResult {
  /** One-sided p-value for the requested alternative on the candidate's success rate. */
  pValue: number;
  /**
   * Sample odds ratio (cs * bf) / (cf * bs) as scipy reports it: Infinity when bs or cf is 0,
   * NaN when a margin of the table is 0.
   */
  oddsRatio: number;
}

function assertCounts(successes: number, n: number, side: string): void {
  if (!Number.isInteger(n) || n <= 0) {
    throw new RangeError(`${side} sample size must be a positive integer, got ${n}`);
  }
  if (!Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new RangeError(`${side} successes must be an integer in [0, ${n}], got ${successes}`);
  }
}

/**
 * One-sided Fisher exact test, equal to `scipy.stats.fisher_exact([[cs, cn - cs],
 * [bs, bn - bs]], alternative=...)`: 'less' means the candidate's success rate is lower.
 * Throws a RangeError for an empty side or impossible counts.
 */
export function fisherExact(
  candidateSuccesses: number,
  candidateN: number,
  baselineSuccesses: number,
  baselineN: number,
  alternative: Alternative,
): FisherResult {
  assertCounts(candidateSuccesses, candidateN, 'candidate');
  assertCounts(baselineSuccesses, baselineN, 'baseline');
  const cs = candidateSuccesses;
  const cf = candidateN - cs;
  const bs = baselineSuccesses;
  const bf = baselineN - bs;
  // All successes or all failures: the table carries no information (scipy: NaN, 1).
  if (cs + bs === 0 || cf + bf === 0) return { pValue: 1, oddsRatio: NaN };
  const oddsRatio = bs > 0 && cf > 0 ? (cs * bf) / (bs * cf) : Infinity;
  const total = candidateN + baselineN;
  // Conditioned on the margins, the candidate's successes are hypergeometric; 'greater' is the
  // same tail on the candidate's failures, exactly as scipy computes it.
  const p =
    alternative === 'less'
      ? hypergeometricLowerTail(cs, total, candidateN, cs + bs)
      : hypergeometricLowerTail(cf, total, candidateN, cf + bf);
  return { pValue: Math.min(p, 1), oddsRatio };
}

// Wilson score interval without continuity correction, pinned at 0 and 1 where the rate is
// 0 or 1 (the formula gives those in exact arithmetic; rounding could leave ~1e-17).
function wilson(successes: number, n: number, z: number): Interval {
  const p = successes / n;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n))) / (1 + z2n);
  const lo = successes === 0 ? 0 : centre - half;
  const hi = successes === n ? 1 : centre + half;
  return [lo, hi];
}

/**
 * Confidence interval for rate(candidate) - rate(baseline) by Newcombe's hybrid score method
 * (Newcombe 1998, method 10: Wilson intervals without continuity correction). With d = p1 - p2
 * and Wilson limits [l1, u1], [l2, u2]:
 *   lo = d - sqrt((p1 - l1)^2 + (u2 - p2)^2),  hi = d + sqrt((u1 - p1)^2 + (p2 - l2)^2).
 * Throws a RangeError for an empty side.
 */
export function newcombeInterval(
  cs: number,
  cn: number,
  bs: number,
  bn: number,
  ciLevel = 0.95,
): Interval {
  assertCounts(cs, cn, 'candidate');
  assertCounts(bs, bn, 'baseline');
  assertLevel('ciLevel', ciLevel);
  const z = normalQuantile(1 - (1 - ciLevel) / 2, 0, 1);
  const p1 = cs / cn;
  const p2 = bs / bn;
  const [l1, u1] = wilson(cs, cn, z);
  const [l2, u2] = wilson(bs, bn, z);
  const d = p1 - p2;
  return [d - Math.hypot(p1 - l1, u2 - p2), d + Math.hypot(u1 - p1, p2 - l2)];
}
