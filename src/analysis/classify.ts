import type { Correction, MetricResult, MetricStatus } from '../report/types.js';
import { adjustPValues } from '../stats/index.js';
import type { MetricTest } from './metric-test.js';

/** Settings of the run-wide decision. */
export interface FamilySettings {
  readonly alpha: number;
  readonly correction: Correction;
}

/** The status of one tested metric, given its corrected p-values (DESIGN.md's rules). */
export function metricStatus(
  t: MetricTest,
  pWorseAdjusted: number | null,
  pBetterAdjusted: number | null,
  alpha: number,
): MetricStatus {
  if (pWorseAdjusted === null || pBetterAdjusted === null || t.worseBy === null)
    return 'insufficient_data';
  if (pWorseAdjusted < alpha) return t.worseBy >= t.threshold ? 'regressed' : 'degraded';
  if (pBetterAdjusted < alpha) return 'improved';
  // Not significant: only "unchanged" when even the interval's worst end is not material.
  return t.worstCaseWorseBy !== null && t.worstCaseWorseBy < t.threshold
    ? 'unchanged'
    : 'inconclusive';
}

/** A test with one-sided p-values in both directions (null: not tested). */
export interface TwoSided {
  readonly pWorse: number | null;
  readonly pBetter: number | null;
}

/**
 * Corrects every tested item of a family at once, both directions separately: the adjusted
 * [worse, better] p-values by item. Untested items (null p-values) are absent from the map.
 */
export function adjustFamily<T extends TwoSided>(
  groups: readonly (readonly T[])[],
  correction: Correction,
): Map<T, [number, number]> {
  const tested = groups.flat().filter((t) => t.pWorse !== null && t.pBetter !== null);
  const worse = adjustPValues(
    tested.map((t) => t.pWorse as number),
    correction,
  );
  const better = adjustPValues(
    tested.map((t) => t.pBetter as number),
    correction,
  );
  return new Map(tested.map((t, i) => [t, [worse[i] as number, better[i] as number]]));
}

/**
 * Corrects every primary test of a run at once (all candidates, all metrics) and decides each
 * metric's status. Groups keep their shape: one array of results per comparison.
 */
export function decideFamily(
  groups: readonly (readonly MetricTest[])[],
  settings: FamilySettings,
): MetricResult[][] {
  const adjusted = adjustFamily(groups, settings.correction);
  const tested = adjusted.size;
  // The sample-size hint uses the strictest per-test level of the correction (Holm's first step).
  const testAlpha =
    settings.correction === 'none' ? settings.alpha : settings.alpha / Math.max(1, tested);

  return groups.map((group) =>
    group.map((t): MetricResult => {
      const [pw, pb] = adjusted.get(t) ?? [null, null];
      const status = metricStatus(t, pw, pb, settings.alpha);
      return {
        metric: t.metric,
        status,
        baseline: t.baseline,
        candidate: t.candidate,
        relative_change: t.relativeChange,
        absolute_change: t.absoluteChange,
        test: t.test ?? t.spec.test,
        p_value: t.pWorse,
        p_value_adjusted: pw,
        ci: t.ci,
        threshold: t.threshold,
        samples_needed: status === 'inconclusive' ? t.samplesNeeded(testAlpha) : null,
        secondary: t.secondary,
        ...t.pairing,
      };
    }),
  );
}
