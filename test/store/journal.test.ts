import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interruptTransaction, writeStore } from '../../scripts/store-writer.mjs';
import { openStoreFile } from '../../src/store/file.js';
import { applyRollback, readJournal } from '../../src/store/journal.js';
import { openStore, type Store } from '../../src/store/open.js';
import { BLOAT_PAST_FULL_CHECK, rejection, sha256, simpleSpec } from './helpers.js';
import { queriesOf } from './queries.js';

const dir = mkdtempSync(path.join(tmpdir(), 'pv-journal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The unfinished transaction: a new version with 300 calls, and every committed quality raised.
const TRANSACTION = [
  "INSERT INTO prompt_versions (name, version, system_prompt, user_prompt, timestamp) VALUES ('summarizer', '9.9.9', 's', 'u', '2026-11-01T00:00:00+00:00')",
  ...Array.from(
    { length: 300 },
    (_, i) =>
      `INSERT INTO prompt_metrics (version_id, quality_score, latency_ms, success, timestamp, metadata) VALUES (3, 0.99, 100, 1, '2026-11-01T00:${String(i % 60).padStart(2, '0')}:00+00:00', '${'x'.repeat(200)}')`,
  ),
  'UPDATE prompt_metrics SET quality_score = 0.99',
];

let committed: Uint8Array;
beforeAll(async () => {
  committed = await writeStore(simpleSpec());
});

function shape(store: Store): { versions: string[]; calls: number } {
  const versions = store.versions();
  return {
    versions: versions.map((v) => v.version),
    calls: versions.reduce((n, v) => n + v.calls, 0),
  };
}

describe('a hot rollback journal (a writer killed inside a transaction)', () => {
  it.each([
    ['one segment', {}],
    ['three segments', { segments: 3 }],
    ['an unsynced journal (record count 0xffffffff)', { unsynced: true }],
    ['a 4096-byte sector', { sectorSize: 4096, segments: 2 }],
  ])('rolls back to the committed bytes exactly: %s', async (_, options) => {
    const left = await interruptTransaction(committed, TRANSACTION, options);
    expect(left.store.length).toBeGreaterThan(committed.length);
    expect(left.changedPages).toBeGreaterThan(1);
    const rollback = readJournal(left.journal, 'db.sqlite', 'fix');
    expect(rollback?.original.size).toBe(left.changedPages);
    expect(sha256(applyRollback(left.store, rollback!))).toBe(sha256(committed));
  });

  it('reads the committed state of bytes with their journal, and the uncommitted one without it', async () => {
    const left = await interruptTransaction(committed, TRANSACTION, { segments: 2 });
    const read = await openStore(left.store, { label: 'artifact', journal: left.journal });
    expect(shape(read)).toEqual({ versions: ['1.1.0', '1.0.0'], calls: 70 });
    read.close();
    // What a reader that ignores the journal would see: the transaction's rows.
    const ignored = await openStore(left.store, { label: 'artifact' });
    expect(shape(ignored).calls).toBe(370);
    ignored.close();
  });

  it('reads the committed state of a file with a -journal beside it, and writes neither', async () => {
    const left = await interruptTransaction(committed, TRANSACTION);
    const file = path.join(dir, 'db.sqlite');
    writeFileSync(file, left.store);
    writeFileSync(`${file}-journal`, left.journal);
    const store = await openStoreFile(file);
    expect(shape(store)).toEqual({ versions: ['1.1.0', '1.0.0'], calls: 70 });
    const samples = store.samples({ versionId: 1, metrics: ['quality_score'] });
    expect(Math.max(...(samples.values.quality_score ?? []))).toBeLessThan(0.99);
    store.close();
    expect(sha256(readFileSync(file))).toBe(sha256(left.store));
    expect(sha256(readFileSync(`${file}-journal`))).toBe(sha256(left.journal));
  });

  it("gives the summary of the committed state when it reads the table's pages", async () => {
    // The daily summary over a store whose writer was killed: the page walk reads the file
    // through the journal's pages, as SQLite does, not the transaction's rows.
    const left = await interruptTransaction(committed, TRANSACTION, { segments: 2 });
    const file = path.join(dir, 'walked.sqlite');
    writeFileSync(file, left.store);
    writeFileSync(`${file}-journal`, left.journal);
    const query = {
      means: ['quality_score', 'latency_ms'],
      quantiles: { quality_score: [0.5] },
    } as const;
    const store = await openStoreFile(file);
    let walked = '';
    const queries = await queriesOf(() => (walked = JSON.stringify([...store.digest(query)])));
    store.close();
    // Read from the pages, not by the query it falls back on.
    expect(queries.filter((q) => / FROM prompt_metrics NOT INDEXED$/.test(q))).toEqual([]);
    const clean = await openStore(committed, { label: 'committed' });
    const expected = JSON.stringify([...clean.digest({ ...query, readPages: false })]);
    clean.close();
    expect(walked).toBe(expected);
    expect(walked).not.toContain('0.99');
  });

  it("gives the health report's reads of the committed state from the pages", async () => {
    // A daily health report over a store past 8 MiB whose writer was killed: the version's
    // calls, the cost table and the newest call are read from the pages through the journal.
    const big = await writeStore(simpleSpec({ sql: { afterData: [BLOAT_PAST_FULL_CHECK] } }));
    const left = await interruptTransaction(big, TRANSACTION, { segments: 2 });
    const file = path.join(dir, 'health.sqlite');
    writeFileSync(file, left.store);
    writeFileSync(`${file}-journal`, left.journal);
    const [since, until] = ['2026-09-01T00:00:00Z', '2026-12-01T00:00:00Z'];
    const reads = (store: Store): string => {
      store.focus!(since, until);
      return JSON.stringify([
        store.lastCallAt(),
        store.costByDay(since, until),
        store.contexts(1, since, until),
        store.daily(1, since, until),
      ]);
    };
    const store = await openStoreFile(file);
    let walked = '';
    const queries = await queriesOf(() => (walked = reads(store)));
    store.close();
    // From the pages: no query of a version's calls, of the month's costs or of a day's newest.
    const byQuery = (q: string): boolean =>
      q.startsWith('SELECT r.id') ||
      q.startsWith('SELECT julianday(timestamp), CASE') ||
      (q.startsWith('SELECT max(julianday') && q.includes('timestamp >= ?'));
    expect(queries.filter(byQuery)).toEqual([]);
    const clean = await openStore(big, { label: 'committed' });
    const expected = reads(clean);
    clean.close();
    expect(walked).toBe(expected);
    // The transaction's calls of 2026-11-01 are not among them.
    expect(walked).not.toContain('2026-11-01');
  });

  it('ignores a journal that is not hot: empty, or its header zeroed by a commit (PERSIST mode)', async () => {
    const left = await interruptTransaction(committed, TRANSACTION);
    const zeroed = left.journal.slice();
    zeroed.fill(0, 0, 28);
    for (const journal of [new Uint8Array(0), zeroed]) {
      expect(readJournal(journal, 'x', 'fix')).toBeNull();
      const store = await openStore(left.store, { label: 'x', journal });
      expect(shape(store).calls).toBe(370);
      store.close();
    }
  });

  it('stops at a record cut short or with a bad checksum, as SQLite does', async () => {
    const left = await interruptTransaction(committed, TRANSACTION);
    const cut = left.journal.subarray(0, left.journal.length - 10);
    expect(readJournal(cut, 'x', 'fix')?.original.size).toBe(left.changedPages - 1);
    const bad = left.journal.slice();
    const pageSize = new DataView(bad.buffer).getUint32(24);
    // The checksum of the second record.
    bad[512 + 2 * (pageSize + 8) - 1]! ^= 0xff;
    expect(readJournal(bad, 'x', 'fix')?.original.size).toBe(1);
  });

  it('refuses a damaged journal, or one of a multi-database transaction, saying how to recover', async () => {
    const left = await interruptTransaction(committed, TRANSACTION);
    const damaged = left.journal.slice();
    damaged.fill(0xff, 24, 28);
    const file = path.join(dir, 'damaged.sqlite');
    writeFileSync(file, left.store);
    writeFileSync(`${file}-journal`, damaged);
    const e = await rejection(openStoreFile(file));
    expect(e.code).toBe('hot_journal');
    expect(e.message).toBe(
      `Cannot read store "${file}": a writer was interrupted inside a transaction and left a ` +
        'rollback journal (-journal) that has a corrupt header (page size 4294967295, sector ' +
        `size 512); run sqlite3 ${file} 'PRAGMA integrity_check': SQLite rolls the journal back; then retry.`,
    );
    // A super-journal name at the end: name, its length, a checksum, the magic.
    const name = new TextEncoder().encode('/tmp/db-mj0123');
    const tail = new Uint8Array(name.length + 16);
    tail.set(name);
    new DataView(tail.buffer).setUint32(name.length, name.length);
    tail.set(left.journal.subarray(0, 8), name.length + 8);
    const multi = new Uint8Array([...left.journal, ...tail]);
    const m = await rejection(openStore(left.store, { label: 'artifact x', journal: multi }));
    expect(m.code).toBe('hot_journal');
    expect(m.message).toMatch(
      /several databases; open the store once with sqlite3 .*uploaded or committed/,
    );
  });

  it('says nothing was committed when the transaction that created the store was interrupted', async () => {
    const left = await interruptTransaction(committed, TRANSACTION);
    const empty = left.journal.slice();
    new DataView(empty.buffer).setUint32(16, 0);
    const e = await rejection(openStore(left.store, { label: 'x', journal: empty }));
    expect(e.code).toBe('empty');
    expect(e.message).toMatch(
      /interrupted inside the transaction that created it.*nothing was ever committed/,
    );
  });
});
