import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { interruptTransaction, writeStore, type StoreSpec } from '../../scripts/store-writer.mjs';
import { openStoreFile } from '../../src/store/file.js';
import { CallsPages } from '../../src/store/table-walk.js';
import { healthReport, type HealthInput } from '../../src/analysis/health.js';
import { openStore, type Store } from '../../src/store/open.js';
import type { HealthReport } from '../../src/report/health-types.js';
import { renderJson } from '../../src/report/json.js';
import { analysis, health } from './health-fixtures.js';
import { before, calls, healthSpec, STORE_NOW } from './health-store-spec.js';
import { queriesOf } from '../store/queries.js';
import { BLOAT_PAST_FULL_CHECK } from '../store/helpers.js';

const bytes = await writeStore(healthSpec());
const open = (): Promise<Store> => openStore(bytes, { label: 'health.sqlite' });

function run(store: Store, extra: Partial<HealthInput> = {}): HealthReport {
  return healthReport(store, {
    analysis,
    health: { ...health, dailyBudget: 1, monthlyBudget: 30 },
    failOn: 'never',
    now: STORE_NOW,
    ...extra,
  });
}

describe('healthReport on a real store', () => {
  it('finds each planted problem', async () => {
    const r = run(await open());
    const byName = new Map(r.prompts.map((p) => [p.prompt, p]));
    expect(byName.get('classifier')?.alerts[0]).toMatchObject({
      kind: 'regression',
      severity: 'critical',
      metric: 'quality_score',
    });
    // The production version is live; the newer one called beside it scores 0.5: a variant alert.
    expect(byName.get('summarizer')).toMatchObject({
      status: 'alert',
      window_status: 'unchanged',
      live: { version: '1.1.0', chosen_by: 'production_tag' },
      also_called: [{ version: '1.2.0', status: 'regressed' }],
      alerts: [{ kind: 'variant', version: '1.2.0', metric: 'quality_score', confirmed: true }],
    });
    const triage = byName.get('triage');
    expect(triage?.alerts.map((a) => [a.kind, a.metric])).toContainEqual([
      'trend',
      'quality_score',
    ]);
    // The trend is tested on the last two weeks of complete days.
    expect(triage?.trends.find((t) => t.metric === 'quality_score')?.days).toBe(14);
    expect(byName.get('extractor')).toMatchObject({
      status: 'silent',
      alerts: [{ kind: 'silent' }],
    });
    expect(byName.get('router')).toMatchObject({ status: 'healthy', window: { n: 48 } });
    expect(r.prompts[0]?.prompt).toBe('classifier');
    expect(r.verdict).toBe('warning');
    expect(run(await open(), { failOn: 'regressed' }).verdict).toBe('regressed');
  });

  it('adds up cost over every version, and alerts on the budgets', async () => {
    const c = run(await open()).cost;
    // The writer's calls cost about €0.002 each; about 250 calls a day.
    expect(c.days).toHaveLength(7);
    expect(c.days.at(-1)?.complete).toBe(false);
    expect(c.days[0]?.cost).toBeGreaterThan(0.3);
    expect(c.alerts).toEqual([]);
    const budgets = async (daily: number | null, monthly: number | null): Promise<unknown[]> =>
      run(await open(), {
        health: { ...health, dailyBudget: daily, monthlyBudget: monthly },
      }).cost.alerts.map((a) => a.budget);
    expect(await budgets(0.1, null)).toEqual(['day', 'today']);
    expect(await budgets(null, c.month_to_date - 0.01)).toEqual(['month']);
    expect(await budgets(null, c.month_to_date + 0.01)).toEqual(['projection']);
  });

  it('is reproducible: the same store and now give the same JSON', async () => {
    const a = renderJson(run(await open()));
    const b = renderJson(run(await open()));
    expect(a).toBe(b);
    const later = renderJson(run(await open(), { now: '2026-11-28T12:00:00Z' }));
    expect(later).not.toBe(a);
  });

  it("reads no version's newest call but the live ones, however many versions it keeps", async () => {
    // 40 prompts of 4 versions: 3 retired long ago, the newest live; one prompt's older version
    // still serves a share in the window. Past 64 versions asked one by one, the store finds
    // every version's newest call in one pass over the whole calls table.
    const versions = (p: number) =>
      [0, 1, 2, 3].map((v) => ({
        version: `1.${v}.0`,
        timestamp: before(90 - 10 * v),
        calls: [
          v === 3 ? calls(29, 0, 8) : calls(80 - 10 * v, 72 - 10 * v, 4),
          ...(p === 0 && v === 2 ? [calls(1, 0, 6)] : []),
        ],
      }));
    const spec: StoreSpec = {
      seed: 12,
      prompts: Array.from({ length: 40 }, (_, p) => ({ name: `p${p}`, versions: versions(p) })),
    };
    const store = await openStore(await writeStore(spec), { label: 'many.sqlite' });
    let r: HealthReport | undefined;
    const queries = await queriesOf(() => (r = run(store)));
    expect(queries.filter((q) => /GROUP BY version_id/i.test(q))).toEqual([]);
    expect(r?.counts.prompts).toBe(40);
    expect(r?.prompts.find((p) => p.prompt === 'p0')?.also_called).toMatchObject([
      { version: '1.2.0', calls: 6, status: null },
    ]);
  });

  it("reads no version's newest call but the live and replaced ones when each prompt has a release", async () => {
    // 40 prompts of 4 versions: 2 retired long ago, 1.2.0 live until 10 days ago, 1.3.0 since.
    const versions = () =>
      [0, 1, 2, 3].map((v) => ({
        version: `1.${v}.0`,
        timestamp: before(v === 3 ? 10 : 90 - 10 * v),
        calls: [
          v === 3
            ? calls(10, 0, 8)
            : v === 2
              ? calls(60, 10, 8)
              : calls(80 - 10 * v, 72 - 10 * v, 4),
        ],
      }));
    const spec: StoreSpec = {
      seed: 13,
      prompts: Array.from({ length: 40 }, (_, p) => ({ name: `p${p}`, versions: versions() })),
    };
    const store = await openStore(await writeStore(spec), { label: 'released.sqlite' });
    let r: HealthReport | undefined;
    const queries = await queriesOf(() => (r = run(store)));
    expect(queries.filter((q) => /GROUP BY version_id/i.test(q))).toEqual([]);
    expect(r?.counts.prompts).toBe(40);
  });

  it('asks no live version for its newest call when its calls began before the history', async () => {
    // 70 prompts whose live version has served for 70 days: its calls of the history are read,
    // and the walk through all of them gives its newest call. Asked of the store, past 64
    // versions it would read every call of the store in one pass through the version index.
    const versions = () => [
      { version: '1.0.0', timestamp: before(91), calls: [calls(90, 72, 4)] },
      { version: '1.1.0', timestamp: before(71), calls: [calls(70, 0, 4)] },
    ];
    const spec: StoreSpec = {
      seed: 14,
      prompts: Array.from({ length: 70 }, (_, p) => ({ name: `p${p}`, versions: versions() })),
    };
    const store = await openStore(await writeStore(spec), { label: 'long-lived.sqlite' });
    let r: HealthReport | undefined;
    const queries = await queriesOf(() => (r = run(store)));
    expect(queries.filter((q) => /GROUP BY version_id|max\(julianday/i.test(q))).toEqual([]);
    expect(r?.counts.prompts).toBe(70);
    expect(r?.prompts.every((p) => p.live?.version === '1.1.0' && p.window.n === 4)).toBe(true);
  });

  it('knows a release has calls after now from reading its calls, in a report for an earlier time', async () => {
    // 1.1.0 replaced 1.0.0 12 days ago with quality 0.70 against 0.85, and is called for 5
    // days after `now`: released within the history all the same.
    const spec: StoreSpec = {
      seed: 15,
      prompts: [
        {
          name: 'p',
          versions: [
            { version: '1.0.0', timestamp: before(61), calls: [calls(60, 12, 40)] },
            {
              version: '1.1.0',
              timestamp: before(13),
              calls: [calls(12, -5, 40, { quality: { mean: 0.7, sd: 0.06 } })],
            },
          ],
        },
      ],
    };
    const store = await openStore(await writeStore(spec), { label: 'later.sqlite' });
    let r: HealthReport | undefined;
    const queries = await queriesOf(() => (r = run(store)));
    expect(r?.prompts[0]?.release).toMatchObject({ version: '1.0.0', metrics: ['quality_score'] });
    // Its calls after now were counted from its calls read, not asked of the store.
    expect(queries.filter((q) => /julianday\(timestamp\) >= \?/.test(q))).toEqual([]);
  });

  it("reads a time-ordered store's committed calls in one pass when its writer was killed", async () => {
    // 40 prompts, each version's calls among all the others' as the library logs them (a batch
    // a day each), past 8 MiB so that the pages are read as asked; then a transaction left in a
    // hot journal.
    const daily = (from: number, to: number, perDay: number) =>
      Array.from({ length: from - to }, (_, d) => calls(from - d, from - d - 1, perDay));
    const versions = () => [
      { version: '1.0.0', timestamp: before(61), calls: daily(60, 10, 4) },
      { version: '1.1.0', timestamp: before(11), calls: daily(10, 0, 10) },
    ];
    const spec: StoreSpec = {
      seed: 16,
      prompts: Array.from({ length: 40 }, (_, p) => ({ name: `p${p}`, versions: versions() })),
      sql: { afterData: [BLOAT_PAST_FULL_CHECK] },
    };
    const committed = await writeStore(spec);
    const left = await interruptTransaction(committed, [
      'UPDATE prompt_metrics SET quality_score = 0.01',
    ]);
    const dir = mkdtempSync(path.join(tmpdir(), 'pv-killed-'));
    try {
      const file = path.join(dir, 'db.sqlite');
      writeFileSync(file, left.store);
      writeFileSync(`${file}-journal`, left.journal);
      const pass = vi.spyOn(CallsPages.prototype, 'walk');
      const store = await openStoreFile(file);
      const read = renderJson(run(store));
      store.close();
      expect(pass).toHaveBeenCalledTimes(1);
      pass.mockRestore();
      expect(read).toBe(renderJson(run(await openStore(committed, { label: 'db.sqlite' }))));
      // Read without its journal, the store says otherwise.
      expect(read).not.toBe(renderJson(run(await openStore(left.store, { label: 'db.sqlite' }))));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
