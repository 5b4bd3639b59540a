import { describe, expect, it } from 'vitest';
import { generateRows, instant, type StoreSpec } from '../../scripts/store-writer.mjs';
import { momentsOf } from '../../src/stats/day-level.js';
import { batch, mean, npQuantile, open } from './helpers.js';
import { queriesOf } from './queries.js';

// Two versions over four days, with calls written in +05:30 and -08:00 so that UTC days differ
// from the local dates in the strings.
const spec: StoreSpec = {
  seed: 5,
  prompts: [
    {
      name: 'p',
      versions: [
        {
          version: '1',
          timestamp: '2026-11-01T00:00:00Z',
          calls: [
            batch('2026-11-01T00:00:00Z', 200, {
              spacingSeconds: 1500,
              offset: '+05:30',
              quality: { mean: 0.8, sd: 0.1, nullP: 0.2 },
              cost: { perKInput: 0.002, perKOutput: 0.004, nullP: 0.1 },
              latency: { median: 500, sigma: 0.5, nullP: 0.1 },
            }),
          ],
        },
        {
          version: '2',
          timestamp: '2026-11-02T00:00:00Z',
          calls: [batch('2026-11-02T06:00:00Z', 100, { spacingSeconds: 1800, offset: '-08:00' })],
        },
      ],
    },
  ],
};
const rows = [...generateRows(spec)];
const utcDay = (ts: string): string => new Date(instant(ts)).toISOString().slice(0, 10);
// The test means something only if some calls' local dates differ from their UTC days.
const shifted = rows.filter((r) => r.timestamp.slice(0, 10) !== utcDay(r.timestamp)).length;
const nums = (values: unknown[]): number[] =>
  values.filter((v): v is number => typeof v === 'number');

describe('daily()', () => {
  it('aggregates per UTC day in [since, until), matching values computed from the rows', async () => {
    const store = await open(spec);
    const since = '2026-11-01T12:00:00Z';
    const until = '2026-11-03T12:00:00+00:00';
    const inRange = rows.filter(
      (r) =>
        r.version_id === 1 &&
        instant(r.timestamp) >= instant(since) &&
        instant(r.timestamp) < instant(until),
    );
    const days = [...new Set(inRange.map((r) => utcDay(r.timestamp)))].sort();
    expect(shifted).toBeGreaterThan(20);
    const got = store.daily(1, since, until);
    expect(got.map((d) => d.day)).toEqual(days);
    for (const d of got) {
      const day = inRange.filter((r) => utcDay(r.timestamp) === d.day);
      const cost = nums(day.map((r) => r.cost_eur));
      const latency = nums(day.map((r) => r.latency_ms));
      expect(d.calls).toBe(day.length);
      expect(d.quality).toBeCloseTo(mean(nums(day.map((r) => r.quality_score)))!, 12);
      expect(d.successRate).toBeCloseTo(mean(nums(day.map((r) => r.success)))!, 12);
      expect(d.costPerCall).toBeCloseTo(mean(cost)!, 12);
      expect(d.costTotal).toBeCloseTo(
        cost.reduce((a, b) => a + b, 0),
        12,
      );
      expect(d.latencyP50).toBeCloseTo(npQuantile(latency, 0.5), 9);
    }
    store.close();
  });
});

describe('callDays()', () => {
  it("gives daily()'s days and counts, from the query and from the calls in memory", async () => {
    const since = '2026-11-01T12:00:00Z';
    const until = '2026-11-03T12:00:00+00:00';
    for (const focused of [false, true]) {
      const store = await open(spec);
      if (focused) store.focus?.('2026-10-31T00:00:00Z', '2026-11-04T00:00:00Z');
      for (const id of [1, 2]) {
        const inRange = rows.filter(
          (r) =>
            r.version_id === id &&
            instant(r.timestamp) >= instant(since) &&
            instant(r.timestamp) < instant(until),
        );
        const days = [...new Set(inRange.map((r) => utcDay(r.timestamp)))].sort();
        const want = days.map((day) => ({
          day,
          calls: inRange.filter((r) => utcDay(r.timestamp) === day).length,
        }));
        expect(want.length).toBeGreaterThan(1);
        let got: readonly unknown[] = [];
        const queries = await queriesOf(() => (got = store.callDays?.(id, since, until) ?? []));
        expect(got).toEqual(want);
        // Focused, the calls read once answer it: no query counts them.
        expect(queries.some((q) => /GROUP BY 1/.test(q))).toBe(!focused);
        expect(store.daily(id, since, until).map(({ day, calls }) => ({ day, calls }))).toEqual(
          want,
        );
      }
      store.close();
    }
  });
});

describe('costByDay()', () => {
  it('sums cost per UTC day over every version', async () => {
    const store = await open(spec);
    const got = store.costByDay('2026-11-01', '2026-11-10');
    const days = [...new Set(rows.map((r) => utcDay(r.timestamp)))].sort();
    expect(got.map((d) => d.day)).toEqual(days);
    for (const d of got) {
      const day = rows.filter((r) => utcDay(r.timestamp) === d.day);
      expect(d.calls).toBe(day.length);
      expect(d.cost).toBeCloseTo(
        nums(day.map((r) => r.cost_eur)).reduce((a, b) => a + b, 0),
        12,
      );
    }
    store.close();
  });
});

describe('blocks()', () => {
  it('folds each block of calls, in phase with `until`, into moments (latency as logs)', async () => {
    const store = await open(spec);
    const until = '2026-11-04T07:30:00+00:00';
    const blockMs = 12 * 3_600_000;
    const got = store.blocks({
      versionId: 1,
      metrics: ['quality_score', 'latency_ms', 'success'],
      until,
      blockMs,
      count: 6,
    });
    expect(got.map((b) => b.index)).toEqual([0, 1, 2, 3, 4, 5]);
    for (const b of got) {
      const to = instant(until) - b.index * blockMs;
      const inBlock = rows.filter(
        (r) =>
          r.version_id === 1 && instant(r.timestamp) >= to - blockMs && instant(r.timestamp) < to,
      );
      expect(b.calls).toBe(inBlock.length);
      const expected = {
        quality_score: momentsOf(nums(inBlock.map((r) => r.quality_score))),
        latency_ms: momentsOf(nums(inBlock.map((r) => r.latency_ms)).map(Math.log)),
        success: momentsOf(nums(inBlock.map((r) => r.success))),
      };
      for (const [m, e] of Object.entries(expected)) {
        const g = b.metrics[m as keyof typeof expected];
        expect(g?.n).toBe(e.n);
        expect(g?.mean).toBeCloseTo(e.n > 0 ? e.mean : 0, 12);
        expect(g?.m2).toBeCloseTo(e.m2, 9);
      }
    }
    expect(got.reduce((s, b) => s + b.calls, 0)).toBeGreaterThan(100);
    expect(
      store.blocks({ versionId: 1, metrics: [], until, blockMs, count: 2, models: [] }),
    ).toEqual([
      { index: 0, calls: 0, metrics: {} },
      { index: 1, calls: 0, metrics: {} },
    ]);
    expect(() => store.blocks({ versionId: 1, metrics: [], until, blockMs, count: 0 })).toThrow(
      /count must be a whole number/,
    );
  });
});
