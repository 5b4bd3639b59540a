import type { AnalysisOptions } from '../config/config.js';
import { METRIC_SPECS, type Metric } from '../metrics.js';
import type { BaselineSource } from '../report/types.js';
import type { CallContext, SampleQuery, Samples, StoreReader, VersionRow } from '../store/types.js';
import { instantAfter, parseInstant, toIso } from '../time.js';
import { median } from '../stats/index.js';
import { OTHER_UNIT_RATIO, highest, lacksValues, once } from './metric-test.js';
import { modelMixWarning } from './model-mix.js';
import { sharedCases } from './paired.js';
import { formatCount, formatSignificant } from '../format/numbers.js';
import { plural } from '../wording/labels.js';

/** Hard cap on a candidate's calls read into memory (a store is untrusted input). */
export const MAX_CANDIDATE_SAMPLES = 1_000_000;

/** The samples of both sides of one comparison and how they were chosen. */
export interface SidePlan {
  readonly candidate: Samples;
  readonly candidateContexts: readonly CallContext[];
  readonly baseline: Samples;
  /**
   * With `pair-by`: the baseline's newest baseline-max-samples calls that have a case id, for the
   * pairs (its newest calls overall may be all production traffic).
   */
  readonly pairedBaseline?: Samples;
  /**
   * With `pair-by`: reads the baseline's success values logged between its first and last call
   * with a case id, with or without one (an evaluation's error path, or traffic), once, when
   * asked: only a paired success rate that leans worse needs them.
   */
  readonly pairedSpan?: () => Samples | undefined;
  readonly baselineContexts: readonly CallContext[];
  readonly source: BaselineSource;
  /** The baseline was restricted to the candidate's models. */
  readonly models: readonly string[] | null;
  readonly crossModel: boolean;
  /**
   * Fresh calls of the baseline on the candidate's models that `auto` left unused, being fewer
   * than min-samples (0 when there were none, or they were used).
   */
  readonly freshUnused: number;
  /**
   * With `pair-by`, under `auto`: the cases a re-run of the live version shared with the
   * candidate, too few to pair, when the history, which shares more, was read instead.
   */
  readonly freshCases?: number;
  /** The candidate's models the baseline has no call on, and its calls on them, left out. */
  readonly candidateLeftOut?: { readonly models: readonly string[]; readonly calls: number };
}

/** Where the baseline's calls can be read from. */
export interface BaselineLocation {
  /** The base store and its row of the baseline version (history). */
  readonly history: { store: StoreReader; version: VersionRow };
  /**
   * The head store's row of the same version and the instant after which its calls are fresh
   * (the base store's newest call, Unix ms; null: it has none), asked only when the baseline's own
   * newest call cannot be read as an instant (see freshFrom): it costs a walk over the base
   * store's timestamps.
   */
  readonly fresh: {
    store: StoreReader;
    version: VersionRow;
    after: () => number | null;
    /**
     * One store holding both sides: the baseline's own row, whose calls from this instant on
     * (ISO 8601; the candidate's registration) are the re-run beside the candidate, and whose
     * earlier ones are its history (see historyUntil).
     */
    since?: string;
  } | null;
  /** Exclusive upper bound of the history's calls: the fresh ones of one store left out. */
  readonly historyUntil?: string;
}

/** Distinct model names of some calls, sorted (calls without a model left out). */
export const modelsOf = (contexts: readonly CallContext[]): string[] =>
  [...new Set(contexts.map((c) => c.model).filter((m): m is string => m !== null))].sort();

/** The reference side of a comparison under the same-model rule (see `sameModels`). */
export interface SameModels {
  /** The subject's models the reference has calls on; null when none (no restriction). */
  readonly models: readonly string[] | null;
  /** The reference's calls on those models; all of them when there is no restriction. */
  readonly contexts: readonly CallContext[];
  /** The reference has calls, none on the subject's models: the comparison is across models. */
  readonly crossModel: boolean;
}

/**
 * The same-model rule, for a pull request's baseline and a health report's history alike: when
 * the reference has calls on the subject's models, it is restricted to those models; otherwise
 * the comparison is across models, and says so.
 */
export function sameModels(
  subjectModels: readonly string[],
  reference: readonly CallContext[],
): SameModels {
  const shared = subjectModels.filter((m) => reference.some((c) => c.model === m));
  const models = shared.length > 0 ? shared : null;
  return {
    models,
    contexts: models
      ? reference.filter((c) => c.model !== null && models.includes(c.model))
      : reference,
    crossModel: subjectModels.length > 0 && models === null && reference.length > 0,
  };
}

/**
 * Reads candidate and baseline samples. The baseline is restricted to the candidate's models when
 * it has calls on them; fresh calls (the pull request's evaluation re-ran the live version) are
 * preferred under `auto` when there are at least `minSamples` of them.
 */
export function readSides(
  candidateStore: StoreReader,
  candidate: VersionRow,
  where: BaselineLocation,
  metrics: readonly Metric[],
  options: AnalysisOptions,
  editedAfter?: string,
): SidePlan {
  // A text edited in place: only the calls after the base's newest ran it (see Pairing).
  const own = editedAfter === undefined ? undefined : toIso(instantAfter(editedAfter));
  const candidateContexts = candidateStore.contexts(candidate.id, own);
  const candidateModels = modelsOf(candidateContexts);
  const caseKey = options.pairBy ? { caseKey: options.pairBy } : {};

  const { source, freshSince, unused = 0 } = pickSource(where, candidateModels, options);
  const { store, version } = source === 'fresh' && where.fresh ? where.fresh : where.history;
  const since = source === 'fresh' ? freshSince : (options.baselineSince ?? undefined);
  // One store: its history ends where the re-run beside the candidate starts.
  const until = source === 'history' ? where.historyUntil : undefined;
  const {
    models,
    contexts: baselineContexts,
    crossModel,
  } = sameModels(candidateModels, store.contexts(version.id, since, until));
  // Like with like: a baseline restricted to some of the candidate's models is compared with the
  // candidate's calls on those models only; its calls on the others have nothing to meet.
  const leftOut = models ? candidateModels.filter((m) => !models.includes(m)) : [];
  const candidateSamples = candidateStore.samples({
    versionId: candidate.id,
    metrics,
    newest: MAX_CANDIDATE_SAMPLES,
    ...(own ? { since: own } : {}),
    ...(leftOut.length > 0 && models ? { models } : {}),
    ...caseKey,
  });
  const query = {
    versionId: version.id,
    metrics,
    ...(since ? { since } : {}),
    ...(until ? { until } : {}),
    ...(models ? { models } : {}),
  };
  const baseline = store.samples({ ...query, newest: options.baselineMaxSamples, ...caseKey });
  const pairedBaseline = options.pairBy
    ? keyedBaseline(store, { ...query, caseKey: options.pairBy }, candidateSamples, options)
    : undefined;
  const pairedSpan = pairedBaseline && once(() => spanOf(store, query, pairedBaseline, options.pairBy ?? undefined)); // prettier-ignore
  // A re-run of a few of the suite's cases (a smoke test) cannot pair the candidate's run of all
  // of them, and an unpaired test of the two would compare different cases: the history, when
  // it shares more of them.
  if (pairedBaseline && source === 'fresh' && options.baselineSamples === 'auto') {
    const shared = sharedCases(pairedBaseline, candidateSamples);
    if (shared < Math.max(2, options.minSamples)) {
      const past = { ...options, baselineSamples: 'history' as const };
      const history = readSides(candidateStore, candidate, where, metrics, past, editedAfter);
      if (history.pairedBaseline && sharedCases(history.pairedBaseline, history.candidate) > shared)
        return { ...history, freshCases: shared };
    }
  }
  const leftOutCalls = candidateContexts
    .filter((c) => c.model !== null && leftOut.includes(c.model))
    .reduce((n, c) => n + c.calls, 0);
  return {
    candidate: candidateSamples,
    candidateContexts,
    baseline,
    ...(pairedBaseline ? { pairedBaseline } : {}),
    ...(pairedSpan ? { pairedSpan } : {}),
    baselineContexts,
    source,
    models,
    crossModel,
    freshUnused: unused,
    ...(leftOut.length > 0 ? { candidateLeftOut: { models: leftOut, calls: leftOutCalls } } : {}),
  };
}

/** The baseline's calls read for the pairs by default, per call of the candidate with a case id. */
export const PAIRED_READ_PER_CALL = 4;

/**
 * The baseline's newest calls that have a case id, for a comparison paired by case (calls without
 * one, such as production traffic, do not count). A baseline-max-samples given is kept to, as
 * the input promises: a suite larger than it leaves the candidate's other cases unmatched, which
 * the pairing note says (see testMetricsPaired). By default, as many as the cap or
 * PAIRED_READ_PER_CALL per candidate call with a case id, when that is more, so that a suite
 * larger than the default leaves no case out.
 */
function keyedBaseline(
  store: StoreReader,
  query: SampleQuery,
  candidate: Samples,
  options: AnalysisOptions,
): Samples {
  const keyed = candidate.rows - (candidate.cases?.withoutKey ?? candidate.rows);
  const wanted = options.baselineMaxGiven
    ? options.baselineMaxSamples
    : Math.max(options.baselineMaxSamples, PAIRED_READ_PER_CALL * keyed);
  const newest = Math.min(MAX_CANDIDATE_SAMPLES, wanted);
  return store.samples({ ...query, newest, withCaseOnly: true });
}

/**
 * The baseline's success values from its first to its last call with a case id, with their case
 * ids: the calls among them without one are the error path of the run that logged the cases
 * (or traffic at the same time). Undefined when the times are not plain instants.
 */
function spanOf(
  store: StoreReader,
  query: SampleQuery,
  keyed: Samples,
  caseKey: string | undefined,
): Samples | undefined {
  const [from, to] = [plainInstant(keyed.from), plainInstant(keyed.to)];
  if (caseKey === undefined || !query.metrics.includes('success')) return undefined;
  if (!Number.isFinite(from) || !Number.isFinite(to)) return undefined;
  // The keyed calls are all since the query's own bound: so are those between them.
  return store.samples({
    ...query,
    metrics: ['success'],
    since: toIso(from),
    until: toIso(instantAfter(keyed.to!)),
    newest: MAX_CANDIDATE_SAMPLES,
    caseKey,
  });
}

// An ISO 8601 instant in the one shape where Date.parse and SQLite's julianday() agree to the
// millisecond (a fraction is cut to milliseconds by both orders alike); NaN for any other text.
const PLAIN_INSTANT = /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)?$/;
const plainInstant = (at: string | null): number =>
  at !== null && PLAIN_INSTANT.test(at) ? parseInstant(at) : NaN;

/**
 * The head store's copy of the baseline has no call after the base store's newest one: its own
 * newest call is no later than the baseline's newest in the base store. The usual case (the head
 * store is the base store plus the pull request's calls), told without finding the base store's
 * newest call. False when unsure.
 */
export function nothingFresh(fresh: VersionRow, history: VersionRow): boolean {
  if (fresh.calls === 0) return true;
  const last = plainInstant(fresh.lastCallAt);
  return last <= plainInstant(history.lastCallAt);
}

/**
 * The first instant (Unix ms) at which the head's calls of the baseline's text are fresh (the pull
 * request's evaluation re-ran it): just after the baseline's own newest call in the base store. Another prompt's call
 * stamped later (a host whose clock runs ahead, another evaluation merged since the head was
 * copied) says nothing of them. The base store's newest call is asked for only when the
 * baseline's is not a plain ISO 8601 instant (SQLite might read it otherwise).
 */
function freshFrom(where: BaselineLocation): number | null {
  const at = where.history.version.lastCallAt;
  if (at === null) return null;
  if (Number.isFinite(plainInstant(at))) return instantAfter(at);
  const after = where.fresh?.after() ?? null;
  return after === null ? null : after + 1;
}

function pickSource(
  where: BaselineLocation,
  candidateModels: readonly string[],
  options: AnalysisOptions,
): { readonly source: BaselineSource; readonly freshSince?: string; readonly unused?: number } {
  const { fresh } = where;
  if (options.baselineSamples === 'history' || !fresh) return { source: 'history' };
  const stale =
    fresh.since === undefined
      ? nothingFresh(fresh.version, where.history.version)
      : !(plainInstant(fresh.version.lastCallAt) >= parseInstant(fresh.since));
  if (options.baselineSamples === 'auto' && stale) return { source: 'history' };
  const from = fresh.since === undefined ? freshFrom(where) : parseInstant(fresh.since);
  const freshSince = from === null ? undefined : toIso(from);
  if (options.baselineSamples === 'fresh') return { source: 'fresh', freshSince };
  const contexts = fresh.store.contexts(fresh.version.id, freshSince);
  const onModels = sameModels(candidateModels, contexts);
  // A re-run on none of the candidate's models is no better than a history on some of them.
  if (onModels.crossModel) {
    const { history } = where;
    const past = history.store.contexts(history.version.id, options.baselineSince ?? undefined);
    if (sameModels(candidateModels, past).models !== null) return { source: 'history', freshSince };
  }
  const usable = onModels.contexts.reduce((n, c) => n + c.calls, 0);
  if (usable >= options.minSamples) return { source: 'fresh', freshSince };
  return { source: 'history', freshSince, unused: onModels.crossModel ? 0 : usable };
}

/** Plain-text notes on what differs between the two sides' call settings. */
export function contextWarnings(plan: SidePlan): string[] {
  const warnings: string[] = [];
  const list = (xs: readonly (string | number | null)[]): string =>
    [...new Set(xs.map((x) => (x === null ? 'unset' : String(x))))].sort().join(', ');
  const differs = (pick: (c: CallContext) => string | number | null, label: string): void => {
    const b = list(plan.baselineContexts.map(pick));
    const c = list(plan.candidateContexts.map(pick));
    if (b !== '' && c !== '' && b !== c)
      warnings.push(`${label} differs: baseline ${b}; candidate ${c}.`);
  };
  if (plan.crossModel) {
    warnings.push(
      "The baseline has no calls on the candidate's models: this compares across models.",
    );
  }
  const out = plan.candidateLeftOut;
  if (out) {
    const them = out.models.length === 1 ? 'it' : 'them';
    warnings.push(
      `Left out: the candidate's ${plural(out.calls, 'call')} on ${out.models.join(', ')}, ${out.models.length === 1 ? 'a model' : 'models'} the baseline has no call on; only its calls on ${plan.models?.join(', ') ?? ''} are compared, like with like. Run the live version on ${them} too to test ${them}.`,
    );
  }
  differs((c) => c.model, 'Model');
  const mix = modelMixWarning(plan.baselineContexts, plan.candidateContexts);
  if (mix !== null) warnings.push(mix);
  differs((c) => c.temperature, 'Temperature');
  differs((c) => c.maxTokens, 'max_tokens');
  warnings.push(...missingValues(plan), ...otherScales(plan));
  const unpriced = unpricedSides(plan);
  if (unpriced) warnings.push(unpricedWarning(unpriced, plan));
  return warnings;
}

/**
 * Cost 0 with tokens logged: a model the library's price table lacks (it stores 0), or a free
 * (local) one; the store cannot tell which. A candidate at 0 is left out (a "saving" that may be
 * none); a baseline at 0 is still compared, as moving off a free model does cost more.
 */
function unpricedWarning(side: 'baseline' | 'candidate' | 'both sides', plan: SidePlan): string {
  const models = modelsOf(side === 'baseline' ? plan.baselineContexts : plan.candidateContexts);
  const which = models.length > 0 ? ` (${models.slice(0, 3).join(', ')})` : '';
  const fix =
    "log cost_eur with each call, or add the model's price to the library's PricingManager";
  return side === 'baseline'
    ? `Cost is 0 on every call of the baseline though it logged tokens: its model is free, or one the library could not price${which}, or cost_eur=0 was logged. The cost change is measured from 0; if the model was not free, ${fix}.`
    : `Cost is 0 on every call of ${side === 'both sides' ? 'both sides' : `the ${side}`} though ${side === 'both sides' ? 'they' : 'it'} logged tokens: the library stores 0 for a model missing from its price table${which}, cost_eur=0 was logged, or the model is free. Cost is left out of the comparison; ${fix}.`;
}

/** Whether cost is left out of a comparison: a candidate side the library left at 0. */
export function costLeftOut(side: ReturnType<typeof unpricedSides>): boolean {
  return side === 'candidate' || side === 'both sides';
}

/** Cost 0 on every call of a side that logged tokens on them: a model the library could not price. */
function unpriced(s: Samples): boolean {
  const cost = s.values.cost_eur;
  const tokens = s.values.total_tokens;
  if (cost === undefined || cost.length === 0 || tokens === undefined || !(largest(tokens) > 0))
    return false;
  for (let i = 0; i < cost.length; i++) if (cost[i] !== 0) return false;
  return true;
}

/**
 * The side (or both) whose cost the library left at 0 for want of a price: its cost says nothing,
 * and a comparison with it reads a change of price table. Null when both sides are priced.
 */
export function unpricedSides(
  plan: Pick<SidePlan, 'baseline' | 'candidate'>,
): 'baseline' | 'candidate' | 'both sides' | null {
  const [b, c] = [unpriced(plan.baseline), unpriced(plan.candidate)];
  return b && c ? 'both sides' : b ? 'baseline' : c ? 'candidate' : null;
}

/** The largest of some values; -Infinity for none. */
const largest = (values: Float64Array | undefined): number =>
  values ? highest(values) : -Infinity;

/** The median of some values; NaN for none. */
function middle(values: Float64Array | undefined): number {
  return values && values.length > 0 ? median(values) : NaN;
}

/** More than half of the values lie above `x`. */
function mostlyAbove(values: Float64Array | undefined, x: number): boolean {
  let above = 0;
  if (values) for (let i = 0; i < values.length; i++) if (values[i]! > x) above++;
  return values !== undefined && above > values.length / 2;
}

/**
 * Values the two sides seem to log on different scales: quality scores within 0 to 1 on one side
 * and mostly past 1 on the other (a 0-100 scale logged as is), or a latency of 0 on every call of one
 * side only (not timed). The tests take them as given, so the change they show is the scale's.
 */
function otherScales(plan: SidePlan): string[] {
  const out: string[] = [];
  const pairs = [
    ['baseline', plan.baseline, 'candidate', plan.candidate],
    ['candidate', plan.candidate, 'baseline', plan.baseline],
  ] as const;
  for (const [side, own, otherSide, other] of pairs) {
    const q = largest(own.values.quality_score);
    const elsewhere = largest(other.values.quality_score);
    // Most of the other side's scores past 1: another scale, not a 0-1 score a little over.
    if (q > -Infinity && q <= 1 && mostlyAbove(other.values.quality_score, 1))
      out.push(
        `Quality scores on different scales: the ${side}'s lie within 0 to 1, the ${otherSide}'s reach ${formatSignificant(elsewhere, 3)}; the change shown is the scale's. Log both on one scale.`,
      );
    const [mine, theirs] = [own.values.latency_ms, other.values.latency_ms];
    // Medians 100 times apart: another unit (seconds logged as latency_ms), or a cache that
    // came or went. Said once, from the side that reads lower; the test runs as it is.
    const [low, high] = [middle(mine), middle(theirs)];
    if (low > 0 && high >= OTHER_UNIT_RATIO * low)
      out.push(
        `Latency: the ${side}'s median is ${formatSignificant(low, 3)}, the ${otherSide}'s ${formatSignificant(high, 3)}, ${formatCount(Math.round(high / low))} times more. If one side logged seconds, log both in milliseconds; a cache that came or went does this too.`,
      );
    if (mine?.length && theirs?.length && largest(mine) === 0 && largest(theirs) > 0)
      out.push(
        `Latency is 0 on every call of the ${side} (not timed?), and not on the ${otherSide}'s: its test compares a measurement with none.`,
      );
  }
  return out;
}

/**
 * A metric the baseline has on nearly every call and the candidate on far fewer: the candidate's
 * calls without a usable value (NULL, text, or not a finite number, as a timeout logged as
 * infinity) are left out of its test, which then reads only the calls that had one. (A baseline
 * short of values, as production calls scored now and then, only makes its side smaller.)
 */
function missingValues(plan: SidePlan): string[] {
  const { baseline, candidate } = plan;
  // A baseline without calls has nothing to say about what it logs.
  if (baseline.rows === 0) return [];
  // Metrics missing on as many calls are said in one line (a candidate that logs latency only).
  const byCount = new Map<number, string[]>();
  for (const metric of Object.keys(candidate.values) as Metric[]) {
    const missing = lacksValues(baseline, candidate, metric);
    if (missing > 0)
      byCount.set(missing, [...(byCount.get(missing) ?? []), METRIC_SPECS[metric].label]);
  }
  return [...byCount].map(([missing, labels]) => {
    const words = labels.map((l, i) => (i === 0 ? l : l.toLowerCase()));
    const named = words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}`; // prettier-ignore
    const it = labels.length === 1 ? 'it' : 'them';
    return `${named}: ${formatCount(missing)} of the candidate's ${formatCount(candidate.rows)} calls have no usable value (NULL, text, or not a finite number, such as a timeout logged as infinity), though the baseline has ${it} on nearly every call; the test reads only the calls that have one.`;
  });
}
