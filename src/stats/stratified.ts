import { hypergeometricPmf, normalCdf, tCdf, tQuantile } from './dists.js';
import { mean, variance } from './describe.js';
import { assertLevel, type Alternative, type Interval } from './types.js';

/** One matched case of a paired success comparison: successes and calls of each side. */
export interface Stratum {
  /** The candidate's successes and calls for the case. */
  readonly kc: number;
  readonly nc: number;
  /** The baseline's. */
  readonly kb: number;
  readonly nb: number;
}

/** Result of the stratified exact test. */
export interface StratifiedResult {
  /** One-sided p-value for the requested alternative on the candidate's success rate. */
  readonly pValue: number;
  /** False when the convolution would have been too long and the normal approximation served. */
  readonly exact: boolean;
}

/** Multiply-adds the exact convolution may take; past it, the Mantel-Haenszel approximation. */
export const STRATIFIED_EXACT_MAX_WORK = 20_000_000;

/**
 * The exact conditional test of a common success rate across the sides of matched cases: each
 * case a stratum, its candidate successes given the case's successes on both sides are
 * hypergeometric when the side makes no difference, whatever the case's own rate; the statistic
 * is the candidate's successes summed over the cases, its null distribution the convolution of
 * those hypergeometric distributions (the exact form of the Cochran-Mantel-Haenszel test). With
 * one call per case and side it is McNemar's exact test. A flaky case whose baseline failed once
 * in four calls counts for little, a case the candidate lost where the baseline never failed for
 * much, as the calls say; counting only which way each case moved weighs them alike.
 *
 * 'less': the candidate's rate is lower. Cases whose calls all succeeded, or all failed, carry no
 * information and drop out; without any other, p = 1. Past `maxWork` multiply-adds the
 * Mantel-Haenszel statistic with continuity correction 1/2 stands in (then `exact` is false).
 * Throws a RangeError for counts that cannot be.
 */
export function stratifiedExact(
  strata: readonly Stratum[],
  alternative: Alternative,
  maxWork = STRATIFIED_EXACT_MAX_WORK,
): StratifiedResult {
  const tails = stratifiedTails(strata, maxWork);
  return { pValue: tails[alternative], exact: tails.exact };
}

/**
 * Both one-sided p-values of {@link stratifiedExact} from one convolution: a comparison asks for
 * both, and the convolution is the test's whole cost.
 */
export function stratifiedTails(
  strata: readonly Stratum[],
  maxWork = STRATIFIED_EXACT_MAX_WORK,
): Readonly<Record<Alternative, number>> & { readonly exact: boolean } {
  const informative: Stratum[] = [];
  let observed = 0;
  let lowest = 0;
  let support = 0;
  let work = 0;
  for (const s of strata) {
    for (const [k, n] of [
      [s.kc, s.nc],
      [s.kb, s.nb],
    ] as const)
      if (!(Number.isInteger(k) && Number.isInteger(n) && k >= 0 && n >= 1 && k <= n))
        throw new RangeError(
          `successes must be whole numbers within 1 or more calls, got ${k} of ${n}`,
        );
    const m = s.kc + s.kb;
    if (m === 0 || m === s.nc + s.nb) continue;
    informative.push(s);
    const [lo, hi] = range(s);
    observed += s.kc;
    lowest += lo;
    support += hi - lo;
    work += (support + 1) * (hi - lo + 1);
  }
  if (informative.length === 0) return { less: 1, greater: 1, exact: true };
  if (work > maxWork)
    return {
      less: approximate(informative, observed, 'less'),
      greater: approximate(informative, observed, 'greater'),
      exact: false,
    };
  // The null distribution of the summed candidate successes, less `lowest`.
  let dist = new Float64Array(support + 1);
  let next = new Float64Array(support + 1);
  dist[0] = 1;
  let width = 0;
  for (const s of informative) {
    const [lo, hi] = range(s);
    const N = s.nc + s.nb;
    const m = s.kc + s.kb;
    const pmf = Array.from({ length: hi - lo + 1 }, (_, j) =>
      hypergeometricPmf(lo + j, N, m, s.nc),
    );
    next.fill(0, 0, width + pmf.length);
    for (let i = 0; i <= width; i++) {
      const p = dist[i]!;
      if (p === 0) continue;
      for (let j = 0; j < pmf.length; j++) next[i + j]! += p * pmf[j]!;
    }
    [dist, next] = [next, dist];
    width += pmf.length - 1;
  }
  const t = observed - lowest;
  let less = 0;
  let greater = 0;
  // Smallest terms first: each tail's far end up to the observed count.
  for (let i = 0; i <= t; i++) less += dist[i]!;
  for (let i = width; i >= t; i--) greater += dist[i]!;
  return { less: Math.min(1, less), greater: Math.min(1, greater), exact: true };
}

/**
 * How far the candidate's summed successes lie from their expectation when the side makes no
 * difference (positive: more than expected): the direction the stratified test reads.
 */
export function stratifiedLean(strata: readonly Stratum[]): number {
  let lean = 0;
  for (const s of strata) lean += s.kc - (s.nc * (s.kc + s.kb)) / (s.nc + s.nb);
  return lean;
}

// The candidate successes a stratum can have, given its successes on both sides.
function range(s: Stratum): [number, number] {
  const m = s.kc + s.kb;
  return [Math.max(0, m - s.nb), Math.min(s.nc, m)];
}

// The Mantel-Haenszel statistic: the summed candidate successes against their null mean and
// variance, with a continuity correction of 1/2 towards the mean.
function approximate(strata: readonly Stratum[], observed: number, alternative: Alternative) {
  let mean = 0;
  let variance = 0;
  for (const s of strata) {
    const N = s.nc + s.nb;
    const m = s.kc + s.kb;
    mean += (s.nc * m) / N;
    variance += (s.nc * s.nb * m * (N - m)) / (N * N * (N - 1));
  }
  const sd = Math.sqrt(variance);
  return alternative === 'less'
    ? normalCdf((observed - mean + 0.5) / sd, 0, 1)
    : normalCdf((mean - observed + 0.5) / sd, 0, 1);
}

/** The interval of the mean per-case difference of success rates, and the spread it used. */
export interface StratifiedInterval {
  readonly ci: Interval;
  /** Standard deviation of the per-case differences used (at least the calls' own noise). */
  readonly sd: number;
}

/**
 * Two-sided t interval at `level` for the mean of the per-case rate differences `differences`
 * (candidate minus baseline, one per stratum, in the same order). Their variance is taken as at
 * least the one the calls' own binomial noise gives at the pooled success rate, shrunk as
 * (successes + 2) / (calls + 4): cases that all succeeded on both sides have no spread at all,
 * which would make the interval [0, 0] however few the calls. Its ends stay within [-1, 1].
 * Throws a RangeError for fewer than 2.
 */
export function stratifiedInterval(
  differences: ArrayLike<number>,
  strata: readonly Stratum[],
  level: number,
): StratifiedInterval {
  const n = differences.length;
  if (n < 2 || strata.length !== n)
    throw new RangeError(`need at least 2 cases, one stratum each, got ${n} and ${strata.length}`);
  assertLevel('level', level);
  let successes = 0;
  let calls = 0;
  let inverse = 0;
  for (const s of strata) {
    successes += s.kc + s.kb;
    calls += s.nc + s.nb;
    inverse += 1 / s.nc + 1 / s.nb;
  }
  const pooled = (successes + 2) / (calls + 4);
  const noise = (pooled * (1 - pooled) * inverse) / n;
  const sd = Math.sqrt(Math.max(variance(differences), noise));
  const diff = mean(differences);
  const half = tQuantile(1 - (1 - level) / 2, n - 1) * (sd / Math.sqrt(n));
  // A difference of rates lies within [-1, 1].
  return { ci: [Math.max(-1, diff - half), Math.min(1, diff + half)], sd };
}

/**
 * One-sided p-value of the t-test on the mean per-case rate difference, with the spread of
 * {@link stratifiedInterval} (at least the calls' own noise): for matched cases whose numbers of
 * calls differ, where the stratified test would weigh the cases by their calls while the change
 * shown weighs each case once, and for success values other than 0 and 1.
 */
export function stratifiedT(
  differences: ArrayLike<number>,
  strata: readonly Stratum[],
  alternative: Alternative,
): number {
  const n = differences.length;
  const { sd } = stratifiedInterval(differences, strata, 0.95);
  const t = mean(differences) / (sd / Math.sqrt(n));
  return alternative === 'less' ? tCdf(t, n - 1) : tCdf(-t, n - 1);
}
