// An index that disagrees with its table: PRAGMA quick_check passes it, and queries that read
// names from the index would report a prompt that is not in the table. The store fuzzer found
// this; openStore must refuse such a store.
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { writeStore } from '../../scripts/store-writer.mjs';
import { summarize } from '../../src/analysis/summary.js';
import { openStore } from '../../src/store/open.js';
import { BLOAT_PAST_FULL_CHECK, LYING_VERSION_INDEX, rejection, simpleSpec } from './helpers.js';

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

describe('above the full-check size, a version index built on another column', () => {
  // A 9 MiB annotation: above 8 MiB the calls table is checked as it is read, not up front.
  const bloat = BLOAT_PAST_FULL_CHECK;
  const forge = LYING_VERSION_INDEX;

  it('fails the read of the calls it would swap, naming the call', async () => {
    const honest = await openStore(await writeStore(simpleSpec({ sql: { afterData: [bloat] } })), { label: 'db.sqlite' }); // prettier-ignore
    expect(honest.samples({ versionId: 2, metrics: ['quality_score'] }).rows).toBe(30);
    honest.close();
    const store = await openStore(await writeStore(simpleSpec({ sql: { afterData: [bloat, ...forge] } })), { label: 'db.sqlite' }); // prettier-ignore
    let error: unknown;
    try {
      store.samples({ versionId: 2, metrics: ['quality_score'] });
    } catch (e) {
      error = e;
    }
    store.close();
    expect(error).toMatchObject({ name: 'StoreError', code: 'corrupt' });
    expect((error as Error).message).toMatch(
      /^Cannot read store "db\.sqlite": the SQLite file is corrupt: the index on prompt_metrics\(version_id\) lists call \d+ under version id 2, but the call belongs to 1;/,
    );
  });

  it("fails the summary, which reads every version's calls, naming the call", async () => {
    const store = await openStore(await writeStore(simpleSpec({ sql: { afterData: [bloat, ...forge] } })), { label: 'db.sqlite' }); // prettier-ignore
    let error: unknown;
    try {
      summarize(store, 'now');
    } catch (e) {
      error = e;
    }
    store.close();
    expect(error).toMatchObject({ name: 'StoreError', code: 'corrupt' });
    expect((error as Error).message).toMatch(
      /^Cannot read store "db\.sqlite": the SQLite file is corrupt: the index on prompt_metrics\(version_id\) lists call \d+ under version id \d, but the call belongs to \d;/,
    );
  });
});
