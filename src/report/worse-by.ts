import { METRIC_SPECS } from '../metrics.js';
import type { MetricResult } from './types.js';

/**
 * How much worse the candidate is, in the threshold's units (classify.ts's `worseBy`): the
 * relative change, or the change in points for a rate; null when the report gives neither.
 */
export function worseBy(m: MetricResult): number | null {
  const spec = METRIC_SPECS[m.metric];
  const change =
    spec.threshold === 'points'
      ? m.absolute_change
      : (m.relative_change ??
        // A change from a baseline of zero: infinitely worse or better, or none.
        (m.absolute_change === null || m.absolute_change === 0
          ? m.absolute_change
          : m.absolute_change * Infinity));
  if (change === null) return null;
  return spec.better === 'higher' ? -change : change;
}
