import type { SummaryReport, VersionSummary } from '../report/summary-types.js';
import { quantile } from '../stats/index.js';
import type { StoreReader, StoreTotalsReader } from '../store/types.js';

function sortedOrNull(values: Float64Array | undefined): Float64Array | null {
  // A typed array sorts numerically by default, and in place: this copy is ours already.
  return values && values.length > 0 ? values.sort() : null;
}

/**
 * The store overview: for every version, counts and means aggregated in SQL, medians and
 * quantiles (numpy's linear interpolation) from the version's sorted values.
 */
export function summarize(
  reader: StoreReader & StoreTotalsReader,
  generatedAt: string = new Date().toISOString(),
): SummaryReport {
  // Only the means the overview shows: each is an aggregate over every call in the store.
  const totals = reader.totals(['success', 'quality_score', 'cost_eur', 'total_tokens']);
  const versions = reader.versions().map((v): VersionSummary => {
    const t = totals.get(v.id);
    const samples =
      v.calls > 0
        ? reader.samples({ versionId: v.id, metrics: ['quality_score', 'latency_ms'] })
        : null;
    const quality = sortedOrNull(samples?.values.quality_score);
    const latency = sortedOrNull(samples?.values.latency_ms);
    const mean = (m: 'success' | 'quality_score' | 'cost_eur' | 'total_tokens'): number | null =>
      t?.metrics[m]?.mean ?? null;
    return {
      prompt: v.name,
      version: v.version,
      timestamp: v.timestamp,
      git_commit: v.gitCommit,
      tags: v.tags,
      models: t?.models ?? [],
      calls: v.calls,
      success_rate: mean('success'),
      quality_mean: mean('quality_score'),
      quality_median: quality && quantile(quality, 0.5),
      latency_p50: latency && quantile(latency, 0.5),
      latency_p95: latency && quantile(latency, 0.95),
      cost_mean: mean('cost_eur'),
      tokens_mean: mean('total_tokens'),
      first_call: samples?.from ?? null,
      last_call: samples?.to ?? null,
    };
  });
  return {
    schema: 1,
    kind: 'summary',
    store: reader.label,
    generated_at: generatedAt,
    prompts: new Set(versions.map((v) => v.prompt)).size,
    versions,
  };
}
