import { describe, expect, it } from 'vitest';
import { mcnemarExact } from '../../src/stats/mcnemar.js';
import {
  stratifiedExact,
  stratifiedInterval,
  stratifiedT,
  type Stratum,
} from '../../src/stats/stratified.js';
import type { Alternative } from '../../src/stats/types.js';
import { expectClose, loadReference } from './helpers.js';

interface Case {
  name: string;
  /** [candidate successes, candidate calls, baseline successes, baseline calls] per case. */
  strata: [number, number, number, number][];
  less: number;
  greater: number;
  mh_less: number;
  mh_greater: number;
  sd?: number;
  t_less?: number;
  t_greater?: number;
  ci95?: [number, number];
  ci90?: [number, number];
}

const ref = loadReference<{ cases: Case[] }>('stratified.json');
const strataOf = (c: Case): Stratum[] => c.strata.map(([kc, nc, kb, nb]) => ({ kc, nc, kb, nb }));
const alternatives: Alternative[] = ['less', 'greater'];

describe('stratifiedExact against the convolution of scipy.stats.hypergeom.pmf', () => {
  it('has the promised coverage', () => expect(ref.cases.length).toBeGreaterThanOrEqual(12));
  for (const c of ref.cases)
    for (const alt of alternatives)
      it(`${c.name} (${alt})`, () => {
        const exact = stratifiedExact(strataOf(c), alt);
        expect(exact.exact).toBe(true);
        expectClose(exact.pValue, c[alt], 1e-9);
        // The Mantel-Haenszel statistic when the convolution would take too long.
        const approx = stratifiedExact(strataOf(c), alt, 0);
        const informative = c.strata.some(([kc, nc, kb, nb]) => kc + kb > 0 && kc + kb < nc + nb);
        expect(approx.exact).toBe(!informative);
        expectClose(approx.pValue, c[`mh_${alt}`], 1e-9);
      });
});

describe('stratifiedInterval against the t interval of the per-case rate differences', () => {
  const withCi = ref.cases.filter((c) => c.ci95 !== undefined);
  it('has the promised coverage', () => expect(withCi.length).toBeGreaterThanOrEqual(12));
  for (const c of withCi)
    it(c.name, () => {
      const strata = strataOf(c);
      const d = strata.map((s) => s.kc / s.nc - s.kb / s.nb);
      for (const [level, ci] of [
        [0.95, c.ci95!],
        [0.9, c.ci90!],
      ] as const) {
        const got = stratifiedInterval(d, strata, level);
        expectClose(got.ci[0], ci[0], 1e-9, 1e-15);
        expectClose(got.ci[1], ci[1], 1e-9, 1e-15);
        expectClose(got.sd, c.sd!, 1e-9);
      }
      for (const alt of alternatives)
        expectClose(stratifiedT(d, strata, alt), c[`t_${alt}`]!, 1e-9);
    });

  it('is no narrower than the calls allow when every call succeeded', () => {
    const strata = Array.from({ length: 40 }, () => ({ kc: 3, nc: 3, kb: 3, nb: 3 }));
    const { ci } = stratifiedInterval(new Array<number>(40).fill(0), strata, 0.95);
    expect(ci[0]).toBeLessThan(-0.01);
    expect(ci[1]).toBeGreaterThan(0.01);
  });
});

describe('stratifiedExact', () => {
  it('is McNemar exact test with one call per case and side', () => {
    const strata: Stratum[] = [
      ...Array.from({ length: 4 }, () => ({ kc: 1, nc: 1, kb: 0, nb: 1 })),
      ...Array.from({ length: 11 }, () => ({ kc: 0, nc: 1, kb: 1, nb: 1 })),
      ...Array.from({ length: 25 }, () => ({ kc: 1, nc: 1, kb: 1, nb: 1 })),
    ];
    for (const alt of alternatives)
      expectClose(stratifiedExact(strata, alt).pValue, mcnemarExact(4, 11, 40, alt).pValue, 1e-12);
  });

  it('weighs a loss where the baseline never failed above a flaky case won back', () => {
    // Four baseline calls a case, one candidate call: 8 cases lost where the baseline never
    // failed, 8 flaky baseline cases (3 of 4) the candidate passed. A sign test sees 8 against 8.
    const strata: Stratum[] = [
      ...Array.from({ length: 8 }, () => ({ kc: 0, nc: 1, kb: 4, nb: 4 })),
      ...Array.from({ length: 8 }, () => ({ kc: 1, nc: 1, kb: 3, nb: 4 })),
      ...Array.from({ length: 184 }, () => ({ kc: 1, nc: 1, kb: 4, nb: 4 })),
    ];
    expect(stratifiedExact(strata, 'less').pValue).toBeLessThan(0.01);
    expect(mcnemarExact(8, 8, 200, 'less').pValue).toBeGreaterThan(0.5);
  });

  it('says p = 1 when no case has both a success and a failure', () => {
    const strata = [
      { kc: 2, nc: 2, kb: 3, nb: 3 },
      { kc: 0, nc: 1, kb: 0, nb: 4 },
    ];
    expect(stratifiedExact(strata, 'less')).toEqual({ pValue: 1, exact: true });
    expect(stratifiedExact([], 'greater')).toEqual({ pValue: 1, exact: true });
  });

  it('refuses counts that cannot be', () => {
    expect(() => stratifiedExact([{ kc: 2, nc: 1, kb: 0, nb: 1 }], 'less')).toThrow(RangeError);
    expect(() => stratifiedExact([{ kc: 0, nc: 0, kb: 0, nb: 1 }], 'less')).toThrow(RangeError);
    expect(() => stratifiedExact([{ kc: 0.5, nc: 1, kb: 0, nb: 1 }], 'less')).toThrow(RangeError);
  });
});
