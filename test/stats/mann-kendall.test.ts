import { describe, expect, it } from 'vitest';
import { mannKendall } from '../../src/stats/mann-kendall.js';
import { expectClose, loadReference } from './helpers.js';

interface Case {
  name: string;
  values: number[];
  x: number[];
  n: number;
  s: number;
  varS: number;
  z: number;
  tau: number;
  p: number;
  pIncreasing: number;
  pDecreasing: number;
  senSlope: number;
  intercept: number;
}

const { cases } = loadReference<{ cases: Case[] }>('mann-kendall.json');

describe('mannKendall against pymannkendall formulas and scipy.stats.theilslopes', () => {
  for (const c of cases) {
    it(c.name, () => {
      const r = mannKendall(c.values, c.x);
      expect(r).not.toBeNull();
      if (r === null) return;
      expect(r.n).toBe(c.n);
      expect(r.s).toBe(c.s);
      expect(r.varS).toBe(c.varS);
      expectClose(r.z, c.z, 1e-12, 1e-15);
      expectClose(r.tau, c.tau, 1e-12, 1e-15);
      expectClose(r.pValue, c.p);
      expectClose(r.pIncreasing, c.pIncreasing);
      expectClose(r.pDecreasing, c.pDecreasing);
      expectClose(r.senSlope, c.senSlope, 1e-12, 1e-15);
      expectClose(r.intercept, c.intercept, 1e-9, 1e-12);
    });
  }

  it('defaults x to consecutive days', () => {
    const c = cases.find((k) => k.name === 'up trend') as Case;
    expect(mannKendall(c.values)).toEqual(mannKendall(c.values, c.x));
  });
});

describe('mannKendall edge cases', () => {
  it('returns null below 3 values', () => {
    expect(mannKendall([])).toBeNull();
    expect(mannKendall([1, 2])).toBeNull();
  });

  it('reports no trend for a constant series', () => {
    const r = mannKendall([4, 4, 4, 4, 4]);
    expect(r).toMatchObject({ s: 0, varS: 0, z: 0, tau: 0, pValue: 1, senSlope: 0, intercept: 4 });
  });

  it('splits one-sided p-values by direction', () => {
    const up = mannKendall([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(up?.pIncreasing).toBeLessThan(0.01);
    expect(up?.pDecreasing).toBeGreaterThan(0.99);
    expect(up?.senSlope).toBe(1);
  });

  it('rejects x that does not strictly increase or does not match the values', () => {
    expect(() => mannKendall([1, 2, 3], [0, 2, 2])).toThrow(RangeError);
    expect(() => mannKendall([1, 2, 3], [0, 1])).toThrow(RangeError);
  });
});
