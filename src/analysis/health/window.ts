import type { AnalysisOptions } from '../../config/config.js';
import type { Metric } from '../../metrics.js';
import type { TimeRange } from '../../report/health-types.js';
import type { Samples, StoreBlockReader, StoreReader, VersionRow } from '../../store/types.js';
import { parseInstant } from '../../time.js';
import {
  DAY_LEVEL_MAX_BLOCKS,
  DAY_LEVEL_MIN_DAYS,
  dayLevelMayApply,
  dayLevelMayRun,
  dayLevelMetricTest,
  metricDays,
  referenceDays,
} from '../day-level.js';
import { testMetrics, type MetricTest } from '../metric-test.js';
import { modelMixWarning } from '../model-mix.js';
import {
  costLeftOut,
  MAX_CANDIDATE_SAMPLES,
  modelsOf,
  sameModels,
  unpricedSides,
} from '../samples.js';

/** Below this share of the history's calls, the window's models are a model change. */
export const MODEL_CHANGE_SHARE = 0.2;

/** The live version's window and history calls, read and tested (before the run's correction). */
export interface WindowPlan {
  readonly window: Samples;
  readonly history: Samples;
  readonly historyRange: TimeRange;
  readonly windowModels: readonly string[];
  readonly historyModels: readonly string[];
  /** The history had calls, none on the window's models: the comparison is across models. */
  readonly crossModel: boolean;
  /**
   * The share of the history's calls on the window's models when it is below MODEL_CHANGE_SHARE
   * (a model change): the history is then not restricted to them. Null otherwise.
   */
  readonly modelChange: number | null;
  /**
   * The history restricted to the window's models: its calls on the others, left out, and their
   * share of its calls (a routing change does not show in a comparison of like with like).
   */
  readonly historyLeftOut: { readonly models: readonly string[]; readonly share: number } | null;
  /** The window and the history on the same models in clearly different shares (modelMixWarning). */
  readonly mix: string | null;
  readonly tests: readonly MetricTest[];
  /** Per metric tested at the day level: history blocks in its reference, and left out. */
  readonly dayLevel: readonly DayLevelUse[];
  /** The block length the history was cut into (the window's length). */
  readonly blockMs: number;
  /** The version whose history was read, when not the live one (the version it replaced). */
  readonly historyVersion: VersionRow | null;
  /** Where cost is 0 on every call that logged tokens (a model without a price): not tested. */
  readonly unpricedCost: 'window' | 'history' | 'window and history' | null;
}

/** How one metric's day-level reference was built. */
export interface DayLevelUse {
  readonly metric: Metric;
  readonly days: number;
  /** History blocks left out as already regressed (runs of two or more; see referenceDays). */
  readonly excluded: number;
}

/** Where a plan's cost sat at 0, by the side unpricedSides names. */
const UNPRICED_IN = {
  baseline: 'history',
  candidate: 'window',
  'both sides': 'window and history',
} as const;

/**
 * Reads the window's calls (the candidate) and the newest `baselineMaxSamples` of the history's
 * (the baseline) of one version (the history of `replaced` instead, when given), and runs the
 * pull-request check's per-metric tests on them.
 * As there, the history is restricted to the window's models when it has calls on them, and
 * `baselineSince` narrows it further.
 */
export function planWindow(
  store: StoreReader & StoreBlockReader,
  live: VersionRow,
  window: TimeRange,
  history: TimeRange,
  metrics: readonly Metric[],
  options: AnalysisOptions,
  replaced: VersionRow | null = null,
  /** Test only the metrics whose estimate is worse by the threshold (see TestSettings). */
  worseOnly = false,
): WindowPlan {
  const ref = replaced ?? live;
  // A baseline start past the history's end empties it (the report warns): never past its end.
  const since =
    options.baselineSince === null ||
    parseInstant(options.baselineSince) <= parseInstant(history.since)
      ? history.since
      : parseInstant(options.baselineSince) < parseInstant(history.until)
        ? options.baselineSince
        : history.until;
  const historyRange = { since, until: history.until };
  const windowContexts = store.contexts(live.id, window.since, window.until);
  const historyContexts = store.contexts(ref.id, historyRange.since, historyRange.until);
  const windowModels = modelsOf(windowContexts);
  const shared = sameModels(windowModels, historyContexts);
  const { crossModel } = shared;
  // The window's models, rare in the history: the live version changed model. Restricting the
  // history to them would compare the new model's first days with themselves and hide what the
  // change did: the history on every model is the reference until the new one is common there.
  const calls = (cs: readonly { calls: number }[]): number => cs.reduce((n, c) => n + c.calls, 0);
  const total = calls(historyContexts);
  const modelChange =
    shared.models !== null && total > 0 && calls(shared.contexts) / total < MODEL_CHANGE_SHARE
      ? calls(shared.contexts) / total
      : null;
  const models = modelChange === null ? shared.models : null;
  const used = modelChange === null ? shared.contexts : historyContexts;
  const kept = calls(used);
  const historyLeftOut =
    models && kept < total
      ? {
          models: modelsOf(historyContexts.filter((c) => !used.includes(c))),
          share: (total - kept) / total,
        }
      : null;
  const mix = modelMixWarning(used, windowContexts, {
    baseline: 'history',
    candidate: 'window',
    both: 'the window and the history',
  });
  const windowSamples = store.samples({
    versionId: live.id,
    metrics,
    since: window.since,
    until: window.until,
    newest: MAX_CANDIDATE_SAMPLES,
  });
  const historySamples = store.samples({
    versionId: ref.id,
    metrics,
    since: historyRange.since,
    until: historyRange.until,
    newest: options.baselineMaxSamples,
    ...(models ? { models } : {}),
  });
  // Cost the library left at 0 for want of a price says nothing: not tested (a note says why).
  const unpriced = unpricedSides({ baseline: historySamples, candidate: windowSamples });
  const tested = costLeftOut(unpriced) ? metrics.filter((m) => m !== 'cost_eur') : metrics;
  // A silent version has nothing to test: its metrics stay empty rather than all "too few".
  const callLevel =
    windowSamples.rows === 0
      ? []
      : testMetrics(tested, historySamples, windowSamples, options, worseOnly);
  const blockMs = parseInstant(window.until) - parseInstant(window.since);
  const count = Math.min(
    DAY_LEVEL_MAX_BLOCKS,
    Math.floor((parseInstant(historyRange.until) - parseInstant(historyRange.since)) / blockMs),
  );
  const dayLevel: DayLevelUse[] = [];
  let tests = callLevel;
  // The blocks only serve a test the day level may redo: a release's first days tested only on
  // the metrics they read worse on often leave none.
  if (count >= DAY_LEVEL_MIN_DAYS && callLevel.some(dayLevelMayRun)) {
    // Blocks as long as the window and in phase with it: each history block has the window's
    // time-of-day mix (and, for a 7-day window, its weekday mix). Another version's blocks end
    // where its history does: the window may lie inside it (a release's first days).
    const own = ref === live;
    const blocks = store.blocks({
      versionId: ref.id,
      metrics,
      until: own ? window.until : historyRange.until,
      blockMs,
      count: own ? count + 1 : count,
      ...(models ? { models } : {}),
    });
    // The window's own block is the live version's, whichever version's history is read.
    const current = own
      ? blocks[0]
      : store.blocks({
          versionId: live.id,
          metrics,
          until: window.until,
          blockMs,
          count: 1,
          ...(models ? { models } : {}),
        })[0];
    const history = (own ? blocks.slice(1) : [...blocks]).reverse();
    tests = callLevel.map((t) => {
      const candidate = current?.metrics[t.metric];
      // A test the day level leaves as it is needs no replay of the history's days.
      if (!dayLevelMayApply(t, candidate)) return t;
      const ref = referenceDays(t, metricDays(history, t.metric), candidate, options.alpha);
      const days = ref.days;
      const decided = dayLevelMetricTest(t, candidate, days);
      if (decided !== t)
        dayLevel.push({ metric: t.metric, days: days.length, excluded: ref.excluded });
      return decided;
    });
  }
  return {
    window: windowSamples,
    history: historySamples,
    historyRange,
    windowModels,
    historyModels: modelsOf(used),
    crossModel,
    modelChange,
    historyLeftOut,
    mix,
    tests,
    dayLevel,
    blockMs,
    historyVersion: replaced,
    unpricedCost: unpriced ? UNPRICED_IN[unpriced] : null,
  };
}
