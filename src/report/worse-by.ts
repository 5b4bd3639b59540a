import { METRIC_SPECS, toWorse } from '../metrics.js';
import type { MetricResult } from './types.js';

/**
 * How much worse the candidate is, in the threshold's units (classify.ts's `worseBy`), from what
 * the report gives: the relative change (a change already divided by the base), or the change in
 * points for a rate, or the absolute change from a base of zero; null when it gives neither.
 */
export function worseBy(m: MetricResult): number | null {
  const spec = METRIC_SPECS[m.metric];
  if (spec.threshold === 'relative' && m.relative_change !== null)
    return toWorse(m.relative_change, 1, spec);
  return m.absolute_change === null
    ? null
    : toWorse(m.absolute_change, spec.threshold === 'points' ? 1 : 0, spec);
}
