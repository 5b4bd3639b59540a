import { describe, expect, it } from 'vitest';
import { caseDifferences, ROUNDING_TOLERANCE } from '../../src/stats/case-differences.js';
import { loadReference } from './helpers.js';

const ref = loadReference<{ cases: { candidate: number[]; baseline: number[] }[] }>('paired.json');

describe('caseDifferences', () => {
  it('takes differences at rounding level for zeros', () => {
    // (0.2 + 0.4) / 2 is 0.30000000000000004; (260.2 + 260.4) / 2 misses 260.3 by two units.
    const d = caseDifferences([(0.2 + 0.4) / 2, (260.2 + 260.4) / 2], [0.3, 260.3], [0.4, 260.4]);
    expect([...d]).toEqual([0, 0]);
    expect(0.3 - (0.2 + 0.4) / 2).not.toBe(0);
    expect(260.3 - (260.2 + 260.4) / 2).not.toBe(0);
  });

  it('keeps the smallest real changes, and reads the scale of the values, not of the means', () => {
    // A microsecond on a 200 ms call, a millionth of a score.
    expect([...caseDifferences([200.3, 0.3], [200.301, 0.300001], [200.3, 0.3])]).toEqual([
      200.301 - 200.3,
      0.300001 - 0.3,
    ]);
    // Means near 0 of values near 1000: their rounding is the values', a thousand times larger.
    const noise = 1000 * ROUNDING_TOLERANCE * 0.5;
    expect([...caseDifferences([0], [noise], [1000])]).toEqual([0]);
    expect([...caseDifferences([0], [noise], [1])]).toEqual([noise]);
  });

  it('leaves every difference of the scipy reference cases as plain subtraction gives it', () => {
    let compared = 0;
    for (const c of ref.cases) {
      const scale = c.baseline.map((b, i) => Math.max(Math.abs(b), Math.abs(c.candidate[i]!)));
      const d = caseDifferences(c.baseline, c.candidate, scale);
      expect([...d]).toEqual(c.candidate.map((x, i) => x - c.baseline[i]!));
      compared += d.length;
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('refuses sides of different lengths', () => {
    expect(() => caseDifferences([1, 2], [1], [1, 2])).toThrow(RangeError);
  });
});
