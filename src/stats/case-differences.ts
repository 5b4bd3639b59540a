// Per-case differences for the paired tests, with rounding taken for what it is.
//
// Decimal scores and latencies are not exact in binary: the mean of 0.2 and 0.4 is
// 0.30000000000000004 where the candidate's 0.3 and 0.3 give 0.3, and the mean of 200.2 ms and
// 200.4 ms misses 200.3 by two units in the last place. Such a difference is no effect, but the
// tests cannot know it: the t-test on five of them and thirty zeros read a "significant" drop at
// p = 0.02, and the signed-rank test counts each as a sign. A difference within a few dozen units
// in the last place of the values a case's means were formed from is therefore taken as 0, once,
// where the differences are formed, so that every test and interval on them sees the same zeros.

/**
 * Largest per-case difference taken as rounding, relative to the largest magnitude among the
 * values of the case on either side: 64 units in the last place (1.4e-14). Each side's mean of a
 * case carries the rounding of its values' decimal input, of their sum and of the division (a
 * few units), more when the logged values were themselves sums (a judge's average of several
 * grades, summed left to right); a real change is many orders of magnitude larger.
 */
export const ROUNDING_TOLERANCE = 64 * Number.EPSILON;

/**
 * The differences candidate[i] - baseline[i], each set to 0 when its magnitude is at most
 * ROUNDING_TOLERANCE times scale[i] (the largest |value| that case's two means were formed
 * from; at least the means' own magnitudes are used). Other differences are the plain
 * subtraction, bit for bit.
 */
export function caseDifferences(
  baseline: ArrayLike<number>,
  candidate: ArrayLike<number>,
  scale: ArrayLike<number>,
): Float64Array {
  const n = baseline.length;
  if (candidate.length !== n || scale.length !== n)
    throw new RangeError(
      `baseline, candidate and scale must have one value per case, got ${n}, ${candidate.length} and ${scale.length}`,
    );
  const d = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const b = baseline[i] as number;
    const c = candidate[i] as number;
    const x = c - b;
    const size = Math.max(Math.abs(scale[i] as number), Math.abs(b), Math.abs(c));
    d[i] = Math.abs(x) <= ROUNDING_TOLERANCE * size ? 0 : x;
  }
  return d;
}
