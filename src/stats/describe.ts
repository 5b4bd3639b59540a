import { mean as ssMean, median as ssMedian, sampleVariance } from 'simple-statistics';

// simple-statistics only reads `length`, indices and `slice()`, so typed arrays work at run time;
// its declarations merely ask for arrays. Anything else array-like is copied once.
function view(x: ArrayLike<number>): readonly number[] {
  if (Array.isArray(x) || ArrayBuffer.isView(x)) return x as unknown as readonly number[];
  return Array.from(x);
}

function isConstant(x: ArrayLike<number>): boolean {
  const first = x[0];
  for (let i = 1; i < x.length; i++) if (x[i] !== first) return false;
  return true;
}

/** Arithmetic mean (compensated summation); exact for a constant sample. */
export function mean(x: ArrayLike<number>): number {
  if (x.length === 0) throw new RangeError('mean of an empty sample');
  // A constant sample has exactly its value as mean; summation could leave a last-bit residue
  // that would turn a zero variance into ~1e-33 and a degenerate t-test into a "significant" one.
  if (isConstant(x)) return x[0] as number;
  return ssMean(view(x));
}

/** Sample variance (ddof = 1, two-pass); exactly 0 for a constant sample. */
export function variance(x: ArrayLike<number>): number {
  if (x.length < 2) throw new RangeError('variance needs at least 2 values');
  if (isConstant(x)) return 0;
  return sampleVariance(view(x));
}

/** Median as numpy's `np.median`: the mean of the two middle values when n is even. */
export function median(x: ArrayLike<number>): number {
  if (x.length === 0) throw new RangeError('median of an empty sample');
  return ssMedian(view(x));
}

/**
 * Quantile of an ascending sample with linear interpolation, bit-for-bit numpy's default
 * (`method='linear'`, Hyndman-Fan type 7).
 */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError('quantile of an empty sample');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile p must be in [0, 1], got ${p}`);
  const virtual = (n - 1) * p;
  // As numpy: at or beyond the last index take the last value; otherwise floor and floor + 1.
  const below = virtual >= n - 1 ? n - 1 : Math.floor(virtual);
  const above = virtual >= n - 1 ? n - 1 : below + 1;
  const gamma = virtual - below;
  const a = sorted[below] as number;
  const b = sorted[above] as number;
  // numpy's _lerp: interpolate from the nearer end so that gamma = 1 returns b exactly.
  const diff = b - a;
  return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
}

/** Ascending copy of a sample as a Float64Array (numeric order, never string order). */
export function sortedCopy(x: ArrayLike<number>): Float64Array {
  return Float64Array.from(x).sort();
}
