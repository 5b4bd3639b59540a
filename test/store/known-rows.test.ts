// The cost table takes the calls the health report's spans read from memory (known-rows.ts): its
// sums must stay SQLite's GROUP BY's bit for bit, a lying index must still be met, and what the
// spans did not read is sought in the table as before.
import { describe, expect, it } from 'vitest';
import { writeStore, type StoreSpec } from '../../scripts/store-writer.mjs';
import { costDaysFromPages } from '../../src/store/cost-pages.js';
import { candidates, walkTimestamps } from '../../src/store/instants.js';
import { KnownRows, MAX_KNOWN_ROWS } from '../../src/store/known-rows.js';
import { openDatabase, openStore } from '../../src/store/open.js';
import { SpanWalk } from '../../src/store/span-pages.js';
import { allRows, below, julian, numeric } from '../../src/store/sql.js';
import { AWKWARD_COSTS, ODD_VALUES, bits, spec } from './awkward.js';
import { BLOAT_PAST_FULL_CHECK } from './helpers.js';
import { readInSmallBatches } from './small-batches.js';

const RANGES: [string, string][] = [
  ['2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'],
  ['2026-11-02T12:00:00Z', '2026-11-04T00:00:00Z'],
];

type Lookup = ReturnType<KnownRows['lookup']>;

/** Kept calls whose answers are changed on the way out: shows the cost walk uses them. */
class Altered extends KnownRows {
  constructor(private readonly change: (found: NonNullable<Lookup>) => Lookup) {
    super();
  }
  override lookup(rowids: Float64Array, n: number): Lookup {
    const found = super.lookup(rowids, n);
    return found && this.change(found);
  }
}

// The cost days of each range from the pages, with the calls of `versions` read by spans first,
// next to SQLite's GROUP BY over the same calls; undefined days where the walk declined.
async function costs(
  s: StoreSpec,
  versions: readonly number[],
  known: KnownRows = new KnownRows(),
): Promise<{ walked: (string | undefined)[]; grouped: string[] }> {
  const { db, schema } = await openDatabase(await writeStore(s), { label: 'k.sqlite' });
  const spans = SpanWalk.prepare(db, schema, known)!;
  for (const v of versions) spans.read(v, 0, 1e7, 100);
  const index = walkTimestamps(db)!;
  const cost = numeric(schema.callColumns, 'cost_eur');
  const walked: (string | undefined)[] = [];
  const grouped: string[] = [];
  for (const [since, until] of RANGES) {
    const [from, to] = [julian(db, since, 'since'), julian(db, until, 'until')];
    const near = candidates(index, from, to);
    const sql =
      `SELECT julianday(timestamp), ${cost} FROM prompt_metrics ` +
      `WHERE ${near.sql} AND julianday(timestamp) BETWEEN ? AND ?`;
    const query = { sql, params: [...near.params, from, below(to)] };
    const days = costDaysFromPages(db, schema, index, query, from, to, known);
    walked.push(
      days &&
        bits([...days].map(([z, d]) => [z, d.calls, d.cost.total()]).sort((a, b) => a[0]! - b[0]!)),
    );
    grouped.push(
      bits(
        allRows(
          db,
          `SELECT CAST(julianday(date(jd)) + 0.5 AS INTEGER), count(*), total(c) FROM (SELECT ` +
            `julianday(timestamp) AS jd, ${cost} AS c FROM prompt_metrics WHERE ${near.sql}) ` +
            'WHERE jd >= ? AND jd < ? GROUP BY 1',
          [...near.params, from, to],
        ),
      ),
    );
  }
  db.close();
  return { walked, grouped };
}

readInSmallBatches();

describe('the cost table from the calls the spans read', () => {
  const stores = [
    spec(31, 400, { sql: { afterData: [AWKWARD_COSTS] } }, 0),
    spec(32, 300, { sql: { afterData: [...ODD_VALUES, AWKWARD_COSTS] }, pageSize: 512 }, 0),
  ];

  it("adds each day's costs as SQLite's GROUP BY does, with all, some or none read", async () => {
    for (const s of stores)
      for (const versions of [[1, 2], [2], []]) {
        const { walked, grouped } = await costs(s, versions);
        expect(walked).toEqual(grouped);
      }
  });

  it('takes the kept calls instead of seeking them', async () => {
    // Costs changed on the way out change the sums: the walk used them.
    const wrong = new Altered((f) => ({ ...f, costs: f.costs.map((c) => c + 1) }));
    const { walked, grouped } = await costs(stores[0]!, [1, 2], wrong);
    expect(walked.every((w) => w !== undefined)).toBe(true);
    expect(walked[0]).not.toBe(grouped[0]);
  });

  it('still meets an index entry whose instant is not its call', async () => {
    // The instant kept from the table one millisecond off the index's: the query must answer.
    const lying = new Altered((f) => ({ ...f, jds: f.jds.map((jd) => jd + 1 / 86_400_000) }));
    const { walked } = await costs(stores[0]!, [1, 2], lying);
    expect(walked).toEqual([undefined, undefined]);
  });
});

describe("a big store's reader", () => {
  it('gives the same cost table after its spans were read as before', async () => {
    const bytes = await writeStore(
      spec(33, 300, { sql: { afterData: [BLOAT_PAST_FULL_CHECK, AWKWARD_COSTS] } }, 0),
    );
    const [fresh, read] = [
      await openStore(bytes, { label: 'a.sqlite' }),
      await openStore(bytes, { label: 'b.sqlite' }),
    ];
    const [since, until] = RANGES[0]!;
    read.focus!(since, until);
    for (const v of [1, 2]) expect(read.contexts(v, since, until).length).toBeGreaterThan(0);
    for (const [a, b] of RANGES)
      expect(bits(read.costByDay(a, b))).toBe(bits(fresh.costByDay(a, b)));
    fresh.close();
    read.close();
  });
});

describe('the kept calls', () => {
  const ids = (...values: number[]): Float64Array => new Float64Array(values);

  it('are found by rowid, and a call listed twice is refused', () => {
    const known = new KnownRows();
    known.add(1, ids(10, 12, 11), ids(1, 2, 3), ids(0.5, NaN, 2), 3);
    known.add(2, ids(15), ids(4), ids(7), 1);
    const found = known.lookup(ids(12, 14, 15, 10, 99), 5)!;
    expect([...found.where].map((j) => (j < 0 ? null : [found.jds[j], found.costs[j]]))).toEqual([
      [2, NaN],
      null,
      [4, 7],
      [1, 0.5],
      null,
    ]);
    expect(known.lookup(ids(11, 10, 11), 3)).toBeNull();
    // Each lookup is a batch of its own: the same call again in the next one is fine.
    expect(known.lookup(ids(11), 1)?.where[0]).toBeGreaterThanOrEqual(0);
  });

  it('take a version once, no more than the cap, and none once asked', () => {
    const known = new KnownRows();
    expect(known.wants(1, MAX_KNOWN_ROWS)).toBe(true);
    expect(known.wants(1, MAX_KNOWN_ROWS + 1)).toBe(false);
    known.add(1, ids(1), ids(1), ids(1), 1);
    expect(known.wants(1, 1)).toBe(false);
    known.add(1, ids(2), ids(2), ids(2), 1);
    expect(known.lookup(ids(2), 1)?.where[0]).toBe(-1);
    // Once the cost walk has asked, the calls are laid out by rowid: no more are taken.
    expect(known.wants(3, 1)).toBe(false);
  });

  it('are not used when their rowids lie far apart', () => {
    const known = new KnownRows();
    known.add(1, ids(1, 50_000_000), ids(1, 2), ids(1, 2), 2);
    expect([...known.lookup(ids(1, 50_000_000), 2)!.where]).toEqual([-1, -1]);
  });
});
