import { describe, expect, it } from 'vitest';
import {
  generateRows,
  generateVersions,
  instant,
  type StoreSpec,
} from '../../scripts/store-writer.mjs';
import { summarize } from '../../src/analysis/summary.js';
import { quantile } from '../../src/stats/describe.js';
import { batch, mean, npQuantile, open } from './helpers.js';
import { queriesOf } from './queries.js';

const spec: StoreSpec = {
  seed: 42,
  prompts: [
    {
      name: 'summarizer',
      versions: [
        {
          version: '1.1.0',
          timestamp: '2026-10-01T00:00:00+00:00',
          tags: ['production'],
          gitCommit: 'a1b2c3d',
          calls: [
            batch('2026-10-01T00:00:00+00:00', 150, {
              model: 'gpt-4o',
              quality: { mean: 0.85, sd: 0.08, nullP: 0.1 },
            }),
            batch('2026-10-03T00:00:00+02:00', 60, {
              model: 'gpt-4o-mini',
              offset: '+02:00',
              fractionalSeconds: true,
            }),
          ],
        },
        {
          version: '1.2.0-RC.1',
          timestamp: '2026-10-10T00:00:00+00:00',
          calls: [
            batch('2026-10-10T00:00:00Z', 90, {
              quality: { mean: 0.72, sd: 0.1 },
              qualityNullOnFailure: true,
              success: { p: 0.85, nullP: 0.05 },
              latency: { median: 650, sigma: 0.4, nullP: 0.05 },
              tokens: null,
            }),
          ],
        },
      ],
    },
    {
      name: 'new | `prompt` @x',
      versions: [{ version: '7494c5ca74a7667b', timestamp: '2026-10-11T00:00:00Z' }],
    },
  ],
};

const nums = (values: unknown[]): number[] =>
  values.filter((v): v is number => typeof v === 'number');

describe('summarize()', () => {
  it('equals values computed independently from the generated rows', async () => {
    const store = await open(spec, 'examples/x.sqlite');
    const report = summarize(store, '2026-10-12T00:00:00Z');
    const rows = [...generateRows(spec)];
    expect(report).toMatchObject({
      schema: 1,
      kind: 'summary',
      store: 'examples/x.sqlite',
      prompts: 2,
    });
    expect(report.generated_at).toBe('2026-10-12T00:00:00Z');
    expect(report.versions.map((v) => `${v.prompt}@${v.version}`)).toEqual([
      'new | `prompt` @x@7494c5ca74a7667b',
      'summarizer@1.2.0-RC.1',
      'summarizer@1.1.0',
    ]);
    for (const v of generateVersions(spec)) {
      const got = report.versions.find((s) => s.prompt === v.name && s.version === v.version)!;
      const mine = rows.filter((r) => r.version_id === v.id);
      const quality = nums(mine.map((r) => r.quality_score));
      const latency = nums(mine.map((r) => r.latency_ms));
      const byTime = [...mine].sort((a, b) => instant(a.timestamp) - instant(b.timestamp));
      const models = new Map<string, number>();
      for (const r of mine)
        if (r.model_name) models.set(r.model_name, (models.get(r.model_name) ?? 0) + 1);
      const close = (actual: number | null, expected: number | null) =>
        expected === null ? expect(actual).toBeNull() : expect(actual).toBeCloseTo(expected, 10);
      expect(got.calls).toBe(mine.length);
      close(got.success_rate, mean(nums(mine.map((r) => r.success))));
      close(got.quality_mean, mean(quality));
      close(got.quality_median, quality.length ? npQuantile(quality, 0.5) : null);
      close(got.latency_p50, latency.length ? npQuantile(latency, 0.5) : null);
      close(got.latency_p95, latency.length ? npQuantile(latency, 0.95) : null);
      close(got.cost_mean, mean(nums(mine.map((r) => r.cost_eur))));
      close(got.tokens_mean, mean(nums(mine.map((r) => r.total_tokens))));
      expect(got.first_call).toBe(byTime[0]?.timestamp ?? null);
      expect(got.last_call).toBe(byTime.at(-1)?.timestamp ?? null);
      expect(got.models).toEqual([...models].sort((a, b) => b[1] - a[1]).map(([m]) => m));
      expect(got.timestamp).toBe(v.timestamp);
      expect(got.git_commit).toBe(v.git_commit);
    }
    const rc = report.versions[1]!;
    expect(rc.tokens_mean).toBeNull();
    expect(report.versions[2]!.tags).toEqual(['production']);
    store.close();
  });

  it('reports a store without the accuracy column', async () => {
    const store = await open({ ...spec, omitColumns: { prompt_metrics: ['accuracy'] } });
    expect(summarize(store, 'now').versions.map((v) => v.calls)).toEqual([0, 90, 210]);
    store.close();
  });
});

describe('summarize() reads the calls once', () => {
  it('in one pass over the table, asking nothing per version: 300 versions, 3 with calls', async () => {
    const store = await open({
      seed: 9,
      prompts: [
        {
          name: 'p',
          versions: Array.from({ length: 300 }, (_, i) => ({
            version: `1.${i}.0`,
            timestamp: new Date(Date.parse('2026-01-01T00:00:00Z') + i * 3600_000).toISOString(),
            calls: i % 100 === 7 ? [batch('2026-10-01T00:00:00Z', 5)] : [],
          })),
        },
      ],
    });
    let report: ReturnType<typeof summarize> | undefined;
    const queries = await queriesOf(() => (report = summarize(store, 'now')));
    expect(report!.versions).toHaveLength(300);
    expect(report!.versions.map((v) => v.calls).filter((n) => n > 0)).toEqual([5, 5, 5]);
    // The table read once from its pages, in its own order (the other reads: the versions, the
    // tags, the file's and the table's layout, the version index's plan and layout, one date's
    // Julian day, the first and last calls' times), no query about one version.
    expect(queries.filter((q) => / FROM prompt_metrics NOT INDEXED$/.test(q))).toEqual([]);
    // The version index's counts come from its pages too, not from a GROUP BY over it.
    expect(
      queries.filter((q) => /^SELECT version_id, count\(\*\) FROM prompt_metrics GROUP BY/.test(q)),
    ).toEqual([]);
    expect(queries.filter((q) => /version_id = \?/.test(q))).toEqual([]);
    expect(queries.length).toBeLessThanOrEqual(20);
    store.close();
  });
});

describe('totals() on a big store', () => {
  it('lists the same models, sorting one version at a time instead of every call at once', async () => {
    const store = await open(spec);
    const once = store.totals();
    const byVersion = await queriesOf(() => {
      const each = store.totals(undefined, { modelsByVersionAbove: 0 });
      expect([...each].map(([id, t]) => [id, t.models])).toEqual(
        [...once].map(([id, t]) => [id, t.models]),
      );
    });
    // Two versions with calls: one models query each, none over every call.
    const models = byVersion.filter((q) => q.includes('model_name IS NOT NULL'));
    expect(models).toHaveLength(2);
    expect(models.every((q) => q.includes('version_id = ?'))).toBe(true);
    expect([...once.values()].some((t) => t.models.length === 2)).toBe(true);
    store.close();
  });
});

describe('summarize() quantiles', () => {
  // Sizes where the ranks fall on and between values, the last rank, and values that do not
  // count: text, Infinity and NULL in a REAL column.
  const sizes = [1, 2, 3, 4, 19, 20, 21, 40, 101];
  const odd = [
    "UPDATE prompt_metrics SET latency_ms = 'slow' WHERE id % 7 = 0",
    'UPDATE prompt_metrics SET latency_ms = 9e999 WHERE id % 11 = 0',
    'UPDATE prompt_metrics SET quality_score = -9e999 WHERE id % 13 = 0',
    'UPDATE prompt_metrics SET quality_score = 1 WHERE id % 17 = 0',
  ];
  const quantileSpec: StoreSpec = {
    seed: 5,
    prompts: sizes.map((n, i) => ({
      name: `p${i}`,
      versions: [
        {
          version: '1.0.0',
          timestamp: '2026-10-01T00:00:00Z',
          calls: [
            batch('2026-10-01T00:00:00Z', n, {
              quality: { mean: 0.8, sd: 0.1, nullP: 0.1 },
              latency: { median: 400, sigma: 0.5, nullP: 0.1 },
            }),
          ],
        },
      ],
    })),
    sql: { afterData: odd },
  };

  it('are exactly those of the whole sorted values, as quantile() computes them', async () => {
    const store = await open(quantileSpec);
    const report = summarize(store, 'now');
    for (const v of store.versions()) {
      const got = report.versions.find((s) => s.prompt === v.name)!;
      const s = store.samples({ versionId: v.id, metrics: ['quality_score', 'latency_ms'] });
      const q = s.values.quality_score!.slice().sort();
      const l = s.values.latency_ms!.slice().sort();
      expect(got.quality_median).toBe(q.length ? quantile(q, 0.5) : null);
      expect(got.latency_p50).toBe(l.length ? quantile(l, 0.5) : null);
      expect(got.latency_p95).toBe(l.length ? quantile(l, 0.95) : null);
      expect(got.first_call).toBe(s.from);
      expect(got.last_call).toBe(s.to);
    }
    store.close();
  });
});
