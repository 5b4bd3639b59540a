/**
 * The engine as the modes and the CLI ask it: the settings and a question in, a report out,
 * always answered in the worker under the settings' time limit. Callers never assemble a
 * request or worker options themselves.
 */
import type { Selection } from '../analysis/select.js';
import type { LostScope } from '../analysis/lost.js';
import type { Config } from '../config/config.js';
import type { Namer } from '../config/parse.js';
import type { CompareRequest, HealthRequest, StoreInput } from '../engine.js';
import type { CompareReport } from '../report/types.js';
import type { HealthReport } from '../report/health-types.js';
import type { SummaryReport } from '../report/summary-types.js';
import { runInWorker, type WorkerOptions } from './run.js';

/** Where a store's bytes come from: a path, or bytes with a label. */
export type { LostScope, StoreInput };

/** What a comparison reads: the head store, the base store (none: one store) and a selection. */
export interface CompareQuestion {
  readonly head: StoreInput;
  readonly base: StoreInput | null;
  readonly selection?: Selection;
  readonly generatedAt: string;
  /** Which head stores are checked for base versions they lack (analysis/lost.ts). */
  readonly lostScope?: LostScope;
}

// A comparison request from the settings; `fail-on` defaults to `regressed`.
function compareRequest(config: Config, o: CompareQuestion): CompareRequest {
  return {
    kind: 'compare',
    head: o.head,
    base: o.base,
    ...(o.selection ? { selection: o.selection } : {}),
    ...(o.lostScope ? { lostScope: o.lostScope } : {}),
    options: config.analysis,
    failOn: config.failOn ?? 'regressed',
    generatedAt: o.generatedAt,
    maxStoreBytes: config.maxStoreBytes,
  };
}

// A health request from the settings; a scheduled report alerts rather than fails by default.
function healthRequest(
  config: Config,
  store: StoreInput,
  now: string,
  clock: boolean,
): HealthRequest {
  return {
    kind: 'health',
    store,
    options: config.analysis,
    health: config.health,
    failOn: config.failOn ?? 'never',
    now,
    clock,
    maxStoreBytes: config.maxStoreBytes,
  };
}

function limits(config: Config, namer: Namer | undefined): WorkerOptions {
  return { timeoutMs: config.queryTimeoutMs, ...(namer ? { namer } : {}) };
}

/** The engine's three reports; `namer` words settings in messages (default: action inputs). */
export const engine = {
  /** Compares a head store's changed prompts (or a selection) with their baselines. */
  compare(config: Config, q: CompareQuestion, namer?: Namer): Promise<CompareReport> {
    return runInWorker(compareRequest(config, q), limits(config, namer));
  },
  /** The health of a store's live versions at `now` (`clock`: the run's own time, not --now). */
  health(
    config: Config,
    store: StoreInput,
    now: string,
    namer?: Namer,
    clock = false,
  ): Promise<HealthReport> {
    return runInWorker(healthRequest(config, store, now, clock), limits(config, namer));
  },
  /** Every version's call counts and means, as of `now`. */
  summary(config: Config, store: StoreInput, now: string, namer?: Namer): Promise<SummaryReport> {
    return runInWorker(
      { kind: 'summary', store, generatedAt: now, maxStoreBytes: config.maxStoreBytes },
      limits(config, namer),
    );
  },
};
