import { describe, expect, it } from 'vitest';
import {
  hodgesLehmann,
  HL_EXACT_MAX_PAIRS,
  mannWhitneyU,
  mannWhitneyUs,
  sortedSides,
} from '../../src/stats/mann-whitney.js';
import type { Alternative } from '../../src/stats/types.js';
import { expectClose, loadReference } from './helpers.js';

interface HlRef {
  shift: number;
  ci: [number, number];
}
interface Case {
  name: string;
  candidate: number[];
  baseline: number[];
  mwu: Record<Alternative, { u: number; z: number; p: number }>;
  hl?: { '95': HlRef; '90': HlRef };
}

const { cases } = loadReference<{ cases: Case[] }>('two-sample.json');
const large = loadReference<{ cases: { candidate: number[]; baseline: number[]; '95': HlRef }[] }>(
  'hodges-lehmann-large.json',
);
const alternatives: Alternative[] = ['less', 'greater'];

describe('mannWhitneyU against scipy.stats.mannwhitneyu(method="asymptotic")', () => {
  it('has the promised coverage', () => {
    expect(cases.length * alternatives.length).toBeGreaterThanOrEqual(60);
  });

  for (const c of cases) {
    for (const alt of alternatives) {
      it(`${c.name} (${alt})`, () => {
        const ref = c.mwu[alt];
        const r = mannWhitneyU(Float64Array.from(c.candidate), Float64Array.from(c.baseline), alt);
        expect(r.u).toBe(ref.u);
        expectClose(r.pValue, ref.p);
        expectClose(r.z, ref.z, 1e-9, 1e-12);
      });
    }
  }
});

describe('mannWhitneyU properties', () => {
  it('mirrors under swapping sides and never sums one-sided p-values below 1', () => {
    for (const c of cases) {
      const less = mannWhitneyU(c.candidate, c.baseline, 'less');
      const greater = mannWhitneyU(c.candidate, c.baseline, 'greater');
      // The continuity correction moves both tails up, so they overlap by a little.
      expect(less.pValue + greater.pValue).toBeGreaterThanOrEqual(1 - 1e-12);
      expect(greater.u).toBe(less.u);
      const swapped = mannWhitneyU(c.baseline, c.candidate, 'greater');
      expect(swapped.u).toBe(c.candidate.length * c.baseline.length - less.u);
      expectClose(swapped.pValue, less.pValue, 1e-12);
    }
  });

  it('ranks 100k values per side quickly', () => {
    const n = 100_000;
    const c = Float64Array.from({ length: n }, (_, i) => ((i * 7919) % 1000) / 10);
    const b = Float64Array.from({ length: n }, (_, i) => ((i * 104729) % 1003) / 10);
    const started = performance.now();
    const r = mannWhitneyU(c, b, 'greater');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.pValue).toBeGreaterThan(0);
    expect(r.pValue).toBeLessThan(1);
  });

  it('throws a RangeError on an empty side or NaN instead of looping', () => {
    expect(() => mannWhitneyU([], [1], 'less')).toThrow(RangeError);
    expect(() => mannWhitneyU([1, NaN], [1, 2], 'less')).toThrow(RangeError);
    expect(() => mannWhitneyU([1, 2], [NaN], 'greater')).toThrow(RangeError);
    expect(() => hodgesLehmann([1, 2], [3, NaN])).toThrow(RangeError);
  });
});

describe('hodgesLehmann against a brute-force Python reference', () => {
  for (const c of cases.filter((k) => k.hl !== undefined)) {
    it(c.name, () => {
      const hl = c.hl as { '95': HlRef; '90': HlRef };
      for (const [level, ref] of [
        [0.95, hl['95']],
        [0.9, hl['90']],
      ] as const) {
        const r = hodgesLehmann(
          Float64Array.from(c.candidate),
          Float64Array.from(c.baseline),
          level,
        );
        // Order statistics of the same differences: identical doubles, not merely close.
        expect(r.shift).toBe(ref.shift);
        expect(r.ci).toEqual(ref.ci);
      }
    });
  }

  it('takes the selection path beyond the exact limit and still agrees exactly', () => {
    for (const c of large.cases) {
      expect(c.candidate.length * c.baseline.length).toBeGreaterThan(HL_EXACT_MAX_PAIRS);
      const r = hodgesLehmann(Float64Array.from(c.candidate), Float64Array.from(c.baseline));
      expect(r.shift).toBe(c['95'].shift);
      expect(r.ci).toEqual(c['95'].ci);
    }
  });

  it('stays fast and bounded for 100k values per side', () => {
    const n = 100_000;
    const c = Float64Array.from({ length: n }, (_, i) => Math.sin(i) * 50 + 400);
    const b = Float64Array.from({ length: n }, (_, i) => Math.cos(i * 1.3) * 50 + 390);
    const started = performance.now();
    const r = hodgesLehmann(c, b);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(r.ci[0]).toBeLessThanOrEqual(r.shift);
    expect(r.shift).toBeLessThanOrEqual(r.ci[1]);
  });

  it('returns the single difference for one value per side', () => {
    expect(hodgesLehmann([5], [2])).toEqual({ shift: 3, ci: [3, 3] });
  });
});

describe('the rank tests on samples sorted once', () => {
  const c = [3.1, 0.4, 2.2, 2.2, 9, -1, 5.5];
  const b = [1, 7.25, 0.4, 3.3, 2.2, 8, 4, 6];

  it('give what they give sorting the samples themselves', () => {
    const sorted = sortedSides(c, b);
    for (const alt of ['greater', 'less'] as const)
      expect(mannWhitneyUs(c, b, sorted)(alt)).toEqual(mannWhitneyUs(c, b)(alt));
    for (const level of [0.9, 0.95, 0.99])
      expect(hodgesLehmann(c, b, level, sorted)).toEqual(hodgesLehmann(c, b, level));
  });

  it('read the sorted samples they are given', () => {
    // Sides sorted from other values: the results follow them, not the samples.
    const shifted = sortedSides(
      c.map((x) => x + 10),
      b,
    );
    expect(hodgesLehmann(c, b, 0.95, shifted).shift).toBe(
      hodgesLehmann(
        c.map((x) => x + 10),
        b,
      ).shift,
    );
    expect(mannWhitneyUs(c, b, shifted)('greater').u).toBe(c.length * b.length);
  });

  it('refuse NaN when sorting', () => {
    expect(() => sortedSides([1, NaN], [2])).toThrow(/NaN/);
  });
});
