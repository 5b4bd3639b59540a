// A revert that keeps the old version's own string, found in real stores: by the rows a head
// copied from its base appended, or, for a small head, by each version's newest call.
import { describe, expect, it } from 'vitest';
import { writeStore, type StoreSpec } from '../../scripts/store-writer.mjs';
import { compareStores } from '../../src/analysis/compare.js';
import { openStore } from '../../src/store/open.js';
import type { CompareReport } from '../../src/report/types.js';
import { ANALYSIS } from './defaults.js';
import { compareSpecs } from './store-compare.js';
import { before, calls } from './health-store-spec.js';
import { queriesOf } from '../store/queries.js';

// 1.0.0 ran at quality 0.6 until 1.1.0 (0.85, tagged production) replaced it.
const spec = (extra: string[] = []): StoreSpec => ({
  seed: 5,
  prompts: [
    {
      name: 'summarizer',
      versions: [
        {
          version: '1.0.0',
          timestamp: before(40),
          systemPrompt: 'Summarize.',
          calls: [calls(39, 20, 20, { quality: { mean: 0.6, sd: 0.05 } })],
        },
        {
          version: '1.1.0',
          timestamp: before(20),
          systemPrompt: 'Summarize briefly.',
          versionTags: ['production'],
          calls: [calls(19, 2, 20)],
        },
      ],
    },
  ],
  sql: { afterData: extra },
});

// Rows appended at the end of the calls table: `n` copies of a version's calls, `days` later.
const append = (version: string, n: number, days: number): string[] => [
  `CREATE TEMP TABLE t AS SELECT * FROM prompt_metrics WHERE version_id = (SELECT id FROM prompt_versions WHERE version = '${version}') LIMIT ${n}`,
  `UPDATE t SET id = NULL, timestamp = strftime('%Y-%m-%dT%H:%M:%f+00:00', timestamp, '+${days} days')`,
  'INSERT INTO prompt_metrics SELECT * FROM t',
  'DROP TABLE t',
];

const compare = compareSpecs;

describe('a revert under the old version string, in real stores', () => {
  it('is found by the rows the head appended to the base it copied', async () => {
    const r = await compare(spec(), spec(append('1.0.0', 60, 39)));
    expect(r.verdict).toBe('regressed');
    expect(r.comparisons.map((c) => [c.candidate.version, c.baseline?.version])).toEqual([
      ['1.0.0', '1.1.0'],
    ]);
  });

  it('is judged on the calls the head appended, not on those from before it was replaced', async () => {
    // The old text's own calls ran before 1.1.0 replaced it: the change's are the 60 appended.
    const worse = [
      ...append('1.0.0', 60, 39),
      `UPDATE prompt_metrics SET quality_score = quality_score - 0.2 WHERE id > (SELECT max(id) - 60 FROM prompt_metrics)`,
    ];
    const r = await compare(spec(), spec(worse));
    const c = r.comparisons[0]!;
    expect(c.candidate.n).toBe(60);
    expect(c.warnings.join(' ')).toMatch(
      /a text the base store ran before and replaced \(its own row of "1\.0\.0", run again in this change\): only its calls after the base's newest one .* are tested/,
    );
    expect(c.metrics.find((m) => m.metric === 'quality_score')!.relative_change).toBeLessThan(-0.2);
  });

  it('is judged on its new calls when the revert moves the production tag back too', async () => {
    const retag = [
      ...append('1.0.0', 60, 39),
      `DELETE FROM version_tags WHERE tag = 'production'`,
      `INSERT INTO version_tags (version_id, tag) SELECT id, 'production' FROM prompt_versions WHERE version = '1.0.0'`,
    ];
    const r = await compare(spec(), spec(retag));
    expect(r.comparisons.map((c) => [c.candidate.version, c.candidate.n])).toEqual([['1.0.0', 60]]);
  });

  it('reads every call, and says why, when none is stamped after the cut', async () => {
    // Appended with the old calls' own times (a backfill, a clock that is off).
    const r = await compare(spec(), spec(append('1.0.0', 60, 0)));
    const c = r.comparisons[0]!;
    expect(c.candidate.n).toBeGreaterThan(60);
    expect(c.warnings.join(' ')).toMatch(/none of its calls is stamped after the base's newest one .*: a clock that is off, or a backfill\? All its calls are tested/); // prettier-ignore
  });

  it('is no change when the head appended nothing to it', async () => {
    expect((await compare(spec(), spec())).verdict).toBe('no_changes');
    // Calls appended to the live version only: a re-run, not a revert.
    expect((await compare(spec(), spec(append('1.1.0', 60, 17)))).verdict).toBe('no_changes');
  });

  it('is found by the newest calls when the base gained more rows since (a small head)', async () => {
    const r = await compare(spec(append('1.1.0', 100, 17)), spec(append('1.0.0', 60, 39)));
    expect(r.comparisons.map((c) => c.candidate.version)).toEqual(['1.0.0']);
  });

  it('asks no version of a big store for its newest call to find one', async () => {
    // 20 prompts of 5 versions (past the 64 a store answers one by one), a head that appends
    // calls to one old version: found without reading every version's newest call.
    const many = (extra: string[] = []): StoreSpec => ({
      seed: 7,
      prompts: Array.from({ length: 20 }, (_, p) => ({
        name: `p${p}`,
        versions: Array.from({ length: 5 }, (_, v) => ({
          version: `1.${v}.0`,
          timestamp: before(40 - 8 * v),
          systemPrompt: `prompt ${p} text ${v}`,
          // Half the prompts tag their newest version, as the benchmark's stores do.
          ...(v === 4 && p % 2 === 0 ? { versionTags: ['production'] } : {}),
          calls: [calls(40 - 8 * v, 32 - 8 * v, 5, { quality: { mean: v === 0 ? 0.6 : 0.85, sd: 0.05 } })], // prettier-ignore
        })),
      })),
      sql: { afterData: extra },
    });
    const appended = [
      `CREATE TEMP TABLE t AS SELECT * FROM prompt_metrics WHERE version_id = (SELECT id FROM prompt_versions WHERE name = 'p3' AND version = '1.0.0') LIMIT 40`,
      `UPDATE t SET id = NULL, timestamp = strftime('%Y-%m-%dT%H:%M:%f+00:00', timestamp, '+39 days')`,
      'INSERT INTO prompt_metrics SELECT * FROM t',
    ];
    let r: CompareReport | undefined;
    const [b, h] = await Promise.all([writeStore(many()), writeStore(many(appended))]);
    const [bs, hs] = await Promise.all([
      openStore(b, { label: 'base.sqlite' }),
      openStore(h, { label: 'head.sqlite' }),
    ]);
    const queries = await queriesOf(() => {
      r = compareStores({ head: hs, base: bs, options: ANALYSIS, failOn: 'regressed', generatedAt: '2026-11-27T12:00:00Z' }); // prettier-ignore
    });
    bs.close();
    hs.close();
    expect(r?.comparisons.map((c) => [c.prompt, c.candidate.version])).toEqual([['p3', '1.0.0']]);
    expect(queries.filter((q) => /GROUP BY version_id/i.test(q))).toEqual([]);
    // Nor the newest call of each prompt's tagged live version, to look for a rollback past it.
    expect(queries.filter((q) => /max\(julianday\(timestamp\)\)/i.test(q)).length).toBeLessThan(5);
  });
});
