import { compareStores } from './analysis/compare.js';
import { healthReport } from './analysis/health.js';
import type { Selection } from './analysis/select.js';
import type { LostScope } from './analysis/lost.js';
import { summarize } from './analysis/summary.js';
import type { AnalysisOptions, HealthOptions } from './config/config.js';
import type { HealthReport } from './report/health-types.js';
import type { SummaryReport } from './report/summary-types.js';
import type { CompareReport, FailOn } from './report/types.js';
import { openStoreFile } from './store/file.js';
import { openStore, type Store } from './store/open.js';

/**
 * A store to open: a file path (a `-journal` beside it is found there), or bytes already in
 * memory (a git blob, an artifact) with the `-journal` file that came with them, if any.
 */
export type StoreInput =
  | { readonly path: string }
  | {
      readonly bytes: Uint8Array;
      readonly label: string;
      readonly journal?: Uint8Array;
      /** A non-empty `-wal` file came with them (WAL mode: the bytes alone may lack changes). */
      readonly walPresent?: boolean;
    };

/** How a request reads its store files. */
export interface StoreReads {
  readonly maxStoreBytes: number;
  /**
   * Files up to this size are read whole at open, as one state (see lazy.ts): asked again of a
   * store a program kept committing to while it was read page by page.
   */
  readonly wholeUpTo?: number;
}

/** A comparison to run: everything it needs, serialisable (a worker thread may run it). */
export interface CompareRequest extends StoreReads {
  readonly kind: 'compare';
  readonly head: StoreInput;
  readonly base: StoreInput | null;
  readonly selection?: Selection;
  readonly options: AnalysisOptions;
  readonly failOn: FailOn;
  readonly generatedAt: string;
  readonly lostScope?: LostScope;
}

/** A store overview to make. */
export interface SummaryRequest extends StoreReads {
  readonly kind: 'summary';
  readonly store: StoreInput;
  readonly generatedAt: string;
}

/** A health report to make: every prompt's live version at `now`. */
export interface HealthRequest extends StoreReads {
  readonly kind: 'health';
  readonly store: StoreInput;
  readonly options: AnalysisOptions;
  readonly health: HealthOptions;
  readonly failOn: FailOn;
  /** ISO 8601 instant the windows end at (the run's time, or --now). */
  readonly now: string;
  /** `now` is the run's own clock (see HealthInput). */
  readonly clock?: boolean;
}

/** Any request the engine answers. */
export type EngineRequest = CompareRequest | SummaryRequest | HealthRequest;

/**
 * Opens a store from a path or from bytes, with the size cap; `textsWhenAsked`: the report does
 * not match versions by their prompt texts (see OpenStoreOptions).
 */
function openInput(input: StoreInput, reads: StoreReads, textsWhenAsked: boolean): Promise<Store> {
  const lazy = textsWhenAsked ? { textsWhenAsked } : {};
  const maxBytes = reads.maxStoreBytes;
  const whole = reads.wholeUpTo === undefined ? {} : { wholeUpTo: reads.wholeUpTo };
  return 'path' in input
    ? openStoreFile(input.path, { maxBytes, ...whole, ...lazy })
    : openStore(input.bytes, {
        label: input.label,
        maxBytes,
        ...(input.journal ? { journal: input.journal } : {}),
        ...(input.walPresent ? { walPresent: true } : {}),
        ...lazy,
      });
}

// Opens the request's stores, hands them to `use`, closes them. Only a comparison matches versions
// by their prompt texts: the other reports' stores read them only if asked.
async function withStores<T extends { readonly warnings?: readonly string[] }>(
  req: EngineRequest,
  inputs: readonly (StoreInput | null)[],
  use: (stores: (Store | null)[]) => T,
): Promise<T> {
  const textsWhenAsked = req.kind !== 'compare';
  const stores: (Store | null)[] = [];
  try {
    for (const input of inputs)
      stores.push(input ? await openInput(input, req, textsWhenAsked) : null);
    const report = use(stores);
    // What the stores say of how they were read (a hot journal rolled back) leads the warnings.
    const notes = stores.flatMap((s) => s?.notes ?? []);
    return notes.length === 0 ? report : { ...report, warnings: [...notes, ...(report.warnings ?? [])] }; // prettier-ignore
  } finally {
    for (const s of stores) s?.close();
  }
}

/** Runs a comparison: opens the stores, compares, closes them. */
function runCompare(req: CompareRequest): Promise<CompareReport> {
  return withStores(req, [req.head, req.base], ([head, base]) =>
    compareStores({
      head: head as Store,
      base: base ?? null,
      ...(req.selection ? { selection: req.selection } : {}),
      ...(req.lostScope ? { lostScope: req.lostScope } : {}),
      options: req.options,
      failOn: req.failOn,
      generatedAt: req.generatedAt,
    }),
  );
}

/** Makes the overview of one store. */
function runSummary(req: SummaryRequest): Promise<SummaryReport> {
  return withStores(req, [req.store], ([store]) => summarize(store as Store, req.generatedAt));
}

/** Makes the health report of one store. */
function runHealth(req: HealthRequest): Promise<HealthReport> {
  return withStores(req, [req.store], ([store]) =>
    healthReport(store as Store, {
      analysis: req.options,
      health: req.health,
      failOn: req.failOn,
      now: req.now,
      clock: req.clock ?? false,
    }),
  );
}

/** The report type that answers a request of type R. */
export type ReportOf<R extends EngineRequest> = R extends CompareRequest
  ? CompareReport
  : R extends SummaryRequest
    ? SummaryReport
    : HealthReport;

/** Answers any request: the one entry a worker thread calls. */
export function executeRequest<R extends EngineRequest>(request: R): Promise<ReportOf<R>> {
  const req: EngineRequest = request;
  switch (req.kind) {
    case 'compare':
      return runCompare(req) as Promise<ReportOf<R>>;
    case 'summary':
      return runSummary(req) as Promise<ReportOf<R>>;
    case 'health':
      return runHealth(req) as Promise<ReportOf<R>>;
  }
}
