import { describe, expect, it } from 'vitest';
import {
  DEFAULT_THRESHOLDS,
  METRIC_SPECS,
  METRICS,
  PAIRED_TEST,
  PAIRED_TESTS,
  PRIMARY_TESTS,
  UNPAIRED_TESTS,
  isMetric,
} from '../src/metrics.js';

describe('metrics', () => {
  it('uses Prompt Versioner alert thresholds as defaults', () => {
    expect(DEFAULT_THRESHOLDS).toEqual({
      quality_score: 0.1,
      accuracy: 0.1,
      latency_ms: 0.3,
      success: 0.05,
      cost_eur: 0.2,
      total_tokens: 0.2,
    });
  });
  it('has a spec for every metric, keyed consistently', () => {
    for (const m of METRICS) expect(METRIC_SPECS[m].metric).toBe(m);
    expect(isMetric('latency_ms')).toBe(true);
    expect(isMetric('latency')).toBe(false);
  });
  it('pairs each unpaired test with its own paired test, and names every primary test once', () => {
    expect(Object.keys(PAIRED_TEST)).toEqual([...UNPAIRED_TESTS]);
    // Success with repeated calls of a case has paired tests of its own.
    expect([...Object.values(PAIRED_TEST), 'cmh_exact', 'cmh_normal']).toEqual([...PAIRED_TESTS]);
    expect(new Set(PRIMARY_TESTS).size).toBe(PRIMARY_TESTS.length);
    for (const m of METRICS) expect(UNPAIRED_TESTS).toContain(METRIC_SPECS[m].test);
  });
});
