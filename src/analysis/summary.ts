import type { SummaryReport, VersionSummary } from '../report/summary-types.js';
import type { StoreDigestReader, StoreReader } from '../store/types.js';

/** The means the overview shows. */
type Shown = 'success' | 'quality_score' | 'cost_eur' | 'total_tokens';

/**
 * The store overview: for every version, counts and means (as SQLite's avg()), medians and
 * quantiles (numpy's linear interpolation), all from one pass over the store's calls.
 */
export function summarize(
  reader: StoreReader & StoreDigestReader,
  generatedAt: string = new Date().toISOString(),
): SummaryReport {
  const digests = reader.digest({
    means: ['success', 'quality_score', 'cost_eur', 'total_tokens'],
    quantiles: { quality_score: [0.5], latency_ms: [0.5, 0.95] },
  });
  const versions = reader.versions().map((v): VersionSummary => {
    const d = digests.get(v.id);
    const mean = (m: Shown): number | null => d?.means[m] ?? null;
    const quality = d?.quantiles.quality_score ?? null;
    const latency = d?.quantiles.latency_ms ?? null;
    return {
      prompt: v.name,
      version: v.version,
      timestamp: v.timestamp,
      git_commit: v.gitCommit,
      tags: v.tags,
      models: d?.models ?? [],
      calls: v.calls,
      success_rate: mean('success'),
      quality_mean: mean('quality_score'),
      quality_median: quality?.[0] ?? null,
      latency_p50: latency?.[0] ?? null,
      latency_p95: latency?.[1] ?? null,
      cost_mean: mean('cost_eur'),
      tokens_mean: mean('total_tokens'),
      first_call: d?.firstCall ?? null,
      last_call: d?.lastCall ?? null,
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
