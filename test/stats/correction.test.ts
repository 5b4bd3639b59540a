import { describe, expect, it } from 'vitest';
import { adjustPValues, localLevels } from '../../src/stats/correction.js';
import { mulberry32 } from '../../scripts/store-writer.mjs';
import { expectClose, loadReference } from './helpers.js';

const { cases } = loadReference<{ cases: { p: number[]; holm: number[]; bh: number[] }[] }>(
  'corrections.json',
);

describe('adjustPValues', () => {
  for (const [i, c] of cases.entries()) {
    it(`case ${i} (${c.p.length} p-values) matches Holm and scipy's BH`, () => {
      const holm = adjustPValues(c.p, 'holm');
      const bh = adjustPValues(c.p, 'bh');
      c.p.forEach((_, j) => {
        expectClose(holm[j] as number, c.holm[j] as number, 1e-12);
        expectClose(bh[j] as number, c.bh[j] as number, 1e-12);
      });
    });
  }

  it('keeps Holm >= raw, BH between raw and Holm, all at most 1, in input order', () => {
    for (const c of cases) {
      const holm = adjustPValues(c.p, 'holm');
      const bh = adjustPValues(c.p, 'bh');
      c.p.forEach((p, j) => {
        expect(holm[j]).toBeGreaterThanOrEqual(p);
        expect(bh[j]).toBeGreaterThanOrEqual(p);
        expect(bh[j]).toBeLessThanOrEqual(holm[j] as number);
        expect(holm[j]).toBeLessThanOrEqual(1);
      });
      // Adjustments preserve the order of the raw p-values.
      const order = c.p.map((_, j) => j).sort((a, b) => (c.p[a] as number) - (c.p[b] as number));
      for (let k = 1; k < order.length; k++) {
        expect(holm[order[k] as number]).toBeGreaterThanOrEqual(
          holm[order[k - 1] as number] as number,
        );
        expect(bh[order[k] as number]).toBeGreaterThanOrEqual(bh[order[k - 1] as number] as number);
      }
    }
  });

  it('gives textbook values on a small example', () => {
    expect(adjustPValues([0.04, 0.01, 0.03], 'holm')).toEqual([0.06, 0.03, 0.06]);
    expect(adjustPValues([0.04, 0.01, 0.03], 'bh')).toEqual([0.04, 0.03, 0.04]);
  });

  it('returns a copy for none and handles an empty family', () => {
    const p = [0.2, 0.01];
    const out = adjustPValues(p, 'none');
    expect(out).toEqual(p);
    expect(out).not.toBe(p);
    expect(adjustPValues([], 'holm')).toEqual([]);
    expect(adjustPValues([], 'bh')).toEqual([]);
  });
});

describe('localLevels', () => {
  it("gives Holm's step levels and BH's k·α/m on a small example", () => {
    // Holm at 0.05: 0.01 < 0.05/3 rejected at step 1, 0.03 > 0.05/2 stops: the rest at 0.05/2.
    expect(localLevels([0.04, 0.01, 0.03], 0.05, 'holm')).toEqual([0.025, 0.05 / 3, 0.025]);
    // BH at 0.05 rejects all three (0.04 <= 0.05): every level is 3·0.05/3.
    expect(localLevels([0.04, 0.01, 0.03], 0.05, 'bh')).toEqual([0.05, 0.05, 0.05]);
    expect(localLevels([0.5, 0.6], 0.05, 'bh')).toEqual([0.025, 0.025]);
    expect(localLevels([0.5, 0.001], 0.05, 'none')).toEqual([0.05, 0.05]);
    expect(localLevels([], 0.05, 'holm')).toEqual([]);
  });

  it('agrees with the adjusted p-values: p < level exactly when adjusted p < alpha', () => {
    const rand = mulberry32(7);
    for (let run = 0; run < 2000; run++) {
      const m = 1 + Math.floor(rand() * 20);
      // Small p-values, and ties, are where the steps matter.
      const p = Array.from({ length: m }, () =>
        rand() < 0.2 ? 0.01 : rand() < 0.5 ? rand() * 0.02 : rand(),
      );
      for (const method of ['holm', 'bh', 'none'] as const) {
        const alpha = [0.05, 0.01, 0.1][run % 3] as number;
        const adjusted = adjustPValues(p, method);
        const levels = localLevels(p, alpha, method);
        p.forEach((x, i) => {
          expect(x < (levels[i] as number), `${method} ${JSON.stringify(p)} #${i}`).toBe(
            (adjusted[i] as number) < alpha,
          );
          expect(levels[i]).toBeLessThanOrEqual(alpha);
        });
      }
    }
  });
});
