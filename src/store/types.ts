import type { Metric } from '../metrics.js';

// Time semantics of the whole read model: timestamps are compared as instants with SQLite's
// julianday(), so offsets (`+02:00`), `Z` and fractional seconds are honoured and a naive time
// (Python's `datetime.now().isoformat()`) counts as UTC. A stored timestamp SQLite cannot parse
// falls outside every time window and never counts as the newest call.

/** One row of `prompt_versions`, as the analysis needs it. */
export interface VersionRow {
  readonly id: number;
  readonly name: string;
  readonly version: string;
  /** ISO 8601 as stored. */
  readonly timestamp: string;
  readonly gitCommit: string | null;
  /** Tags from the `tags` JSON column and the `version_tags` table, deduplicated. */
  readonly tags: readonly string[];
  /**
   * The version's identity by content: SHA-256 (hex, first 16 chars) of system_prompt + NUL +
   * user_prompt (a missing value counts as empty). Null when the store has neither column.
   */
  readonly promptHash: string | null;
  /**
   * The text the hash is taken of, when the reader keeps it: not enumerable, so spreads and JSON
   * leave it out. Versions with it are compared by it, exactly (see `sameContent`).
   */
  readonly promptText?: string | null;
  /**
   * A fast hash of `promptText` (not enumerable either): texts with different keys differ, so
   * comparing versions stays cheap when a prompt has thousands of long, similar versions.
   */
  readonly promptKey?: number | null;
  /** Number of rows in `prompt_metrics` for this version. */
  readonly calls: number;
  /** Newest call timestamp by instant (ISO 8601 as stored), null without calls. */
  readonly lastCallAt: string | null;
}

/** Which calls of one version to read. */
export interface SampleQuery {
  readonly versionId: number;
  readonly metrics: readonly Metric[];
  /** Only calls on these model names (exact match; a NULL model never matches); all when absent. */
  readonly models?: readonly string[];
  /** Inclusive lower bound on the call timestamp (ISO 8601, compared as instants). */
  readonly since?: string;
  /** Exclusive upper bound on the call timestamp. A bound that is not ISO 8601 throws a RangeError. */
  readonly until?: string;
  /** Only the newest N calls (by timestamp, then id). */
  readonly newest?: number;
  /** Also read each call's case id: this top-level key of its `metadata` JSON (see `pair-by`). */
  readonly caseKey?: string;
  /** Only calls with a case id under `caseKey` (the newest N are then the newest such calls). */
  readonly withCaseOnly?: boolean;
}

/** Case ids of selected calls, for comparisons paired by case. */
export interface SampleCases {
  /** Distinct case ids (the JSON text of the key's value), indexed by code. */
  readonly ids: readonly string[];
  /** Per metric, the case code of each value of `Samples.values[metric]`, in order; -1: no case id. */
  readonly codes: Readonly<Partial<Record<Metric, Int32Array>>>;
  /** Selected calls without a case id (no key, JSON null, invalid or oversized metadata). */
  readonly withoutKey: number;
  /** Of those, calls whose metadata is longer than MAX_METADATA characters: not read. */
  readonly tooLong?: number;
  /** When no selected call has the key: what the version's metadata holds instead. */
  readonly hint?: MetadataHint;
}

/** The metadata of a version's calls, described for a `pair-by` key that none of them has. */
export interface MetadataHint {
  /** Its most common top-level keys, most common first (untrusted store strings). */
  readonly keys: readonly string[];
  /** Calls whose metadata is not a JSON object (or too long to read). */
  readonly unusable: number;
}

/** Metric values of the selected calls; NULLs are left out per metric, so lengths differ. */
export interface Samples {
  /** Rows selected (before NULLs are dropped per metric). */
  readonly rows: number;
  /**
   * One array per requested metric the store has (absent for a missing column), in no
   * particular order. Text, BLOB and ±Infinity in a metric column count as NULL.
   */
  readonly values: Readonly<Partial<Record<Metric, Float64Array>>>;
  /** Oldest and newest call timestamp (by instant, as stored) among the rows, null when no rows. */
  readonly from: string | null;
  readonly to: string | null;
  /** Present when the query named a `caseKey`. */
  readonly cases?: SampleCases;
}

/** Calls of one version grouped by the settings that change an LLM's behaviour. */
export interface CallContext {
  readonly model: string | null;
  readonly temperature: number | null;
  readonly maxTokens: number | null;
  readonly calls: number;
}

/** Read-only view of one opened store. Every method is synchronous and pure in effect. */
export interface StoreReader {
  /** What the user calls this store in messages (its path or artifact name). */
  readonly label: string;
  /** Metric columns present in `prompt_metrics` (a missing `accuracy` column is fine). */
  readonly metrics: ReadonlySet<Metric>;
  /**
   * What a report should say of how the store was read (a hot journal rolled back: the
   * interrupted write's calls are not counted); none when absent.
   */
  readonly notes?: readonly string[];
  /** All versions, ordered by name, then newest first (timestamp DESC as instants, id DESC) as the library does. */
  versions(): readonly VersionRow[];
  /** Metric values of some calls of one version. */
  samples(query: SampleQuery): Samples;
  /** The model/temperature/max_tokens groups of a version's calls, most calls first, optionally in [since, until). */
  contexts(versionId: number, since?: string, until?: string): readonly CallContext[];
  /**
   * A version's calls at or after `since`, when known without reading anything (all its calls
   * were read under a focus that ends at `since`); undefined otherwise.
   */
  callsFrom?(versionId: number, since: string): number | undefined;
  /**
   * Per version id, its calls in [since, until) as `contexts()` counts them; versions without any
   * are absent. Optional: without it, each version is asked by `contexts()`.
   */
  callsByVersion?(since: string, until: string): ReadonlyMap<number, number>;
  /**
   * How many calls lie in [since, until), counted cheaply (from an index alone, unchecked), or
   * null where the store cannot say so cheaply. Optional.
   */
  callsInRange?(since: string, until: string): number | null;
  /**
   * Calls of a version that logged an error message yet have success 1 (the library's default
   * for log_metrics and test.log): failures the success rate counts as successes. Optional.
   */
  loggedErrors?(versionId: number): number;
  /** The calls table's largest rowid (the last row a writer appended), null without rows. Optional. */
  lastRowId?(): number | null;
  /** Ids of the versions that rows after `rowid` belong to (what was appended since). Optional. */
  versionsAfterRow?(rowid: number): ReadonlySet<number>;
  /** Newest call timestamp across the store, null when there are no calls. */
  lastCallAt(): string | null;
  /**
   * The newest call's instant in Unix milliseconds, as SQLite reads its timestamp (any shape
   * julianday() reads, such as a Julian day written as text), null when there are no calls.
   */
  lastCallMs(): number | null;
  /** Release the database. */
  close(): void;
}

/** One UTC day of one version's calls (for trends). */
export interface DailyStats {
  /** `YYYY-MM-DD`, UTC. */
  readonly day: string;
  readonly calls: number;
  /** Mean quality_score of the day's non-NULL values, null when none. */
  readonly quality: number | null;
  /** Median latency_ms of the day, null when none. */
  readonly latencyP50: number | null;
  /** Mean of `success`, null when none. */
  readonly successRate: number | null;
  /** Mean cost_eur per call, null when none. */
  readonly costPerCall: number | null;
  /** Sum of cost_eur. */
  readonly costTotal: number;
}

/** One UTC day's calls of a version (YYYY-MM-DD). */
export interface DayCalls {
  readonly day: string;
  readonly calls: number;
}

/** Total cost of one UTC day across every version. */
export interface DailyCost {
  readonly day: string;
  readonly calls: number;
  readonly cost: number;
}

/** Extra reads the health report needs. */
export interface StoreTrendReader extends StoreBlockReader {
  /** Per-day aggregates of one version's calls in [since, until); days without calls are absent. */
  daily(versionId: number, since: string, until: string): readonly DailyStats[];
  /**
   * Per day, one version's calls in [since, until): daily()'s days and counts without its
   * aggregates, for a caller that needs no more.
   */
  callDays?(versionId: number, since: string, until: string): readonly DayCalls[];
  /** Per-day total cost over all versions in [since, until); days without calls are absent. */
  costByDay(since: string, until: string): readonly DailyCost[];
  /**
   * Announces that the questions to come are about calls in [since, until): a reader may then
   * read each version's calls in that span once and answer from memory, with the same results.
   */
  focus?(since: string, until: string): void;
}

/** Counts and means of one version's calls, aggregated in SQL. */
export interface VersionTotals {
  readonly versionId: number;
  readonly calls: number;
  /** Per metric column present: non-NULL numeric values and their mean (null when none). */
  readonly metrics: Readonly<
    Partial<Record<Metric, { readonly n: number; readonly mean: number | null }>>
  >;
  /** Distinct model names, most calls first (NULL model names left out). */
  readonly models: readonly string[];
}

/** How totals() lists models. */
export interface TotalsOptions {
  /** Above this many calls in the store, sort each version's calls by model apart (default 100,000). */
  readonly modelsByVersionAbove?: number;
}

/** Whole-store aggregates for the summary. */
export interface StoreTotalsReader {
  /**
   * Totals of every version that has calls, keyed by version id: of `metrics` (default every
   * metric column present), each an aggregate SQLite computes for every call.
   */
  totals(metrics?: readonly Metric[], options?: TotalsOptions): ReadonlyMap<number, VersionTotals>;
}

/** What the overview asks of every version's calls. */
export interface DigestQuery {
  /** Metrics whose mean (as SQLite's avg() of the finite numbers) is wanted. */
  readonly means: readonly Metric[];
  /** Metrics whose quantiles (numpy's linear interpolation) are wanted, and at which p. */
  readonly quantiles: Readonly<Partial<Record<Metric, readonly number[]>>>;
  /** Values held for quantiles before versions are settled early or read again (default 3M). */
  readonly maxHeld?: number;
  /** Read the calls table's pages directly where that gives the same (default true). */
  readonly readPages?: boolean;
}

/** One version's calls summed up in the overview's single pass. */
export interface VersionDigest {
  readonly calls: number;
  /** Per asked metric the store has: the mean of its finite numbers, null when none. */
  readonly means: Readonly<Partial<Record<Metric, number | null>>>;
  /** Per asked metric the store has: the quantiles in the order asked, null when no values. */
  readonly quantiles: Readonly<Partial<Record<Metric, readonly number[] | null>>>;
  /** Oldest and newest call by instant (as stored), null without calls. */
  readonly firstCall: string | null;
  readonly lastCall: string | null;
  /** Distinct model names, most calls first (NULL model names left out). */
  readonly models: readonly string[];
}

/** The overview's read: every version's calls in one pass over the table. */
export interface StoreDigestReader {
  /** A digest of every version that has calls, keyed by version id. */
  digest(query: DigestQuery): ReadonlyMap<number, VersionDigest>;
}

/** Count, mean and sum of squared deviations of one metric's values in one block. */
export interface MetricMoments {
  readonly n: number;
  readonly mean: number;
  readonly m2: number;
}

/** Which calls of one version to fold into consecutive time blocks ending at `until`. */
export interface BlockQuery {
  readonly versionId: number;
  readonly metrics: readonly Metric[];
  /** ISO 8601 instant the newest block ends at (excluded). */
  readonly until: string;
  readonly blockMs: number;
  /** Number of blocks, newest (index 0) first. */
  readonly count: number;
  /** Only calls on these model names; all when absent. */
  readonly models?: readonly string[];
}

/** One block's calls and per-metric moments (latency_ms on the log scale). */
export interface BlockMoments {
  /** 0 for the block that ends at `until`, 1 for the one before, ... */
  readonly index: number;
  readonly calls: number;
  readonly metrics: Readonly<Partial<Record<Metric, MetricMoments>>>;
}

/** Per-block moments of a version's calls, for tests with day-to-day variance. */
export interface StoreBlockReader {
  /** Moments of one version's calls in `count` blocks of `blockMs` ending at `until`. */
  blocks(query: BlockQuery): readonly BlockMoments[];
}
