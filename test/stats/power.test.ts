import { describe, expect, it } from 'vitest';
import { samplesForMeans, samplesForMedians, samplesForRates } from '../../src/stats/power.js';
import { loadReference } from './helpers.js';

interface MeanCase {
  sdCandidate: number;
  sdBaseline: number;
  delta: number;
  alpha: number;
  power: number;
  means: number;
  medians: number;
}
interface RateCase {
  pBaseline: number;
  pCandidate: number;
  alpha: number;
  power: number;
  n: number;
}

const ref = loadReference<{ means: MeanCase[]; rates: RateCase[] }>('power.json');

describe('sample sizes against closed-form values computed with scipy.stats.norm.ppf', () => {
  for (const c of ref.means) {
    it(`means and medians: sd ${c.sdCandidate}/${c.sdBaseline}, delta ${c.delta}`, () => {
      const args = [c.sdCandidate, c.sdBaseline, c.delta, c.alpha, c.power] as const;
      expect(samplesForMeans(...args)).toBe(c.means);
      expect(samplesForMedians(...args)).toBe(c.medians);
    });
  }
  for (const c of ref.rates) {
    it(`rates: ${c.pBaseline} -> ${c.pCandidate}`, () => {
      expect(samplesForRates(c.pBaseline, c.pCandidate, c.alpha, c.power)).toBe(c.n);
    });
  }
});

describe('sample size properties', () => {
  it('defaults to 80 % power and needs more for smaller effects or stricter alpha', () => {
    expect(samplesForMeans(1, 1, 0.5, 0.05)).toBe(samplesForMeans(1, 1, 0.5, 0.05, 0.8));
    expect(samplesForMeans(1, 1, 0.25, 0.05)).toBeGreaterThan(samplesForMeans(1, 1, 0.5, 0.05));
    expect(samplesForMeans(1, 1, 0.5, 0.01)).toBeGreaterThan(samplesForMeans(1, 1, 0.5, 0.05));
    expect(samplesForMedians(1, 1, 0.5, 0.05)).toBeGreaterThanOrEqual(
      samplesForMeans(1, 1, 0.5, 0.05),
    );
    expect(samplesForRates(0.9, 0.85, 0.05)).toBeGreaterThan(samplesForRates(0.9, 0.8, 0.05));
  });

  it('is symmetric in the sign of the effect', () => {
    expect(samplesForMeans(2, 3, -0.5, 0.05)).toBe(samplesForMeans(2, 3, 0.5, 0.05));
  });

  it('is Infinity for no effect and rejects impossible inputs', () => {
    expect(samplesForMeans(1, 1, 0, 0.05)).toBe(Infinity);
    expect(samplesForMedians(1, 1, 0, 0.05)).toBe(Infinity);
    expect(samplesForRates(0.9, 0.9, 0.05)).toBe(Infinity);
    expect(() => samplesForMeans(-1, 1, 1, 0.05)).toThrow(RangeError);
    expect(() => samplesForMeans(1, 1, 1, 0)).toThrow(RangeError);
    expect(() => samplesForRates(1.1, 0.5, 0.05)).toThrow(RangeError);
    expect(() => samplesForRates(0.5, 0.4, 0.05, 1)).toThrow(RangeError);
  });
});
