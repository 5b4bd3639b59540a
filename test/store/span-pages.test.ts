// A version's calls read from the store's pages (span-pages.ts, the version index's entries walked
// in index-walk.ts, the calls sought in table-walk.ts) must be readSpan's query's answer bit for
// bit, and must hand every case it cannot promise that for to the query.
import type { Database } from 'sql.js';
import { describe, expect, it, vi } from 'vitest';
import { writeStore, type StoreSpec } from '../../scripts/store-writer.mjs';
import { timestampsOf } from '../../src/store/by-rowid.js';
import { VersionIndex } from '../../src/store/index-walk.js';
import { openDatabase } from '../../src/store/open.js';
import { SpanWalk } from '../../src/store/span-pages.js';
import { CallsPages } from '../../src/store/table-walk.js';
import { readSpan } from '../../src/store/span.js';
import { allRows, timestampsById } from '../../src/store/sql.js';
import { ODD_VALUES, bits, spec } from './awkward.js';
import { BLOAT_PAST_FULL_CHECK, LYING_VERSION_INDEX, simpleSpec } from './helpers.js';
import { queriesOf } from './queries.js';

// Versions 3 to 40 added, and the calls spread over all 40 in no order of id: each version's
// entries then lie in several places of the index, interior cells included.
const FORTY_VERSIONS = [
  'WITH RECURSIVE n(i) AS (SELECT 3 UNION ALL SELECT i + 1 FROM n WHERE i < 40) ' +
    'INSERT INTO prompt_versions (id, name, version, system_prompt, user_prompt, timestamp) ' +
    "SELECT i, 'q', 'v' || i, '', '', '2026-10-31T00:00:00Z' FROM n",
  'UPDATE prompt_metrics SET version_id = 1 + (id * 7) % 40',
];

// Julian days of spans: all time, and cuts through the awkward stores' four days.
const SPANS: [number, number][] = [
  [0, 1e7],
  [2461345.5, 2461347.5],
  [2461346.49999, 2461346.50001],
  [2461346.7, 2461349],
];

// What a walk through all of a version's calls learns of them, as SQLite gives it: their count,
// the newest (the first of the largest Julian day) and those at or after Julian day `to`.
function wholeOf(db: Database, v: number, to: number): object {
  const [calls, lastJd, lastId] = allRows(
    db,
    'SELECT count(*), max(julianday(timestamp)), id FROM prompt_metrics WHERE version_id = ?',
    [v],
  )[0]!;
  const q =
    'SELECT count(*) FROM prompt_metrics WHERE version_id = ? AND julianday(timestamp) >= ?';
  const after = allRows(db, q, [v, to])[0]![0];
  return calls === 0
    ? { calls, lastJd: null, lastId: NaN, after }
    : { calls, lastJd, lastId, after };
}

async function open(s: StoreSpec): Promise<Awaited<ReturnType<typeof openDatabase>>> {
  return openDatabase(await writeStore(s), { label: 'w.sqlite' });
}

describe('a span read from the pages', () => {
  it("gives readSpan's calls bit for bit, without handing any to the query", async () => {
    const stores: StoreSpec[] = [
      spec(1, 400, { sql: { afterData: ODD_VALUES } }),
      spec(2, 300, { sql: { afterData: ODD_VALUES }, pageSize: 512 }),
      spec(3, 400, { sql: { afterData: ODD_VALUES } }, 0),
      spec(4, 600, { sql: { afterData: FORTY_VERSIONS }, pageSize: 512 }),
      spec(5, 200, { pageSize: 65536 }),
    ];
    let calls = 0;
    for (const s of stores) {
      const { db, schema } = await open(s);
      const walk = SpanWalk.prepare(db, schema);
      expect(walk).not.toBeNull();
      for (const v of [1, 2, 7, 40, 99])
        for (const [from, to] of SPANS) {
          const queried = readSpan(db, schema, 'w.sqlite', v, from, to);
          const { whole, ...walked } = walk!.read(v, from, to, 100)!;
          expect(bits(walked)).toBe(bits(queried));
          // Read through every call of the version: its count, newest and those after the span.
          expect(whole).toEqual(wholeOf(db, v, to));
          calls += walked.n;
        }
      db.close();
    }
    // The spans held calls, of many models, BLOBs and odd values among them.
    expect(calls).toBeGreaterThan(5000);
  });

  it('hands the span to the query where the pages cannot promise its answer', async () => {
    const blob = "UPDATE prompt_metrics SET timestamp = X'32303236' WHERE id % 9 = 0";
    for (const afterData of [[blob], [BLOAT_PAST_FULL_CHECK, ...LYING_VERSION_INDEX]]) {
      const { db, schema } = await open(spec(6, 100, { sql: { afterData } }));
      const walk = SpanWalk.prepare(db, schema)!;
      expect(walk.read(2, 0, 1e7, 100)).toBeUndefined();
      db.close();
    }
    // Bytes that are not UTF-8 in a model name, which JavaScript would read as another name's
    // text: not held (null), so that the queries answer.
    const bad = "UPDATE prompt_metrics SET model_name = CAST(X'61ff62' AS TEXT) WHERE id % 5 = 0";
    const { db, schema } = await open(spec(6, 100, { sql: { afterData: [bad] } }));
    expect(SpanWalk.prepare(db, schema)!.read(2, 0, 1e7, 100)).toBeNull();
    db.close();
    // No index on version_id, or one of two columns: the query reads the calls.
    for (const afterData of [
      ['DROP INDEX idx_metrics_version'],
      [
        'DROP INDEX idx_metrics_version',
        'CREATE INDEX vt ON prompt_metrics(version_id, timestamp)',
      ],
      ['DROP INDEX idx_metrics_version', 'CREATE INDEX vd ON prompt_metrics(version_id DESC)'],
    ]) {
      const { db, schema } = await open(spec(6, 100, { sql: { afterData } }));
      expect(SpanWalk.prepare(db, schema)).toBeNull();
      db.close();
    }
  });

  it('hands the span to the query when the index lists a call the table lacks', async () => {
    // The version index's b-tree swapped for one built over a copy of the calls with one more.
    const ghost = [
      BLOAT_PAST_FULL_CHECK,
      'CREATE TABLE copy (id INTEGER PRIMARY KEY, version_id INTEGER, timestamp TEXT)',
      'INSERT INTO copy SELECT id, version_id, timestamp FROM prompt_metrics',
      "INSERT INTO copy (id, version_id, timestamp) VALUES (99999, 1, '2026-11-02T00:00:00Z')",
      'CREATE INDEX copy_version ON copy(version_id)',
      'PRAGMA writable_schema = ON',
      "UPDATE sqlite_master SET rootpage = (SELECT rootpage FROM sqlite_master WHERE name = 'copy_version') WHERE name = 'idx_metrics_version'", // prettier-ignore
    ];
    const { db, schema } = await open(spec(7, 100, { sql: { afterData: ghost } }));
    const walk = SpanWalk.prepare(db, schema)!;
    expect(walk.read(1, 0, 1e7, 100)).toBeUndefined();
    // The query skips the call it cannot find; the other version reads from the pages.
    const queried = readSpan(db, schema, 'w.sqlite', 1, 0, 1e7)!;
    expect(queried.n).toBeGreaterThan(90);
    expect(queried.ids).not.toContain(99999);
    const { whole, ...walked } = walk.read(2, 0, 1e7, 100)!;
    expect(bits(walked)).toBe(bits(readSpan(db, schema, 'w.sqlite', 2, 0, 1e7)));
    const count = allRows(db, 'SELECT count(*) FROM prompt_metrics WHERE version_id = 2');
    expect(whole?.calls).toBe(count[0]![0]);
    db.close();
  });
});

describe('every span read in one pass over the table', () => {
  // 40 versions of 100 calls or more each, every version's calls among all the others'.
  const interleaved = (seed: number, pageSize: number, afterData: string[] = []): StoreSpec =>
    spec(seed, 4400, { sql: { afterData: [...FORTY_VERSIONS, ...afterData] }, pageSize });

  it("gives the walk's spans bit for bit, seeking no version's calls", async () => {
    for (const [seed, pageSize] of [
      [11, 512],
      [12, 4096],
    ] as const) {
      const { db, schema } = await open(interleaved(seed, pageSize, ODD_VALUES));
      for (const [from, to] of SPANS) {
        const walk = SpanWalk.prepare(db, schema)!;
        const seek = vi.spyOn(CallsPages.prototype, 'seek');
        for (const v of [7, 1, 2, 40, 99]) {
          const { whole, ...passed } = walk.read(v, from, to, 100)!;
          expect(bits(passed)).toBe(bits(readSpan(db, schema, 'w.sqlite', v, from, to)));
          expect(whole).toEqual(wholeOf(db, v, to));
        }
        // Only version 99, which has no call, is read by the walk.
        expect(seek.mock.calls.filter((c) => c[0].length > 0)).toEqual([]);
        seek.mockRestore();
      }
      db.close();
    }
  });

  it('leaves a version whose index entries are not its calls to the walk', async () => {
    // Two versions, one call in ten the first's, each call's version swapped in the index.
    const sparse = 'UPDATE prompt_metrics SET version_id = CASE WHEN id % 10 = 0 THEN 1 ELSE 2 END';
    const afterData = [sparse, BLOAT_PAST_FULL_CHECK, ...LYING_VERSION_INDEX];
    const { db, schema } = await open(spec(13, 4400, { sql: { afterData } }));
    const walk = SpanWalk.prepare(db, schema)!;
    const all = vi.spyOn(CallsPages.prototype, 'walk');
    expect(walk.read(2, 0, 1e7, 100)).toBeUndefined();
    expect(walk.read(1, 0, 1e7, 100)).toBeUndefined();
    // The pass was taken: the index's entries for version 2 lie spread.
    expect(all).toHaveBeenCalledTimes(1);
    all.mockRestore();
    db.close();
  });
});

describe('the version index read from its pages', () => {
  it("counts and lists each version's calls as the queries through the index do", async () => {
    for (const pageSize of [512, 4096]) {
      const { db } = await open(spec(8, 700, { sql: { afterData: FORTY_VERSIONS }, pageSize }));
      const index = VersionIndex.open(db, 'idx_metrics_version');
      for (let v = 0; v <= 41; v++) {
        const ids = allRows(db, 'SELECT rowid FROM prompt_metrics WHERE version_id = ?', [v]);
        expect([...index.rowids(v, 1e6)]).toEqual(ids.map((r) => r[0]));
        expect(index.count(v)).toBe(ids.length);
      }
      // Versions with calls: every one of the 40.
      expect(index.count(40)).toBeGreaterThan(20);
      db.close();
    }
  });
});

const sorted = (m: Map<number, string>): [number, string][] => [...m].sort((a, b) => a[0] - b[0]);

describe('timestamps by id from the pages', () => {
  it('gives what the query by id gives, missing ids and odd timestamps included', async () => {
    const odd = [
      "UPDATE prompt_metrics SET timestamp = X'41' WHERE id = 5",
      'UPDATE prompt_metrics SET timestamp = 12345 WHERE id = 6',
    ];
    const { db } = await open(simpleSpec({ sql: { afterData: odd } }));
    const n = Number(allRows(db, 'SELECT max(id) FROM prompt_metrics')[0]![0]);
    const lists = [[1, n], [n, 1, 1, 3], [5], [2, 5], [6, 2], [n + 1, 2], [], [-1, 0.5, 2]];
    // The first few are asked of SQLite (the walk's setup would cost more), then the pages.
    for (const round of ['queries', 'pages']) {
      const sql = await queriesOf(() => {
        for (const ids of lists)
          expect(sorted(timestampsOf(db, ids))).toEqual(sorted(timestampsById(db, ids)));
      });
      const byId = sql.filter((q) => q.includes('json_each'));
      // timestampsById asks for the 7 lists that hold an id; timestampsOf asks for the 7 in the
      // first round, then for the 8th request and the 2 the pages cannot answer (a missing id,
      // a timestamp that is a number).
      expect(byId.length).toBe(round === 'queries' ? 7 + 7 : 7 + 3);
    }
    expect(timestampsOf(db, [1, n]).size).toBe(2);
    db.close();
  });
});
