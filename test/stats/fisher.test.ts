import { describe, expect, it } from 'vitest';
import { fisherExact, newcombeInterval } from '../../src/stats/fisher.js';
import type { Alternative } from '../../src/stats/types.js';
import { expectClose, loadReference } from './helpers.js';

interface Case {
  cs: number;
  cn: number;
  bs: number;
  bn: number;
  fisher: Record<Alternative, { p: number; oddsRatio: number }>;
  newcombe95: [number, number];
  newcombe90: [number, number];
}

const { cases } = loadReference<{ cases: Case[] }>('rates.json');
const alternatives: Alternative[] = ['less', 'greater'];
const label = (c: Case): string => `${c.cs}/${c.cn} vs ${c.bs}/${c.bn}`;

describe('fisherExact against scipy.stats.fisher_exact', () => {
  for (const c of cases) {
    for (const alt of alternatives) {
      it(`${label(c)} (${alt})`, () => {
        const r = fisherExact(c.cs, c.cn, c.bs, c.bn, alt);
        expectClose(r.pValue, c.fisher[alt].p);
        expectClose(r.oddsRatio, c.fisher[alt].oddsRatio, 1e-12);
      });
    }
  }

  it('keeps relative precision for tiny p-values at n in the thousands', () => {
    const tiny = cases.filter((c) => c.fisher.less.p > 0 && c.fisher.less.p < 1e-30);
    expect(tiny.length).toBeGreaterThan(0);
  });
});

describe('fisherExact properties', () => {
  it('is monotone in the candidate successes', () => {
    for (const [cn, bs, bn] of [
      [60, 197, 200],
      [40, 20, 45],
      [3000, 2900, 3000],
    ] as const) {
      let lastLess = 0;
      let lastGreater = 1;
      for (let cs = 0; cs <= cn; cs++) {
        const less = fisherExact(cs, cn, bs, bn, 'less').pValue;
        const greater = fisherExact(cs, cn, bs, bn, 'greater').pValue;
        expect(less).toBeGreaterThanOrEqual(lastLess);
        expect(greater).toBeLessThanOrEqual(lastGreater);
        // Both tails include the observed table, so they overlap.
        expect(less + greater).toBeGreaterThanOrEqual(1 - 1e-12);
        lastLess = less;
        lastGreater = greater;
      }
    }
  });

  it('stays near 1 (not 0) far above the mode, where the lower tail alone underflows', () => {
    expect(fisherExact(2999, 3000, 1, 3000, 'less').pValue).toBeCloseTo(1, 12);
    expect(fisherExact(1, 3000, 2999, 3000, 'greater').pValue).toBeCloseTo(1, 12);
  });

  it('rejects empty sides and impossible counts', () => {
    expect(() => fisherExact(0, 0, 1, 2, 'less')).toThrow(RangeError);
    expect(() => fisherExact(3, 2, 1, 2, 'less')).toThrow(RangeError);
    expect(() => fisherExact(1.5, 2, 1, 2, 'less')).toThrow(RangeError);
  });
});

describe('newcombeInterval (hybrid score, method 10)', () => {
  it('reproduces Newcombe (1998), Table II, method 10, to the published 4 decimals', () => {
    const published: [number, number, number, number, number, number][] = [
      [56, 70, 48, 80, 0.0524, 0.3339],
      [9, 10, 3, 10, 0.1705, 0.809],
      [6, 7, 2, 7, 0.0582, 0.8062],
      [5, 56, 0, 29, -0.0381, 0.1926],
      [0, 10, 0, 20, -0.1611, 0.2775],
      [0, 10, 0, 10, -0.2775, 0.2775],
      [10, 10, 0, 20, 0.6791, 1],
      [10, 10, 0, 10, 0.6075, 1],
    ];
    for (const [cs, cn, bs, bn, lo, hi] of published) {
      const [l, h] = newcombeInterval(cs, cn, bs, bn);
      expect(Math.abs(l - lo)).toBeLessThan(5e-5);
      expect(Math.abs(h - hi)).toBeLessThan(5e-5);
    }
  });

  for (const c of cases) {
    it(`${label(c)} matches the Python implementation`, () => {
      const r95 = newcombeInterval(c.cs, c.cn, c.bs, c.bn);
      const r90 = newcombeInterval(c.cs, c.cn, c.bs, c.bn, 0.9);
      for (const [got, want] of [
        [r95, c.newcombe95],
        [r90, c.newcombe90],
      ] as const) {
        expectClose(got[0], want[0], 1e-9, 1e-12);
        expectClose(got[1], want[1], 1e-9, 1e-12);
      }
      expect(r95[0]).toBeLessThanOrEqual(r90[0]);
      expect(r90[1]).toBeLessThanOrEqual(r95[1]);
      expect(r95[0]).toBeGreaterThanOrEqual(-1);
      expect(r95[1]).toBeLessThanOrEqual(1);
    });
  }

  it('rejects an empty side', () => {
    expect(() => newcombeInterval(0, 0, 1, 2)).toThrow(RangeError);
    expect(() => newcombeInterval(1, 2, 0, 0)).toThrow(RangeError);
  });
});
