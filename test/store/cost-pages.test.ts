// The cost table read from the store's pages (cost-pages.ts, over time-index.ts) must add each
// day's costs in the cost query's order, so that its sums are SQLite's GROUP BY's bit for bit, and
// must leave every case it cannot promise that for to the query.
import { describe, expect, it } from 'vitest';
import { writeStore, type StoreSpec } from '../../scripts/store-writer.mjs';
import { costDaysFromPages } from '../../src/store/cost-pages.js';
import { candidates, newestCall, walkTimestamps } from '../../src/store/instants.js';
import { openDatabase, openStore } from '../../src/store/open.js';
import { allRows, below, julian, numeric } from '../../src/store/sql.js';
import { readCostByDay } from '../../src/store/trends.js';
import { JulianDays } from '../../src/store/julian.js';
import { TimeIndex } from '../../src/store/time-index.js';
import { AWKWARD_COSTS, ODD_VALUES, RANGES, bits, spec } from './awkward.js';
import { BLOAT_PAST_FULL_CHECK } from './helpers.js';
import { queriesOf } from './queries.js';
import { readInSmallBatches } from './small-batches.js';

const WIDE: [string, string] = ['2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'];
// Spans whose days around them start, or end, amid the stores' calls.
const CUTS: [string, string][] = [
  ['2026-11-04T12:00:00Z', '2026-11-05T00:00:00Z'],
  ['2026-10-31T00:00:00Z', '2026-11-01T12:00:00Z'],
];
const ASCENDING = [
  'DROP INDEX idx_metrics_timestamp',
  'CREATE INDEX by_time ON prompt_metrics(timestamp)',
];

// The days from the pages for [since, until), or undefined where the query must answer.
async function fromPages(
  s: StoreSpec,
  ranges: readonly [string, string][] = [...RANGES, ...CUTS, WIDE],
): Promise<{ paged: unknown[]; queried: unknown[]; declined: number }> {
  const { db, schema } = await openDatabase(await writeStore(s), { label: 'c.sqlite' });
  const index = walkTimestamps(db)!;
  const paged: unknown[] = [];
  const queried: unknown[] = [];
  let declined = 0;
  for (const [since, until] of ranges) {
    const [from, to] = [julian(db, since, 'since'), julian(db, until, 'until')];
    const near = candidates(index, from, to);
    const sql =
      `SELECT julianday(timestamp), ${numeric(schema.callColumns, 'cost_eur')} FROM prompt_metrics ` +
      `WHERE ${near.sql} AND julianday(timestamp) BETWEEN ? AND ?`;
    const days = costDaysFromPages(db, schema, index, { sql, params: [...near.params, from, below(to)] }, from, to); // prettier-ignore
    if (!days) declined += 1;
    // What the report shows from them, and SQLite's GROUP BY over the same calls.
    paged.push(readCostByDay(db, schema, since, until, index, true));
    queried.push(readCostByDay(db, schema, since, until, index, false));
    if (days) {
      const sums = [...days].map(([z, d]) => [z, d.calls, d.cost.total()] as const);
      const grouped = allRows(
        db,
        `SELECT CAST(julianday(date(jd)) + 0.5 AS INTEGER), count(*), total(c) FROM (SELECT ` +
          `julianday(timestamp) AS jd, ${numeric(schema.callColumns, 'cost_eur')} AS c ` +
          `FROM prompt_metrics WHERE ${near.sql}) WHERE jd >= ? AND jd < ? GROUP BY 1`,
        [...near.params, from, to],
      );
      expect(bits(sums.sort((a, b) => a[0] - b[0]))).toBe(bits(grouped));
    }
  }
  db.close();
  return { paged, queried, declined };
}

readInSmallBatches();

describe('the cost table read from the pages', () => {
  it("adds each day's costs in the query's order, as SQLite's GROUP BY does", async () => {
    const stores = [
      spec(11, 500, { sql: { afterData: [AWKWARD_COSTS] } }, 0),
      spec(12, 400, { sql: { afterData: [...ODD_VALUES, AWKWARD_COSTS] }, pageSize: 512 }, 0),
      spec(13, 400, { sql: { afterData: [...ASCENDING, AWKWARD_COSTS] }, pageSize: 512 }, 0),
      spec(14, 300, { pageSize: 65536 }, 0),
    ];
    for (const s of stores) {
      const { paged, queried, declined } = await fromPages(s);
      expect(declined).toBe(0);
      expect(bits(paged)).toBe(bits(queried));
    }
  });

  it('leaves the sums to the query where the pages cannot promise its order', async () => {
    const cases: StoreSpec[] = [
      // Odd-shaped texts, a number and a BLOB among the timestamps: the query reads them first.
      spec(15, 200, {}, 0.02),
      spec(15, 200, { sql: { afterData: ['UPDATE prompt_metrics SET timestamp = 2461346.6 WHERE id = 9'] } }, 0), // prettier-ignore
      spec(15, 200, { sql: { afterData: ["UPDATE prompt_metrics SET timestamp = X'3230' WHERE id = 9"] } }, 0), // prettier-ignore
      // An index whose text gives another instant than its call's: it lies.
      spec(16, 200, { sql: { afterData: [BLOAT_PAST_FULL_CHECK, ...shiftedIndex()] } }, 0),
    ];
    for (const s of cases) {
      const { paged, queried, declined } = await fromPages(s, [WIDE]);
      expect(declined).toBe(1);
      expect(bits(paged)).toBe(bits(queried));
    }
  });
});

describe('the timestamp index read from its pages', () => {
  it("gives a range's entries in the order SQLite's search of the index reads them", async () => {
    const bounds: [string, string][] = [
      ['2026-11-02T03:00', '2026-11-03T20:00:00.5'],
      ['2026-11-01', '2026-11-01T00:00:00.0005'],
      ['2026-11-03T23:59:59.9994', '2026-11-05'],
      ['', '2026-11-02 12'],
      ['2026-11-04 00', '\uffff'],
    ];
    for (const [name, afterData] of [
      ['idx_metrics_timestamp', [] as string[]],
      ['by_time', ASCENDING],
    ] as const) {
      const { db } = await openDatabase(
        await writeStore(spec(17, 500, { sql: { afterData: [...afterData] }, pageSize: 512 }, 0)),
        { label: 't.sqlite' },
      );
      const index = new TimeIndex(db, name);
      let entries = 0;
      for (const [start, end] of bounds) {
        const walked: number[][] = [];
        index.scan(start, end, new JulianDays(db), (jd, rowid) => walked.push([jd, rowid]));
        const queried = allRows(
          db,
          `SELECT julianday(timestamp), rowid FROM prompt_metrics INDEXED BY ${name} ` +
            'WHERE timestamp >= ? AND timestamp < ?',
          [start, end],
        );
        expect(bits(walked)).toBe(bits(queried));
        entries += walked.length;
      }
      expect(entries).toBeGreaterThan(500);
      db.close();
    }
  });
});

// The timestamp index rebuilt over a copy of the column one hour later, its schema text unchanged.
function shiftedIndex(): string[] {
  return [
    'ALTER TABLE prompt_metrics ADD COLUMN later TEXT',
    "UPDATE prompt_metrics SET later = strftime('%Y-%m-%dT%H:%M:%SZ', timestamp, '+1 hour')",
    'DROP INDEX idx_metrics_timestamp',
    'CREATE INDEX idx_metrics_timestamp ON prompt_metrics(later DESC)',
    'PRAGMA writable_schema = ON',
    "UPDATE sqlite_master SET sql = 'CREATE INDEX idx_metrics_timestamp ON prompt_metrics(timestamp DESC)' WHERE name = 'idx_metrics_timestamp'", // prettier-ignore
  ];
}

describe("a store's newest call read from the pages", () => {
  const KNOWN = '+version_id IN (SELECT id FROM prompt_versions)';
  it("is the query's: the first of the largest instant, of known versions only", async () => {
    const stores = [
      spec(18, 300, {}, 0),
      spec(19, 300, { pageSize: 512, sql: { afterData: ASCENDING } }, 0),
      // Odd-shaped texts beside the days, and the newest calls moved to a version no one knows.
      spec(15, 300, {}, 0.02),
      spec(21, 300, { sql: { afterData: ['UPDATE prompt_metrics SET version_id = 77 WHERE id > 900'] } }, 0), // prettier-ignore
    ];
    for (const s of stores) {
      const { db, schema } = await openDatabase(await writeStore(s), { label: 'n.sqlite' });
      const index = walkTimestamps(db)!;
      const versions = new Set([1, 2]);
      const queried = newestCall(db, index, KNOWN);
      let paged: ReturnType<typeof newestCall> = null;
      const sql = await queriesOf(() => {
        paged = newestCall(db, index, KNOWN, { schema, versions });
      });
      expect(paged).not.toBeNull();
      expect(bits(paged)).toBe(bits(queried));
      // The days were read from the pages: no query of a day's newest call ran.
      expect(sql.filter((q) => q.startsWith('SELECT max(julianday') && q.includes('timestamp >= ?'))).toEqual([]); // prettier-ignore
      db.close();
    }
  });
});

describe('the walks over the timestamp index in a report', () => {
  it('serve stores from 8 MiB on; a smaller store asks SQLite', async () => {
    const lasts: (string | null)[] = [];
    for (const [extra, walked] of [
      [[], false],
      [[BLOAT_PAST_FULL_CHECK], true],
    ] as const) {
      const s = spec(22, 300, { sql: { afterData: [...extra, AWKWARD_COSTS] } }, 0);
      const bytes = await writeStore(s);
      const { db, schema } = await openDatabase(bytes, { label: 'r.sqlite' });
      const index = walkTimestamps(db)!;
      const [since, until] = WIDE;
      let days: unknown;
      const sql = await queriesOf(() => {
        days = readCostByDay(db, schema, since, until, index, true);
      });
      expect(bits(days)).toBe(bits(readCostByDay(db, schema, since, until, index, false)));
      const costQuery = (q: string): boolean => q.startsWith('SELECT julianday(timestamp), CASE');
      expect(sql.some(costQuery)).toBe(!walked);
      db.close();
      // The store's newest call, as the report asks for it.
      const store = await openStore(bytes, { label: 'r.sqlite' });
      let last: string | null = null;
      const asked = await queriesOf(() => {
        last = store.lastCallAt();
      });
      lasts.push(last);
      const dayQuery = (q: string): boolean =>
        q.startsWith('SELECT max(julianday') && q.includes('timestamp >= ?');
      expect(asked.some(dayQuery)).toBe(!walked);
      store.close();
    }
    // The same calls (the big store holds one more annotation): the same newest call, a tie.
    expect(lasts[1]).toBe(lasts[0]);
    expect(lasts[0]).toMatch(/^2026-11-04T23:59:59\.9994/);
  });
});
