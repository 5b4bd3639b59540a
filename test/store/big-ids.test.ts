// Call ids past 2^53 reach JavaScript rounded (sql.js hands integers over as doubles): a first or
// last call found by such an id could be another call. It is left unknown instead.
import { describe, expect, it } from 'vitest';
import { open, rowsSpec } from './helpers.js';

describe('call ids past 2^53', () => {
  it('leave the first and last call unknown rather than name another call', async () => {
    const rows = [
      { timestamp: '2026-10-01T00:00:00Z', quality_score: 0.5 },
      { timestamp: '2026-10-02T00:00:00Z', quality_score: 0.7 },
      { timestamp: '2026-10-03T00:00:00Z', quality_score: 0.9 },
    ];
    const store = await open(
      rowsSpec(rows, {
        sql: {
          afterData: [
            'UPDATE prompt_metrics SET id = 9007199254740992 WHERE id = 1',
            'UPDATE prompt_metrics SET id = 9007199254740993 WHERE id = 3',
          ],
        },
      }),
    );
    const v = store.versions().find((r) => r.version === '1')!;
    expect(v.lastCallAt).toBe('2026-10-03T00:00:00Z');
    const d = store.digest({ means: ['quality_score'], quantiles: {} }).get(v.id)!;
    expect([d.firstCall, d.lastCall]).toEqual([null, null]);
    expect(d.calls).toBe(3);
    const s = store.samples({ versionId: v.id, metrics: ['quality_score'] });
    expect([s.from, s.to]).toEqual([null, null]);
    expect(s.rows).toBe(3);
    // Ids JavaScript holds exactly still name their calls.
    const window = store.samples({
      versionId: v.id,
      metrics: ['quality_score'],
      since: '2026-10-02T00:00:00Z',
      until: '2026-10-02T12:00:00Z',
    });
    expect([window.from, window.to]).toEqual(['2026-10-02T00:00:00Z', '2026-10-02T00:00:00Z']);
    store.close();
  });
});
