// Stores for the worker tests: an ordinary pair, and hostile ones that pass every schema check
// but are slow or huge to read, through a generated column (SQL the store itself carries).
import type { BatchSpec, StoreSpec } from '../../scripts/store-writer.mjs';
import { writeStore } from '../../scripts/store-writer.mjs';
import { parseConfig } from '../../src/config/config.js';
import { inputName } from '../../src/config/parse.js';
import type { CompareRequest } from '../../src/engine.js';

const MIB = 1024 * 1024;
const config = parseConfig(() => undefined, inputName);

/** A comparison of the store files `head` and `base` (none: one store), with default settings. */
export function compareRequest(
  head: string,
  base: string | null,
  maxStoreBytes = 64 * MIB,
): CompareRequest {
  return {
    kind: 'compare',
    head: { path: head },
    base: base === null ? null : { path: base },
    options: config.analysis,
    failOn: 'regressed',
    generatedAt: '2026-11-01T00:00:00.000Z',
    maxStoreBytes,
  };
}

const batch = (start: string, count: number, quality: number): BatchSpec => ({
  count,
  start,
  spacingSeconds: 600,
  quality: { mean: quality, sd: 0.05 },
  latency: { median: 400, sigma: 0.3 },
  success: { p: 0.97 },
});

/** One prompt: 1.0.0 in the base store; the head store adds 1.1.0, worse by 0.15. */
export function pairSpec(head: boolean, extra: Partial<StoreSpec> = {}): StoreSpec {
  const versions = [
    {
      version: '1.0.0',
      timestamp: '2026-10-01T00:00:00+00:00',
      calls: [batch('2026-10-01T00:00:00+00:00', 60, 0.85)],
    },
  ];
  if (head)
    versions.push({
      version: '1.1.0',
      timestamp: '2026-10-10T00:00:00+00:00',
      calls: [batch('2026-10-10T00:00:00+00:00', 60, 0.7)],
    });
  return { seed: head ? 2 : 1, prompts: [{ name: 'summarizer', versions }], ...extra };
}

// accuracy becomes a column SQLite computes on every read, from SQL that the store carries.
function generatedAccuracy(expression: string): Partial<StoreSpec> {
  return {
    sql: {
      afterData: [
        'ALTER TABLE prompt_metrics DROP COLUMN accuracy',
        `ALTER TABLE prompt_metrics ADD COLUMN accuracy REAL AS (${expression})`,
      ],
    },
  };
}

/**
 * Valid, small (about 400 KB), and slow: each of its 4,000 calls builds a 2 MB string when read,
 * about 25 ms each, so reading it takes well over a minute.
 */
export function slowStore(): Promise<Uint8Array> {
  const spec = pairSpec(true, generatedAccuracy("length(printf('%.*c', 2000000 + id, 'x')) / 1e7"));
  const prompts = spec.prompts.map((p) => ({
    ...p,
    versions: p.versions.map((v) => ({
      ...v,
      calls: [batch(v.timestamp, 2000, 0.8)],
    })),
  }));
  return writeStore({ ...spec, prompts });
}

/** Valid and tiny, but reading a call builds a 1 GB string: SQLite's heap limit must stop it. */
export function hugeStringStore(): Promise<Uint8Array> {
  return writeStore(pairSpec(true, generatedAccuracy("length(printf('%.*c', 1000000000, 'x'))")));
}
