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

/**
 * Corrects every primary test of a run at once (all candidates, all metrics) and decides each
 * metric's status. Groups keep their shape: one array of results per comparison.
 */
export function decideFamily(
  groups: readonly (readonly MetricTest[])[],
  settings: FamilySettings,
): MetricResult[][] {
  const tested = groups.flat().filter((t) => t.pWorse !== null && t.pBetter !== null);
  const worseAdj = adjustPValues(
    tested.map((t) => t.pWorse as number),
    settings.correction,
  );
  const betterAdj = adjustPValues(
    tested.map((t) => t.pBetter as number),
    settings.correction,
  );
  const adjusted = new Map<MetricTest, [number, number]>();
  tested.forEach((t, i) => adjusted.set(t, [worseAdj[i] as number, betterAdj[i] as number]));
  // The sample-size hint uses the strictest per-test level of the correction (Holm's first step).
  const testAlpha =
    settings.correction === 'none' ? settings.alpha : settings.alpha / Math.max(1, tested.length);

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
        test: t.spec.test,
        p_value: t.pWorse,
        p_value_adjusted: pw,
        ci: t.ci,
        threshold: t.threshold,
        samples_needed: status === 'inconclusive' ? t.samplesNeeded(testAlpha) : null,
        secondary: t.secondary,
      };
    }),
  );
}
