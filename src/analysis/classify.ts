import { reachesThreshold } from '../metrics.js';
import type { Correction, MetricResult, MetricStatus } from '../report/types.js';
import { adjustPValues, localLevels, normalQuantile } from '../stats/index.js';
import type { MetricTest } from './metric-test.js';

/** Settings of the run-wide decision. */
export interface FamilySettings {
  readonly alpha: number;
  readonly correction: Correction;
}

/** A metric's status, and whether an `unchanged` one is only a sample-size note. */
export interface Decision {
  readonly status: MetricStatus;
  readonly underpowered: boolean;
}

/**
 * The status of one tested metric (DESIGN.md's rules), given its corrected p-values and how
 * much worse the worse end of its interval is, in threshold units. A metric that is not
 * significant, whose interval still reaches the threshold, but whose estimate is no worse than
 * the baseline's, is `unchanged` with a sample-size note: at these sizes the interval cannot
 * resolve the threshold whatever the truth, and nothing points towards worse. One whose estimate
 * leans worse stays `inconclusive`, as does one tested on pairs that left out a material share of
 * the candidate's cases (`leftOut`) unless it is significantly worse.
 */
export function metricStatus(
  t: Pick<MetricTest, 'worseBy' | 'threshold' | 'notTested' | 'leftOut'>,
  pWorseAdjusted: number | null,
  pBetterAdjusted: number | null,
  worstCaseWorseBy: number | null,
  alpha: number,
): Decision {
  const is = (status: MetricStatus, underpowered = false): Decision => ({ status, underpowered });
  // Values beyond what doubles can test: a material regression cannot be ruled out.
  if (t.notTested !== undefined) return is('inconclusive');
  if (pWorseAdjusted === null || pBetterAdjusted === null || t.worseBy === null)
    return is('insufficient_data');
  if (pWorseAdjusted < alpha)
    return is(reachesThreshold(t.worseBy, t.threshold) ? 'regressed' : 'degraded');
  // Cases of the candidate left out of the pairs are untested: an untested change never passes.
  if ((t.leftOut ?? 0) > 0) return is('inconclusive');
  if (pBetterAdjusted < alpha) return is('improved');
  // Not significant: "unchanged" when even the interval's worst end is not material.
  if (worstCaseWorseBy !== null && !reachesThreshold(worstCaseWorseBy, t.threshold))
    return is('unchanged');
  return t.worseBy <= 0 ? is('unchanged', true) : is('inconclusive');
}

/** A test with one-sided p-values in both directions (null: not tested). */
export interface TwoSided {
  readonly pWorse: number | null;
  readonly pBetter: number | null;
}

/** One tested item after the correction, each pair in [worse, better] order. */
export interface Adjusted {
  /** Corrected p-values. */
  readonly p: readonly [number, number];
  /** The level each raw p-value is in effect compared with (see `localLevels`). */
  readonly level: readonly [number, number];
}

/**
 * Corrects every tested item of a family at once, both directions separately. Untested items
 * (null p-values) are absent from the map.
 */
export function adjustFamily<T extends TwoSided>(
  groups: readonly (readonly T[])[],
  correction: Correction,
  alpha = 0.05,
): Map<T, Adjusted> {
  const tested = groups.flat().filter((t) => t.pWorse !== null && t.pBetter !== null);
  const pw = tested.map((t) => t.pWorse as number);
  const pb = tested.map((t) => t.pBetter as number);
  const [worse, better] = [adjustPValues(pw, correction), adjustPValues(pb, correction)];
  const [worseLevel, betterLevel] = [
    localLevels(pw, alpha, correction),
    localLevels(pb, alpha, correction),
  ];
  return new Map(
    tested.map((t, i) => [
      t,
      {
        p: [worse[i] as number, better[i] as number],
        level: [worseLevel[i] as number, betterLevel[i] as number],
      },
    ]),
  );
}

/**
 * Calls per side (matched cases when paired) that would settle a metric, more than it has; null
 * when none can be said. The larger of two sizes: the power to tell the threshold from no change
 * (at the level the worse direction was in effect tested at), and, when the estimate leans worse,
 * the size at which the interval, narrowing as 1/√n around the estimate, would clear the nearer
 * of the threshold and zero: near the threshold, the power size alone promised far too few.
 */
function settleSize(t: MetricTest, worstCase: number | null, level: number): number | null {
  // Judged against the spread of the baseline's days, which more calls of either do not narrow.
  if (t.test === 'day_level_t') return null;
  const n = Math.min(t.candidate.n, t.baseline.n);
  const e = t.worseBy;
  // An estimate past the threshold settles once significant, as the interval narrows around it;
  // the power to tell the threshold from no change would ask for far more (a few huge outliers:
  // 52 million calls a side where some 170 would do).
  const past = e !== null && e >= t.threshold;
  let size = past ? 0 : (t.samplesNeeded(level) ?? 0);
  if (worstCase !== null && e !== null && e > 0 && n > 0) {
    const reach = worstCase - e;
    const margin = Math.max(t.threshold - e, e);
    if (reach > 0 && margin > 0) size = Math.max(size, Math.ceil(n * (reach / margin) ** 2));
  }
  // An estimate past the threshold, whose interval already clears zero while the test does not
  // (Fisher's exact p beside Newcombe's interval): the test's own distance from significance,
  // its statistic growing as √n. Only there: near p = 0.5 (one failure against none) the rule
  // asked for 10^28 calls, where the interval's size above says what would settle it.
  const p = t.pWorse;
  if (past && n > 0 && p !== null && p > level && p < 0.25) {
    const z = normalQuantile(1 - p, 0, 1);
    size = Math.max(size, Math.ceil(n * (normalQuantile(1 - level, 0, 1) / z) ** 2));
  }
  return size > n && Number.isFinite(size) ? size : null;
}

/**
 * Corrects every primary test of a run at once (all candidates, all metrics) and decides each
 * metric's status. Each end of a metric's interval is a one-sided bound at the level the test
 * it decides was in effect run at after the correction (the end on the better side for "worse",
 * the other for "better"), so the interval agrees with the decision.
 * Groups keep their shape: one array of results per comparison.
 */
export function decideFamily(
  groups: readonly (readonly MetricTest[])[],
  settings: FamilySettings,
): MetricResult[][] {
  const adjusted = adjustFamily(groups, settings.correction, settings.alpha);
  return groups.map((group) =>
    group.map((t): MetricResult => {
      const a = adjusted.get(t);
      const ci = a && t.interval ? t.interval(a.level[0], a.level[1]) : null;
      // Each end's level as it is: one out of the interval's reach (a few matched cases) is at
      // its best, and a worse end short of its level cannot rule the threshold out.
      const reach = (level: number): number => Math.max(level, t.minAlpha ?? 0);
      const short = a !== undefined && reach(a.level[1]) > a.level[1];
      const worstCase = ci === null || short ? null : t.worseOf(ci[t.worseEnd]);
      const { status, underpowered } = metricStatus(
        t,
        a?.p[0] ?? null,
        a?.p[1] ?? null,
        worstCase,
        settings.alpha,
      );
      // The levels of the ends in [lower, upper] order; the worse end has the "better" level.
      const ciAlpha: readonly [number, number] | null = a
        ? t.worseEnd === 0
          ? [reach(a.level[1]), reach(a.level[0])]
          : [reach(a.level[0]), reach(a.level[1])]
        : null;
      const needsHint = status === 'inconclusive' || underpowered;
      return {
        metric: t.metric,
        status,
        baseline: t.baseline,
        candidate: t.candidate,
        relative_change: t.relativeChange,
        absolute_change: t.absoluteChange,
        test: t.test ?? t.spec.test,
        p_value: t.pWorse,
        p_value_adjusted: a?.p[0] ?? null,
        ci,
        ci_alpha: ci === null ? null : ciAlpha,
        threshold: t.threshold,
        samples_needed: needsHint && a ? settleSize(t, worstCase, a.level[0]) : null,
        underpowered,
        secondary: t.secondary,
        ...(t.notTested !== undefined ? { not_tested: t.notTested } : {}),
        ...t.pairing,
      };
    }),
  );
}
