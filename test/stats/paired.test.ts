import { describe, expect, it } from 'vitest';
import { binomialCdf, binomialUpperTail, clopperPearson } from '../../src/stats/binomial.js';
import { mcnemarExact } from '../../src/stats/mcnemar.js';
import { pairedTTest } from '../../src/stats/paired-t.js';
import type { Alternative } from '../../src/stats/types.js';
import { walshInterval, wilcoxonSignedRank } from '../../src/stats/wilcoxon.js';
import { casesForDifferences, casesForMcNemar } from '../../src/stats/paired-power.js';
import { expectClose, loadReference } from './helpers.js';

interface TRef {
  t: number;
  df: number;
  p: number;
  diff: number;
  ci95: [number, number];
  ci90: [number, number];
}
interface WalshRef {
  estimate: number;
  ci: [number, number];
}
interface Case {
  name: string;
  candidate: number[];
  baseline: number[];
  t?: Record<Alternative, TRef>;
  wilcoxon?: Record<Alternative, { rPlus: number; p: number; pExact?: number }>;
  walsh: { '95': WalshRef; '90': WalshRef };
}
interface McNemarRef {
  up: number;
  down: number;
  cases: number;
  less?: number;
  greater?: number;
  cp95?: [number, number];
  ci95?: [number, number];
  ci90?: [number, number];
}

const ref = loadReference<{
  cases: Case[];
  mcnemar: McNemarRef[];
  binomial: { k: number; n: number; p: number; cdf: number; sf: number }[];
}>('paired.json');
const alternatives: Alternative[] = ['less', 'greater'];
const diffs = (c: Case): Float64Array =>
  Float64Array.from(c.candidate, (x, i) => x - (c.baseline[i] as number));

describe('pairedTTest against scipy.stats.ttest_rel', () => {
  const withT = ref.cases.filter((c) => c.t !== undefined);
  it('has the promised coverage', () => expect(withT.length).toBeGreaterThanOrEqual(20));
  for (const c of withT) {
    for (const alt of alternatives) {
      it(`${c.name} (${alt})`, () => {
        const r = (c.t as Record<Alternative, TRef>)[alt];
        const got = pairedTTest(diffs(c), alt, 0.95);
        expectClose(got.pValue, r.p);
        expectClose(got.t, r.t, 1e-9);
        expect(got.df).toBe(r.df);
        expectClose(got.diff, r.diff, 1e-9, 1e-15);
        expectClose(got.ci[0], r.ci95[0], 1e-9, 1e-15);
        expectClose(got.ci[1], r.ci95[1], 1e-9, 1e-15);
        const g90 = pairedTTest(diffs(c), alt, 0.9);
        expectClose(g90.ci[0], r.ci90[0], 1e-9, 1e-15);
        expectClose(g90.ci[1], r.ci90[1], 1e-9, 1e-15);
      });
    }
  }

  it('takes constant differences as certain, and refuses a single pair', () => {
    expect(pairedTTest([0.1, 0.1, 0.1], 'greater')).toMatchObject({ pValue: 0, ci: [0.1, 0.1] });
    expect(pairedTTest([0.1, 0.1, 0.1], 'less').pValue).toBe(1);
    expect(pairedTTest([0, 0], 'less').pValue).toBe(1);
    expect(() => pairedTTest([1], 'less')).toThrow(RangeError);
  });
});

describe('wilcoxonSignedRank against scipy.stats.wilcoxon (defaults)', () => {
  const withW = ref.cases.filter((c) => c.wilcoxon !== undefined);
  it('covers the exact, permutation and asymptotic paths', () => {
    const methods = new Set(withW.map((c) => wilcoxonSignedRank(diffs(c), 'less').method));
    expect([...methods].sort()).toEqual(['asymptotic', 'exact', 'permutation']);
  });
  for (const c of withW) {
    for (const alt of alternatives) {
      it(`${c.name} (${alt})`, () => {
        const r = (
          c.wilcoxon as Record<Alternative, { rPlus: number; p: number; pExact?: number }>
        )[alt];
        const got = wilcoxonSignedRank(diffs(c), alt);
        expectClose(got.rPlus, r.rPlus, 1e-12);
        // scipy forms a far upper tail as 1 - cdf, which keeps ~1e-16 absolute: compare to the
        // exact integer tail there, and to scipy within that absolute error.
        expectClose(got.pValue, r.p, 1e-6, 1e-14);
        if (r.pExact !== undefined) expectClose(got.pValue, r.pExact, 1e-12);
      });
    }
  }
  it('answers p = 1 when every difference is zero', () => {
    expect(wilcoxonSignedRank([0, 0, 0], 'less').pValue).toBe(1);
    expect(() => wilcoxonSignedRank([NaN, 1], 'less')).toThrow(RangeError);
  });
});

describe('walshInterval (Hodges-Lehmann on paired differences)', () => {
  for (const c of ref.cases) {
    it(c.name, () => {
      for (const level of ['95', '90'] as const) {
        const got = walshInterval(diffs(c), Number(level) / 100);
        const r = c.walsh[level];
        expectClose(got.estimate, r.estimate, 1e-12, 1e-15);
        expectClose(got.ci[0], r.ci[0], 1e-12, 1e-15);
        expectClose(got.ci[1], r.ci[1], 1e-12, 1e-15);
      }
    });
  }
});

describe('walshInterval of too few differences for the level', () => {
  it('is [min, max] at the level it has, 1 - 2^(1-n), not the one asked', () => {
    // n = 4 at 90 %: no k reaches a 5 % tail (the smallest, r+ = 0, has 1/16).
    expect(walshInterval([10, 12, 5, 20], 0.9)).toMatchObject({ ci: [5, 20], alpha: 0.0625 });
    expect(walshInterval([10, 5], 0.95)).toMatchObject({ ci: [5, 10], alpha: 0.25 });
    // Ties take the normal approximation's k, clamped to 1 alike.
    expect(walshInterval([500, 500, 500, 500], 0.9)).toMatchObject({ alpha: 0.0625 });
    // Five differences reach 90 % (1/32 < 5 %): the level asked.
    expect(walshInterval([10, 12, 5, 20, 7], 0.9).alpha).toBeCloseTo(0.05, 15);
  });
});

describe('mcnemarExact against scipy.stats.binomtest on the discordant cases', () => {
  for (const m of ref.mcnemar) {
    it(`${m.up} up, ${m.down} down of ${m.cases}`, () => {
      const less = mcnemarExact(m.up, m.down, m.cases, 'less', 0.95);
      const greater = mcnemarExact(m.up, m.down, m.cases, 'greater', 0.9);
      expect(less.diff).toBeCloseTo((m.up - m.down) / m.cases, 15);
      const ci95 = m.ci95 as [number, number];
      const ci90 = m.ci90 as [number, number];
      expectClose(less.ci[0], ci95[0], 1e-9, 1e-12);
      expectClose(less.ci[1], ci95[1], 1e-9, 1e-12);
      expectClose(greater.ci[0], ci90[0], 1e-9, 1e-12);
      expectClose(greater.ci[1], ci90[1], 1e-9, 1e-12);
      if (m.up + m.down === 0) {
        // No case differs, yet the interval still allows a change of a few points either way.
        expect(less.pValue).toBe(1);
        expect(less.ci[0]).toBeLessThan(-0.05);
        return;
      }
      expectClose(less.pValue, m.less as number);
      expectClose(greater.pValue, m.greater as number);
      const [l, u] = clopperPearson(m.up, m.up + m.down, 0.95);
      const [rl, ru] = m.cp95 as [number, number];
      expectClose(l, rl, 1e-9, 1e-15);
      expectClose(u, ru, 1e-9, 1e-15);
    });
  }
  it('refuses impossible counts', () => {
    expect(() => mcnemarExact(3, 3, 5, 'less')).toThrow(RangeError);
    expect(() => mcnemarExact(-1, 3, 5, 'less')).toThrow(RangeError);
  });
});

describe('binomial tails against scipy.stats.binom', () => {
  for (const b of ref.binomial) {
    it(`k=${b.k} n=${b.n} p=${b.p}`, () => {
      expectClose(binomialCdf(b.k, b.n, b.p), b.cdf, 1e-9);
      expectClose(binomialUpperTail(b.k, b.n, b.p), b.sf, 1e-9);
    });
  }
});

describe('matched cases needed (paired power)', () => {
  const p = loadReference<{
    power: { sd: number; delta: number; alpha: number; power: number; t: number; rank: number }[];
    mcnemarPower: { discordance: number; delta: number; alpha: number; power: number; n: number }[];
  }>('paired.json');
  it('matches the normal-approximation formulas', () => {
    for (const c of p.power) {
      expect(casesForDifferences(c.sd, c.delta, c.alpha, c.power)).toBe(c.t);
      expect(casesForDifferences(c.sd, c.delta, c.alpha, c.power, true)).toBe(c.rank);
    }
    for (const c of p.mcnemarPower) {
      expect(casesForMcNemar(c.discordance, c.delta, c.alpha, c.power)).toBe(c.n);
    }
    expect(casesForDifferences(1, 0, 0.05)).toBe(Infinity);
  });
});
