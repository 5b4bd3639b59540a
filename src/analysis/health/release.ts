import type { AnalysisOptions } from '../../config/config.js';
import type { Metric } from '../../metrics.js';
import type { TimeRange } from '../../report/health-types.js';
import type { StoreReader, VersionRow } from '../../store/types.js';
import { testMetrics } from '../metric-test.js';
import { sameModels } from '../samples.js';
import { replacedVersion } from './live.js';
import type { WindowPlan } from './window.js';

/**
 * The version a live version released within the history replaced, when its window is worse
 * than that version's history (significantly, by a threshold or more, on a metric): the window
 * is then compared with that history, as a young version's is. Its own history holds only the
 * days since the change: a release that regressed and stayed so was its own reference after
 * five days, and read healthy from then on (a canary promoted after five days never alerted).
 * So a step at a release keeps alerting while the history holds the days before it, as a step
 * within one version does. Null when the live version ran before the history began, replaced
 * none with enough calls there, or is no worse than it.
 */
export function releasedWorse(
  store: StoreReader,
  versions: readonly VersionRow[],
  live: VersionRow,
  plan: WindowPlan,
  history: TimeRange,
  metrics: readonly Metric[],
  options: AnalysisOptions,
  /** The live version's first day with calls in the history (YYYY-MM-DD), if any. */
  firstDay: string | undefined,
): VersionRow | null {
  if (firstDay === undefined || firstDay <= history.since.slice(0, 10)) return null;
  if (plan.window.rows < options.minSamples) return null;
  const before = replacedVersion(store, versions, live, history, options.minSamples);
  if (!before) return null;
  const { models } = sameModels(plan.windowModels, store.contexts(before.id, history.since, history.until)); // prettier-ignore
  const reference = store.samples({
    versionId: before.id,
    metrics,
    since: history.since,
    until: history.until,
    newest: options.baselineMaxSamples,
    ...(models ? { models } : {}),
  });
  const tested = plan.unpricedCost === null ? metrics : metrics.filter((m) => m !== 'cost_eur');
  const worse = testMetrics(tested, reference, plan.window, options).some(
    (t) =>
      t.pWorse !== null &&
      t.pWorse < options.alpha &&
      t.worseBy !== null &&
      t.worseBy >= t.threshold,
  );
  return worse ? before : null;
}
