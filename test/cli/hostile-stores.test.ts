// Stores built to mislead, run through the bundled pv-check as users run it: each must end in a
// true report or a one-line refusal (exit 2), never in a wrong status.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoreSpec } from '../../scripts/store-writer.mjs';
import { writeStore } from '../../scripts/store-writer.mjs';
import { freshDist } from '../e2e/harness.js';
import { batch, BLOAT_PAST_FULL_CHECK, LYING_VERSION_INDEX } from '../store/helpers.js';

let dir: string;
let cli: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pv-hostile-'));
  cli = path.join(freshDist(), 'cli.js');
});

async function store(name: string, spec: StoreSpec): Promise<string> {
  const file = path.join(dir, name);
  writeFileSync(file, await writeStore(spec));
  return file;
}

function pvCheck(...args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
}

/** One prompt: 1.0.0 at quality 0.85 (the baseline), 1.1.0 at 0.5 (a plain regression). */
function twoVersions(sql: readonly string[] = []): StoreSpec {
  return {
    seed: 5,
    prompts: [
      {
        name: 'summarizer',
        versions: [
          { version: '1.0.0', timestamp: '2026-10-01T00:00:00Z', calls: [batch('2026-10-01T00:00:00Z', 60)] }, // prettier-ignore
          { version: '1.1.0', timestamp: '2026-10-10T00:00:00Z', calls: [batch('2026-10-10T00:00:00Z', 50, { quality: { mean: 0.5, sd: 0.05 } })] }, // prettier-ignore
        ],
      },
    ],
    sql: { afterData: sql },
  };
}

const compare = (file: string) =>
  pvCheck('compare', '--store', file, '--prompt', 'summarizer', '--candidate', '1.1.0', '--baseline', '1.0.0', '--format', 'json'); // prettier-ignore

// Past 8 MiB the calls table is not integrity-checked up front: a 9 MiB annotation gets it there.
const BLOAT = BLOAT_PAST_FULL_CHECK;

describe('pv-check against stores built to mislead', () => {
  it('refuses a virtual table hidden behind a comment in the schema text (finding 7)', async () => {
    const file = await store('virtual.sqlite', twoVersions([
      'DROP TABLE prompt_metrics',
      'CREATE VIRTUAL TABLE prompt_metrics USING fts4(id, version_id, timestamp, quality_score)',
      'PRAGMA writable_schema = ON',
      "UPDATE sqlite_master SET sql = replace(sql, 'CREATE VIRTUAL', 'CREATE/**/VIRTUAL') WHERE name = 'prompt_metrics'", // prettier-ignore
    ])); // prettier-ignore
    const r = compare(file);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `pv-check: Cannot read store "${file}": prompt_metrics is a virtual table, not a table.\n`,
    );
  });

  it('refuses a store above 8 MiB whose version index was built on another column (finding 9)', async () => {
    const honest = await store('honest.sqlite', twoVersions([BLOAT]));
    const good = compare(honest);
    expect(good.status, good.stderr).toBe(1);
    expect(JSON.parse(good.stdout)).toMatchObject({ verdict: 'regressed', comparisons: [{ status: 'regressed', candidate: { n: 50 } }] }); // prettier-ignore
    // The index's b-tree holds the other version's id for every call: candidate and baseline swap.
    const lying = await store('lying.sqlite', twoVersions([BLOAT, ...LYING_VERSION_INDEX]));
    const r = compare(lying);
    expect(r.status, r.stdout).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      new RegExp(`^pv-check: Cannot read store "${lying}": the SQLite file is corrupt: the index on prompt_metrics\\(version_id\\) lists call \\d+ under version id ([12]), but the call belongs to (?!\\1)[12]; rebuild the index with sqlite3 STORE 'REINDEX'\\.\\n$`), // prettier-ignore
    );
  });

  it('gives a metric with values too large to test a clear outcome, not a crash (finding 10)', async () => {
    // Two calls of the candidate logged quality_score = 1e308: their variance overflows.
    const huge = [
      { timestamp: '2026-10-11T00:00:00Z', quality_score: 1e308, latency_ms: 400, success: 1 },
      { timestamp: '2026-10-11T00:01:00Z', quality_score: 1e308, latency_ms: 410, success: 1 },
    ];
    const spec = twoVersions();
    const [base, cand] = spec.prompts[0]!.versions;
    const file = await store('huge.sqlite', {
      ...spec,
      prompts: [{ name: 'summarizer', versions: [base!, { ...cand!, calls: [batch('2026-10-10T00:00:00Z', 50, { quality: { mean: 0.85, sd: 0.05 } }), { rows: huge }] }] }], // prettier-ignore
    });
    const json = compare(file);
    expect(json.stderr).toBe('');
    expect(json.status).toBe(0);
    const report = JSON.parse(json.stdout) as { verdict: string; comparisons: { status: string; metrics: { metric: string }[] }[] }; // prettier-ignore
    expect(report.verdict).toBe('warning');
    expect(report.comparisons[0]?.status).toBe('inconclusive');
    expect(report.comparisons[0]?.metrics.find((m) => m.metric === 'quality_score')).toMatchObject({
      status: 'inconclusive',
      p_value: null,
      not_tested:
        'a value of 1.00e+308 is too large to test (the limit is ±1e+150); check how it was logged',
    });
    const text = pvCheck('compare', '--store', file, '--prompt', 'summarizer', '--candidate', '1.1.0', '--baseline', '1.0.0'); // prettier-ignore
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/not tested: a value of 1\.00e\+308 is too large to test/);
    const health = pvCheck('health', '--store', file, '--now', '2026-10-12T00:00:00Z', '--format', 'json'); // prettier-ignore
    expect(health.stderr).toBe('');
    expect([0, 1]).toContain(health.status);
  });
});
