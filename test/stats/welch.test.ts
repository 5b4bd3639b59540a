import { describe, expect, it } from 'vitest';
import { welchTTest } from '../../src/stats/welch.js';
import type { Alternative } from '../../src/stats/types.js';
import { expectClose, loadReference } from './helpers.js';

interface WelchRef {
  t: number;
  df: number;
  p: number;
  diff: number;
  ci95: [number, number];
}
interface Case {
  name: string;
  candidate: number[];
  baseline: number[];
  welch?: Record<Alternative, WelchRef>;
}

const { cases } = loadReference<{ cases: Case[] }>('two-sample.json');
const withWelch = cases.filter((c) => c.welch !== undefined);
const alternatives: Alternative[] = ['less', 'greater'];

describe('welchTTest against scipy.stats.ttest_ind(equal_var=False)', () => {
  it('has the promised coverage', () => {
    expect(withWelch.length * alternatives.length).toBeGreaterThanOrEqual(60);
  });

  for (const c of withWelch) {
    for (const alt of alternatives) {
      it(`${c.name} (${alt})`, () => {
        const ref = (c.welch as Record<Alternative, WelchRef>)[alt];
        const r = welchTTest(Float64Array.from(c.candidate), Float64Array.from(c.baseline), alt);
        expectClose(r.pValue, ref.p);
        expectClose(r.t, ref.t, 1e-9);
        expectClose(r.df, ref.df, 1e-9);
        expectClose(r.diff, ref.diff, 1e-9, 1e-15);
        expectClose(r.ci[0], ref.ci95[0], 1e-9, 1e-15);
        expectClose(r.ci[1], ref.ci95[1], 1e-9, 1e-15);
      });
    }
  }
});

describe('welchTTest properties', () => {
  it('gives complementary one-sided p-values and mirrors under swapping sides', () => {
    for (const c of withWelch) {
      const less = welchTTest(c.candidate, c.baseline, 'less');
      const greater = welchTTest(c.candidate, c.baseline, 'greater');
      expect(Math.abs(less.pValue + greater.pValue - 1)).toBeLessThan(1e-12);
      const swapped = welchTTest(c.baseline, c.candidate, 'greater');
      expectClose(swapped.pValue, less.pValue, 1e-12);
    }
  });

  it('nests the 90 % interval inside the 95 % one, both around the difference', () => {
    for (const c of withWelch) {
      const r95 = welchTTest(c.candidate, c.baseline, 'less', 0.95);
      const r90 = welchTTest(c.candidate, c.baseline, 'less', 0.9);
      expect(r95.ci[0]).toBeLessThanOrEqual(r90.ci[0]);
      expect(r90.ci[0]).toBeLessThanOrEqual(r90.diff);
      expect(r90.diff).toBeLessThanOrEqual(r90.ci[1]);
      expect(r90.ci[1]).toBeLessThanOrEqual(r95.ci[1]);
    }
  });
});

describe('welchTTest when both samples are constant (scipy: NaN for equal means)', () => {
  it('is certain of a difference in the alternative direction', () => {
    const r = welchTTest([0.5, 0.5, 0.5], [0.75, 0.75], 'less');
    expect(r).toEqual({ t: -Infinity, df: 1, pValue: 0, diff: -0.25, ci: [-0.25, -0.25] });
  });

  it('rejects nothing against the direction or for equal means', () => {
    expect(welchTTest([0.5, 0.5, 0.5], [0.75, 0.75], 'greater').pValue).toBe(1);
    const same = welchTTest([3, 3], [3, 3, 3], 'greater');
    expect(same).toEqual({ t: 0, df: 1, pValue: 1, diff: 0, ci: [0, 0] });
    expect(welchTTest([3, 3], [3, 3, 3], 'less').pValue).toBe(1);
  });

  it('treats a constant sample of a non-representable value as constant', () => {
    // np.mean([0.1] * 10) leaves a last-bit residue, and scipy then sees a variance of ~1e-33.
    const r = welchTTest(new Array<number>(10).fill(0.1), new Array<number>(10).fill(0.1), 'less');
    expect(r.pValue).toBe(1);
    expect(r.diff).toBe(0);
  });
});

describe('welchTTest input checks', () => {
  it('throws a RangeError below 2 values per side or for a bad level', () => {
    expect(() => welchTTest([1], [1, 2], 'less')).toThrow(RangeError);
    expect(() => welchTTest([1, 2], [], 'less')).toThrow(RangeError);
    expect(() => welchTTest([1, 2], [1, 3], 'less', 1)).toThrow(RangeError);
  });
});
