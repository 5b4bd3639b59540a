// An index that disagrees with its table: PRAGMA quick_check passes it, and queries that read
// names from the index would report a prompt that is not in the table. The store fuzzer found
// this; openStore must refuse such a store.
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { writeStore } from '../../scripts/store-writer.mjs';
import { openStore } from '../../src/store/open.js';
import { rejection, simpleSpec } from './helpers.js';

// Flips one letter of `text` inside the index's root page (the store is small: one page).
async function damageIndex(bytes: Uint8Array, index: string, text: string): Promise<Uint8Array> {
  const SQL = await initSqlJs();
  const db = new SQL.Database(bytes);
  const root = Number(
    db.exec(`SELECT rootpage FROM sqlite_master WHERE name = '${index}'`)[0]?.values[0]?.[0],
  );
  const pageSize = Number(db.exec('PRAGMA page_size')[0]?.values[0]?.[0]);
  db.close();
  const out = bytes.slice();
  const page = out.subarray((root - 1) * pageSize, root * pageSize);
  const at = Buffer.from(page).indexOf(text);
  expect(at).toBeGreaterThan(0);
  page[at + 4] = page[at + 4]! ^ 0x10; // 'a' -> 'q'
  return out;
}

async function quickCheck(bytes: Uint8Array): Promise<unknown> {
  const SQL = await initSqlJs();
  const db = new SQL.Database(bytes);
  try {
    return db.exec('PRAGMA quick_check')[0]?.values[0]?.[0];
  } finally {
    db.close();
  }
}

describe('an index that disagrees with its table', () => {
  it('passes quick_check but is refused as corrupt', async () => {
    const damaged = await damageIndex(await writeStore(simpleSpec()), 'idx_name', 'summarizer');
    expect(await quickCheck(damaged)).toBe('ok');
    const error = await rejection(openStore(damaged, { label: 'db.sqlite' }));
    expect(error).toMatchObject({ name: 'StoreError', code: 'corrupt' });
    expect(error.message).toMatch(
      /^Cannot read store "db.sqlite": the SQLite file is corrupt \(integrity_check: .*idx_name/,
    );
  });
});

describe('above the full-check size, the indexes on prompt_metrics', () => {
  // A 9 MiB annotation: the calls table is then checked through its indexes, not page by page.
  const bloat = "INSERT INTO annotations (version_id, author, text, timestamp) VALUES (1, 'x', hex(zeroblob(4718592)), '2026-10-01')"; // prettier-ignore

  it('are checked against the table: an honest store opens', async () => {
    const store = await openStore(await writeStore(simpleSpec({ sql: { afterData: [bloat] } })), { label: 'db.sqlite' }); // prettier-ignore
    expect(store.versions()).toHaveLength(2);
    store.close();
  });

  it('refuse a partial index or one on an expression, which cannot be checked that way', async () => {
    for (const index of [
      'CREATE INDEX odd ON prompt_metrics(version_id) WHERE quality_score > 0.5',
      'CREATE INDEX odd ON prompt_metrics(version_id + 0)',
    ]) {
      const bytes = await writeStore(simpleSpec({ sql: { afterData: [bloat, index] } }));
      const error = await rejection(openStore(bytes, { label: 'db.sqlite' }));
      expect(error).toMatchObject({ name: 'StoreError', code: 'unchecked_index' });
      expect(error.message).toMatch(/index that cannot be checked cheaply at this size \(odd: /);
    }
  });
});
