import { describe, expect, it } from 'vitest';
import { generateRows, type RowSpec, type StoreSpec } from '../../scripts/store-writer.mjs';
import { METRICS } from '../../src/metrics.js';
import { batch, open, rowsSpec } from './helpers.js';

// Written out of time order, in every timestamp shape the library or users produce.
const MIXED: RowSpec[] = [
  { timestamp: '2026-11-01T10:00:00+02:00', quality_score: 0.1, model_name: 'a' }, // 08:00:00Z
  { timestamp: '2026-11-01T08:30:00Z', quality_score: 0.2, model_name: 'b' }, // 08:30:00Z
  { timestamp: '2026-11-01T09:00:00', quality_score: 0.3, model_name: 'a' }, // 09:00:00Z (naive)
  { timestamp: '2026-11-01T07:45:00.123456-01:00', quality_score: 0.4, model_name: 'b' }, // 08:45:00.123Z
  { timestamp: '2026-11-01T07:59:59+00:00', quality_score: 0.5, model_name: 'a' }, // 07:59:59Z
  { timestamp: '2026-11-01 08:15:00', quality_score: 0.6, model_name: null }, // 08:15:00Z
];

// In ascending order: sample order is not part of the contract.
const sorted = (values: Float64Array | undefined): number[] =>
  [...(values ?? [])].sort((a, b) => a - b);
const quality = (values: Float64Array | undefined): number[] => [...(values ?? [])];

describe('samples()', () => {
  it('windows by instant across offsets, Z, fractions and naive times', async () => {
    const store = await open(rowsSpec(MIXED));
    const s = store.samples({
      versionId: 1,
      metrics: ['quality_score'],
      since: '2026-11-01T10:00:00+02:00',
      until: '2026-11-01T08:45:00Z',
    });
    expect(sorted(s.values.quality_score)).toEqual([0.1, 0.2, 0.6]);
    expect(s).toMatchObject({
      rows: 3,
      from: '2026-11-01T10:00:00+02:00',
      to: '2026-11-01T08:30:00Z',
    });
    const all = store.samples({ versionId: 1, metrics: ['quality_score'] });
    expect(all).toMatchObject({
      rows: 6,
      from: '2026-11-01T07:59:59+00:00',
      to: '2026-11-01T09:00:00',
    });
    store.close();
  });

  it('takes the newest N calls by instant', async () => {
    const store = await open(rowsSpec(MIXED));
    const s = store.samples({ versionId: 1, metrics: ['quality_score'], newest: 2 });
    expect(quality(s.values.quality_score)).toEqual([0.3, 0.4]);
    expect(s.rows).toBe(2);
    expect(store.samples({ versionId: 1, metrics: ['quality_score'], newest: 0 }).rows).toBe(0);
    expect(() => store.samples({ versionId: 1, metrics: ['quality_score'], newest: -1 })).toThrow(
      RangeError,
    );
    store.close();
  });

  it('breaks ties on the instant by id, newest id first', async () => {
    const rows: RowSpec[] = [1, 2, 3].map((q) => ({
      timestamp: '2026-11-01T08:00:00Z',
      quality_score: q / 10,
    }));
    const store = await open(rowsSpec(rows));
    expect(
      quality(
        store.samples({ versionId: 1, metrics: ['quality_score'], newest: 2 }).values.quality_score,
      ),
    ).toEqual([0.3, 0.2]);
    store.close();
  });

  it('filters by model, exactly', async () => {
    const store = await open(rowsSpec(MIXED));
    const only = (models: string[]) =>
      sorted(
        store.samples({ versionId: 1, metrics: ['quality_score'], models }).values.quality_score,
      );
    expect(only(['a'])).toEqual([0.1, 0.3, 0.5]);
    expect(only(['a', 'b'])).toHaveLength(5);
    expect(only(['A'])).toEqual([]);
    expect(only([])).toEqual([]);
    store.close();
  });

  it('drops NULLs per metric, so lengths differ, and counts every row', async () => {
    const spec: StoreSpec = {
      seed: 11,
      prompts: [
        {
          name: 'p',
          versions: [
            {
              version: '1',
              timestamp: '2026-11-01T00:00:00Z',
              calls: [
                batch('2026-11-01T00:00:00Z', 300, {
                  quality: { mean: 0.8, sd: 0.1, nullP: 0.3 },
                  qualityNullOnFailure: true,
                  accuracy: { mean: 0.7, sd: 0.1, nullP: 0.5 },
                  latency: { median: 300, sigma: 0.4, nullP: 0.1 },
                  success: { p: 0.9, nullP: 0.05 },
                  tokens: {
                    input: { mean: 200, sd: 20 },
                    output: { mean: 50, sd: 10 },
                    nullP: 0.2,
                  },
                  cost: { perKInput: 0.001, perKOutput: 0.002, nullP: 0.1 },
                }),
              ],
            },
          ],
        },
      ],
    };
    const store = await open(spec);
    const s = store.samples({ versionId: 1, metrics: [...METRICS] });
    const rows = [...generateRows(spec)];
    expect(s.rows).toBe(300);
    for (const m of METRICS) {
      const expected = rows.map((r) => r[m]).filter((v): v is number => typeof v === 'number');
      expect(expected.length, m).toBeLessThan(300);
      expect([...s.values[m]!], m).toEqual(expected);
    }
    store.close();
  });

  it('treats text and infinities in a metric column as missing, in samples and in totals', async () => {
    const store = await open(
      rowsSpec(MIXED, {
        sql: {
          afterData: [
            "UPDATE prompt_metrics SET quality_score = 'n/a' WHERE id = 1",
            'UPDATE prompt_metrics SET latency_ms = 9e999 WHERE id = 2',
            'UPDATE prompt_metrics SET latency_ms = 120 WHERE id <> 2',
          ],
        },
      }),
    );
    expect(
      store.samples({ versionId: 1, metrics: ['quality_score'] }).values.quality_score,
    ).toHaveLength(5);
    expect(store.totals().get(1)!.metrics.quality_score).toEqual({
      n: 5,
      mean: (0.2 + 0.3 + 0.4 + 0.5 + 0.6) / 5,
    });
    const latency = store.samples({ versionId: 1, metrics: ['latency_ms'] }).values.latency_ms;
    expect([...latency!]).toEqual([120, 120, 120, 120, 120]);
    expect(store.totals().get(1)!.metrics.latency_ms).toEqual({ n: 5, mean: 120 });
    expect(store.daily(1, '2026-11-01', '2026-11-02')[0]!.latencyP50).toBe(120);
    store.close();
  });

  it('returns empty arrays for a version without calls in range', async () => {
    const store = await open(rowsSpec(MIXED));
    const s = store.samples({
      versionId: 1,
      metrics: ['quality_score', 'latency_ms'],
      since: '2027-01-01',
    });
    expect(s).toEqual({
      rows: 0,
      values: { quality_score: new Float64Array(0), latency_ms: new Float64Array(0) },
      from: null,
      to: null,
    });
    store.close();
  });
});

describe('contexts()', () => {
  it('groups calls by model, temperature and max_tokens, most calls first, within a window', async () => {
    const store = await open({
      prompts: [
        {
          name: 'p',
          versions: [
            {
              version: '1',
              timestamp: '2026-11-01T00:00:00Z',
              calls: [
                batch('2026-11-01T00:00:00Z', 5, {
                  model: 'gpt-4o',
                  temperature: 0.2,
                  maxTokens: 512,
                }),
                batch('2026-11-02T00:00:00Z', 8, {
                  model: 'gpt-4o-mini',
                  temperature: 0.2,
                  maxTokens: 512,
                }),
                batch('2026-11-03T00:00:00Z', 3, {
                  model: 'gpt-4o',
                  temperature: 0.7,
                  maxTokens: null,
                }),
              ],
            },
          ],
        },
      ],
    });
    expect(store.contexts(1)).toEqual([
      { model: 'gpt-4o-mini', temperature: 0.2, maxTokens: 512, calls: 8 },
      { model: 'gpt-4o', temperature: 0.2, maxTokens: 512, calls: 5 },
      { model: 'gpt-4o', temperature: 0.7, maxTokens: null, calls: 3 },
    ]);
    expect(store.contexts(1, '2026-11-02T00:00:00+00:00', '2026-11-03T00:00:00Z')).toEqual([
      { model: 'gpt-4o-mini', temperature: 0.2, maxTokens: 512, calls: 8 },
    ]);
    store.close();
  });
});
