// regressedDay() computes a day's p-value only when the day is worse by the threshold; the
// answer must be the one the whole day-level test gives, for every metric and direction.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scripts/store-writer.mjs';
import { regressedDay } from '../../src/analysis/day-level.js';
import { toWorse } from '../../src/analysis/worse.js';
import { METRICS, METRIC_SPECS } from '../../src/metrics.js';
import { dayLevelTest, type DayMoments } from '../../src/stats/index.js';
import { LOG_METRICS } from '../../src/store/blocks.js';

// The rule written out from the whole test: significant at alpha and worse by the threshold.
function regressedByTheWholeTest(
  metric: (typeof METRICS)[number],
  threshold: number,
  day: DayMoments,
  before: DayMoments[],
  alpha: number,
): boolean {
  if (before.length < 5) return false;
  const r = dayLevelTest(day, before);
  if (r === null) return false;
  const spec = METRIC_SPECS[metric];
  const log = LOG_METRICS.has(metric);
  const base = log ? Math.exp(r.reference) : r.reference;
  const diff = log ? base * Math.expm1(r.diff) : r.diff;
  const pWorse = spec.better === 'higher' ? r.pLess : r.pGreater;
  return pWorse < alpha && toWorse(diff, base, spec) >= threshold;
}

describe('regressedDay', () => {
  it('agrees with the whole day-level test on days around the threshold', () => {
    const rand = mulberry32(21);
    const day = (level: number, n: number): DayMoments => ({
      n,
      mean: level,
      m2: (n - 1) * (0.001 + rand() * 0.05) * Math.abs(level || 1),
    });
    let regressed = 0;
    let worseButNotSignificant = 0;
    for (let k = 0; k < 3000; k++) {
      const metric = METRICS[k % METRICS.length]!;
      const threshold = METRIC_SPECS[metric].defaultThreshold;
      const level = 0.2 + rand() * 5;
      const before = Array.from({ length: 3 + Math.floor(rand() * 10) }, () =>
        day(level * (1 + (rand() - 0.5) * 0.1), 2 + Math.floor(rand() * 60)),
      );
      const shift = 1 + (rand() - 0.5) * 0.8;
      const today = day(level * shift, rand() < 0.1 ? 1 : 2 + Math.floor(rand() * 60));
      const alpha = rand() < 0.5 ? 0.05 : 0.001;
      const t = { metric, spec: METRIC_SPECS[metric], threshold };
      const expected = regressedByTheWholeTest(metric, threshold, today, before, alpha);
      expect(regressedDay(t, today, before, alpha)).toBe(expected);
      if (expected) regressed += 1;
      const r = dayLevelTest(today, before);
      if (!expected && r && before.length >= 5) {
        const base = LOG_METRICS.has(metric) ? Math.exp(r.reference) : r.reference;
        const diff = LOG_METRICS.has(metric) ? base * Math.expm1(r.diff) : r.diff;
        if (toWorse(diff, base, METRIC_SPECS[metric]) >= threshold) worseButNotSignificant += 1;
      }
    }
    // Both sides of the rule are met: days that regressed, and days worse but not significant.
    expect(regressed).toBeGreaterThan(100);
    expect(worseButNotSignificant).toBeGreaterThan(50);
  });
});
