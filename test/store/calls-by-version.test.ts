// Every version's calls in a time range, read once for the health report's "also called"
// line: the counts must be the ones a query over every call gives, read from the pages or not.
import { describe, expect, it } from 'vitest';
import { writeStore, type StoreSpec } from '../../scripts/store-writer.mjs';
import { RangeCalls } from '../../src/store/calls-by-version.js';
import { walkTimestamps } from '../../src/store/instants.js';
import { openDatabase } from '../../src/store/open.js';
import { allRows, julian } from '../../src/store/sql.js';
import { RANGES, spec } from './awkward.js';
import { queriesOf } from './queries.js';
import { readInSmallBatches } from './small-batches.js';

const RANGES_ALSO: [string, string][] = [
  ...RANGES,
  ['2026-11-04T12:00:00Z', '2026-11-05T00:00:00Z'],
  ['2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'],
  ['2027-01-01T00:00:00Z', '2027-01-02T00:00:00Z'],
];

// The definition: every call read, its instant compared, counted per version.
function everyCall(
  db: Parameters<typeof julian>[0],
  since: string,
  until: string,
): Map<number, number> {
  const rows = allRows(
    db,
    'SELECT version_id, count(*) FROM prompt_metrics NOT INDEXED ' +
      'WHERE julianday(timestamp) >= ? AND julianday(timestamp) < ? GROUP BY 1',
    [julian(db, since, 'since'), julian(db, until, 'until')],
  );
  return new Map(rows.map(([v, n]) => [Number(v), Number(n)]));
}

async function check(s: StoreSpec, pagesUsed: boolean): Promise<void> {
  const { db, schema } = await openDatabase(await writeStore(s), { label: 'v.sqlite' });
  const index = walkTimestamps(db);
  let counted = 0;
  for (const [since, until] of RANGES_ALSO) {
    const expected = everyCall(db, since, until);
    for (const viaPages of [false, true]) {
      let found = new Map<number, number>();
      const queries = await queriesOf(() => {
        found = new RangeCalls(db, schema, index, since, until, viaPages).byVersion();
      });
      expect(found).toEqual(expected);
      // From the pages, no query reads the calls; otherwise one does.
      const grouped = queries.filter((q) => /GROUP BY/.test(q));
      expect(grouped).toHaveLength(viaPages && pagesUsed ? 0 : 1);
    }
    const total = [...expected.values()].reduce((a, b) => a + b, 0);
    // The index alone counts the same calls, where it can be read.
    expect(new RangeCalls(db, schema, index, since, until, true).countIndexed()).toBe(
      pagesUsed ? total : null,
    );
    expect(new RangeCalls(db, schema, index, since, until, false).countIndexed()).toBeNull();
    counted += total;
  }
  expect(counted).toBeGreaterThan(100);
  db.close();
}

readInSmallBatches();

describe("every version's calls in a range", () => {
  it('counts what a query over every call counts, from the pages', async () => {
    await check(spec(31, 400, {}, 0), true);
    await check(spec(32, 300, { pageSize: 512 }, 0), true);
  });

  it('leaves odd timestamps and a missing index to the query, with the same counts', async () => {
    await check(spec(33, 300, {}, 0.02), false);
    const noIndex = { sql: { afterData: ['DROP INDEX idx_metrics_timestamp'] } };
    await check(spec(34, 300, noIndex, 0), false);
  });
});
