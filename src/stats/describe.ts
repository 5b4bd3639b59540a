import {
  quickselect,
  mean as ssMean,
  medianSorted as ssMedianSorted,
  sampleVariance,
} from 'simple-statistics';

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

/**
 * Median as numpy's `np.median`: the mean of the two middle values when n is even. Found in a
 * natively sorted copy, not by selection in JavaScript: the same middle values, and the sort runs
 * at full speed in a process too short for V8 to optimise a selection.
 */
export function median(x: ArrayLike<number>): number {
  if (x.length === 0) throw new RangeError('median of an empty sample');
  return medianOfSorted(sortedCopy(x));
}

/** median() of a sample from its ascending copy: the same arithmetic on the same middle values. */
export function medianOfSorted(sorted: ArrayLike<number>): number {
  if (sorted.length === 0) throw new RangeError('median of an empty sample');
  return ssMedianSorted(view(sorted));
}

/**
 * Quantile of an ascending sample with linear interpolation, bit-for-bit numpy's default
 * (`method='linear'`, Hyndman-Fan type 7).
 */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const r = ranks(sorted.length, p);
  return interpolate(sorted[r.below] as number, sorted[r.above] as number, r.gamma);
}

/** The two ranks quantile() reads and the weight between them, as numpy computes them. */
function ranks(n: number, p: number): { below: number; above: number; gamma: number } {
  if (n === 0) throw new RangeError('quantile of an empty sample');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile p must be in [0, 1], got ${p}`);
  const virtual = (n - 1) * p;
  // As numpy: at or beyond the last index take the last value; otherwise floor and floor + 1.
  const below = virtual >= n - 1 ? n - 1 : Math.floor(virtual);
  const above = virtual >= n - 1 ? n - 1 : below + 1;
  return { below, above, gamma: virtual - below };
}

function interpolate(a: number, b: number, gamma: number): number {
  // numpy's _lerp: interpolate from the nearer end so that gamma = 1 returns b exactly.
  const diff = b - a;
  return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
}

/**
 * quantile() at each of `ps`, from values in any order: the same numbers as sorting them first,
 * found by selection (linear time) instead. Reorders `values` in place.
 */
export function quantilesInPlace(values: Float64Array, ps: readonly number[]): number[] {
  const found = ps.map((p) => ranks(values.length, p));
  const wanted = [...new Set(found.flatMap((r) => [r.below, r.above]))].sort((a, b) => a - b);
  const at = new Map<number, number>();
  let from = 0;
  for (const k of wanted) {
    // Floyd-Rivest: afterwards values[k] is the k-th smallest (0-based) of values[from..], with
    // nothing larger before it; values[..from] are already in place.
    quickselect(values as unknown as number[], k, from, values.length - 1);
    at.set(k, values[k] as number);
    from = k + 1;
  }
  const value = (k: number): number => {
    const v = at.get(k) as number;
    return v === 0 ? signedZero(values, k) : v;
  };
  return found.map((r) => interpolate(value(r.below), value(r.above), r.gamma));
}

// Selection treats -0 and 0 as equal; a sorted Float64Array puts every -0 first. Which one sits at
// rank k follows from how many values are negative and how many are -0.
function signedZero(a: Float64Array, k: number): number {
  let negative = 0;
  let minusZero = 0;
  for (const v of a) {
    if (v < 0) negative++;
    else if (v === 0 && Object.is(v, -0)) minusZero++;
  }
  return k >= negative && k < negative + minusZero ? -0 : 0;
}

/** Ascending copy of a sample as a Float64Array (numeric order, never string order). */
export function sortedCopy(x: ArrayLike<number>): Float64Array {
  return sortAscending(Float64Array.from(x));
}

/**
 * Sorts `a` in place as `Float64Array.prototype.sort` does, and returns it. When no value is
 * negative or NaN (latencies, costs, scores), their bits sort as 64-bit integers in the same order
 * (-0 first, then +0, Infinity last), and V8 sorts a BigInt64Array about three times faster than a
 * Float64Array, whose comparisons go through a function that places NaN and -0.
 */
export function sortAscending(a: Float64Array): Float64Array {
  for (let i = 0; i < a.length; i++) if (!(a[i]! >= 0)) return a.sort();
  new BigInt64Array(a.buffer, a.byteOffset, a.length).sort();
  return a;
}
