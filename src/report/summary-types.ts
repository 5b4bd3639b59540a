/** One version's overview in `pv-check summary`. Null where the store has no value. */
export interface VersionSummary {
  readonly prompt: string;
  readonly version: string;
  readonly timestamp: string;
  readonly git_commit: string | null;
  readonly tags: readonly string[];
  readonly models: readonly string[];
  readonly calls: number;
  readonly success_rate: number | null;
  readonly quality_mean: number | null;
  readonly quality_median: number | null;
  readonly latency_p50: number | null;
  readonly latency_p95: number | null;
  readonly cost_mean: number | null;
  readonly tokens_mean: number | null;
  readonly first_call: string | null;
  readonly last_call: string | null;
}

/** The store overview: every prompt and version, newest version first within a prompt. */
export interface SummaryReport {
  readonly schema: 1;
  readonly kind: 'summary';
  /** The store's label (path as given). */
  readonly store: string;
  readonly generated_at: string;
  readonly prompts: number;
  readonly versions: readonly VersionSummary[];
  /** How the store was read, when it says something (a hot journal rolled back); else absent. */
  readonly warnings?: readonly string[];
}
