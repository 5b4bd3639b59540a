// One candidate logged under several version strings with one text (a re-save under a bumped
// string, 1.1.0 then 1.1.1): its calls read as one version's, so that none is split or tested twice.
import type { Metric } from '../metrics.js';
import type { CallContext, SampleCases, Samples, StoreReader } from '../store/types.js';
import { parseInstant } from '../time.js';
import { MAX_CANDIDATE_SAMPLES } from './samples.js';

/** Pooled rows read at most, the newest first (a store is untrusted input). */
export const MAX_POOLED = 20;

/**
 * A reader whose version `ids[0]` answers for all of `ids` (contexts, samples, logged errors);
 * every other question goes to `store` unchanged. The samples of the rows are read newest row
 * first, each capped at what the candidate's cap leaves, so the pool never reads more calls
 * than one version would.
 */
export function pooledReader(store: StoreReader, ids: readonly number[]): StoreReader {
  const [id] = ids;
  const all = ids.slice(0, MAX_POOLED);
  const own: Partial<StoreReader> = {
    contexts: (versionId: number, since?: string, until?: string): readonly CallContext[] =>
      versionId === id
        ? mergeContexts(all.map((v) => store.contexts(v, since, until)))
        : store.contexts(versionId, since, until),
    samples: (query: Parameters<StoreReader['samples']>[0]): Samples => {
      if (query.versionId !== id) return store.samples(query);
      const parts: Samples[] = [];
      let left = query.newest ?? MAX_CANDIDATE_SAMPLES;
      for (const v of all) {
        if (left <= 0) break;
        const part = store.samples({ ...query, versionId: v, newest: left });
        parts.push(part);
        left -= part.rows;
      }
      return mergeSamples(parts, query.metrics);
    },
    ...(store.loggedErrors
      ? {
          loggedErrors: (versionId: number): number =>
            versionId === id
              ? all.reduce((n, v) => n + (store.loggedErrors?.(v) ?? 0), 0)
              : store.loggedErrors!(versionId),
        }
      : {}),
  };
  // Every other member is the store's own, called on it (a reader may keep private state).
  return new Proxy(store, {
    get(target, prop) {
      if (Object.hasOwn(own, prop)) return own[prop as keyof StoreReader];
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value; // prettier-ignore
    },
  });
}

/** Call groups of several versions summed by model, temperature and max_tokens, most calls first. */
function mergeContexts(lists: readonly (readonly CallContext[])[]): CallContext[] {
  const out = new Map<string, CallContext>();
  for (const c of lists.flat()) {
    const key = JSON.stringify([c.model, c.temperature, c.maxTokens]);
    const seen = out.get(key);
    out.set(key, seen ? { ...seen, calls: seen.calls + c.calls } : c);
  }
  return [...out.values()].sort((a, b) => b.calls - a.calls);
}

const earlier = (a: string | null, b: string | null, first: boolean): string | null => {
  if (a === null) return b;
  if (b === null) return a;
  const [x, y] = [parseInstant(a), parseInstant(b)];
  return (first ? y < x : y > x) ? b : a;
};

/** Several versions' samples as one: values concatenated, case codes mapped to shared ids. */
function mergeSamples(parts: readonly Samples[], metrics: readonly Metric[]): Samples {
  if (parts.length === 1) return parts[0]!;
  const values: Partial<Record<Metric, Float64Array>> = {};
  for (const m of metrics) {
    const arrays = parts.map((p) => p.values[m]).filter((a) => a !== undefined);
    if (arrays.length === 0) continue;
    const out = new Float64Array(arrays.reduce((n, a) => n + a.length, 0));
    let at = 0;
    for (const a of arrays) {
      out.set(a, at);
      at += a.length;
    }
    values[m] = out;
  }
  const withCases = parts.every((p) => p.cases !== undefined);
  return {
    rows: parts.reduce((n, p) => n + p.rows, 0),
    values,
    from: parts.reduce<string | null>((t, p) => earlier(t, p.from, true), null),
    to: parts.reduce<string | null>((t, p) => earlier(t, p.to, false), null),
    ...(withCases ? { cases: mergeCases(parts, metrics) } : {}),
  };
}

function mergeCases(parts: readonly Samples[], metrics: readonly Metric[]): SampleCases {
  const ids: string[] = [];
  const code = new Map<string, number>();
  const remaps = parts.map((p) =>
    p.cases!.ids.map((caseId) => {
      let c = code.get(caseId);
      if (c === undefined) {
        c = ids.length;
        code.set(caseId, c);
        ids.push(caseId);
      }
      return c;
    }),
  );
  const codes: Partial<Record<Metric, Int32Array>> = {};
  for (const m of metrics) {
    const arrays = parts.flatMap((p, i) => {
      const a = p.cases!.codes[m];
      return a ? [{ a, remap: remaps[i]! }] : [];
    });
    if (arrays.length === 0) continue;
    const out = new Int32Array(arrays.reduce((n, { a }) => n + a.length, 0));
    let at = 0;
    for (const { a, remap } of arrays) for (const c of a) out[at++] = c < 0 ? c : remap[c]!;
    codes[m] = out;
  }
  const tooLong = parts.reduce((n, p) => n + (p.cases!.tooLong ?? 0), 0);
  const hint = parts.find((p) => p.cases!.hint)?.cases!.hint;
  return {
    ids,
    codes,
    withoutKey: parts.reduce((n, p) => n + p.cases!.withoutKey, 0),
    ...(tooLong > 0 ? { tooLong } : {}),
    ...(hint && ids.length === 0 ? { hint } : {}),
  };
}
