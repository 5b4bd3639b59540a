import { describe, expect, it } from 'vitest';
import { writeStore, type StoreSpec } from '../../scripts/store-writer.mjs';
import { countVersions } from '../../src/store/index-walk.js';
import { Decline } from '../../src/store/pages.js';
import { openDatabase } from '../../src/store/open.js';
import { allRows, indexInPlan } from '../../src/store/sql.js';
import { batch } from './helpers.js';

const GROUP_BY = 'SELECT version_id, count(*) FROM prompt_metrics GROUP BY version_id';

function spec(after: readonly string[], pageSize = 512): StoreSpec {
  return {
    seed: 2,
    pageSize,
    prompts: Array.from({ length: 6 }, (_, p) => ({
      name: `p${p}`,
      versions: Array.from({ length: 5 }, (_, v) => ({
        version: `1.${v}`,
        timestamp: '2026-10-01T00:00:00Z',
        calls: [batch('2026-10-01T00:00:00Z', 40 + 13 * v + p)],
      })),
    })),
    sql: { afterData: [...after] },
  };
}

// The counts read from the index's pages (or what stopped the walk), and SQLite's.
async function both(s: StoreSpec): Promise<{ walked: unknown; queried: unknown }> {
  const { db } = await openDatabase(await writeStore(s), { label: 'x' });
  try {
    const index = indexInPlan(db, GROUP_BY);
    let walked: unknown;
    try {
      walked = [...countVersions(db, index!)].sort((a, b) => a[0] - b[0]);
    } catch (error) {
      walked = error;
    }
    const queried = allRows(db, GROUP_BY)
      .map(([id, n]) => [Number(id), Number(n)])
      .sort((a, b) => a[0]! - b[0]!);
    return { walked, queried };
  } finally {
    db.close();
  }
}

describe('countVersions()', () => {
  it("counts each version's entries as SQLite's GROUP BY over the index does", async () => {
    const wide = [
      'UPDATE prompt_metrics SET version_id = version_id + 100000 WHERE id % 3 = 0',
      'UPDATE prompt_metrics SET version_id = version_id + 1099511627776 WHERE id % 5 = 0',
      'UPDATE prompt_metrics SET version_id = -version_id - 4503599627370000 WHERE id % 7 = 0',
      'UPDATE prompt_metrics SET version_id = 0 WHERE id % 11 = 0',
      'UPDATE prompt_metrics SET version_id = 1 WHERE id % 13 = 0',
    ];
    const cases = [
      spec([]),
      spec(wide),
      spec([], 4096),
      spec([
        'DROP INDEX idx_metrics_version',
        'CREATE INDEX idx_metrics_version ON prompt_metrics(version_id DESC)',
      ]),
    ];
    for (const s of cases) {
      const { walked, queried } = await both(s);
      expect(walked).toEqual(queried);
      expect((walked as unknown[]).length).toBeGreaterThan(25);
    }
  });

  it('declines an index it cannot count as SQLite would', async () => {
    const cases = [
      ["UPDATE prompt_metrics SET version_id = 'v1' WHERE id = 40"],
      ['UPDATE prompt_metrics SET version_id = 1.5 WHERE id = 40'],
      ['UPDATE prompt_metrics SET version_id = 9007199254740993 WHERE id = 40'],
      [
        'DROP INDEX idx_metrics_version',
        'CREATE INDEX idx_metrics_version ON prompt_metrics(version_id COLLATE NOCASE)',
      ],
    ];
    for (const after of cases) {
      const { walked } = await both(spec(after));
      expect([after, walked]).toEqual([after, expect.any(Decline)]);
    }
  });
});
