import { describe, expect, it } from 'vitest';
import { writeStore, type StoreSpec } from '../../scripts/store-writer.mjs';
import { commonModels } from '../../src/store/digest.js';
import { openDatabase, openStore } from '../../src/store/open.js';
import { checkSchema } from '../../src/store/schema.js';
import type { DigestQuery } from '../../src/store/types.js';
import { BLOAT_PAST_FULL_CHECK, batch, open, rejection } from './helpers.js';

const QUERY: DigestQuery = {
  means: ['success', 'quality_score', 'cost_eur', 'total_tokens', 'latency_ms'],
  quantiles: { quality_score: [0.5], latency_ms: [0.5, 0.95] },
};

// Values where the order and the method of summation show in the last bits, integers that
// SQLite sums exactly in 64 bits (some past 2^53), integers mixed with reals, signed zeros, text
// and infinities that do not count, and model names whose order depends on SQLite's BINARY
// collation (UTF-8 bytes, text before blobs).
const AWKWARD = [
  'UPDATE prompt_metrics SET cost_eur = CASE id % 5 WHEN 0 THEN 1e16 WHEN 1 THEN 1.0 WHEN 2 THEN -1e16 WHEN 3 THEN 0.1 ELSE 1e-300 END WHERE version_id = 1',
  'UPDATE prompt_metrics SET quality_score = CASE id % 4 WHEN 0 THEN 1 WHEN 1 THEN 0.30000000000000004 WHEN 2 THEN -0.0 ELSE 7 END WHERE version_id = 2',
  'UPDATE prompt_metrics SET total_tokens = 9007199254740993 WHERE version_id = 3',
  'UPDATE prompt_metrics SET total_tokens = 1152921504606846976 + id WHERE version_id = 8 AND id % 3 = 0',
  'UPDATE prompt_metrics SET cost_eur = 4503599627370496.0 + id WHERE version_id = 4',
  'UPDATE prompt_metrics SET cost_eur = 0.1 * (id % 10) + 1e-17 * id, total_tokens = CASE WHEN id % 2 = 0 THEN 3 ELSE 0.5 END WHERE version_id = 5',
  "UPDATE prompt_metrics SET latency_ms = CASE id % 4 WHEN 0 THEN 'slow' WHEN 1 THEN 0.0 WHEN 2 THEN -0.0 ELSE latency_ms END WHERE version_id = 6",
  "UPDATE prompt_metrics SET quality_score = 9e999, success = 'yes' WHERE id % 11 = 0",
  "UPDATE prompt_metrics SET model_name = CASE id % 9 WHEN 0 THEN 'Ä' WHEN 1 THEN '😀' WHEN 2 THEN 'Ａ' WHEN 3 THEN x'6869' WHEN 4 THEN 42 WHEN 5 THEN NULL WHEN 6 THEN 'b' ELSE 'a' END WHERE version_id = 7",
  'UPDATE prompt_metrics SET version_id = 999 WHERE id % 17 = 0',
];

function spec(n: number, after: readonly string[] = AWKWARD): StoreSpec {
  return {
    seed: n,
    prompts: Array.from({ length: 4 }, (_, p) => ({
      name: `p${p}`,
      versions: Array.from({ length: 2 }, (_, v) => ({
        version: `1.${v}.0`,
        timestamp: `2026-10-0${v + 1}T00:00:00Z`,
        calls: [
          batch('2026-10-01T00:00:00Z', n + 7 * p + v, {
            model: p % 2 ? 'gpt-4o' : 'gpt-4o-mini',
            quality: { mean: 0.8, sd: 0.1, nullP: 0.1 },
            latency: { median: 400, sigma: 0.5, nullP: 0.1 },
          }),
          batch('2026-10-02T00:00:00+05:00', 5 + v, { model: 'other', offset: '+05:00' }),
        ],
      })),
    })),
    sql: { afterData: [...after] },
  };
}

describe('digest()', () => {
  it("gives SQLite's own avg() bit for bit, and the models in SQLite's order", async () => {
    for (const n of [1, 40, 300]) {
      const store = await open(spec(n));
      const totals = store.totals(QUERY.means);
      const digest = store.digest(QUERY);
      const ids = (keys: Iterable<number>): number[] => [...keys].sort((a, b) => a - b);
      expect(ids(digest.keys())).toEqual(ids(totals.keys()).filter((id) => id !== 999));
      for (const [id, d] of digest) {
        const t = totals.get(id)!;
        expect(d.calls).toBe(t.calls);
        expect(d.models).toEqual(t.models);
        for (const m of QUERY.means) expect(Object.is(d.means[m], t.metrics[m]!.mean)).toBe(true);
      }
      store.close();
    }
  });

  it('gives the same digest when memory allows few values at once, with or without the index', async () => {
    const variants = [
      AWKWARD,
      [...AWKWARD, 'DROP INDEX idx_metrics_version'],
      // Negative ids: the largest rowid no longer bounds the calls, so the index is read late.
      [...AWKWARD, 'UPDATE prompt_metrics SET id = -id'],
    ];
    for (const after of variants) {
      const store = await open(spec(60, after));
      const whole = JSON.stringify([...store.digest(QUERY)]);
      for (const maxHeld of [1, 10, 100])
        expect(JSON.stringify([...store.digest({ ...QUERY, maxHeld })])).toBe(whole);
      store.close();
    }
  });

  it('refuses a store whose version index leaves calls out', async () => {
    // Above 8 MiB the indexes are not checked whole when the store is opened.
    const partial = [
      BLOAT_PAST_FULL_CHECK,
      'DROP INDEX idx_metrics_version',
      'CREATE INDEX idx_metrics_version ON prompt_metrics(version_id) WHERE id % 2 = 0',
      'PRAGMA writable_schema = ON',
      "UPDATE sqlite_master SET sql = 'CREATE INDEX idx_metrics_version ON prompt_metrics(version_id)' WHERE name = 'idx_metrics_version'",
    ];
    const store = await openStore(await writeStore(spec(20, partial)), { label: 'db.sqlite' });
    const error = await rejection(Promise.resolve().then(() => store.digest(QUERY)));
    store.close();
    expect(error).toMatchObject({ name: 'StoreError', code: 'corrupt' });
    expect(error.message).toMatch(
      /^Cannot read store "db\.sqlite": the SQLite file is corrupt: the index on prompt_metrics\(version_id\) does not list the calls the table holds;/,
    );
  });
});

describe('commonModels()', () => {
  // 12,000 calls of one model first, then later versions with other models: the first calls
  // alone would name only the first model, and every later call would be decoded as text.
  function laterModels(): StoreSpec {
    const models = Array.from({ length: 20 }, (_, i) => `m${String(i).padStart(2, '0')}`);
    return {
      seed: 5,
      prompts: [
        {
          name: 'p',
          versions: [
            {
              version: '1',
              timestamp: '2026-10-01T00:00:00Z',
              calls: [batch('2026-10-01T00:00:00Z', 12_000, { model: 'first' })],
            },
            ...models.map((model, i) => ({
              version: `2.${i}`,
              timestamp: '2026-10-02T00:00:00Z',
              // m00 has the most calls, m19 the fewest.
              calls: [batch('2026-10-02T00:00:00Z', 1_000 - 40 * i, { model })],
            })),
          ],
        },
      ],
    };
  }

  it('codes the most common names of the whole table, not only of its first calls', async () => {
    const { db } = await openDatabase(await writeStore(laterModels()), { label: 'x' });
    const codes = commonModels(db, checkSchema(db, 'x'));
    db.close();
    expect(codes).toHaveLength(16);
    expect(codes).toContain('first');
    // The 15 most common later names; sampling may miss the rarest, never the most common.
    expect(codes).toEqual(expect.arrayContaining(['m00', 'm01', 'm02', 'm03', 'm04', 'm05']));
    expect(codes).not.toContain('m19');
  });

  it('gives the models SQLite gives, whichever names are coded', async () => {
    const store = await open(laterModels());
    const totals = store.totals(QUERY.means);
    for (const [id, d] of store.digest(QUERY)) expect(d.models).toEqual(totals.get(id)!.models);
    store.close();
  });
});
