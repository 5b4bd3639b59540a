import type { AnalysisOptions } from '../../config/config.js';
import type { Metric } from '../../metrics.js';
import type { TimeRange } from '../../report/health-types.js';
import type { Samples, StoreReader, VersionRow } from '../../store/types.js';
import { parseInstant } from '../../time.js';
import { testMetrics, type MetricTest } from '../metric-test.js';
import { MAX_CANDIDATE_SAMPLES, modelsOf } from '../samples.js';

/** The live version's window and history calls, read and tested (before the run's correction). */
export interface WindowPlan {
  readonly window: Samples;
  readonly history: Samples;
  readonly historyRange: TimeRange;
  readonly windowModels: readonly string[];
  readonly historyModels: readonly string[];
  /** The history had calls, none on the window's models: the comparison is across models. */
  readonly crossModel: boolean;
  readonly tests: readonly MetricTest[];
}

/**
 * Reads the window's calls (the candidate) and the newest `baselineMaxSamples` of the history's
 * (the baseline) of one version, and runs the pull-request check's per-metric tests on them.
 * As there, the history is restricted to the window's models when it has calls on them, and
 * `baselineSince` narrows it further.
 */
export function planWindow(
  store: StoreReader,
  live: VersionRow,
  window: TimeRange,
  history: TimeRange,
  metrics: readonly Metric[],
  options: AnalysisOptions,
): WindowPlan {
  const since =
    options.baselineSince !== null &&
    parseInstant(options.baselineSince) > parseInstant(history.since)
      ? options.baselineSince
      : history.since;
  const historyRange = { since, until: history.until };
  const windowContexts = store.contexts(live.id, window.since, window.until);
  const historyContexts = store.contexts(live.id, historyRange.since, historyRange.until);
  const windowModels = modelsOf(windowContexts);
  const shared = windowModels.filter((m) => historyContexts.some((c) => c.model === m));
  const models = shared.length > 0 ? shared : null;
  const windowSamples = store.samples({
    versionId: live.id,
    metrics,
    since: window.since,
    until: window.until,
    newest: MAX_CANDIDATE_SAMPLES,
  });
  const historySamples = store.samples({
    versionId: live.id,
    metrics,
    since: historyRange.since,
    until: historyRange.until,
    newest: options.baselineMaxSamples,
    ...(models ? { models } : {}),
  });
  const used = models
    ? historyContexts.filter((c) => c.model !== null && models.includes(c.model))
    : historyContexts;
  // A silent version has nothing to test: its metrics stay empty rather than all "too few".
  const tests =
    windowSamples.rows === 0 ? [] : testMetrics(metrics, historySamples, windowSamples, options);
  return {
    window: windowSamples,
    history: historySamples,
    historyRange,
    windowModels,
    historyModels: modelsOf(used),
    crossModel: windowModels.length > 0 && models === null && historyContexts.length > 0,
    tests,
  };
}
