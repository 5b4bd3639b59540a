import { median as ssMedian } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import {
  mean,
  median,
  medianOfSorted,
  quantile,
  sortAscending,
  sortedCopy,
  variance,
} from '../../src/stats/describe.js';
import { expectClose, loadReference } from './helpers.js';

interface Case {
  x: number[];
  mean: number;
  variance: number | null;
  median: number;
  p: number[];
  quantiles: number[];
}

const { cases } = loadReference<{ cases: Case[] }>('describe.json');

describe('descriptive statistics against numpy', () => {
  for (const c of cases) {
    it(`n = ${c.x.length}`, () => {
      const x = Float64Array.from(c.x);
      expectClose(mean(x), c.mean, 1e-14, 1e-15);
      if (c.variance !== null) expectClose(variance(x), c.variance, 1e-12, 1e-15);
      expectClose(median(x), c.median, 1e-15, 1e-15);
      const sorted = sortedCopy(x);
      // The very number simple-statistics' selection gives.
      expect(median(x)).toBe(ssMedian(c.x));
      // numpy's default quantile, reproduced operation for operation: bit-identical.
      c.p.forEach((p, i) => expect(quantile(sorted, p)).toBe(c.quantiles[i]));
    });
  }

  it('sorts numerically, not as strings', () => {
    expect(Array.from(sortedCopy([10, 9, 100, -1]))).toEqual([-1, 9, 10, 100]);
    expect(median([10, 9, 100])).toBe(10);
  });

  it('sorts as Float64Array.prototype.sort does, the signed zeros, infinities and NaN included', () => {
    let seed = 7;
    const random = (): number => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const awkward = [0, -0, Infinity, -Infinity, NaN, 5e-324, 1.7976931348623157e308, -1e-300, 1];
    for (let trial = 0; trial < 400; trial++) {
      const n = Math.floor(random() * 60);
      const x = Float64Array.from({ length: n }, () => {
        const r = random();
        if (r < 0.15) return awkward[Math.floor(random() * awkward.length)]!;
        // Most samples hold no negative value, as latencies and costs do.
        return trial % 3 === 0 ? (r - 0.5) * 1e4 : r * 3000;
      });
      const expected = Array.from(x.slice().sort());
      const copy = x.slice();
      expect(sortAscending(copy)).toBe(copy);
      expect(Array.from(copy).map((v) => (Object.is(v, -0) ? '-0' : v))).toEqual(
        expected.map((v) => (Object.is(v, -0) ? '-0' : v)),
      );
      // A view into a larger buffer sorts only its own values.
      const wide = new Float64Array(n + 2).fill(-1);
      wide.set(x, 1);
      sortAscending(wide.subarray(1, n + 1));
      expect([wide[0], wide[n + 1]]).toEqual([-1, -1]);
      expect(Array.from(wide.subarray(1, n + 1))).toEqual(Array.from(copy));
    }
  });

  it('accepts plain array-likes and gives exact results for constant samples', () => {
    const arrayLike = { length: 3, 0: 0.1, 1: 0.1, 2: 0.1 };
    expect(mean(arrayLike)).toBe(0.1);
    expect(variance(arrayLike)).toBe(0);
    expect(median(arrayLike)).toBe(0.1);
  });

  it("gives the number simple-statistics' selection gives, for odd and even sizes", () => {
    let seed = 7;
    const next = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 1e3 - 300;
    for (let n = 1; n <= 60; n++) {
      const x = Float64Array.from({ length: n }, next);
      const selected = ssMedian(Array.from(x));
      expect(median(x)).toBe(selected);
      expect(medianOfSorted(sortedCopy(x))).toBe(selected);
    }
    expect(medianOfSorted([1, 2, 4, 8])).toBe(3);
    expect(() => medianOfSorted([])).toThrow(RangeError);
  });

  it('rejects samples too small to describe', () => {
    expect(() => mean([])).toThrow(RangeError);
    expect(() => variance([1])).toThrow(RangeError);
    expect(() => median([])).toThrow(RangeError);
    expect(() => quantile([], 0.5)).toThrow(RangeError);
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });
});
