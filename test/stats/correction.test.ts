import { describe, expect, it } from 'vitest';
import { adjustPValues } from '../../src/stats/correction.js';
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
