import { describe, expect, it } from 'vitest';
import { decideFamily } from '../../src/analysis/classify.js';
import { MAX_TESTED_MAGNITUDE, testMetric } from '../../src/analysis/metric-test.js';
import type { Metric } from '../../src/metrics.js';

const settings = { alpha: 0.05, minSamples: 30, threshold: 0.1 };

function values(n: number, center: number, extra: readonly number[] = []): Float64Array {
  return Float64Array.from([...Array.from({ length: n }, (_, i) => center + (i % 7) * 0.01), ...extra]); // prettier-ignore
}

function decide(metric: Metric, baseline: Float64Array, candidate: Float64Array) {
  const test = testMetric(metric, baseline, candidate, settings);
  const [[result]] = decideFamily([[test]], { alpha: 0.05, correction: 'holm' }) as [[ReturnType<typeof decideFamily>[number][number]]]; // prettier-ignore
  return { test, result };
}

describe('values too large for the arithmetic', () => {
  it.each([
    ['quality_score', [1e308, 1e308]],
    ['quality_score', [-1e308, 1.7e308]],
    ['latency_ms', [1.7976931348623157e308, 1e200]],
    ['cost_eur', [1e151]],
    ['total_tokens', [-1e300]],
    ['success', [1e308, 1e308]],
  ] as const)('%s with %j: inconclusive, not tested, and why; never a throw', (metric, huge) => {
    const { test, result } = decide(metric, values(40, 0.85), values(40, 0.5, huge));
    expect(test.notTested).toMatch(/^a value of \S+ is too large to test \(the limit is ±1e\+150\); check how it was logged$/); // prettier-ignore
    expect(result).toMatchObject({
      status: 'inconclusive',
      p_value: null,
      p_value_adjusted: null,
      ci: null,
      samples_needed: null,
      not_tested: test.notTested,
    });
    // Nothing non-finite reaches the report.
    for (const v of [
      result.baseline.mean,
      result.candidate.mean,
      result.candidate.median,
      result.relative_change,
      result.absolute_change,
    ])
      // prettier-ignore
      expect(v === null || Number.isFinite(v)).toBe(true);
  });

  it('names the largest value', () => {
    const { test } = decide(
      'quality_score',
      values(40, 0.85, [-1.5e308]),
      values(40, 0.5, [1e200]),
    );
    expect(test.notTested).toMatch(/^a value of 1\.50e\+308 is too large/);
  });

  it('tests values up to the limit as usual', () => {
    const edge = MAX_TESTED_MAGNITUDE;
    const { test, result } = decide('latency_ms', values(40, 400, [edge]), values(40, 400, [edge]));
    expect(test.notTested).toBeUndefined();
    expect(result.p_value).not.toBeNull();
    expect(result).not.toHaveProperty('not_tested');
  });

  it('leaves too few calls as insufficient_data, whatever their size', () => {
    const { result } = decide('quality_score', values(40, 0.85), values(5, 0.5, [1e308]));
    expect(result.status).toBe('insufficient_data');
    expect(result).not.toHaveProperty('not_tested');
  });
});
