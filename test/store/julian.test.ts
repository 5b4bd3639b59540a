import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scripts/store-writer.mjs';
import { JulianDays } from '../../src/store/julian.js';
import { Decline } from '../../src/store/pages.js';
import { loadSqlJs } from '../../src/store/sqljs.js';
import { queriesOf } from './queries.js';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

// Timestamps of the shape the walk works out itself, and of shapes it asks SQLite about.
function timestamps(n: number): string[] {
  const rand = mulberry32(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const date = `${pick(['2026', '2024', '0100'])}-${pick(['01', '02', '03', '12'])}-${pick(['01', '28', '29', '30', '31'])}`;
    const time = `${pad(Math.floor(rand() * 25))}:${pad(Math.floor(rand() * 60))}:${pad(Math.floor(rand() * 60))}`;
    const digits = Math.floor(rand() * 12);
    const fraction =
      digits === 0
        ? ''
        : `.${Array.from({ length: digits }, () => (rand() < 0.3 ? '9' : String(Math.floor(rand() * 10)))).join('')}`;
    const zone = pick([
      '',
      'Z',
      '+00:00',
      '+05:30',
      '-08:00',
      '+14:00',
      '-14:59',
      '+15:00',
      'z',
      ' ',
    ]);
    out.push(`${date}${pick(['T', ' '])}${time}${fraction}${zone}`);
  }
  return out;
}

const ODD = [
  '2026-02-31T10:00:00+00:00', // rolls over to March, as SQLite does
  '2026-13-01T10:00:00+00:00', // no month 13: NULL
  '2026-01-01T24:00:00+00:00',
  '2026-01-01T10:60:00+00:00',
  '2026-01-01T10:00:00.9999+00:00', // the fraction is capped at 0.999
  '2026-01-01T10:00:00.',
  '2026-01-01',
  '2026-01-01T10:00',
  '2460000.5',
  'yesterday',
  '',
  '2026-01-01T10:00:00+00:00 ',
  ' 2026-01-01T10:00:00+00:00',
];

describe('JulianDays', () => {
  it("gives julianday()'s very number for every shape, asking SQLite once per date", async () => {
    const SQL = await loadSqlJs();
    const db = new SQL.Database();
    const days = new JulianDays(db);
    const encode = (s: string): Uint8Array => new TextEncoder().encode(`__${s}__`);
    const all = [...timestamps(3000), ...ODD];
    const mine = all.map((s) => days.of(encode(s), 2, s.length));
    const theirs = all.map((s) => db.exec('SELECT julianday(?)', [s])[0]!.values[0]![0]);
    for (let i = 0; i < all.length; i++) expect([all[i], mine[i]]).toEqual([all[i], theirs[i]]);
    expect(theirs.filter((x) => x === null).length).toBeGreaterThan(100);
    // The usual shape is worked out without a query: two per date (its day, and one check).
    const usual = all.filter((s) =>
      /^[\d-]{10}[T ](([01]\d|2[0-3]):[0-5]\d:[0-5]\d)(\.\d{1,9})?(Z|[+-](0\d|1[0-4]):[0-5]\d)?$/.test(
        s,
      ),
    );
    const fresh = new JulianDays(db);
    const queries = await queriesOf(() => usual.forEach((s) => fresh.of(encode(s), 2, s.length)));
    db.close();
    expect(usual.length).toBeGreaterThan(1000);
    expect(queries.length).toBeLessThanOrEqual(2 * new Set(usual.map((s) => s.slice(0, 10))).size);
  });

  it('declines a timestamp that is not ASCII, or "now", whose instant SQLite takes per statement', async () => {
    const SQL = await loadSqlJs();
    const db = new SQL.Database();
    const days = new JulianDays(db);
    const of = (s: string): unknown => {
      const bytes = new TextEncoder().encode(s);
      return days.of(bytes, 0, bytes.length);
    };
    expect(() => of('2026-01-01T10:00:00+00:00\u00a0')).toThrow(Decline);
    expect(() => of('now')).toThrow(Decline);
    expect(() => of('NOW')).toThrow(Decline);
    expect(of('2026-01-01T10:00:00+00:00')).toBe(2461041.5 + 10 / 24);
    db.close();
  });
});
