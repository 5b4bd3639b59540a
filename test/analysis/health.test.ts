import { NO_ALERTS } from '../../src/github/issue-list.js';
import { describe, expect, it } from 'vitest';
import { alertsFingerprint, healthReport } from '../../src/analysis/health.js';
import type { HealthReport } from '../../src/report/health-types.js';
import { ago, analysis, DAY, health, NOW, prompt, run, span, version } from './health-fixtures.js';
import { memoryTrendStore } from './memory-trends.js';
import { makeCalls, type MemoryCall, type MemoryVersion } from './memory-store.js';

const stable = (seed: number, name = 'summarizer'): MemoryVersion =>
  version(name, '1.0.0', span(seed, 29, 0, 48));

describe('healthReport: nothing to check', () => {
  it('warns, and does not pass, when the store has no calls at all', () => {
    const r = run([]);
    expect(r.verdict).toBe('warning');
    expect(r.counts).toMatchObject({ prompts: 0, alerts: 0 });
    expect(r.warnings).toContain('The store has no calls at all.');
  });

  it('says so when baseline-since leaves every history empty', () => {
    const late = run([stable(1)], { analysis: { ...analysis, baselineSince: ago(0.5) } });
    expect(late.warnings.join(' ')).toMatch(
      /^The baseline start \(baseline-since, .*\) is not before the window's start .*: every history is empty, so no window is tested\. Give an earlier time, or leave it out\.$/,
    );
    expect(late.prompts[0]?.window_status).toBe('insufficient_data');
    // The history it reports is empty, not a range that ends before it starts.
    const h = late.prompts[0]!.history;
    expect(h).toMatchObject({ since: h.until, n: 0 });
    const past = run([stable(1)], { analysis: { ...analysis, baselineSince: ago(-5) } });
    expect(past.prompts[0]!.history).toMatchObject({ since: past.prompts[0]!.history.until });
    const early = run([stable(1)], { analysis: { ...analysis, baselineSince: ago(10) } });
    expect(early.warnings).toEqual([]);
    expect(early.prompts[0]?.window_status).not.toBe('insufficient_data');
  });

  it('warns, and does not pass, when every call is after the run time', () => {
    const r = run([stable(1)], { now: ago(40) });
    expect(r.verdict).toBe('warning');
    expect(r.counts).toMatchObject({ prompts: 0, alerts: 0 });
    expect(r.warnings.join(' ')).toMatch(
      /^No prompt has calls in the window or the history: nothing was checked/,
    );
  });
});

describe('healthReport: window against history', () => {
  it('finds a stable prompt healthy and passes', () => {
    const r = run([stable(1)]);
    expect(r).toMatchObject({ schema: 1, kind: 'health', verdict: 'passed', generated_at: NOW });
    const p = prompt(r, 'summarizer');
    expect(p.status).toBe('healthy');
    expect(p.alerts).toEqual([]);
    expect(p.live).toMatchObject({ version: '1.0.0', chosen_by: 'latest_in_window' });
    expect(p.window).toMatchObject({ since: ago(1), until: NOW, n: 48 });
    expect(p.history).toMatchObject({ since: ago(29), until: ago(1), n: 1000 });
    expect(p.metrics.map((m) => m.status)).not.toContain('regressed');
    expect(p.trends.map((t) => t.status)).not.toContain('worsening');
    expect(p.notes.join(' ')).toMatch(/compared with the spread of 28 earlier blocks of 24 hours/);
    expect(r.counts).toMatchObject({ prompts: 1, healthy: 1, alerts: 0, inactive: 0 });
  });

  it('raises a critical regression alert for a quality collapse in the last 24 h', () => {
    const collapsed = version('summarizer', '1.0.0', [
      ...span(2, 29, 1, 48),
      ...span(3, 1, 0, 48, { quality: [0.7, 0.05] }),
    ]);
    const r = run([collapsed, stable(4, 'classifier')]);
    expect(r.verdict).toBe('warning');
    const p = prompt(r, 'summarizer');
    expect(p.status).toBe('alert');
    expect(p.window_status).toBe('regressed');
    const [alert] = p.alerts;
    expect(alert).toMatchObject({
      kind: 'regression',
      severity: 'critical',
      prompt: 'summarizer',
      version: '1.0.0',
      metric: 'quality_score',
    });
    expect(alert?.change).toBeLessThan(-0.1);
    expect(alert?.message).toMatch(
      /^Quality \(mean\) fell from 0\.8\d\d to 0\.\d{3} \(−\d+\.\d %\) in the last 24 hours against the previous 28 days; p < 1e-10, beyond the −10 % threshold\.$/,
    );
    // Worst first: the alerting prompt leads.
    expect(r.prompts.map((x) => x.prompt)).toEqual(['summarizer', 'classifier']);
    expect(r.counts).toMatchObject({ prompts: 2, alert: 1, healthy: 1, critical: 1 });
  });

  it("says when a cost rise is the price per token's, not the prompt's length", () => {
    // The same tokens per call, 40 % dearer: a model's price changed.
    const price = version('summarizer', '1.0.0', [
      ...span(2, 29, 1, 48),
      ...span(3, 1, 0, 48, { cost: [0.0017 * 1.4, 0.0002] }),
    ]);
    const [alert] = prompt(run([price]), 'summarizer').alerts;
    expect(alert).toMatchObject({ kind: 'regression', metric: 'cost_eur' });
    expect(alert?.message).toMatch(
      / Tokens per call moved [−+]\d+\.\d %.* only: the price per token rose \(a model's price, or a dearer model\), not the prompt's length\.$/,
    );
    // A longer prompt: more tokens, and the cost with them; nothing about the price.
    const longer = version('summarizer', '1.0.0', [
      ...span(2, 29, 1, 48),
      ...span(3, 1, 0, 48, { cost: [0.0017 * 1.4, 0.0002], tokens: [420 * 1.4, 40] }),
    ]);
    const costly = prompt(run([longer]), 'summarizer').alerts.find((a) => a.metric === 'cost_eur');
    expect(costly?.message).toMatch(/beyond the \+20 % threshold\.$/);
  });

  it('fails the run only when fail-on says so', () => {
    const collapsed = version('summarizer', '1.0.0', [
      ...span(2, 29, 1, 48),
      ...span(3, 1, 0, 48, { quality: [0.7, 0.05] }),
    ]);
    expect(run([collapsed]).verdict).toBe('warning');
    expect(run([collapsed], { failOn: 'regressed' }).verdict).toBe('regressed');
    expect(run([stable(1)], { failOn: 'regressed' }).verdict).toBe('passed');
  });

  it('corrects across every prompt of the run', () => {
    const r = run([stable(1, 'a'), stable(2, 'b'), stable(3, 'c')]);
    const tested = r.prompts.flatMap((p) => p.metrics).filter((m) => m.p_value !== null);
    expect(tested.length).toBe(15);
    const smallest = tested.reduce((a, b) => ((a.p_value ?? 1) < (b.p_value ?? 1) ? a : b));
    expect(smallest.p_value_adjusted).toBeCloseTo(Math.min(1, (smallest.p_value ?? 1) * 15), 12);
  });

  it('reports too few calls without alerting, and passes nothing when nothing was tested', () => {
    const thin = version('rare', '1.0.0', [...span(5, 29, 25, 1), ...span(6, 0.4, 0, 20)]);
    const r = run([thin]);
    expect(prompt(r, 'rare').status).toBe('insufficient_data');
    expect(r.counts.alerts).toBe(0);
    expect(r.verdict).toBe('warning');
    const busy = version('busy', '1.0.0', span(6, 29, 0, 48));
    const both = run([thin, busy]);
    expect(prompt(both, 'busy').status).toBe('healthy');
    expect(both.verdict).toBe('passed');
  });
});

describe('healthReport: live version, silence, inactivity', () => {
  it('does not test cost, and says why, where the library could not price the model', () => {
    // Priced history, then a move to a model without a price (cost 0, tokens logged).
    const calls = [...span(6, 29, 3, 48), ...span(7, 3, 0, 48, { cost: [0, 0], model: 'gpt-4.1' })];
    const p = prompt(run([version('p', '1.0.0', calls)]), 'p');
    expect(p.metrics.map((m) => m.metric)).not.toContain('cost_eur');
    expect(p.notes.join('\n')).toMatch(/^Cost is 0 on every call of the window though tokens were logged: the library stores 0 for a model missing from its price table, cost_eur=0 was logged, or the model is free \(gpt-4\.1\)\. Cost is not tested here/m); // prettier-ignore
    // Priced throughout: cost is tested, without the note.
    const priced = prompt(run([version('p', '1.0.0', span(6, 29, 0, 48))]), 'p');
    expect(priced.metrics.map((m) => m.metric)).toContain('cost_eur');
    expect(priced.notes.join('\n')).not.toMatch(/Cost is 0/);
  });

  it('lets the production tag win over a newer version', () => {
    const tagged = version('p', '1.0.0', span(6, 29, 0, 48), { tags: ['production'] });
    const newer = version('p', '1.1.0', span(7, 3, 0, 48), { timestamp: ago(3) });
    expect(prompt(run([tagged, newer]), 'p').live).toMatchObject({
      version: '1.0.0',
      chosen_by: 'production_tag',
    });
    const untagged = { ...tagged, tags: [] };
    expect(prompt(run([untagged, newer]), 'p').live).toMatchObject({
      version: '1.1.0',
      chosen_by: 'latest_in_window',
    });
    // `Production` or `prod` as teams write it marks the live version too.
    const spelt = { ...tagged, tags: ['Production'] };
    expect(prompt(run([spelt, newer]), 'p').live).toMatchObject({ version: '1.0.0', chosen_by: 'production_tag' }); // prettier-ignore
  });

  it('says which other versions were called in the window beside the live one', () => {
    const tagged = version('p', '1.0.0', span(6, 29, 0, 48), { tags: ['production'] });
    // A canary of the next version, serving a share of the last three days.
    const canary = version('p', '1.1.0', span(7, 3, 0, 8), { timestamp: ago(3) });
    const also = (vs: Parameters<typeof run>[0]) => prompt(run(vs), 'p').also_called;
    // Too few calls to test against the live version's: named, not tested.
    expect(also([tagged, canary])).toEqual([
      { version: '1.1.0', calls: 8, status: 'insufficient_data', live_calls: 48, models: null, metrics: [] }, // prettier-ignore
    ]);
    expect(also([tagged])).toBeUndefined();
    // Untagged, the newest called is live, and the older one still served is named, not tested.
    expect(also([{ ...tagged, tags: [] }, canary])).toMatchObject([
      { version: '1.0.0', calls: 48, status: null, metrics: [] },
    ]);
    // A version whose calls ended before the window is not.
    const retired = version('p', '1.1.0', span(7, 20, 2, 8), { timestamp: ago(20) });
    expect(also([tagged, retired])).toBeUndefined();
  });

  it('tests a canary against the live version in the same hours, and warns when it regressed', () => {
    const tagged = version('p', '1.0.0', span(6, 29, 0, 200), { tags: ['production'] });
    // A canary 15 % worse, serving 30 calls a day beside it for the last three days.
    const bad = (days: number, q = 0.72) =>
      version('p', '1.1.0', span(7, days, 0, 30, { quality: [q, 0.05] }), { timestamp: ago(3) });
    const r = run([tagged, bad(3)]);
    const p = prompt(r, 'p');
    expect(p.also_called).toMatchObject([{ version: '1.1.0', calls: 30, status: 'regressed' }]);
    const q = p.also_called![0]!.metrics.find((m) => m.metric === 'quality_score');
    expect(q).toMatchObject({ status: 'regressed', candidate: { n: 30 } });
    expect(q!.relative_change).toBeLessThan(-0.1);
    // A warning on the variant, confirmed as it regressed the day before too.
    expect(p.alerts).toEqual([
      expect.objectContaining({
        kind: 'variant',
        severity: 'warning',
        prompt: 'p',
        version: '1.1.0',
        metric: 'quality_score',
        confirmed: true,
      }),
    ]);
    expect(p.alerts[0]!.message).toMatch(
      /^Version 1\.1\.0, called beside the live version 1\.0\.0 in the last 24 hours \(30 calls\): quality \(mean\) 0\.7\d+ against 0\.8\d+ for 1\.0\.0 in the same hours \(−1\d\.\d %\); p .*, beyond the −10 % threshold\. Promoted as it is, it would regress\.$/,
    );
    // A family of its own: the canary leaves the live version's corrected results as they were.
    const adjusted = (rep: HealthReport) => prompt(rep, 'p').metrics.map((m) => [m.p_value_adjusted, m.ci]); // prettier-ignore
    expect(adjusted(r)).toEqual(adjusted(run([tagged])));
    // The live version itself is healthy, and its window alone decides fail-on.
    expect(p.status).toBe('alert');
    expect(p.window_status).not.toBe('regressed');
    expect(r.verdict).toBe('warning');
    expect(run([tagged, bad(3)], { failOn: 'regressed' }).verdict).toBe('warning');
    expect(r.counts).toMatchObject({ alert: 1, warnings: 1, confirmed: 1 });
    // Its first day: not yet confirmed (one batch of calls logged beside the traffic is not a
    // canary left running).
    expect(prompt(run([tagged, bad(1)]), 'p').alerts).toEqual([
      expect.objectContaining({ kind: 'variant', confirmed: false }),
    ]);
    // A canary as good as the live version: tested, no alert.
    const good = prompt(run([tagged, bad(3, 0.85)]), 'p');
    expect(good.also_called?.[0]?.status).toMatch(/^(unchanged|inconclusive)$/);
    expect(good.alerts).toEqual([]);
    expect(good.status).toBe('healthy');
  });

  it('reads the window before once for a variant that regressed on several metrics', () => {
    const tagged = version('p', '1.0.0', span(6, 29, 0, 200), { tags: ['production'] });
    const both = { quality: [0.72, 0.05] as [number, number], latency: [700, 60] as [number, number] }; // prettier-ignore
    const canary = version('p', '1.1.0', span(7, 3, 0, 60, both), { timestamp: ago(3) });
    const base = memoryTrendStore('health.sqlite', [tagged, canary]);
    const id = base.versions().find((v) => v.version === '1.1.0')!.id;
    let earlier = 0;
    const store = {
      ...base,
      samples: (q: Parameters<typeof base.samples>[0]) => {
        if (q.versionId === id && q.since === ago(2)) earlier += 1;
        return base.samples(q);
      },
    };
    const r = healthReport(store, { analysis, health, failOn: 'never', now: NOW });
    const alerts = prompt(r, 'p').alerts.filter((a) => a.kind === 'variant');
    expect(alerts.map((a) => [a.metric, a.confirmed])).toEqual([
      ['latency_ms', true],
      ['quality_score', true],
    ]);
    expect(earlier).toBe(1);
  });

  it("compares a variant with the live version's whole window, not its last hours", () => {
    // 1,500 calls a day, past baseline-max-samples: the newest 1,000 would be its last 16 hours.
    const busy = version('p', '1.0.0', span(6, 3, 0, 1500), { tags: ['production'] });
    const canary = version('p', '1.1.0', span(7, 3, 0, 40), { timestamp: ago(3) });
    const [o] = prompt(run([busy, canary]), 'p').also_called ?? [];
    // A canary called in every hour of the window meets every live call of it.
    expect(o).toMatchObject({ live_calls: 1500, calls: 40 });
    expect(o?.metrics.find((m) => m.metric === 'quality_score')?.baseline.n).toBe(1500);
    // A canary started at noon is compared with the live version's calls since then, not the
    // morning's, whose latency runs 40 % higher here.
    const morning = version('p', '1.0.0', [
      ...span(6, 3, 0.5, 200),
      ...span(8, 0.5, 0, 200, { latency: [300, 40] }),
    ], { tags: ['production'] }); // prettier-ignore
    const noon = version('p', '1.1.0', span(7, 0.5, 0, 200, { latency: [300, 40] }), { timestamp: ago(1) }); // prettier-ignore
    const [late] = prompt(run([morning, noon]), 'p').also_called ?? [];
    expect(late).toMatchObject({ calls: 100, live_calls: 100 });
    expect(late?.metrics.find((m) => m.metric === 'latency_ms')?.baseline.median).toBeLessThan(320);
  });

  it('meets a canary run in bursts with the live calls of those hours only', () => {
    // Two three-hour bursts a day, when latency runs at 400 ms; 200 ms in the hours between.
    const seg = (seed: number, from: number, to: number, n: number, ms: number) =>
      makeCalls(n, { seed, start: ago(from), stepMinutes: ((from - to) * 1440) / n, latency: [ms, 20] }); // prettier-ignore
    const live: MemoryCall[] = [];
    const canary: MemoryCall[] = [];
    for (const d of [1, 0]) {
      live.push(...seg(d * 10 + 1, d + 1, d + 0.875, 60, 200), ...seg(d * 10 + 2, d + 0.875, d + 0.75, 60, 400)); // prettier-ignore
      live.push(...seg(d * 10 + 3, d + 0.75, d + 0.5, 120, 200), ...seg(d * 10 + 4, d + 0.5, d + 0.375, 60, 400)); // prettier-ignore
      live.push(...seg(d * 10 + 5, d + 0.375, d, 180, 200));
      canary.push(...seg(d * 10 + 6, d + 0.875, d + 0.75, 30, 400), ...seg(d * 10 + 7, d + 0.5, d + 0.375, 30, 400)); // prettier-ignore
    }
    const tagged = version('p', '1.0.0', live, { tags: ['production'] });
    const p = prompt(run([tagged, version('p', '1.1.0', canary, { timestamp: ago(3) })]), 'p');
    const [o] = p.also_called ?? [];
    expect(o).toMatchObject({ calls: 60, live_calls: 120 });
    expect(o?.metrics.find((m) => m.metric === 'latency_ms')?.status).not.toBe('regressed');
    expect(p.alerts).toEqual([]);
  });

  it('tests a variant on its main model when it runs the models in other shares', () => {
    // The live version half on each model; a canary as good on each, sent to the small one 9
    // times in 10: pooled, the mix alone would read as a regression.
    const mini = { model: 'gpt-4o-mini', quality: [0.65, 0.05] as [number, number] };
    const tagged = version('p', '1.0.0', [...span(6, 29, 0, 150), ...span(8, 29, 0, 150, mini)], { tags: ['production'] }); // prettier-ignore
    const canary = version('p', '1.1.0', [...span(7, 3, 0, 8), ...span(9, 3, 0, 72, mini)], { timestamp: ago(3) }); // prettier-ignore
    const p = prompt(run([tagged, canary]), 'p');
    expect(p.also_called).toMatchObject([{ models: ['gpt-4o-mini'], calls: 80 }]);
    expect(p.also_called?.[0]?.status).not.toBe('regressed');
    expect(p.alerts).toEqual([]);
    // Worse on its main model: the warning says what was compared.
    const worse = version('p', '1.1.0', [...span(7, 3, 0, 8), ...span(9, 3, 0, 72, { ...mini, quality: [0.5, 0.05] })], { timestamp: ago(3) }); // prettier-ignore
    expect(prompt(run([tagged, worse]), 'p').alerts[0]?.message).toContain(
      ' Compared on gpt-4o-mini alone: the two ran their models in clearly different shares.',
    );
    // On a model the live version never ran: across models, and said so.
    const other = version('p', '1.1.0', span(9, 3, 0, 60, { model: 'claude', quality: [0.5, 0.05] }), { timestamp: ago(3) }); // prettier-ignore
    expect(prompt(run([tagged, other]), 'p').alerts[0]?.message).toContain(
      ' Compared across models: the live version had no call on its models in those hours.',
    );
    // In the same shares, both models are compared.
    const even = version('p', '1.1.0', [...span(7, 3, 0, 40), ...span(9, 3, 0, 40, mini)], { timestamp: ago(3) }); // prettier-ignore
    expect(prompt(run([tagged, even]), 'p').also_called).toMatchObject([{ models: ['gpt-4o', 'gpt-4o-mini'] }]); // prettier-ignore
  });

  it("does not confirm a batch of calls logged once across the windows' boundary", () => {
    const tagged = version('p', '1.0.0', span(6, 3, 0, 600), { tags: ['production'] });
    // 240 evaluation calls with harder inputs, from 90 minutes before the window to 90 after.
    const batch = makeCalls(240, { seed: 7, start: ago(1 + 90 / 1440), stepMinutes: 0.75, quality: [0.7, 0.05] }); // prettier-ignore
    const r = run([tagged, version('p', '1.1.0', batch, { timestamp: ago(2) })]);
    expect(prompt(r, 'p').alerts).toEqual([
      expect.objectContaining({ kind: 'variant', metric: 'quality_score', confirmed: false }),
    ]);
    // Logged over the whole of both windows, it is a canary left running: confirmed.
    const running = version('p', '1.1.0', span(7, 2, 0, 60, { quality: [0.7, 0.05] }), { timestamp: ago(2) }); // prettier-ignore
    expect(prompt(run([tagged, running]), 'p').alerts).toEqual([
      expect.objectContaining({ kind: 'variant', metric: 'quality_score', confirmed: true }),
    ]);
  });

  it('tests a variant on the models the live version shares with it', () => {
    const tagged = version('p', '1.0.0', [
      ...span(6, 29, 0, 200),
      // The live version's calls on a cheaper model with lower scores, in the window too.
      ...span(8, 29, 0, 200, { model: 'gpt-4o-mini', quality: [0.6, 0.05] }),
    ], { tags: ['production'] }); // prettier-ignore
    const variant = version('p', '1.1.0', span(7, 3, 0, 40), { timestamp: ago(3) });
    const p = prompt(run([tagged, variant]), 'p');
    // Against all of the live version's calls it would read better; on gpt-4o it is the same.
    expect(p.also_called?.[0]?.live_calls).toBeGreaterThan(190);
    const q = p.also_called![0]!.metrics.find((m) => m.metric === 'quality_score');
    expect(q?.status).not.toBe('improved');
    expect(q?.baseline.mean).toBeGreaterThan(0.8);
  });

  it("asks the store for every version's window calls at once, not each for its newest call", () => {
    const tagged = version('p', '1.0.0', span(6, 29, 0, 48), { tags: ['production'] });
    const canary = version('p', '1.1.0', span(7, 3, 0, 8), { timestamp: ago(3) });
    const retired = [2, 3, 4, 5].map((k) =>
      version('p', `0.${k}.0`, span(10 + k, 60 - k, 40 - k, 8), { timestamp: ago(70 - k) }),
    );
    const base = memoryTrendStore('health.sqlite', [tagged, canary, ...retired]);
    // Reading a version's newest call reads all of its calls (every call, for many versions).
    const asked = new Set<string>();
    const rows = base.versions().map((v) => {
      const row = { ...v };
      Object.defineProperty(row, 'lastCallAt', {
        enumerable: true,
        get: () => (asked.add(v.version), v.lastCallAt),
      });
      return row;
    });
    const callsIn = (id: number, since: string, until: string): number =>
      base.contexts(id, since, until).reduce((n, c) => n + c.calls, 0);
    const store = {
      ...base,
      versions: () => rows,
      callsByVersion: (since: string, until: string) =>
        new Map(rows.map((v) => [v.id, callsIn(v.id, since, until)] as const).filter(([, n]) => n > 0)), // prettier-ignore
    };
    const r = healthReport(store, { analysis, health, failOn: 'never', now: NOW });
    expect(prompt(r, 'p').also_called).toMatchObject([{ version: '1.1.0', calls: 8 }]);
    expect([...asked]).toEqual(['1.0.0']);
    // A store that counts the window's calls cheaply: when the live version holds them all,
    // nothing else is asked; when it does not, the versions are.
    let byVersion = 0;
    const counting = (total: number) => ({
      ...store,
      callsInRange: () => total,
      callsByVersion: (since: string, until: string) => (
        (byVersion += 1),
        store.callsByVersion(since, until)
      ),
    });
    const run2 = (total: number) =>
      prompt(healthReport(counting(total), { analysis, health, failOn: 'never', now: NOW }), 'p');
    expect(run2(48 + 8).also_called).toMatchObject([{ version: '1.1.0', calls: 8 }]);
    expect(byVersion).toBe(1);
    expect(run2(48).also_called).toBeUndefined();
    expect(byVersion).toBe(1);
  });

  it('takes the production-tagged version serving the window, and says so', () => {
    const older = version('p', '1.0.0', span(6, 29, 20, 48), { tags: ['production'], timestamp: ago(40) }); // prettier-ignore
    const newer = version('p', '1.1.0', span(7, 20, 0, 48), { tags: ['production'], timestamp: ago(20) }); // prettier-ignore
    const p = prompt(run([older, newer]), 'p');
    expect(p.live).toMatchObject({ version: '1.1.0', chosen_by: 'production_tag' });
    expect(p.notes).toContain(
      '1 other version (1.0.0) is also tagged production; 1.1.0, the one serving the window (most calls, or the oldest of those with at least half as many), is taken as live.',
    );
    // A rollout that tagged its canary production at once: the canary's call came last, but the
    // version serving the rest of the window is live, and the canary is tested against it.
    const serving = version('p', '1.0.0', span(6, 29, 0.1, 200), { tags: ['production'], timestamp: ago(40) }); // prettier-ignore
    const canary = version('p', '1.1.0', span(7, 3, 0, 30, { quality: [0.72, 0.05] }), { tags: ['production'], timestamp: ago(3) }); // prettier-ignore
    const rollout = prompt(run([serving, canary]), 'p');
    expect(rollout.live.version).toBe('1.0.0');
    expect(rollout.also_called).toMatchObject([{ version: '1.1.0', status: 'regressed' }]);
    // A report for an earlier time: the calls after it do not choose.
    const early = prompt(run([serving, canary], { now: ago(0.5) }), 'p');
    expect(early.live.version).toBe('1.0.0');
    // Two at about half the calls each: the older one, whichever has a few more that day.
    const half = (seed: number, perDay: number) => version('p', '1.1.0', span(seed, 3, 0, perDay), { tags: ['production'], timestamp: ago(3) }); // prettier-ignore
    const even = version('p', '1.0.0', span(6, 29, 0, 100), { tags: ['production'], timestamp: ago(40) }); // prettier-ignore
    expect(prompt(run([even, half(7, 110)]), 'p').live.version).toBe('1.0.0');
    expect(prompt(run([even, half(8, 90)]), 'p').live.version).toBe('1.0.0');
    // Over twice its calls: the newer one serves the window.
    expect(prompt(run([even, half(9, 250)]), 'p').live.version).toBe('1.1.0');
    // None called in the window: the one called last.
    const quiet = prompt(run([older, { ...newer, calls: span(7, 20, 2, 48) }]), 'p');
    expect(quiet.notes).toContain(
      '1 other version (1.0.0) is also tagged production; 1.1.0, the one called last, is taken as live.',
    );
    expect(prompt(run([{ ...older, tags: [] }, newer]), 'p').notes.join(' ')).not.toMatch(/also tagged/); // prettier-ignore
    // Rolled back: the older version tagged again and called since; the newer keeps its old tag.
    const back = version('p', '1.0.0', [...span(6, 29, 20, 48), ...span(8, 6, 0, 48)], { tags: ['production'], timestamp: ago(40) }); // prettier-ignore
    const left = version('p', '1.1.0', span(7, 20, 6, 48), { tags: ['production'], timestamp: ago(20) }); // prettier-ignore
    const rolled = prompt(run([back, left]), 'p');
    expect(rolled.live).toMatchObject({ version: '1.0.0', chosen_by: 'production_tag' });
    expect(rolled.alerts.filter((a) => a.kind === 'silent')).toEqual([]);
    expect(rolled.notes).toContain(
      '1 other version (1.1.0) is also tagged production; 1.0.0, the one serving the window (most calls, or the oldest of those with at least half as many), is taken as live.',
    );
  });

  it("takes a rollback the production tag did not follow as live (the library's rollback())", () => {
    // 1.1.0 (tagged) replaced 1.0.0, then rollback() registered 1.0.0's text as 1.2.0, called since.
    const good = version('p', '1.0.0', span(20, 29, 15, 48), { timestamp: ago(40), text: 'good' }); // prettier-ignore
    const bad = version('p', '1.1.0', span(21, 15, 6, 48), { timestamp: ago(16), tags: ['production'], text: 'bad' }); // prettier-ignore
    const back = version('p', '1.2.0', span(22, 6, 0, 48), { timestamp: ago(6.5), text: 'good' }); // prettier-ignore
    const p = prompt(run([good, bad, back]), 'p');
    expect(p.live).toMatchObject({ version: '1.2.0', chosen_by: 'latest_in_window' });
    expect(p.alerts.filter((a) => a.kind === 'silent')).toEqual([]);
    expect(p.notes).toContain(
      "The production tag is on 1.1.0, but 1.2.0, registered after it with the text of an earlier version (a rollback), has been called since its newest call or serves more of the window's calls: 1.2.0 is taken as live. Move the production tag to it.",
    );
    // A client pinned to the tagged version calls it once after the rollback's newest call: the
    // rollback still serves the window, and stays live.
    const pinned = { ...bad, calls: [...bad.calls, ...makeCalls(1, { seed: 23, start: ago(0.001) })] }; // prettier-ignore
    expect(prompt(run([good, pinned, back]), 'p').live.version).toBe('1.2.0');
    // A newer version with a text of its own (a canary) leaves the tagged one live.
    const canary = prompt(run([good, bad, { ...back, text: 'new' }]), 'p');
    expect(canary.live).toMatchObject({ version: '1.1.0', chosen_by: 'production_tag' });
  });

  it('measures a young rollback against the history of the text it rolled back to', () => {
    // 1.0.0 (0.86) until 1.1.0 (0.72) replaced it; rollback() registered 1.0.0's text as 1.2.0 a
    // day and a half ago, and it still scores 0.72: the cause was elsewhere, nothing is fixed.
    const q = (mean: number) => ({ quality: [mean, 0.05] as [number, number] });
    const good = version('p', '1.0.0', span(60, 29, 15, 48, q(0.86)), { timestamp: ago(40), text: 'good' }); // prettier-ignore
    const bad = version('p', '1.1.0', span(61, 15, 1.5, 48, q(0.72)), { timestamp: ago(16), text: 'bad' }); // prettier-ignore
    const back = version('p', '1.2.0', span(62, 1.5, 0, 48, q(0.72)), { timestamp: ago(1.6), text: 'good', tags: ['production'] }); // prettier-ignore
    const p = prompt(run([good, bad, back]), 'p');
    expect(p.live.version).toBe('1.2.0');
    expect(p.history.version).toBe('1.0.0');
    expect(p.alerts.map((a) => [a.kind, a.metric])).toContainEqual(['regression', 'quality_score']);
    expect(p.notes.join(' ')).toMatch(
      /history of version 1\.0\.0, whose text it runs again \(a rollback\)\./,
    );
    // A rollback that fixed it reads healthy, against the version it replaced.
    const fixed = { ...back, calls: span(63, 1.5, 0, 48, q(0.86)) };
    const ok = prompt(run([good, bad, fixed]), 'p');
    expect(ok.history.version).toBe('1.1.0');
    expect(ok.alerts.filter((a) => a.kind === 'regression')).toEqual([]);
    // rollback() to a text that was worse than the one it replaced: against the one it replaced.
    const worse = version('p', '1.0.0', span(64, 29, 15, 48, q(0.7)), { timestamp: ago(40), text: 'old' }); // prettier-ignore
    const better = version('p', '1.1.0', span(65, 15, 1.5, 48, q(0.86)), { timestamp: ago(16), text: 'new' }); // prettier-ignore
    const again = version('p', '1.2.0', span(66, 1.5, 0, 48, q(0.7)), { timestamp: ago(1.6), text: 'old', tags: ['production'] }); // prettier-ignore
    const forward = prompt(run([worse, better, again]), 'p');
    expect(forward.history.version).toBe('1.1.0');
    expect(forward.alerts.map((a) => [a.kind, a.metric])).toContainEqual([
      'regression',
      'quality_score',
    ]);
    // The version rolled back from, still serving a share of the calls (older than the live
    // rollback, but no version on its way out of a release): tested against it.
    const still = { ...bad, calls: span(61, 15, 0, 48, q(0.72)) };
    const [from] = prompt(run([good, still, fixed]), 'p').also_called ?? [];
    expect(from).toMatchObject({ version: '1.1.0', status: 'regressed' });
    expect(prompt(run([good, still, fixed]), 'p').alerts.find((a) => a.kind === 'variant')?.message).toMatch(/\. It is the version 1\.2\.0 rolled back from, still serving calls\.$/); // prettier-ignore
    // An older version still called beside a live version that is no rollback is not.
    const plain = { ...fixed, text: 'third' };
    expect(prompt(run([good, still, plain]), 'p').also_called).toMatchObject([{ version: '1.1.0', status: null }]); // prettier-ignore
  });

  it('passes over a production tag without a call in window or history, and says so', () => {
    const old = version('p', '0.9.0', span(8, 80, 60, 48), {
      tags: ['production'],
      timestamp: ago(90),
    });
    const p = prompt(run([old, stable(9, 'p')]), 'p');
    expect(p.live).toMatchObject({ version: '1.0.0', chosen_by: 'latest_in_window' });
    expect(p.notes[0]).toMatch(/^Version 0\.9\.0 is tagged production but has no calls/);
  });

  it('reports a prompt with history but no call in the window as silent', () => {
    const quiet = version('quiet', '2.0.0', span(10, 29, 1.5, 48));
    const r = run([quiet, stable(11)]);
    const p = prompt(r, 'quiet');
    expect(p.status).toBe('silent');
    expect(p.live.chosen_by).toBe('latest_in_history');
    expect(p.metrics).toEqual([]);
    expect(p.alerts).toEqual([
      expect.objectContaining({
        kind: 'silent',
        severity: 'warning',
        message: 'No calls in the last 24 hours, after 1,320 in the previous 28 days.',
      }),
    ]);
    expect(r.verdict).toBe('warning');
  });

  it('takes the silence of hours quiet every week for no alert, and an outage for one', () => {
    // Office hours on working days only, for five weeks before Monday 2026-11-30 06:00.
    const weekdays = (until: number, seed: number) =>
      Array.from({ length: 35 }, (_, d) => Date.parse('2026-10-26T09:00:00Z') + d * DAY)
        .filter((t) => t < until && ![0, 6].includes(new Date(t).getUTCDay()))
        .flatMap((t, i) => makeCalls(32, { seed: seed + i, start: new Date(t).toISOString(), stepMinutes: 15 })); // prettier-ignore
    const office = (until: string) =>
      version('internal', '1.0.0', weekdays(Date.parse(until), 30), { timestamp: '2026-10-25T00:00:00Z' }); // prettier-ignore
    const at = (now: string) => prompt(run([office(now), stable(31)], { now }), 'internal');
    // Sunday and Monday mornings: the weekend, as on the three before the history can show.
    for (const now of ['2026-11-29T06:00:00.000Z', '2026-11-30T06:00:00.000Z']) {
      const p = at(now);
      expect(p.alerts.filter((a) => a.kind === 'silent')).toEqual([]);
      expect(p.status).not.toBe('silent');
      expect(p.notes[0]).toBe(
        'No calls in the last 24 hours, as in the same hours of each of the 3 weeks before: a usual quiet time, not an alert.',
      );
    }
    // A working day without a call is an outage: silent, as before.
    const outage = version('internal', '1.0.0', weekdays(Date.parse('2026-11-25T00:00:00Z'), 30), { timestamp: '2026-10-25T00:00:00Z' }); // prettier-ignore
    const now = '2026-11-26T06:00:00.000Z';
    const p = prompt(run([outage, stable(31)], { now }), 'internal');
    expect(p.status).toBe('silent');
    expect(p.alerts.map((a) => a.kind)).toEqual(['silent']);
    // A version two weeks old has too few weeks to go by: its quiet weekend still alerts.
    const young = version('internal', '1.0.0', weekdays(Date.parse('2026-11-30T06:00:00Z'), 30).filter((c) => c.timestamp >= '2026-11-16'), { timestamp: '2026-11-15T00:00:00Z' }); // prettier-ignore
    expect(prompt(run([young, stable(31)], { now: '2026-11-30T06:00:00.000Z' }), 'internal').alerts.map((a) => a.kind)).toContain('silent'); // prettier-ignore
  });

  it('takes a working-hours prompt past a clock change for no outage', () => {
    // Working days from 08:00 to 18:00 Berlin time, called every 10 minutes: 06:00 UTC in summer,
    // 07:00 UTC from 2026-10-25 on. A report at 06:30 UTC saw Monday's first calls in summer.
    const berlin = (until: number, seed: number) =>
      Array.from({ length: 70 }, (_, d) => Date.parse('2026-09-07T00:00:00Z') + d * DAY)
        .filter((t) => t < until && ![0, 6].includes(new Date(t).getUTCDay()))
        .flatMap((t, i) => {
          const start = t + (t < Date.parse('2026-10-25T00:00:00Z') ? 6 : 7) * 3_600_000;
          return makeCalls(60, { seed: seed + i, start: new Date(start).toISOString(), stepMinutes: 10 }); // prettier-ignore
        })
        .filter((c) => Date.parse(c.timestamp) < until);
    const office = (until: string) =>
      version('internal', '1.0.0', berlin(Date.parse(until), 40), { timestamp: '2026-09-01T00:00:00Z' }); // prettier-ignore
    for (const now of [
      '2026-10-26T06:30:00.000Z',
      '2026-11-02T06:30:00.000Z',
      '2026-11-09T06:30:00.000Z',
    ]) {
      const p = prompt(run([office(now), stable(41)], { now }), 'internal');
      expect(
        p.alerts.filter((a) => a.kind === 'silent'),
        now,
      ).toEqual([]);
      expect(p.notes[0], now).toMatch(/^No calls in the last 24 hours, as in the same hours of each of the \d weeks before: a usual quiet time, not an alert\.$/); // prettier-ignore
    }
    // A working day without a call, after the change, is still an outage.
    const monday = version('internal', '1.0.0', berlin(Date.parse('2026-11-02T00:00:00Z'), 40), { timestamp: '2026-09-01T00:00:00Z' }); // prettier-ignore
    const p = prompt(run([monday, stable(41)], { now: '2026-11-03T06:30:00.000Z' }), 'internal');
    expect(p.alerts.map((a) => a.kind)).toEqual(['silent']);
  });

  it('takes hours with a call or so a week, silent once again, for no alert', () => {
    // Office hours on working days, and one call each Saturday: this Saturday had none. The
    // same hours had one call each week before, so none is no sign of an outage.
    const days = Array.from({ length: 34 }, (_, d) => Date.parse('2026-10-26T09:00:00Z') + d * DAY);
    const calls = days.flatMap((t, i) => {
      const day = new Date(t).getUTCDay();
      const start = new Date(t).toISOString();
      if (day === 0) return [];
      if (day === 6) return t < Date.parse('2026-11-28T00:00:00Z') ? makeCalls(1, { seed: 70 + i, start }) : []; // prettier-ignore
      return makeCalls(32, { seed: 70 + i, start, stepMinutes: 15 });
    });
    const weekend = version('internal', '1.0.0', calls, { timestamp: '2026-10-25T00:00:00Z' });
    const p = prompt(run([weekend, stable(71)], { now: '2026-11-29T06:00:00.000Z' }), 'internal');
    expect(p.alerts.filter((a) => a.kind === 'silent')).toEqual([]);
    expect(p.notes[0]).toBe(
      'No calls in the last 24 hours; the same hours of the week had 1 call on average in the weeks before: too few for none to be an alert.',
    );
  });

  it('keeps a prompt that stopped three weeks ago silent: it ran the week before the history', () => {
    // Called every hour since long before the history, then never again, 22 days before now:
    // the same hours were quiet in the 3 weeks before, but not in the 4th, which the history shows.
    const dead = version('checkout', '1.0.0', span(50, 60, 22, 24), { timestamp: ago(61) });
    const p = prompt(run([dead, stable(51)]), 'checkout');
    expect(p.status).toBe('silent');
    expect(p.alerts.map((a) => a.kind)).toEqual(['silent']);
    expect(p.notes.join(' ')).not.toMatch(/usual quiet time/);
  });

  it('measures a new live version against the one it replaced until it has days of its own', () => {
    // 1.0.0 at quality 0.86 until 1.1.0 took over `days` ago at `q`; 1.0.0 keeps some traffic
    // until a few hours ago (its own calls in the window must not stand in for the live one's).
    const rollout = (days: number, q: number, seed: number) => [
      version('p', '1.0.0', [...span(seed, 29, days, 48, { quality: [0.86, 0.05] }), ...span(seed + 2, days, 0.2, 12, { quality: [0.86, 0.05] })], { timestamp: ago(60) }), // prettier-ignore
      version('p', '1.1.0', span(seed + 1, days, 0, 48, { quality: [q, 0.05] }), { timestamp: ago(days), tags: ['production'] }), // prettier-ignore
    ];
    const worse = prompt(run(rollout(1.5, 0.72, 40)), 'p');
    expect(worse.live.version).toBe('1.1.0');
    expect(worse.history.version).toBe('1.0.0');
    expect(worse.alerts.map((a) => [a.kind, a.metric, a.severity])).toContainEqual([
      'regression',
      'quality_score',
      'critical',
    ]);
    expect(worse.alerts.find((a) => a.metric === 'quality_score')?.message).toMatch(
      / in the last 24 hours against the previous 28 days of version 1\.0\.0, which it replaced; p /,
    );
    expect(worse.notes).toContain(
      'Version 1.1.0 has calls on too few days of the previous 28 days, or too few calls on them, to be its own reference: the window is compared with the history of version 1.0.0, which it replaced.',
    );
    // As good as its predecessor: no alert. With days of its own: its own history, and as good
    // as 1.0.0 in its first days, nothing else.
    expect(prompt(run(rollout(1.5, 0.86, 42)), 'p').alerts.filter((a) => a.kind === 'regression')).toEqual([]); // prettier-ignore
    const settled = prompt(run(rollout(8, 0.86, 44)), 'p');
    expect(settled.history.version).toBeUndefined();
    expect(settled.release).toBeUndefined();
    expect(settled.alerts.filter((a) => a.kind === 'regression')).toEqual([]);
    // Worse in its first days: quality stays compared with 1.0.0 (health-release.test.ts).
    const worseSettled = prompt(run(rollout(8, 0.72, 44)), 'p');
    expect(worseSettled.history.version).toBeUndefined();
    expect(worseSettled.release?.metrics).toEqual(['quality_score']);
    // The new live version registered before the one it replaced (a rollback to an earlier text,
    // kept under its first row; a release candidate shipped late): still measured against it.
    const [old, young] = rollout(1.5, 0.72, 40);
    const early = { ...young!, timestamp: ago(90) };
    const back = prompt(run([old!, early]), 'p');
    expect(back.live.version).toBe('1.1.0');
    expect(back.history.version).toBe('1.0.0');
    expect(back.alerts.map((a) => [a.kind, a.metric, a.severity])).toContainEqual(['regression', 'quality_score', 'critical']); // prettier-ignore
  });

  it('compares a window on a new model with the history on every model until it is common', () => {
    // The live version moved from gpt-4o (quality 0.84) to gpt-4o-mini (0.71) `days` ago.
    const switched = (days: number, seed: number) =>
      version('p', '1.0.0', [
        ...span(seed, 29, days, 48, { quality: [0.84, 0.05], model: 'gpt-4o' }),
        ...span(seed + 1, days, 0, 48, { quality: [0.71, 0.05], model: 'gpt-4o-mini' }),
      ]);
    const fresh = prompt(run([switched(1.5, 50)]), 'p');
    expect(fresh.alerts.find((a) => a.metric === 'quality_score')?.severity).toBe('critical');
    expect(fresh.notes.join(' ')).toMatch(
      /^The window ran on gpt-4o-mini, which only [12] % of the history's calls ran on: a model change, so the window is compared with the history on every model\./,
    );
    expect(fresh.history.models).toEqual(['gpt-4o', 'gpt-4o-mini']);
    // A week on, the new model is a quarter of the history: compared with itself, as before.
    const settled = prompt(run([switched(8, 52)]), 'p');
    expect(settled.history.models).toEqual(['gpt-4o-mini']);
    expect(settled.alerts.filter((a) => a.kind === 'regression')).toEqual([]);
    // A routine mix whose window ran on one of its models is restricted to it, as before.
    const mix = version('p', '1.0.0', [
      ...span(54, 29, 1, 34, { quality: [0.84, 0.05], model: 'gpt-4o' }),
      ...span(55, 29, 0, 14, { quality: [0.71, 0.05], model: 'gpt-4o-mini' }),
    ]);
    const routine = prompt(run([mix]), 'p');
    expect(routine.history.models).toEqual(['gpt-4o-mini']);
    expect(routine.alerts.filter((a) => a.kind === 'regression')).toEqual([]);
    // Said, as traffic moved between models does not show in a comparison of like with like.
    expect(routine.notes.join(' ')).toMatch(
      /The history is restricted to the window's models: its calls on gpt-4o \(7\d % of them\) are left out/,
    );
  });

  it('names a window whose model mix moved from the history', () => {
    // 30 % of calls on gpt-4o for four weeks, then 70 % in the window; per model, nothing moved.
    const calls = [
      ...span(60, 29, 1, 30, { model: 'gpt-4o' }),
      ...span(61, 29, 1, 70, { model: 'gpt-4o-mini' }),
      ...span(62, 1, 0, 70, { model: 'gpt-4o' }),
      ...span(63, 1, 0, 30, { model: 'gpt-4o-mini' }),
    ];
    const p = prompt(run([version('p', '1.0.0', calls)]), 'p');
    expect(p.notes.join(' ')).toMatch(
      /The model mix differs: history 30 % gpt-4o, 70 % gpt-4o-mini; window 70 % gpt-4o, 30 % gpt-4o-mini\. A difference between the window and the history may come from the mix/,
    );
    expect(p.notes.join(' ')).not.toMatch(/restricted to the window's models/);
  });

  it('names the version that took the traffic when the production version falls silent', () => {
    const tagged = version('p', '1.0.0', span(12, 29, 2, 48), { tags: ['production'] });
    const newer = version('p', '1.1.0', span(13, 2, 0, 48), { timestamp: ago(2) });
    const p = prompt(run([tagged, newer]), 'p');
    expect(p.status).toBe('silent');
    expect(p.alerts[0]?.message).toMatch(
      /Version 1\.1\.0 has calls in the window: is the production tag out of date\?$/,
    );
  });

  it('leaves out a prompt whose newest version is tagged retired, and counts it', () => {
    // Retired yesterday: no call since, which would otherwise read silent for four weeks.
    const gone = version('old-faq', '3.0.0', span(20, 29, 1, 48), { tags: ['production', 'retired'] }); // prettier-ignore
    const r = run([gone, stable(21)]);
    expect(r.prompts.map((p) => p.prompt)).toEqual(['summarizer']);
    expect(r.counts).toMatchObject({ retired: 1, inactive: 0, silent: 0, alerts: 0 });
    // Written as people write tags, as the production tag is read: `Retired`, ` RETIRED `.
    for (const tag of ['Retired', ' RETIRED ']) {
      const cased = version('old-faq', '3.0.0', span(20, 29, 1, 48), { tags: [tag] });
      expect(run([cased, stable(21)]).counts).toMatchObject({ retired: 1, silent: 0 });
    }
    // Only the newest version's tag counts: an older retired version is history.
    const back = version('old-faq', '2.0.0', span(22, 29, 1, 48), { tags: ['retired'], timestamp: ago(90) }); // prettier-ignore
    const again = version('old-faq', '3.0.0', span(23, 29, 0, 48), { timestamp: ago(30) });
    expect(run([back, again]).prompts.map((p) => p.prompt)).toEqual(['old-faq']);
    // The losing arm of an A/B test tagged retired, the production version still called: checked.
    const live = version('faq', '1.0.0', span(24, 29, 0, 48), { tags: ['production'], timestamp: ago(60) }); // prettier-ignore
    const arm = version('faq', '1.1.0', span(25, 10, 3, 48), { tags: ['retired'], timestamp: ago(10) }); // prettier-ignore
    const ab = run([live, arm]);
    expect(ab.counts).toMatchObject({ retired: 0 });
    expect(prompt(ab, 'faq').live.version).toBe('1.0.0');
    expect(prompt(ab, 'faq').notes.join(' ')).toMatch(/The newest version, 1\.1\.0, is tagged retired, but a version tagged production still has calls/); // prettier-ignore
    // The production version silent too: the prompt is retired.
    const quiet = { ...live, calls: span(26, 29, 3, 48) };
    expect(run([quiet, arm]).counts).toMatchObject({ retired: 1 });
  });

  it('leaves out prompts without calls in window or history, and counts them', () => {
    const retired = version('retired', '1.0.0', span(14, 90, 60, 48));
    const r = run([retired, stable(15)]);
    expect(r.prompts.map((p) => p.prompt)).toEqual(['summarizer']);
    expect(r.counts.inactive).toBe(1);
  });

  it('ignores calls after now, so that an old store reads as it was', () => {
    const later = version('p', '1.0.0', [
      ...span(16, 29, 0, 48),
      ...span(17, 0, -5, 48, { quality: [0.3, 0.05] }),
    ]);
    const p = prompt(run([later]), 'p');
    expect(p.window.n).toBe(48);
    expect(p.status).toBe('healthy');
  });

  it('warns of calls stamped after the run’s own clock, not after a time asked for', () => {
    const history = span(16, 29, 0, 48);
    const ahead = version('p', '1.0.0', [...history, ...span(17, 0, -0.125, 48)]);
    expect(run([ahead], { clock: true }).warnings.join(' ')).toMatch(
      /^The store's newest call \(\S+\) is 3 hours after this run's time: calls stamped after it are left out\. Is the clock/,
    );
    // A report asked for at a given time (--now) reads an old store as it was, without a word.
    expect(run([ahead]).warnings).toEqual([]);
    // A few minutes of skew between hosts is not news.
    const slight = version('p', '1.0.0', [...history, ...span(17, 0, -0.003, 1440)]);
    expect(run([slight], { clock: true }).warnings).toEqual([]);
  });

  it('reads only the live versions', () => {
    const versions = [
      version('p', '0.1.0', span(18, 200, 150, 48), { timestamp: ago(200) }),
      version('p', '0.2.0', span(19, 150, 100, 48), { timestamp: ago(150) }),
      version('p', '1.0.0', span(20, 29, 0, 48), { timestamp: ago(30) }),
    ];
    const store = memoryTrendStore('s', versions);
    healthReport(store, { analysis, health, failOn: 'never', now: NOW });
    expect(new Set(store.reads.samples)).toEqual(new Set([3]));
    // Its days once more over a week before the history: first called on the history's first
    // day, and registered a day before, it may be a release whose comparison just ended.
    expect(store.reads.daily).toEqual([3, 3]);
  });

  it('rejects a now that is not a time', () => {
    expect(() => run([stable(1)], { now: 'yesterday' })).toThrow(RangeError);
  });
});

describe('alertsFingerprint', () => {
  it('is 16 hex digits, stable for the same confirmed alerts and changes when they change', () => {
    const quiet = version('quiet', '2.0.0', span(10, 29, 1.5, 48));
    const confirm = (r: ReturnType<typeof run>, confirmed: boolean) => ({
      ...r,
      prompts: r.prompts.map((p) => ({ ...p, alerts: p.alerts.map((x) => ({ ...x, confirmed })) })), // prettier-ignore
    });
    const a = confirm(run([quiet, stable(11)]), true);
    const b = confirm(run([stable(11), quiet]), true);
    const healthy = run([stable(11)]);
    expect(a.prompts.some((p) => p.alerts.length > 0)).toBe(true);
    expect(alertsFingerprint(a)).toMatch(/^[0-9a-f]{16}$/);
    expect(alertsFingerprint(a)).toBe(alertsFingerprint(b));
    expect(alertsFingerprint(a)).not.toBe(alertsFingerprint(healthy));
    // A warning that could not open the issue (one run's data only) is no news for it either.
    expect(alertsFingerprint(confirm(a, false))).toBe(alertsFingerprint(healthy));
    // What the tracking issue takes for the marker of its own healthy close.
    expect(alertsFingerprint(healthy)).toBe(NO_ALERTS);
  });
});

describe('healthReport: a window metric that cannot be tested as logged', () => {
  // 28 days scored, then a window whose answers the judge left unscored (or all failed).
  const windowed = (
    edit: (c: MemoryVersion['calls'][number]) => MemoryVersion['calls'][number],
  ) => {
    const calls = span(3, 29, 0, 48, { success: 1 });
    const cut = Date.parse(NOW) - DAY;
    return run([version('summarizer', '1.0.0', calls.map((c) => (Date.parse(c.timestamp) >= cut ? edit(c) : c)))]); // prettier-ignore
  };

  it('alerts, confirmed, when the scorer stopped scoring: never a healthy line', () => {
    const r = windowed((c) => ({ ...c, values: { ...c.values, quality_score: null } }));
    const p = prompt(r, 'summarizer');
    expect(p.metrics.find((m) => m.metric === 'quality_score')?.not_tested).toMatch(/no quality score/); // prettier-ignore
    expect(p.status).toBe('alert');
    expect(r.verdict).toBe('warning');
    const a = p.alerts.find((x) => x.kind === 'untested');
    expect(a).toMatchObject({ severity: 'warning', metric: 'quality_score', confirmed: true });
    expect(a?.message).toMatch(/^Quality not tested in the last 24 hours: \d+ of the candidate's \d+ calls that did not fail have no quality score/); // prettier-ignore
  });

  it('leaves it to the success rate when every call of the window failed', () => {
    const r = windowed((c) => ({ ...c, values: { ...c.values, success: 0, latency_ms: 5, cost_eur: 0, total_tokens: 0, quality_score: null } })); // prettier-ignore
    const kinds = prompt(r, 'summarizer').alerts.map((a) => [a.kind, a.metric]);
    expect(kinds).toContainEqual(['regression', 'success']);
    expect(kinds.filter(([k]) => k === 'untested')).toEqual([]);
  });
});
