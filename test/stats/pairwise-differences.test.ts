import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scripts/store-writer.mjs';
import {
  allPairwiseDifferences,
  kthPairwiseDifference,
} from '../../src/stats/pairwise-differences.js';

describe('kthPairwiseDifference', () => {
  it('equals the k-th element of all sorted differences, ties and signs included', () => {
    // Deterministic pseudo-random numbers, so a failure reproduces.
    const random = mulberry32(7);
    for (let trial = 0; trial < 60; trial++) {
      const n1 = 1 + Math.floor(random() * 40);
      const n2 = 1 + Math.floor(random() * 40);
      // Coarse grids create many tied differences; mixed scales and signs stress the bisection.
      const scale = [1e-9, 0.01, 1, 1e6][trial % 4] as number;
      const grid = trial % 3 === 0 ? 5 : 1000;
      const draw = (): number => (Math.round(random() * grid) / grid - 0.5) * scale;
      const c = Float64Array.from({ length: n1 }, draw).sort();
      const b = Float64Array.from({ length: n2 }, draw).sort();
      const all = allPairwiseDifferences(c, b);
      for (let k = 1; k <= all.length; k += Math.max(1, Math.floor(all.length / 25))) {
        expect(kthPairwiseDifference(c, b, k)).toBe(all[k - 1]);
      }
      expect(kthPairwiseDifference(c, b, all.length)).toBe(all[all.length - 1]);
    }
  });

  it('returns +0 rather than -0 for a zero difference', () => {
    expect(Object.is(kthPairwiseDifference(Float64Array.of(1), Float64Array.of(1), 1), 0)).toBe(
      true,
    );
  });

  it('rejects k outside 1..n1*n2', () => {
    const x = Float64Array.of(1, 2);
    expect(() => kthPairwiseDifference(x, x, 0)).toThrow(RangeError);
    expect(() => kthPairwiseDifference(x, x, 5)).toThrow(RangeError);
    expect(() => kthPairwiseDifference(x, x, 1.5)).toThrow(RangeError);
  });
});
