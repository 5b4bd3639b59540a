import { describe, expect, it } from 'vitest';
import type { HealthAlert, PromptHealth } from '../../src/report/health-types.js';
import { healthReport } from '../../src/analysis/health.js';
import { ago, analysis, health, NOW, prompt, run, span, version } from './health-fixtures.js';
import { memoryTrendStore } from './memory-trends.js';
import type { MemoryCall, MemoryVersion } from './memory-store.js';

// 1.0.0 (quality 0.86) served until 1.1.0 took over `days` ago with `calls` of its own.
function release(days: number, calls: MemoryCall[], seed: number): MemoryVersion[] {
  return [
    version('p', '1.0.0', span(seed, 40, days, 48, { quality: [0.86, 0.05] }), { timestamp: ago(60) }), // prettier-ignore
    version('p', '1.1.0', calls, { timestamp: ago(days), tags: ['production'] }),
  ];
}

const regressions = (p: PromptHealth): [string | null, string][] =>
  p.alerts.filter((a: HealthAlert) => a.kind === 'regression').map((a) => [a.metric, a.severity]);

describe('healthReport: a release that regressed', () => {
  it('stays compared with the version it replaced while the history holds its calls', () => {
    for (const [days, seed] of [
      [6, 10],
      [13, 20],
      [20, 30],
      [25, 40],
    ] as const) {
      const p = prompt(run(release(days, span(seed + 1, days, 0, 48, { quality: [0.72, 0.05] }), seed)), 'p'); // prettier-ignore
      expect(p.live.version).toBe('1.1.0');
      expect(p.history.version).toBeUndefined();
      expect(regressions(p)).toEqual([['quality_score', 'critical']]);
      expect(p.release).toMatchObject({ version: '1.0.0', metrics: ['quality_score'] });
      // The reference is 1.0.0's history: its calls up to the release, 48 a day.
      expect([p.release?.since, p.release?.until]).toEqual([ago(29), ago(1)]);
      expect(p.release?.n).toBe(Math.round((29 - days) * 48));
      const released = p.release?.released ?? '';
      expect(released).toBe(ago(days).slice(0, 10));
      expect(p.alerts[0]?.message).toMatch(
        new RegExp(
          `^Quality \\(mean\\) fell from 0\\.8\\d\\d to 0\\.7\\d\\d \\(−1\\d\\.\\d %\\) in the last 24 hours against the previous 28 days of version 1\\.0\\.0, which it replaced \\(the first 5 days of 1\\.1\\.0, from ${released}, read worse too\\); p < `,
        ),
      );
      expect(p.notes.join(' ')).toContain(
        `Version 1.1.0, first called on ${released}, read worse than version 1.0.0, which it replaced, in its first 5 days: quality is compared with the history of 1.0.0 (${p.release?.n.toLocaleString('en-US')} calls) while the previous 28 days hold its calls on 5 days or more; the other metrics with 1.1.0's own history.`,
      );
    }
    // 1.0.0's calls on 3 days of the history only: too few days to stand as the reference.
    const old = prompt(run(release(27, span(51, 27, 0, 48, { quality: [0.72, 0.05] }), 50)), 'p'); // prettier-ignore
    expect(old.release).toBeUndefined();
    expect(regressions(old)).toEqual([]);
  });

  it('moves only the metrics its first days read worse on', () => {
    // Dearer by a third from its release, as good; then its quality fell in the last day.
    const calls = [
      ...span(61, 10, 1, 48, { quality: [0.86, 0.05], cost: [0.0023, 0.0002] }),
      ...span(62, 1, 0, 48, { quality: [0.72, 0.05], cost: [0.0023, 0.0002] }),
    ];
    const p = prompt(run(release(10, calls, 60)), 'p');
    expect(p.release?.metrics).toEqual(['cost_eur']);
    expect(regressions(p)).toEqual(
      expect.arrayContaining([
        ['cost_eur', 'critical'],
        ['quality_score', 'critical'],
      ]),
    );
    expect(regressions(p)).toHaveLength(2);
    const message = (m: string): string => p.alerts.find((a) => a.metric === m)?.message ?? '';
    expect(message('cost_eur')).toMatch(/ against the previous 28 days of version 1\.0\.0, which it replaced \(the first 5 days of 1\.1\.0, from /); // prettier-ignore
    // The quality drop is the release's own: against its own history, not hidden behind cost.
    expect(message('quality_score')).toMatch(/ in the last 24 hours against the previous 28 days; p /); // prettier-ignore
    const cost = p.metrics.find((m) => m.metric === 'cost_eur');
    expect(cost?.baseline.mean).toBeCloseTo(0.0017, 4);
  });

  it('leaves a release as good as the version it replaced to its own history', () => {
    const p = prompt(run(release(10, span(71, 10, 0, 48, { quality: [0.85, 0.05] }), 70)), 'p');
    expect(p.release).toBeUndefined();
    expect(regressions(p)).toEqual([]);
  });

  it("reads no more of the version it replaced than its first days' tests need", () => {
    // As good as 1.0.0: no metric of its first 5 days reads worse by the threshold, so none is
    // tested, and neither the blocks of days nor the daily means of 1.0.0 are of any use.
    const versions = release(10, span(76, 10, 0, 48, { quality: [0.85, 0.05] }), 75);
    const store = memoryTrendStore('health.sqlite', versions);
    const asked: string[] = [];
    const spied = {
      ...store,
      daily: (id: number, since: string, until: string) => (asked.push(`daily ${id}`), store.daily(id, since, until)), // prettier-ignore
      callDays: (id: number, since: string, until: string) => (asked.push(`days ${id}`), store.daily(id, since, until)), // prettier-ignore
      blocks: (q: Parameters<typeof store.blocks>[0]) => (asked.push(`blocks ${q.versionId} ${q.until}`), store.blocks(q)), // prettier-ignore
    };
    const r = healthReport(spied, { analysis, health, failOn: 'never', now: NOW });
    expect(prompt(r, 'p').release).toBeUndefined();
    const [old, live] = ['1.0.0', '1.1.0'].map((v) => store.versions().find((x) => x.version === v)!); // prettier-ignore
    // The live version's own days and blocks up to now, and the days 1.0.0 was called on.
    expect(asked.sort()).toEqual([`blocks ${live!.id} ${NOW}`, `daily ${live!.id}`, `days ${old!.id}`]); // prettier-ignore
  });

  it('takes a version shipped late as a release, but never one with calls before the history', () => {
    // A release candidate registered long ago, before the version it replaced, first called 10
    // days ago: a release all the same.
    const [old, late] = release(10, span(101, 10, 0, 48, { quality: [0.72, 0.05] }), 100);
    const shipped = prompt(run([old!, { ...late!, timestamp: ago(90) }]), 'p');
    expect(shipped.release).toMatchObject({ version: '1.0.0', metrics: ['quality_score'] });
    expect(regressions(shipped)).toEqual([['quality_score', 'critical']]);
    // Registered within the history, but with calls from before it (a version overwritten in
    // place keeps them), quiet for ten days in between: not a release, its own reference.
    const rewritten = release(8, [
      ...span(81, 35, 30, 48, { quality: [0.72, 0.05] }),
      ...span(82, 20, 0, 48, { quality: [0.72, 0.05] }),
    ], 80); // prettier-ignore
    const p = prompt(run(rewritten), 'p');
    expect(p.release).toBeUndefined();
    expect(regressions(p)).toEqual([]);
    // Live for months, quiet on the history's first day, a better canary beside it: not a
    // release, whatever the canary's calls.
    const long = version('q', '1.0.0', [
      ...span(91, 90, 28.6, 48, { quality: [0.8, 0.05] }),
      ...span(92, 27.4, 0, 48, { quality: [0.8, 0.05] }),
    ], { timestamp: ago(90), tags: ['production'] }); // prettier-ignore
    const canary = version('q', '1.1.0', span(93, 20, 0, 6, { quality: [0.95, 0.03] }), { timestamp: ago(20) }); // prettier-ignore
    const q = prompt(run([long, canary]), 'q');
    expect(q.live.version).toBe('1.0.0');
    expect(q.release).toBeUndefined();
    expect(regressions(q)).toEqual([]);
  });
});

/** `a a b` as `a×2 b×1`. */
const runLengths = (seen: readonly string[]): string =>
  seen.join(' ').replace(/(\w+)( \1)*/g, (m, w: string) => `${w}×${m.split(' ').length}`);

describe('healthReport: a release whose comparison the history let go', () => {
  // Released `days` ago, 15 % worse than 1.0.0, whose calls (48 a day, from 40 days ago) leave
  // the 28-day history day by day: compared with them while they hold 5 days of it.
  const morning = (days: number, quality: number, seed: number): PromptHealth =>
    prompt(run(release(days, span(seed + 1, days, 0, 48, { quality: [quality, 0.05] }), seed)), 'p'); // prettier-ignore

  it('says so for 7 days from the first morning it reads healthy, with what read worse', () => {
    const seen: string[] = [];
    for (let days = 20; days <= 34; days++) {
      const p = morning(days, 0.72, 200 + days);
      seen.push(p.release ? 'compared' : p.release_ended ? 'ended' : 'own');
      if (p.release) expect(regressions(p)).toEqual([['quality_score', 'critical']]);
      if (!p.release_ended) continue;
      // Healthy against its own days, as nothing changed: the note says why.
      expect(regressions(p)).toEqual([]);
      const released = ago(days).slice(0, 10);
      expect(p.release_ended).toEqual({ version: '1.0.0', released, days: 5, metrics: ['quality_score'] }); // prettier-ignore
      expect(p.notes).toContain(
        `Version 1.1.0 is no longer compared with version 1.0.0, which it replaced: the previous 28 days no longer hold enough of 1.0.0's calls, or 1.1.0's first day (${released}). Its first 5 days read worse than 1.0.0 on quality, and it is now its own reference: a level it kept since then reads healthy, though nothing changed. Said for about 7 days after that comparison ends.`,
      );
    }
    // 1.0.0's calls on 5 days of the history up to 25 days after the switch; then 7 mornings.
    expect(seen).toEqual([
      ...Array<string>(6).fill('compared'),
      ...Array<string>(7).fill('ended'),
      ...Array<string>(2).fill('own'),
    ]);
  });

  it('says so from the first morning a quiet release reads healthy', () => {
    // 4 calls a day: the release's calls after its first days are tested against the later half
    // of 1.0.0's calls, which holds min-samples for fewer mornings than 1.0.0's 5 days do.
    const seen: string[] = [];
    for (let days = 18; days <= 34; days++) {
      const p = prompt(run(release(days, span(501 + days, days, 0, 4, { quality: [0.72, 0.05] }), 500 + days)), 'p'); // prettier-ignore
      seen.push(p.release ? 'compared' : p.release_ended ? 'ended' : 'own');
      if (p.release_ended) expect(p.release_ended.metrics).toEqual(['quality_score']);
    }
    expect(runLengths(seen)).toMatch(/^compared×\d+ ended×7 own×\d+$/);
  });

  it('says so when the first days can no longer be read against what they were', () => {
    // 10 calls a day each; 1.0.0's failed calls (1 in 10) without a quality, as the library logs
    // them: the earlier half of its calls, which the first days are read against, runs short of
    // quality values before the later half does. No morning between the alerts and the note.
    const failed = (calls: MemoryCall[]): MemoryCall[] =>
      calls.map((c) => (c.values.success === 0 ? { ...c, values: { ...c.values, quality_score: null } } : c)); // prettier-ignore
    const seen: string[] = [];
    for (let days = 12; days <= 34; days++) {
      const versions = [
        version('p', '1.0.0', failed(span(697 + days, 40, days, 10, { quality: [0.86, 0.05], success: 0.9 })), { timestamp: ago(60) }), // prettier-ignore
        version('p', '1.1.0', failed(span(789 + days, days, 0, 10, { quality: [0.72, 0.05] })), { timestamp: ago(days), tags: ['production'] }), // prettier-ignore
      ];
      const p = prompt(run(versions), 'p');
      seen.push(p.release ? 'compared' : p.release_ended ? 'ended' : 'own');
    }
    expect(runLengths(seen)).toMatch(/^compared×\d+ ended×[5-9] own×\d+$/);
  });

  it('says nothing of a release that read as well as the version it replaced', () => {
    for (const days of [25, 28, 31]) {
      const p = morning(days, 0.86, 300 + days);
      expect(p.release).toBeUndefined();
      expect(p.release_ended).toBeUndefined();
      expect(p.notes.join(' ')).not.toContain('no longer compared');
    }
  });

  it("reads a new prompt's only version once: it replaced nothing", () => {
    // Registered 20 days ago with calls since: its release check finds no version it replaced,
    // every morning for weeks, which is no comparison that ended.
    const only = version('p', '1.0.0', span(451, 20, 0, 48, { quality: [0.72, 0.05] }), { timestamp: ago(20) }); // prettier-ignore
    const store = memoryTrendStore('health.sqlite', [only]);
    const p = prompt(healthReport(store, { analysis, health, failOn: 'never', now: NOW }), 'p');
    expect(p.release_ended).toBeUndefined();
    expect(store.reads.daily).toEqual([1]);
  });

  it('has the store read the week it may look back into, only when a version may', () => {
    const focus = (versions: MemoryVersion[]): string[] => {
      const asked: string[] = [];
      const store = { ...memoryTrendStore('health.sqlite', versions), focus: (since: string) => void asked.push(since) }; // prettier-ignore
      healthReport(store, { analysis, health, failOn: 'never', now: NOW });
      return asked;
    };
    const second = (iso: string): string => new Date(Date.parse(iso) - 1000).toISOString();
    // A release 20 days ago: its look back reads the week before the history with the rest.
    expect(focus(release(20, span(461, 20, 0, 48), 460))).toEqual([second(ago(36))]);
    // A prompt's only version, and versions registered long ago: the history alone.
    expect(focus([version('p', '1.0.0', span(462, 20, 0, 48), { timestamp: ago(20) })])).toEqual([second(ago(29))]); // prettier-ignore
    const old = [
      version('p', '1.0.0', span(463, 30, 29, 48), { timestamp: ago(120) }),
      version('p', '1.1.0', span(464, 29, 0, 48), { timestamp: ago(90), tags: ['production'] }),
    ];
    expect(focus(old)).toEqual([second(ago(29))]);
  });

  it('never looks back for a version live for months', () => {
    // 1.1.0 registered 90 days ago and called all along: its days only slide.
    const versions = [
      version('p', '1.0.0', span(401, 120, 90, 48, { quality: [0.86, 0.05] }), { timestamp: ago(120) }), // prettier-ignore
      version('p', '1.1.0', span(402, 90, 0, 48, { quality: [0.72, 0.05] }), { timestamp: ago(90), tags: ['production'] }), // prettier-ignore
    ];
    const store = memoryTrendStore('health.sqlite', versions);
    const read: string[] = [];
    const spied = {
      ...store,
      daily: (id: number, since: string, until: string) => (read.push(since), store.daily(id, since, until)), // prettier-ignore
    };
    const p = prompt(healthReport(spied, { analysis, health, failOn: 'never', now: NOW }), 'p');
    expect(p.release_ended).toBeUndefined();
    expect(read.every((since) => since >= ago(29))).toBe(true);
  });
});

describe('healthReport: the release check on a quiet prompt', () => {
  // 4 calls a day: the window holds 4 calls, under min-samples. The first 5 days hold under 30
  // calls, so the first days run on to 8 (from a half day of 2 calls: 30 calls).
  it('tests the calls after the first days of a bad release when the window has too few', () => {
    const r = run(release(20, span(111, 20, 0, 4, { quality: [0.72, 0.05] }), 110), { failOn: 'regressed' }); // prettier-ignore
    const p = prompt(r, 'p');
    const released = ago(20).slice(0, 10);
    const since = `${ago(12).slice(0, 10)}T00:00:00.000Z`;
    expect(p.window.n).toBe(4);
    expect(p.release).toMatchObject({ version: '1.0.0', released, days: 8, tested: 'after_first_days', tested_since: since }); // prettier-ignore
    expect(p.release?.metrics).toEqual(['quality_score']);
    expect(regressions(p)).toEqual([['quality_score', 'critical']]);
    // Its 12.5 days since, 50 calls, but those whose quality is missing (failed calls).
    const quality = p.metrics.find((m) => m.metric === 'quality_score');
    expect(quality?.candidate.n).toBeGreaterThanOrEqual(45);
    expect(quality?.candidate.n).toBeLessThanOrEqual(50);
    expect(r.verdict).toBe('regressed');
    // Against the later half of 1.0.0's calls in the history (its 9 days there, 48 calls a
    // day); the first days were read against the earlier half.
    const cut = p.release?.since.slice(0, 10) ?? '';
    expect(p.release?.since).toBe(`${ago(24).slice(0, 10)}T00:00:00.000Z`);
    expect(quality?.baseline.n).toBe(p.release?.n);
    expect(p.release?.n).toBeGreaterThan(150);
    expect(p.release?.n).toBeLessThan(290);
    expect(p.alerts[0]?.message).toMatch(
      new RegExp(
        `^Quality \\(mean\\) fell from 0\\.8\\d\\d to 0\\.7\\d\\d \\(−1\\d\\.\\d %\\) in the calls of 1\\.1\\.0 since ${since.slice(0, 10)} against the calls of version 1\\.0\\.0, which it replaced, since ${cut} \\(the first 8 days of 1\\.1\\.0, from ${released}, read worse than its calls before then; the last 24 hours hold too few calls to test on their own\\); p < `,
      ),
    );
    expect(p.notes.join(' ')).toContain(
      `Version 1.1.0, first called on ${released}, read worse in its first 8 days than the calls of version 1.0.0, which it replaced, before ${cut}, and the last 24 hours hold too few calls to test: for quality, its calls since ${since.slice(0, 10)} are tested against 1.0.0's calls since ${cut} (${p.release?.n ?? 0} calls) instead`,
    );
    // The metrics its first days do not read worse on stay untested, as the window is.
    expect(p.metrics.find((m) => m.metric === 'latency_ms')?.status).toBe('insufficient_data');
  });

  it('reads one half of the version it replaced for the first days, the other for the test', () => {
    // A chance low of 1.0.0's few calls would make both its first days and its calls after them
    // read worse, every morning: each side is measured against its own half of those calls.
    const versions = release(20, span(151, 20, 0, 4, { quality: [0.72, 0.05] }), 150);
    const store = memoryTrendStore('health.sqlite', versions);
    const old = store.versions().find((v) => v.version === '1.0.0')!;
    const read: string[] = [];
    const spied = {
      ...store,
      samples: (q: Parameters<typeof store.samples>[0]) => {
        if (q.versionId === old.id) read.push(`${q.since} ${q.until}`);
        return store.samples(q);
      },
    };
    const p = prompt(healthReport(spied, { analysis, health, failOn: 'never', now: NOW }), 'p');
    const cut = p.release?.since;
    expect(cut).toBe(`${ago(24).slice(0, 10)}T00:00:00.000Z`);
    expect(read).toEqual([`${ago(29)} ${cut}`, `${cut} ${ago(1)}`]);
  });

  it('waits for min-samples calls after the first days', () => {
    // Released 10 days ago: 8 calls since its first 8 days.
    const p = prompt(run(release(10, span(121, 10, 0, 4, { quality: [0.72, 0.05] }), 120)), 'p');
    expect(p.release).toBeUndefined();
    expect(regressions(p)).toEqual([]);
    expect(p.window_status).toBe('insufficient_data');
  });

  it('raises no alert on first days that read worse alone', () => {
    // Worse in its first 8 days only (as chance makes first days read now and then): the calls
    // since are the test, and they are as good as 1.0.0's.
    const calls = [
      ...span(131, 20, 12.5, 4, { quality: [0.72, 0.05] }),
      ...span(132, 12.5, 0, 4, { quality: [0.86, 0.05] }),
    ];
    const p = prompt(run(release(20, calls, 130)), 'p');
    expect(p.release).toMatchObject({ tested: 'after_first_days', metrics: ['quality_score'] });
    expect(p.metrics.find((m) => m.metric === 'quality_score')?.status).toBe('unchanged');
    expect(regressions(p)).toEqual([]);
  });

  it('raises no alert for quiet releases as good as the version they replaced', () => {
    const flagged = Array.from({ length: 30 }, (_, i) => {
      const p = prompt(run(release(20, span(200 + i, 20, 0, 4, { quality: [0.86, 0.05] }), 300 + i)), 'p'); // prettier-ignore
      return regressions(p).length + (p.release ? 1 : 0);
    });
    expect(flagged.reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('reads no other version when the live one was not released within the history', () => {
    // Live at 4 calls a day since long before the history: its own reference, whatever 1.0.0 was.
    const versions = release(60, span(141, 60, 0, 4, { quality: [0.72, 0.05] }), 140);
    const store = memoryTrendStore('health.sqlite', versions);
    const read = new Set<number>();
    const spied = {
      ...store,
      contexts: (id: number, since?: string, until?: string) => (read.add(id), store.contexts(id, since, until)), // prettier-ignore
      samples: (q: Parameters<typeof store.samples>[0]) => (read.add(q.versionId), store.samples(q)), // prettier-ignore
      daily: (id: number, since: string, until: string) => (read.add(id), store.daily(id, since, until)), // prettier-ignore
    };
    const r = healthReport(spied, { analysis, health, failOn: 'never', now: NOW });
    expect(prompt(r, 'p').release).toBeUndefined();
    const live = store.versions().find((v) => v.version === '1.1.0')!;
    expect([...read]).toEqual([live.id]);
  });
});

describe('healthReport: a release staged behind a canary', () => {
  // 1.1.0 took 4 of 1.0.0's 80 calls a day for 5 days from 14 days ago, then every call.
  function staged(seed: number, quality: number): MemoryVersion[] {
    const q = { quality: [quality, 0.05] as [number, number] };
    return [
      version('p', '1.0.0', [...span(seed, 40, 14, 80), ...span(seed + 1, 14, 9, 76)], { timestamp: ago(60) }), // prettier-ignore
      version('p', '1.1.0', [...span(seed + 2, 14, 9, 4, q), ...span(seed + 3, 9, 0, 80, q)], { timestamp: ago(14), tags: ['production'] }), // prettier-ignore
    ];
  }

  it('stays compared with the version it replaced past its canary days', () => {
    // The canary's first 5 days hold 18 calls, under min-samples: the first days run on to the
    // first of the whole traffic (6 days, 60 calls), which read worse too.
    const p = prompt(run(staged(120, 0.72)), 'p');
    expect(p.live.version).toBe('1.1.0');
    expect(p.release).toMatchObject({ version: '1.0.0', released: ago(14).slice(0, 10), days: 6 });
    expect(p.release?.metrics).toEqual(['quality_score']);
    expect(regressions(p)).toEqual([['quality_score', 'critical']]);
    expect(p.alerts[0]?.message).toContain(
      `(the first 6 days of 1.1.0, from ${ago(14).slice(0, 10)}, read worse too)`,
    );
    expect(p.notes.join(' ')).toContain('read worse than version 1.0.0, which it replaced, in its first 6 days'); // prettier-ignore
    // As good as 1.0.0: no reference moved, nothing alerts.
    const same = prompt(run(staged(130, 0.86)), 'p');
    expect(same.release).toBeUndefined();
    expect(same.alerts).toEqual([]);
  });

  it('is compared with the version it replaced from the morning after it took the traffic', () => {
    // The canary from 6 days ago to yesterday (5 days, 18 calls), then every call: its own
    // days hold too few calls to be the reference of a window of 80.
    const q = { quality: [0.72, 0.05] as [number, number] };
    const p = prompt(
      run([
        version('p', '1.0.0', [...span(140, 40, 6, 80), ...span(141, 6, 1, 76)], { timestamp: ago(60) }), // prettier-ignore
        version('p', '1.1.0', [...span(142, 6, 1, 4, q), ...span(143, 1, 0, 80, q)], { timestamp: ago(6), tags: ['production'] }), // prettier-ignore
      ]),
      'p',
    );
    expect(p.live.version).toBe('1.1.0');
    expect(p.history.version).toBe('1.0.0');
    expect(regressions(p)).toEqual([['quality_score', 'critical']]);
  });
});
