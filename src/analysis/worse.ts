import type { MetricSpec } from '../metrics.js';

/**
 * A change of a metric in threshold units, signed so that positive means worse: the one rule
 * that metric tests, day-level tests and trends share. Relative thresholds divide by the
 * base's magnitude; a change from a base of zero is infinitely worse or better (or none).
 */
export function toWorse(diff: number, base: number, spec: MetricSpec): number {
  const signed = spec.better === 'higher' ? -diff : diff;
  if (spec.threshold === 'points') return signed;
  if (base !== 0) return signed / Math.abs(base);
  return signed === 0 ? 0 : signed > 0 ? Infinity : -Infinity;
}
