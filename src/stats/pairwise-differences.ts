// Order statistics of the n1*n2 pairwise differences c_i - b_j without materialising them.
//
// Both samples sorted ascending make the differences a sorted matrix (rows rise with c_i,
// columns fall with b_j). Counting the differences <= v then takes one O(n1 + n2) two-pointer
// walk, and the k-th smallest difference is the smallest double v whose count reaches k.
// Bisecting on the doubles' ordered bit patterns instead of their values finds that v in at
// most 64 walks whatever the data's scale, so the result is exact (it is one of the computed
// differences) in O((n1 + n2) * 64) time and O(1) extra memory.

import { sortAscending } from './describe.js';

const SIGN = 0x8000000000000000n;
const buffer = new DataView(new ArrayBuffer(8));

// Maps a double to a BigInt whose order is the doubles' numeric order (-0 and +0 coincide).
function orderedKey(x: number): bigint {
  buffer.setFloat64(0, x);
  const bits = buffer.getBigUint64(0);
  return bits & SIGN ? -(bits & ~SIGN) : bits;
}

function fromKey(key: bigint): number {
  buffer.setBigUint64(0, key < 0n ? -key | SIGN : key);
  return buffer.getFloat64(0);
}

// Number of pairs with c_i - b_j <= v, computed in floating point like the differences
// themselves; rounding is monotone, so the sorted-matrix structure survives it.
function countAtMost(c: Float64Array, b: Float64Array, v: number): number {
  const n2 = b.length;
  let j = 0;
  let count = 0;
  for (let i = 0; i < c.length; i++) {
    const ci = c[i] as number;
    while (j < n2 && ci - (b[j] as number) > v) j++;
    count += n2 - j;
  }
  return count;
}

/**
 * The k-th smallest (1-based) of all differences c_i - b_j, for ascending, finite `c` and `b`;
 * exact, in O((n1 + n2) * 64) time.
 */
export function kthPairwiseDifference(c: Float64Array, b: Float64Array, k: number): number {
  const total = c.length * b.length;
  if (!(Number.isInteger(k) && k >= 1 && k <= total)) {
    throw new RangeError(`k must be an integer in [1, ${total}], got ${k}`);
  }
  let lo = orderedKey((c[0] as number) - (b[b.length - 1] as number));
  let hi = orderedKey((c[c.length - 1] as number) - (b[0] as number));
  while (lo < hi) {
    const mid = (lo + hi) >> 1n;
    if (countAtMost(c, b, fromKey(mid)) >= k) hi = mid;
    else lo = mid + 1n;
  }
  // + 0 turns a -0 found by the search into the +0 that the differences actually hold.
  return fromKey(lo) + 0;
}

/** All differences c_i - b_j, ascending; for the small case where n1*n2 values fit in memory. */
export function allPairwiseDifferences(c: ArrayLike<number>, b: ArrayLike<number>): Float64Array {
  const out = new Float64Array(c.length * b.length);
  let at = 0;
  for (let i = 0; i < c.length; i++) {
    const ci = c[i] as number;
    for (let j = 0; j < b.length; j++) out[at++] = ci - (b[j] as number);
  }
  return sortAscending(out);
}
