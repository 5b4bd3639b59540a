import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scripts/store-writer.mjs';
import { quantile, quantilesInPlace } from '../../src/stats/describe.js';

const PS = [0, 0.05, 0.25, 0.5, 0.95, 0.999, 1];

// What quantile() gives on the sorted values, the reference the selection must equal bit for bit.
function bySorting(values: Float64Array, ps: readonly number[]): number[] {
  const sorted = values.slice().sort();
  return ps.map((p) => quantile(sorted, p));
}

function sample(n: number, seed: number, draw: (u: () => number) => number): Float64Array {
  const u = mulberry32(seed);
  return Float64Array.from({ length: n }, () => draw(u));
}

describe('quantilesInPlace()', () => {
  const shapes: Record<string, (u: () => number) => number> = {
    continuous: (u) => Math.exp(3 * u()),
    'few distinct values': (u) => Math.floor(u() * 4) / 4,
    'one value': () => 0.8,
    'signed zeros and negatives': (u) => [-0, 0, -1, 2, -0][Math.floor(u() * 5)]!,
    'only zeros of both signs': (u) => (u() < 0.5 ? -0 : 0),
  };
  for (const [name, draw] of Object.entries(shapes))
    it(`equals quantile() of the sorted values: ${name}`, () => {
      for (const n of [1, 2, 3, 4, 5, 10, 19, 20, 21, 100, 1001]) {
        for (let seed = 1; seed <= 5; seed++) {
          const values = sample(n, seed * 1000 + n, draw);
          const expected = bySorting(values, PS);
          const got = quantilesInPlace(values.slice(), PS);
          got.forEach((g, i) => expect(Object.is(g, expected[i]), `n ${n} p ${PS[i]}`).toBe(true));
        }
      }
    });

  it('handles sorted, reversed and organ-pipe inputs', () => {
    const n = 5000;
    const up = Float64Array.from({ length: n }, (_, i) => i);
    const inputs = [up, up.slice().reverse(), Float64Array.from(up, (i) => Math.abs(i - n / 2))];
    for (const values of inputs)
      expect(quantilesInPlace(values.slice(), PS)).toEqual(bySorting(values, PS));
  });

  it('keeps the values, only reordered', () => {
    const values = sample(500, 7, (u) => u());
    const copy = values.slice();
    quantilesInPlace(copy, [0.5, 0.95]);
    expect(copy.slice().sort()).toEqual(values.slice().sort());
  });

  it('refuses what quantile() refuses', () => {
    expect(() => quantilesInPlace(new Float64Array(0), [0.5])).toThrow(RangeError);
    expect(() => quantilesInPlace(Float64Array.of(1), [1.5])).toThrow(RangeError);
  });
});
