// Shared builders for the store tests: every store is written here, from a spec.
import { createHash } from 'node:crypto';
import type { BatchSpec, RowSpec, StoreSpec, VersionSpec } from '../../scripts/store-writer.mjs';
import { writeStore } from '../../scripts/store-writer.mjs';
import { openStore, type Store } from '../../src/store/open.js';

/** A batch of generated calls with every metric present. */
export function batch(start: string, count: number, extra: Partial<BatchSpec> = {}): BatchSpec {
  return {
    count,
    start,
    spacingSeconds: 600,
    quality: { mean: 0.85, sd: 0.05 },
    accuracy: { mean: 0.8, sd: 0.05 },
    latency: { median: 400, sigma: 0.3 },
    success: { p: 0.95 },
    ...extra,
  };
}

/** A small store: one prompt, two versions with calls. */
export function simpleSpec(extra: Partial<StoreSpec> = {}): StoreSpec {
  return {
    seed: 3,
    prompts: [
      {
        name: 'summarizer',
        versions: [
          {
            version: '1.0.0',
            timestamp: '2026-10-01T00:00:00+00:00',
            calls: [batch('2026-10-01T00:00:00+00:00', 40)],
          },
          {
            version: '1.1.0',
            timestamp: '2026-10-10T00:00:00+00:00',
            calls: [batch('2026-10-10T00:00:00+00:00', 30)],
          },
        ],
      },
    ],
    ...extra,
  };
}

/**
 * A store of one prompt, `p`, whose version `1` has exactly these calls; `others` are further
 * versions of `p`.
 */
export function rowsSpec(
  rows: readonly RowSpec[],
  extra: Partial<StoreSpec> = {},
  others: readonly VersionSpec[] = [],
): StoreSpec {
  return {
    prompts: [
      {
        name: 'p',
        versions: [
          { version: '1', timestamp: '2026-11-01T00:00:00Z', calls: [{ rows }] },
          ...others,
        ],
      },
    ],
    ...extra,
  };
}

/** Writes a spec and opens it. */
export async function open(spec: StoreSpec, label = 'test.sqlite'): Promise<Store> {
  return openStore(await writeStore(spec), { label });
}

/** The error a promise rejects with, fields and all (fails the test when it resolves). */
export async function rejection(
  promise: Promise<unknown>,
): Promise<Error & Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error('expected a rejection');
}

/** sha256 hex of bytes, to show that they did not change. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** numpy's default (linear) quantile, written out independently of src/. */
export function npQuantile(values: readonly number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const i = Math.floor(pos);
  const j = Math.min(i + 1, s.length - 1);
  return s[i]! * (1 - (pos - i)) + s[j]! * (pos - i);
}

/** Arithmetic mean, null for none. */
export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** SQL that grows a store past the 8 MiB full-check size with a 9 MiB annotation. */
export const BLOAT_PAST_FULL_CHECK =
  "INSERT INTO annotations (version_id, author, text, timestamp) VALUES (1, 'x', hex(zeroblob(4718592)), '2026-10-01')";

/**
 * SQL that rebuilds the version index on a column holding the other version's id (of a
 * two-version store) while its schema text still says `version_id`: a lying index.
 */
export const LYING_VERSION_INDEX = [
  'ALTER TABLE prompt_metrics ADD COLUMN swapped INTEGER',
  'UPDATE prompt_metrics SET swapped = 3 - version_id',
  'DROP INDEX idx_metrics_version',
  'CREATE INDEX idx_metrics_version ON prompt_metrics(swapped)',
  'PRAGMA writable_schema = ON',
  "UPDATE sqlite_master SET sql = 'CREATE INDEX idx_metrics_version ON prompt_metrics(version_id)' WHERE name = 'idx_metrics_version'",
];
