import { describe, expect, it } from 'vitest';
import { toWorse } from '../../src/analysis/worse.js';
import { METRIC_SPECS } from '../../src/metrics.js';

// success is higher-better in points; latency is lower-better and relative.
describe('toWorse', () => {
  it.each([
    ['a fall of a higher-better rate is worse, in points', 'success', -0.1, 0.9, 0.1],
    ['a rise of a higher-better rate is better, in points', 'success', 0.05, 0.9, -0.05],
    ['a rise of a lower-better metric is worse, relative to the base', 'latency_ms', 50, 200, 0.25],
    ['a relative change divides by the magnitude of a negative base', 'latency_ms', 50, -200, 0.25],
    ['a rise from a base of zero is infinitely worse', 'latency_ms', 3, 0, Infinity],
    ['a fall from a base of zero is infinitely better', 'latency_ms', -3, 0, -Infinity],
    ['no change from a base of zero is no change', 'latency_ms', 0, 0, 0],
  ] as const)('%s', (_, metric, diff, base, expected) => {
    expect(toWorse(diff, base, METRIC_SPECS[metric])).toBeCloseTo(expected, 12);
  });
});
