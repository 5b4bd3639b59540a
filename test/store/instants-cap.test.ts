// A timestamp of thousands of characters: the walk over the timestamp index reads at most 1,001
// characters of it, cannot use the capped text as its next cursor, and leaves the work to scans.
import { describe, expect, it } from 'vitest';
import type { StoreSpec } from '../../scripts/store-writer.mjs';
import { writeStore } from '../../scripts/store-writer.mjs';
import { walkTimestamps } from '../../src/store/instants.js';
import { openDatabase, openStore } from '../../src/store/open.js';
import { rowsSpec } from './helpers.js';

const LONG = `z${'9'.repeat(5000)}`;

function spec(dropIndex: boolean): StoreSpec {
  const rows = ['2026-03-01T00:00:00+00:00', LONG, '2026-03-02T00:00:00+00:00'].map(
    (timestamp, i) => ({ timestamp, cost_eur: 1 + i }),
  );
  return rowsSpec(
    rows,
    dropIndex ? { sql: { afterData: ['DROP INDEX idx_metrics_timestamp'] } } : {},
  );
}

describe('an odd timestamp longer than the cap', () => {
  it('stops the index walk, and the answers are those of a scan', async () => {
    const { db } = await openDatabase(await writeStore(spec(false)), { label: 'long.sqlite' });
    expect(walkTimestamps(db)).toBeNull();
    db.close();
    const label = 'long.sqlite';
    const indexed = await openStore(await writeStore(spec(false)), { label });
    const scanned = await openStore(await writeStore(spec(true)), { label });
    expect(indexed.lastCallAt()).toBe('2026-03-02T00:00:00+00:00');
    expect(indexed.costByDay('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).toEqual(
      scanned.costByDay('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'),
    );
    indexed.close();
    scanned.close();
  });
});
