/**
 * Versions called in the window beside a prompt's live one (a canary, an A/B variant), tested
 * against the live version's calls in the same window: both ran at the same time on the same
 * traffic, so what differs is the version. A canary worse than the version it would replace is
 * what a rollout must stop on, while it serves a few per cent of the calls; once promoted, it
 * would soon be its own reference.
 */
import type { AnalysisOptions } from '../../config/config.js';
import type { Metric } from '../../metrics.js';
import type { TimeRange } from '../../report/health-types.js';
import type { MetricResult } from '../../report/types.js';
import type { Samples, StoreReader, VersionRow } from '../../store/types.js';
import { instantAfter, parseInstant, toIso } from '../../time.js';
import { regressedUncorrected, testMetrics, type MetricTest } from '../metric-test.js';
import {
  costLeftOut,
  MAX_CANDIDATE_SAMPLES,
  modelsOf,
  sameModels,
  unpricedSides,
} from '../samples.js';

/** One version called beside the live one, and its tests against it (before the correction). */
export interface VariantPlan {
  readonly version: VersionRow;
  readonly calls: number;
  /**
   * Registered after the live version (a canary, an A/B arm): tested. An older one still called
   * is a version on its way out, or one a client keeps on purpose: not tested.
   */
  readonly newer: boolean;
  /** Empty when not tested, or either side has fewer than min-samples calls in the window. */
  readonly tests: readonly MetricTest[];
  /** The live version's calls compared (on the variant's models when it has calls on them). */
  readonly liveCalls: number;
}

/** From the first to the last of some calls, within `range` (all of it when unknown). */
function spanOf(calls: Samples, range: TimeRange): TimeRange {
  const from = calls.from === null ? NaN : parseInstant(calls.from);
  const to = calls.to === null ? NaN : instantAfter(calls.to);
  if (!Number.isFinite(from) || !Number.isFinite(to)) return range;
  return {
    since: toIso(Math.max(from, parseInstant(range.since))),
    until: toIso(Math.min(to, parseInstant(range.until))),
  };
}

/**
 * The variant's window calls (the candidate) against the live version's (the baseline), under
 * the pull-request check's same-model rule, tests and thresholds.
 */
function variantTests(
  store: StoreReader,
  live: VersionRow,
  variant: VersionRow,
  range: TimeRange,
  metrics: readonly Metric[],
  options: AnalysisOptions,
): { tests: MetricTest[]; liveCalls: number } {
  const variantModels = modelsOf(store.contexts(variant.id, range.since, range.until));
  const { models } = sameModels(variantModels, store.contexts(live.id, range.since, range.until));
  const restrict = models ? { models } : {};
  const candidate = store.samples({
    versionId: variant.id,
    metrics,
    since: range.since,
    until: range.until,
    newest: MAX_CANDIDATE_SAMPLES,
    ...restrict,
  });
  // The live version's every call from the variant's first call of the window to its last: a
  // canary started at noon, or the live version's newest baseline-max-samples calls of a busy
  // day, would otherwise be hours of the day against others (latency and scores follow them).
  const baseline = store.samples({
    versionId: live.id,
    metrics,
    ...spanOf(candidate, range),
    newest: MAX_CANDIDATE_SAMPLES,
    ...restrict,
  });
  if (Math.min(candidate.rows, baseline.rows) < options.minSamples)
    return { tests: [], liveCalls: baseline.rows };
  // Cost the library left at 0 for want of a price says nothing (as for the live version).
  const tested = costLeftOut(unpricedSides({ baseline, candidate }))
    ? metrics.filter((m) => m !== 'cost_eur')
    : metrics;
  return { tests: testMetrics(tested, baseline, candidate, options), liveCalls: baseline.rows };
}

/**
 * Each version called in the window beside the live one, tested against it when it is newer
 * (`versions` is the prompt's, newest first) and both have min-samples calls there. Nothing is
 * read for a version with fewer calls, nor when the live version has too few.
 */
export function planVariants(
  store: StoreReader,
  versions: readonly VersionRow[],
  live: { readonly version: VersionRow; readonly windowCalls: number },
  others: readonly { readonly version: VersionRow; readonly calls: number }[],
  window: TimeRange,
  metrics: readonly Metric[],
  options: AnalysisOptions,
): VariantPlan[] {
  const at = versions.indexOf(live.version);
  return others.map(({ version, calls }) => {
    const newer = versions.indexOf(version) < at;
    return newer && calls >= options.minSamples && live.windowCalls >= options.minSamples
      ? { version, calls, newer, ...variantTests(store, live.version, version, window, metrics, options) } // prettier-ignore
      : { version, calls, newer, tests: [], liveCalls: live.windowCalls };
  });
}

/**
 * Whether a variant's regression also held in the window before (uncorrected: a one-off batch of
 * evaluation calls logged beside production traffic, with other inputs, does not hold there; a
 * canary left running does). Read only for a metric that regressed in this window.
 */
export function variantConfirmed(
  store: StoreReader,
  live: VersionRow,
  variant: VersionRow,
  before: TimeRange,
  metric: Metric,
  options: AnalysisOptions,
): boolean {
  const { tests } = variantTests(store, live, variant, before, [metric], options);
  return regressedUncorrected(tests, options.alpha);
}

/** A variant's results after the run's correction, and which regressions held a window before. */
export interface VariantResult extends VariantPlan {
  readonly metrics: readonly MetricResult[];
  readonly confirmed: ReadonlySet<Metric>;
}
