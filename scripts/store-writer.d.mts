// Types of store-writer.mjs, so that the TypeScript tests can import it.

/** A normal distribution, clipped to [0, 1]; `end` drifts the mean linearly across the batch. */
export interface NormalSpec {
  readonly mean: number;
  readonly sd: number;
  readonly end?: number;
  /** Probability that a row's value is NULL. */
  readonly nullP?: number;
}

/** Explicit values of one prompt_metrics row; what is left out is NULL. */
export interface RowSpec {
  readonly id?: number;
  readonly timestamp: string;
  readonly model_name?: string | null;
  readonly input_tokens?: number | null;
  readonly output_tokens?: number | null;
  readonly total_tokens?: number | null;
  readonly cost_eur?: number | null;
  readonly latency_ms?: number | null;
  readonly quality_score?: number | null;
  readonly accuracy?: number | null;
  readonly temperature?: number | null;
  readonly top_p?: number | null;
  readonly max_tokens?: number | null;
  readonly success?: number | boolean | null;
  readonly error_message?: string | null;
  readonly metadata?: string | null;
}

/** Generated calls of one version; or explicit `rows` (then every other field is ignored). */
export interface BatchSpec {
  readonly count?: number;
  /** ISO 8601 instant of the first call. */
  readonly start?: string;
  /** Seconds between calls (default 60). */
  readonly spacingSeconds?: number;
  /** Uniform random extra delay per call, in seconds. */
  readonly jitterSeconds?: number;
  /** How timestamps are written: '+00:00' (default), '+02:00', 'Z', or '' (naive). */
  readonly offset?: string;
  /** Add random microseconds, as Python's isoformat() writes them. */
  readonly fractionalSeconds?: boolean;
  readonly model?: string | null;
  readonly temperature?: number | null;
  readonly maxTokens?: number | null;
  readonly topP?: number | null;
  /** quality_score; absent or null: NULL. */
  readonly quality?: NormalSpec | null;
  readonly qualityNullOnFailure?: boolean;
  /** accuracy; absent or null: NULL. */
  readonly accuracy?: NormalSpec | null;
  /** Log-normal latency: median × exp(sigma × z); null: NULL (default median 400, sigma 0.3). */
  readonly latency?: {
    readonly median: number;
    readonly sigma: number;
    readonly nullP?: number;
  } | null;
  /** Success probability (default 0.98); null: NULL. */
  readonly success?: { readonly p: number; readonly nullP?: number } | null;
  readonly errorMessage?: string;
  /** Token counts (normal, rounded, at least 1); null: NULL. */
  readonly tokens?: {
    readonly input: { readonly mean: number; readonly sd: number };
    readonly output: { readonly mean: number; readonly sd: number };
    readonly nullP?: number;
  } | null;
  /** Cost from token prices per 1,000 tokens; null: NULL. */
  readonly cost?: {
    readonly perKInput: number;
    readonly perKOutput: number;
    readonly nullP?: number;
  } | null;
  readonly rows?: readonly RowSpec[];
}

/** One prompt version. */
export interface VersionSpec {
  readonly version: string;
  readonly timestamp: string;
  /** JSON array for the `tags` column, or raw column text (e.g. invalid JSON). */
  readonly tags?: readonly string[] | string | null;
  /** Rows of the version_tags table. */
  readonly versionTags?: readonly string[];
  readonly gitCommit?: string | null;
  /** Default: a text that names the version string, so each version string is its own text. */
  readonly systemPrompt?: string;
  /** Default: `{input}`. */
  readonly userPrompt?: string;
  readonly metadata?: Record<string, unknown> | null;
  readonly createdBy?: string | null;
  readonly calls?: readonly BatchSpec[];
}

/** One prompt and its versions. */
export interface PromptSpec {
  readonly name: string;
  readonly versions: readonly VersionSpec[];
}

/** An extra column added the way a migration would (ALTER TABLE ADD COLUMN). */
export interface ExtraColumn {
  readonly name: string;
  readonly type?: string;
  /** SQL literal, e.g. `'x'` or `0`. */
  readonly default?: string;
}

type Table = 'prompt_versions' | 'prompt_metrics' | 'annotations' | 'version_tags';

/** A whole store. */
export interface StoreSpec {
  /** Seed of the PRNG (default 1). */
  readonly seed?: number;
  readonly prompts: readonly PromptSpec[];
  /** Columns to leave out of the CREATE TABLE statements (indexes on them are left out too). */
  readonly omitColumns?: Partial<Record<Table, readonly string[]>>;
  readonly extraColumns?: Partial<Record<Table, readonly ExtraColumn[]>>;
  /** false: no version_tags table at all. */
  readonly versionTagsTable?: boolean;
  readonly pageSize?: number;
  /** The database's text encoding (SQLite's default, and the library's, is UTF-8). */
  readonly encoding?: 'UTF-8' | 'UTF-16le' | 'UTF-16be';
  /** Raw SQL run after the schema is created, and after the data is inserted. */
  readonly sql?: {
    readonly afterSchema?: readonly string[];
    readonly afterData?: readonly string[];
  };
}

/** A prompt_versions row as written, with its version_tags. */
export interface VersionRowOut {
  readonly id: number;
  readonly name: string;
  readonly version: string;
  readonly system_prompt: string;
  readonly user_prompt: string;
  readonly metadata: string | null;
  readonly git_commit: string | null;
  readonly timestamp: string;
  readonly created_by: string | null;
  readonly tags: string | null;
  readonly versionTags: readonly string[];
}

/** A prompt_metrics row as written. */
export interface MetricRowOut {
  readonly id: number;
  readonly version_id: number;
  readonly model_name: string | null;
  readonly input_tokens: number | null;
  readonly output_tokens: number | null;
  readonly total_tokens: number | null;
  readonly cost_eur: number | null;
  readonly latency_ms: number | null;
  readonly quality_score: number | null;
  readonly accuracy: number | null;
  readonly temperature: number | null;
  readonly top_p: number | null;
  readonly max_tokens: number | null;
  readonly success: number | boolean | null;
  readonly error_message: string | null;
  readonly timestamp: string;
  readonly metadata: string | null;
}

/** Columns of prompt_versions and prompt_metrics, in the library's order. */
export const COLUMNS: {
  readonly prompt_versions: readonly string[];
  readonly prompt_metrics: readonly string[];
};
/** A seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number;
/** FNV-1a of a string (32 bits, unsigned): a PRNG seed named by text. */
export function hash32(text: string): number;
/** Milliseconds since the epoch; a naive timestamp is read as UTC. */
export function instant(iso: string): number;
/** Formats an instant like Python's isoformat() with the given offset ('' for naive). */
export function isoformat(ms: number, offset?: string, micros?: number): string;
/** The spec's versions with their ids. */
export function generateVersions(spec: StoreSpec): VersionRowOut[];
/** The spec's prompt_metrics rows, in insertion order. */
export function generateRows(spec: StoreSpec): Generator<MetricRowOut>;
/** Writes the spec into a new store and returns its bytes. */
export function writeStore(spec: StoreSpec): Promise<Uint8Array>;
/** What a writer killed inside a transaction leaves: the main file and its hot journal. */
export interface Interrupted {
  /** The main file with every page of the unfinished transaction written. */
  readonly store: Uint8Array;
  /** The hot rollback journal beside it (`<store>-journal`). */
  readonly journal: Uint8Array;
  /** Pages the transaction changed that existed before it (the journal's records). */
  readonly changedPages: number;
}
/**
 * Runs `statements` in a transaction on a copy of `committed` and returns the state a writer
 * killed before its commit leaves: rolling the journal back gives `committed` byte for byte.
 */
export function interruptTransaction(
  committed: Uint8Array,
  statements: readonly string[],
  options?: {
    readonly segments?: number;
    readonly unsynced?: boolean;
    readonly sectorSize?: number;
    readonly seed?: number;
  },
): Promise<Interrupted>;
