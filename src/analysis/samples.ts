import type { AnalysisOptions } from '../config/config.js';
import type { Metric } from '../metrics.js';
import type { BaselineSource } from '../report/types.js';
import type { CallContext, Samples, StoreReader, VersionRow } from '../store/types.js';
import { parseInstant, toIso } from '../time.js';

/** Hard cap on a candidate's calls read into memory (a store is untrusted input). */
export const MAX_CANDIDATE_SAMPLES = 1_000_000;

/** The samples of both sides of one comparison and how they were chosen. */
export interface SidePlan {
  readonly candidate: Samples;
  readonly candidateContexts: readonly CallContext[];
  readonly baseline: Samples;
  readonly baselineContexts: readonly CallContext[];
  readonly source: BaselineSource;
  /** The baseline was restricted to the candidate's models. */
  readonly models: readonly string[] | null;
  readonly crossModel: boolean;
}

/** Where the baseline's calls can be read from. */
export interface BaselineLocation {
  /** The base store and its row of the baseline version (history). */
  readonly history: { store: StoreReader; version: VersionRow };
  /** The head store's row of the same version and the instant after which its calls are fresh. */
  readonly fresh: { store: StoreReader; version: VersionRow; after: string | null } | null;
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
): SidePlan {
  const candidateContexts = candidateStore.contexts(candidate.id);
  const candidateModels = modelsOf(candidateContexts);
  const caseKey = options.pairBy ? { caseKey: options.pairBy } : {};
  const candidateSamples = candidateStore.samples({
    versionId: candidate.id,
    metrics,
    newest: MAX_CANDIDATE_SAMPLES,
    ...caseKey,
  });

  const freshSince = where.fresh?.after ? toIso(parseInstant(where.fresh.after) + 1) : undefined;
  const source = pickSource(where, freshSince, candidateModels, options);
  const { store, version } = source === 'fresh' && where.fresh ? where.fresh : where.history;
  const since = source === 'fresh' ? freshSince : (options.baselineSince ?? undefined);
  const {
    models,
    contexts: baselineContexts,
    crossModel,
  } = sameModels(candidateModels, store.contexts(version.id, since));
  const baseline = store.samples({
    versionId: version.id,
    metrics,
    newest: options.baselineMaxSamples,
    ...(since ? { since } : {}),
    ...(models ? { models } : {}),
    ...caseKey,
  });
  return {
    candidate: candidateSamples,
    candidateContexts,
    baseline,
    baselineContexts,
    source,
    models,
    crossModel,
  };
}

function pickSource(
  where: BaselineLocation,
  freshSince: string | undefined,
  candidateModels: readonly string[],
  options: AnalysisOptions,
): BaselineSource {
  if (options.baselineSamples === 'history' || !where.fresh) return 'history';
  if (options.baselineSamples === 'fresh') return 'fresh';
  const contexts = where.fresh.store.contexts(where.fresh.version.id, freshSince);
  const usable = sameModels(candidateModels, contexts).contexts.reduce((n, c) => n + c.calls, 0);
  return usable >= options.minSamples ? 'fresh' : 'history';
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
  differs((c) => c.model, 'Model');
  differs((c) => c.temperature, 'Temperature');
  differs((c) => c.maxTokens, 'max_tokens');
  return warnings;
}
