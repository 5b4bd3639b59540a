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
import type {
  CallContext,
  Samples,
  StoreBlockReader,
  StoreReader,
  VersionRow,
} from '../../store/types.js';
import { modelMixWarning } from '../model-mix.js';
import { parseInstant, toIso } from '../../time.js';
import { regressedUncorrected, testMetrics, type MetricTest } from '../metric-test.js';
import { olderWithText } from './live.js';
import {
  costLeftOut,
  MAX_CANDIDATE_SAMPLES,
  modelsOf,
  sameModels,
  unpricedSides,
} from '../samples.js';

/** What one test of a variant against the live version read. */
interface VariantRead {
  /** Empty when either side has fewer than min-samples calls (and when not tested). */
  readonly tests: readonly MetricTest[];
  /** The live version's calls compared. */
  readonly liveCalls: number;
  /** The models compared; null when compared across models (and when not tested). */
  readonly models: readonly string[] | null;
  /** The live version had calls in those hours, none on the variant's models. */
  readonly crossModel: boolean;
  /** Compared on the variant's main model alone: the two ran their models in other shares. */
  readonly mainModelOnly: boolean;
  /** The variant's first and last call read (as stored); null when none (or not tested). */
  readonly from: string | null;
  readonly to: string | null;
}

/** One version called beside the live one, and its tests against it (before the correction). */
export interface VariantPlan extends VariantRead {
  readonly version: VersionRow;
  readonly calls: number;
  /**
   * Whether it is tested against the live version: registered after it (a canary, an A/B arm),
   * or after the version whose text a live rollback runs again (the version rolled back from).
   * Another older one still called is a version on its way out, or one a client keeps on
   * purpose: not tested.
   */
  readonly tested: boolean;
  /** The version a live rollback rolled back from (see `tested`). */
  readonly rolledBackFrom: boolean;
}

/** A window is matched hour by hour for a 24-hour one: in this many slots. */
const SLOTS = 24;

/**
 * The parts of `range` in which a variant had calls: its slots (a 24th of the range each) with a
 * call, consecutive ones joined. A canary run from 20:00 to 04:00, in two bursts a day, or from
 * noon on, meets the live version's calls of those hours only.
 */
function calledSlots(
  store: StoreBlockReader,
  variant: VersionRow,
  range: TimeRange,
  models: readonly string[] | null,
): TimeRange[] {
  const until = parseInstant(range.until);
  const slot = (until - parseInstant(range.since)) / SLOTS;
  if (!(slot > 0)) return [range];
  const called = new Set(
    store
      .blocks({
        versionId: variant.id,
        metrics: [],
        until: range.until,
        blockMs: slot,
        count: SLOTS,
        ...(models ? { models } : {}),
      }) // prettier-ignore
      .filter((b) => b.calls > 0)
      .map((b) => b.index),
  );
  const parts: TimeRange[] = [];
  // Oldest slot first; index 0 ends at `until`.
  for (let i = SLOTS - 1; i >= 0; i--) {
    if (!called.has(i)) continue;
    const since = i === SLOTS - 1 ? range.since : toIso(until - (i + 1) * slot);
    const end = i === 0 ? range.until : toIso(until - i * slot);
    const last = parts.at(-1);
    if (last && last.until === since) parts[parts.length - 1] = { since: last.since, until: end };
    else parts.push({ since, until: end });
  }
  return parts.length > 0 ? parts : [range];
}

/** Samples of several queries as one (no case ids). */
function joined(parts: readonly Samples[]): Samples {
  if (parts.length === 1) return parts[0]!;
  const values: Partial<Record<Metric, Float64Array>> = {};
  for (const m of new Set(parts.flatMap((p) => Object.keys(p.values) as Metric[]))) {
    const arrays = parts.map((p) => p.values[m] ?? new Float64Array());
    const out = new Float64Array(arrays.reduce((n, a) => n + a.length, 0));
    arrays.reduce((at, a) => (out.set(a, at), at + a.length), 0);
    values[m] = out;
  }
  const stamps = parts.flatMap((p) => [p.from, p.to]).filter((t): t is string => t !== null);
  const by = (a: string, b: string): number => parseInstant(a) - parseInstant(b);
  const sorted = [...stamps].sort(by);
  return {
    rows: parts.reduce((n, p) => n + p.rows, 0),
    values,
    from: sorted[0] ?? null,
    to: sorted.at(-1) ?? null,
  };
}

/**
 * The models to compare a variant on: the pull-request check's same-model rule, and, when the
 * two sides hold those models in clearly different shares (a canary routed to the small model
 * more often than the traffic is), only the one the variant ran most: a metric that differs
 * between models would otherwise differ by the mix alone.
 */
function comparedModels(
  variant: readonly CallContext[],
  live: readonly CallContext[],
): Pick<VariantRead, 'models' | 'crossModel' | 'mainModelOnly'> {
  const shared = sameModels(modelsOf(variant), live);
  const { models, crossModel } = shared;
  const as = { models, crossModel, mainModelOnly: false };
  if (models === null || models.length < 2) return as;
  const own = variant.filter((c) => c.model !== null && models.includes(c.model));
  if (modelMixWarning(shared.contexts, own) === null) return as;
  const calls = (m: string): number =>
    own.filter((c) => c.model === m).reduce((n, c) => n + c.calls, 0);
  return { ...as, models: [models.reduce((a, b) => (calls(b) > calls(a) ? b : a))], mainModelOnly: true }; // prettier-ignore
}

/**
 * The variant's window calls (the candidate) against the live version's (the baseline), on the
 * models comparedModels gives, with the pull-request check's tests and thresholds.
 */
function variantTests(
  store: StoreReader & StoreBlockReader,
  live: VersionRow,
  variant: VersionRow,
  range: TimeRange,
  metrics: readonly Metric[],
  options: AnalysisOptions,
): VariantRead {
  const compared = comparedModels(
    store.contexts(variant.id, range.since, range.until),
    store.contexts(live.id, range.since, range.until),
  );
  const { models } = compared;
  const restrict = models ? { models } : {};
  const candidate = store.samples({
    versionId: variant.id,
    metrics,
    since: range.since,
    until: range.until,
    newest: MAX_CANDIDATE_SAMPLES,
    ...restrict,
  });
  // The live version's every call in the hours the variant had calls: a canary run at night, or
  // the live version's newest baseline-max-samples calls of a busy day, would otherwise be hours
  // of the day against others (latency and scores follow them).
  const baseline = joined(
    calledSlots(store, variant, range, models).map(
      (part) =>
      store.samples({ versionId: live.id, metrics, ...part, newest: MAX_CANDIDATE_SAMPLES, ...restrict }), // prettier-ignore
    ),
  );
  const read = { liveCalls: baseline.rows, ...compared, from: candidate.from, to: candidate.to };
  if (Math.min(candidate.rows, baseline.rows) < options.minSamples) return { tests: [], ...read };
  // Cost the library left at 0 for want of a price says nothing (as for the live version).
  const tested = costLeftOut(unpricedSides({ baseline, candidate }))
    ? metrics.filter((m) => m !== 'cost_eur')
    : metrics;
  return { tests: testMetrics(tested, baseline, candidate, options), ...read };
}

/**
 * Each version called in the window beside the live one, tested against it when it is newer
 * (`versions` is the prompt's, newest first) or the one a live rollback rolled back from, and
 * both have min-samples calls there. Nothing is read for a version with fewer calls, nor when
 * the live version has too few.
 */
export function planVariants(
  store: StoreReader & StoreBlockReader,
  versions: readonly VersionRow[],
  live: { readonly version: VersionRow; readonly windowCalls: number },
  others: readonly { readonly version: VersionRow; readonly calls: number }[],
  window: TimeRange,
  metrics: readonly Metric[],
  options: AnalysisOptions,
): VariantPlan[] {
  const at = versions.indexOf(live.version);
  const enough = (calls: number): boolean =>
    calls >= options.minSamples && live.windowCalls >= options.minSamples;
  // A live version that runs an earlier version's text again (the library's rollback()): the
  // versions registered between the two are what it rolled back from, still called.
  const rollback = others.some((o) => versions.indexOf(o.version) > at && enough(o.calls))
    ? olderWithText(versions, live.version)[0]
    : undefined;
  const origin = rollback ? versions.indexOf(rollback) : -1;
  return others.map(({ version, calls }) => {
    const i = versions.indexOf(version);
    const rolledBackFrom = i > at && i < origin;
    const tested = i < at || rolledBackFrom;
    return tested && enough(calls)
      ? { version, calls, tested, rolledBackFrom, ...variantTests(store, live.version, version, window, metrics, options) } // prettier-ignore
      : { version, calls, tested, rolledBackFrom, tests: [], liveCalls: live.windowCalls, models: null, crossModel: false, mainModelOnly: false, from: null, to: null }; // prettier-ignore
  });
}

/**
 * The metrics of `regressed` whose regression also held in the window before (uncorrected), over
 * calls that span a window's length at least, from the variant's first call there to its last in
 * this window: a one-off batch of evaluation calls logged beside production traffic, with other
 * inputs, holds in neither, even when it ran across the windows' boundary; a canary left running
 * holds in both. The window before is read once, and only for a variant that regressed.
 */
export function variantConfirmed(
  store: StoreReader & StoreBlockReader,
  live: VersionRow,
  variant: VariantPlan,
  before: TimeRange,
  regressed: readonly Metric[],
  options: AnalysisOptions,
): Set<Metric> {
  if (regressed.length === 0) return new Set();
  const earlier = variantTests(store, live, variant.version, before, regressed, options);
  const first = earlier.from === null ? NaN : parseInstant(earlier.from);
  const last = variant.to === null ? NaN : parseInstant(variant.to);
  const length = parseInstant(before.until) - parseInstant(before.since);
  if (!(last - first >= length)) return new Set();
  return new Set(
    regressed.filter((m) =>
      regressedUncorrected(
        earlier.tests.filter((t) => t.metric === m),
        options.alpha,
      ),
    ),
  );
}

/** A variant's results after the run's correction, and which regressions held a window before. */
export interface VariantResult extends VariantPlan {
  readonly metrics: readonly MetricResult[];
  readonly confirmed: ReadonlySet<Metric>;
}
