// An in-memory StoreReader for analysis tests: the same contract as the SQLite reader, no I/O.
import { mulberry32 } from '../../scripts/store-writer.mjs';
import { METRICS, type Metric } from '../../src/metrics.js';
import type {
  CallContext,
  Samples,
  SampleQuery,
  StoreReader,
  VersionRow,
} from '../../src/store/types.js';
import { parseInstant } from '../../src/time.js';

export interface MemoryCall {
  readonly model?: string | null;
  readonly temperature?: number | null;
  readonly maxTokens?: number | null;
  readonly timestamp: string;
  readonly values: Partial<Record<Metric, number | null>>;
}

export interface MemoryVersion {
  readonly name: string;
  readonly version: string;
  readonly timestamp: string;
  readonly tags?: readonly string[];
  /** The prompt text; by default one per name and version string. Null: the store has none. */
  readonly text?: string | null;
  readonly calls: readonly MemoryCall[];
}

/**
 * A version registered at `at` (UTC, written without a zone: the library's own timestamps) with
 * `calls` calls from then on, one a minute, quality about `quality` (sd 0.05).
 */
export function loggedVersion(o: {
  readonly name?: string;
  readonly version: string;
  readonly text: string;
  readonly at: string;
  readonly calls: number;
  readonly seed: number;
  readonly quality?: number;
  readonly tags?: string[];
}): MemoryVersion {
  return {
    name: o.name ?? 'summarizer',
    version: o.version,
    text: o.text,
    timestamp: `${o.at}+00:00`,
    tags: o.tags ?? [],
    calls: makeCalls(o.calls, {
      seed: o.seed,
      start: `${o.at}Z`,
      quality: [o.quality ?? 0.8, 0.05],
    }),
  };
}

/** A deterministic PRNG (mulberry32) and a normal sampler, so tests make their own data. */
export function rng(seed: number): {
  uniform: () => number;
  normal: (mean: number, sd: number) => number;
} {
  const uniform = mulberry32(seed);
  const normal = (mean: number, sd: number): number => {
    const u = Math.max(uniform(), 1e-12);
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
  };
  return { uniform, normal };
}

/** Calls with normally distributed quality/latency/cost/tokens and a success probability. */
export function makeCalls(
  n: number,
  opts: {
    seed: number;
    start: string;
    stepMinutes?: number;
    quality?: [number, number];
    latency?: [number, number];
    cost?: [number, number];
    tokens?: [number, number];
    success?: number;
    model?: string | null;
    temperature?: number | null;
  },
): MemoryCall[] {
  const r = rng(opts.seed);
  const t0 = parseInstant(opts.start);
  const step = (opts.stepMinutes ?? 10) * 60_000;
  const [qm, qs] = opts.quality ?? [0.85, 0.05];
  const [lm, ls] = opts.latency ?? [400, 60];
  const [cm, cs] = opts.cost ?? [0.0017, 0.0002];
  const [tm, ts] = opts.tokens ?? [420, 40];
  return Array.from({ length: n }, (_, i) => ({
    model: opts.model === undefined ? 'gpt-4o' : opts.model,
    temperature: opts.temperature === undefined ? 0.2 : opts.temperature,
    maxTokens: 512,
    timestamp: new Date(t0 + i * step).toISOString(),
    values: {
      quality_score: Math.min(1, Math.max(0, r.normal(qm, qs))),
      latency_ms: Math.max(1, r.normal(lm, ls)),
      cost_eur: Math.max(0, r.normal(cm, cs)),
      total_tokens: Math.round(Math.max(1, r.normal(tm, ts))),
      success: r.uniform() < (opts.success ?? 0.98) ? 1 : 0,
    },
  }));
}

/** A StoreReader over plain objects. */
export function memoryStore(
  label: string,
  versions: readonly MemoryVersion[],
  metrics: readonly Metric[] = METRICS,
): StoreReader {
  const rows = versions.map((v, i) => ({ ...v, id: i + 1 }));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const inRange = (c: MemoryCall, since?: string, until?: string): boolean =>
    (since === undefined || parseInstant(c.timestamp) >= parseInstant(since)) &&
    (until === undefined || parseInstant(c.timestamp) < parseInstant(until));
  const newestFirst = (a: MemoryVersion, b: MemoryVersion): number =>
    parseInstant(b.timestamp) - parseInstant(a.timestamp);
  return {
    label,
    metrics: new Set(metrics),
    versions: (): VersionRow[] =>
      [...rows]
        .sort((a, b) =>
          a.name < b.name ? -1 : a.name > b.name ? 1 : newestFirst(a, b) || b.id - a.id,
        )
        .map((r) => ({
          id: r.id,
          name: r.name,
          version: r.version,
          timestamp: r.timestamp,
          gitCommit: null,
          tags: r.tags ?? [],
          promptHash:
            r.text === null ? null : (r.text ?? `${r.name}\0${r.version}`).padEnd(16, '.'),
          calls: r.calls.length,
          lastCallAt: r.calls.length
            ? (r.calls
                .map((c) => c.timestamp)
                .sort()
                .at(-1) ?? null)
            : null,
        })),
    samples: (q: SampleQuery): Samples => {
      let calls = (byId.get(q.versionId)?.calls ?? []).filter(
        (c) =>
          inRange(c, q.since, q.until) &&
          (!q.models || (c.model != null && q.models.includes(c.model))),
      );
      calls = [...calls].sort((a, b) => parseInstant(a.timestamp) - parseInstant(b.timestamp));
      if (q.newest !== undefined) calls = calls.slice(Math.max(0, calls.length - q.newest));
      const values: Partial<Record<Metric, Float64Array>> = {};
      for (const m of q.metrics) {
        if (!metrics.includes(m)) continue;
        values[m] = Float64Array.from(
          calls.map((c) => c.values[m]).filter((v): v is number => v != null),
        );
      }
      return {
        rows: calls.length,
        values,
        from: calls[0]?.timestamp ?? null,
        to: calls.at(-1)?.timestamp ?? null,
      };
    },
    contexts: (versionId: number, since?: string, until?: string): CallContext[] => {
      const groups = new Map<string, CallContext>();
      for (const c of byId.get(versionId)?.calls ?? []) {
        if (!inRange(c, since, until)) continue;
        const ctx = {
          model: c.model ?? null,
          temperature: c.temperature ?? null,
          maxTokens: c.maxTokens ?? null,
        };
        const k = JSON.stringify(ctx);
        groups.set(k, { ...ctx, calls: (groups.get(k)?.calls ?? 0) + 1 });
      }
      return [...groups.values()];
    },
    lastCallAt: (): string | null =>
      rows
        .flatMap((r) => r.calls.map((c) => c.timestamp))
        .sort((a, b) => parseInstant(a) - parseInstant(b))
        .at(-1) ?? null,
    lastCallMs(): number | null {
      const at = this.lastCallAt();
      return at === null ? null : parseInstant(at);
    },
    close: (): void => undefined,
  };
}
