import { describe, expect, it } from 'vitest';
import { julian } from '../../src/store/sql.js';
import { loadSqlJs } from '../../src/store/sqljs.js';
import { queriesOf } from './queries.js';

describe('julian()', () => {
  it('asks SQLite once per instant and database, and every time for a text with letters', async () => {
    const SQL = await loadSqlJs();
    const [a, b] = [new SQL.Database(), new SQL.Database()];
    const at = '2026-03-12T09:00:00+14:00';
    const asked = await queriesOf(() => {
      for (const db of [a, a, b, a, b])
        expect(julian(db, at, 'since')).toBeCloseTo(2461111.2917, 4);
      expect(julian(a, '2026-03-12 09:00:00Z', 'since')).toBeCloseTo(2461111.875, 4);
      for (let i = 0; i < 2; i++) expect(julian(a, 'now', 'since')).toBeGreaterThan(2461000);
    });
    expect(asked).toHaveLength(2 + 1 + 2);
    // A text SQLite cannot read fails each time it is asked, never from memory as a time.
    for (let i = 0; i < 2; i++)
      expect(() => julian(a, '2026-13-01', 'until')).toThrow(/until is not an ISO 8601 time/);
    a.close();
    b.close();
  });
});
