import { describe, expect, it } from 'vitest';
import {
  dayLevelInterval,
  dayLevelTest,
  momentsOf,
  varianceComponents,
} from '../../src/stats/day-level.js';
import { expectClose, loadReference } from './helpers.js';

interface Case {
  name: string;
  days: number[][];
  day: number[];
  f: number;
  msBetween: number;
  msWithin: number;
  n0: number;
  tau2: number;
  reference: number;
  diff: number;
  se: number;
  df: number;
  pLess: number;
  pGreater: number;
  ci95: [number, number];
}

const { cases } = loadReference<{ cases: Case[] }>('day-level.json');

describe('varianceComponents against scipy.stats.f_oneway and the ANOVA estimator', () => {
  for (const c of cases) {
    it(c.name, () => {
      const v = varianceComponents(c.days.map(momentsOf));
      expect(v).not.toBeNull();
      expectClose(v!.f, c.f, 1e-9);
      expectClose(v!.msBetween, c.msBetween, 1e-9);
      expectClose(v!.msWithin, c.msWithin, 1e-9);
      expectClose(v!.n0, c.n0, 1e-12);
      expectClose(v!.tau2, c.tau2, 1e-9, 1e-15);
    });
  }

  it('needs two days and within-day degrees of freedom', () => {
    expect(varianceComponents([momentsOf([1, 2, 3])])).toBeNull();
    expect(varianceComponents([momentsOf([1]), momentsOf([2])])).toBeNull();
    expect(varianceComponents([momentsOf([1, 2]), momentsOf([]), momentsOf([3])])).not.toBeNull();
  });
});

describe('dayLevelTest against the random-effects prediction with scipy.stats.t', () => {
  it('covers days with and without a day effect', () => {
    expect(cases.filter((c) => c.tau2 > 0).length).toBeGreaterThanOrEqual(3);
    expect(cases.filter((c) => c.tau2 === 0).length).toBeGreaterThanOrEqual(1);
  });

  for (const c of cases) {
    it(c.name, () => {
      const r = dayLevelTest(momentsOf(c.day), c.days.map(momentsOf));
      expect(r).not.toBeNull();
      expectClose(r!.reference, c.reference, 1e-9);
      expectClose(r!.diff, c.diff, 1e-9, 1e-15);
      expectClose(r!.se, c.se, 1e-9);
      expectClose(r!.df, c.df, 1e-9);
      expectClose(r!.pLess, c.pLess, 1e-6);
      expectClose(r!.pGreater, c.pGreater, 1e-6);
      expectClose(r!.ci[0], c.ci95[0], 1e-9, 1e-15);
      expectClose(r!.ci[1], c.ci95[1], 1e-9, 1e-15);
      // The interval at another level from a result tested at 90 %, without testing again.
      const at90 = dayLevelTest(momentsOf(c.day), c.days.map(momentsOf), 0.9);
      const ci = dayLevelInterval(at90!, 0.95);
      expectClose(ci[0], c.ci95[0], 1e-9, 1e-15);
      expectClose(ci[1], c.ci95[1], 1e-9, 1e-15);
    });
  }

  it('is wider than a call-level comparison when the days differ', () => {
    const days = [0.8, 0.84, 0.77, 0.82, 0.79].map((m) =>
      momentsOf(Array.from({ length: 100 }, (_, i) => m + ((i % 10) - 4.5) / 100)),
    );
    const r = dayLevelTest(momentsOf([0.76, 0.78, 0.74, 0.75]), days)!;
    expect(r.components.tau2).toBeGreaterThan(0);
    // The day-to-day spread, not the 500 calls, bounds how sure we can be.
    expect(r.se).toBeGreaterThan(Math.sqrt(r.components.tau2));
  });

  it('treats constant days as certain and refuses a one-value day', () => {
    const flat = [momentsOf([1, 1]), momentsOf([1, 1, 1])];
    const r = dayLevelTest(momentsOf([0, 0, 0]), flat)!;
    expect([r.pLess, r.pGreater, r.diff]).toEqual([0, 1, -1]);
    expect(dayLevelTest(momentsOf([0]), flat)).toBeNull();
  });

  it('finds no change in a constant value whose weighted mean is inexact', () => {
    // A fixed cost per call (same tokens, same price) on 28 days of unequal traffic: n × 0.003434
    // / n is not 0.003434 in floating point, which once made the reference differ by an ulp and,
    // with no spread at all, turned that ulp into p < 1e-9 in either direction.
    for (const cost of [0.003434, 0.8, 0.1, 0.00275]) {
      for (let shift = 0; shift < 40; shift++) {
        const days = Array.from({ length: 28 }, (_, i) =>
          momentsOf(new Array<number>(20 + ((i * 7 + shift) % 31)).fill(cost)),
        );
        const r = dayLevelTest(momentsOf(new Array<number>(10 + shift).fill(cost)), days)!;
        expect([r.reference, r.diff, r.pLess, r.pGreater]).toEqual([cost, 0, 1, 1]);
        expect(varianceComponents(days)!.grandMean).toBe(cost);
      }
    }
  });
});
