import { describe, expect, it } from 'vitest';
import type { RowSpec, StoreSpec } from '../../scripts/store-writer.mjs';
import { writeStore } from '../../scripts/store-writer.mjs';
import { walkTimestamps } from '../../src/store/instants.js';
import { openDatabase, openStore, type Store } from '../../src/store/open.js';
import { rowsSpec } from './helpers.js';
import { queriesOf } from './queries.js';

// Timestamps of every shape SQLite's julianday() reads (and some it cannot), as a hostile or
// hand-edited store may hold them; the text order of many of them is not their time order.
const ODD = [
  '2026-03-10T23:30:00-14:00', // 2026-03-11 13:30 UTC, text on the 10th
  '2026-03-12T09:00:00+14:00', // 2026-03-11 19:00 UTC, text on the 12th
  '2026-03-11T12:00:00', // naive: UTC
  '2026-03-11T12:00:00.123456Z',
  '2026-02-31T10:00:00+00:00', // rolls over to 2026-03-03
  '2461110.75', // a Julian day written as text: 2026-03-12 06:00 UTC
  '2461110.9', // 2026-03-12 09:36 UTC
  '12:00', // 2000-01-01
  'yesterday', // unreadable
  ' 2026-03-11', // unreadable (leading space)
  '2026-13-01T00:00:00', // unreadable month
];

function spec(timestamps: readonly string[], dropIndex: boolean): StoreSpec {
  const rows: RowSpec[] = timestamps.map((timestamp, i) => ({ timestamp, cost_eur: 0.5 + i }));
  return rowsSpec(
    rows,
    dropIndex ? { sql: { afterData: ['DROP INDEX idx_metrics_timestamp'] } } : {},
  );
}

async function pair(timestamps: readonly string[]): Promise<[Store, Store]> {
  const label = 'odd.sqlite';
  return [
    await openStore(await writeStore(spec(timestamps, false)), { label }),
    await openStore(await writeStore(spec(timestamps, true)), { label }),
  ];
}

describe('calls by instant through the timestamp index', () => {
  it('finds the newest call and each day’s cost exactly as a scan of every call does', async () => {
    const regular = Array.from({ length: 60 }, (_, i) =>
      new Date(Date.parse('2026-03-01T00:00:00Z') + i * 5 * 3600_000)
        .toISOString()
        .replace('.000Z', '+00:00'),
    );
    const [indexed, scanned] = await pair([...regular, ...ODD]);
    expect(indexed.lastCallAt()).toBe(scanned.lastCallAt());
    expect(indexed.lastCallAt()).toBe('2026-03-13T07:00:00+00:00');
    for (const [since, until] of [
      ['2026-03-11T00:00:00Z', '2026-03-12T00:00:00Z'],
      ['2026-03-03T00:00:00Z', '2026-03-04T00:00:00+00:00'],
      ['2026-03-10T18:00:00Z', '2026-03-12T08:00:00Z'],
      ['1999-12-31T00:00:00Z', '2000-01-02T00:00:00Z'],
      ['2026-01-01T00:00:00Z', '2026-12-31T00:00:00Z'],
    ] as const) {
      const found = indexed.costByDay(since, until);
      expect(found).toEqual(scanned.costByDay(since, until));
      expect(found.length).toBeGreaterThan(0);
    }
    indexed.close();
    scanned.close();
  });

  it('finds the newest call once per store: asked again, it runs no query', async () => {
    const [indexed, scanned] = await pair(ODD);
    for (const store of [indexed, scanned]) {
      const first = await queriesOf(() =>
        expect(store.lastCallAt()).toBe('2026-03-12T09:00:00+14:00'),
      );
      expect(first.length).toBeGreaterThan(0);
      const again = await queriesOf(() =>
        expect(store.lastCallAt()).toBe('2026-03-12T09:00:00+14:00'),
      );
      expect(again).toEqual([]);
      store.close();
    }
  });

  it('walks the index day by day, keeping the odd values; without the index, says so', async () => {
    const { db } = await openDatabase(await writeStore(spec(ODD, false)), { label: 'x' });
    const walk = walkTimestamps(db);
    expect(walk?.odd).toEqual([' 2026-03-11', '12:00', '2461110.75', '2461110.9', 'yesterday']);
    expect(walk?.days.map((d) => d.prefix)).toEqual([
      '2026-02-31',
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-13-01',
    ]);
    expect(walk?.days.at(-1)?.jd).toBeNull();
    db.close();
    const plain = await openDatabase(await writeStore(spec(ODD, true)), { label: 'x' });
    expect(walkTimestamps(plain.db)).toBeNull();
    plain.db.close();
  });

  it('a Julian day written as text can be the newest call', async () => {
    const [indexed, scanned] = await pair(['2026-03-01T00:00:00Z', '2461200.5']);
    expect(indexed.lastCallAt()).toBe('2461200.5');
    expect(scanned.lastCallAt()).toBe('2461200.5');
    indexed.close();
    scanned.close();
  });

  it('with too many odd values, falls back to reading every call, with the same answers', async () => {
    const many = Array.from({ length: 600 }, (_, i) => String(2461100 + i / 10));
    const [indexed, scanned] = await pair(['2026-03-01T00:00:00Z', ...many]);
    expect(indexed.lastCallAt()).toBe(scanned.lastCallAt());
    const range = ['2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z'] as const;
    expect(indexed.costByDay(...range)).toEqual(scanned.costByDay(...range));
    indexed.close();
    scanned.close();
  });
});
