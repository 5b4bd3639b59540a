import { describe, expect, it } from 'vitest';
import { regressedUncorrected, testMetric } from '../../src/analysis/metric-test.js';
import { reachesThreshold, type Metric } from '../../src/metrics.js';

// 60 values around `center`, spread 0.03 apart in a cycle of 7 (latency scaled by 1,000).
function values(center: number, scale = 1): Float64Array {
  return Float64Array.from({ length: 60 }, (_, i) => (center + (i % 7) * 0.03) * scale);
}

describe('testMetric with worseOnly', () => {
  it.each([
    ['quality_score', 0.85, 0.8, 1],
    ['quality_score', 0.85, 0.72, 1],
    ['quality_score', 0.85, 0.95, 1],
    ['latency_ms', 0.4, 0.48, 1000],
    ['latency_ms', 0.4, 0.6, 1000],
    ['cost_eur', 0.5, 0.65, 1],
  ] as const)('%s %d to %d: regressed exactly when the full test says so', (m, a, b, scale) => {
    const metric = m as Metric;
    const settings = { minSamples: 30, threshold: metric === 'latency_ms' ? 0.3 : metric === 'cost_eur' ? 0.2 : 0.1 }; // prettier-ignore
    const [base, cand] = [values(a, scale), values(b, scale)];
    const full = testMetric(metric, base, cand, settings);
    const screened = testMetric(metric, base, cand, { ...settings, worseOnly: true });
    expect(regressedUncorrected([screened], 0.05)).toBe(regressedUncorrected([full], 0.05));
    // Worse by the threshold: the same test; else no p-value was worked out.
    const beyond = full.worseBy !== null && reachesThreshold(full.worseBy, settings.threshold);
    expect(screened.pWorse).toBe(beyond ? full.pWorse : null);
  });
});
