import { describe, expect, it } from 'vitest';
import { compareStores } from '../../src/analysis/compare.js';
import { candidateHints } from '../../src/render/compare/content.js';
import { methodItems } from '../../src/render/compare/method.js';
import { healthReport } from '../../src/analysis/health.js';
import type { HealthReport } from '../../src/report/health-types.js';
import { analysis, drift, health, NOW, span, version } from './health-fixtures.js';
import type { MemoryVersion } from './memory-store.js';
import { memoryTrendStore } from './memory-trends.js';

function run(versions: MemoryVersion[], now = NOW): HealthReport {
  return healthReport(memoryTrendStore('day.sqlite', versions), {
    analysis,
    health,
    failOn: 'never',
    now,
  });
}

// Day-to-day wobble of the daily mean quality, the same for every run of a test.
const wobble = (d: number): number => 0.015 * Math.sin(d * 2.3) + 0.01 * Math.cos(d * 5.1);

describe('health window at the day level', () => {
  it('keeps alerting on a step while the level stays down', () => {
    // Quality 0.85 with day effects for 29 days, down 15 % for the last 6 of them.
    const calls = drift(11, 29, 0, 200, (d) => ({
      quality: [(0.85 + wobble(d)) * (d <= 6 ? 0.85 : 1), 0.1],
    }));
    const r = run([version('triage', '1.0.0', calls)]);
    const p = r.prompts[0];
    const quality = p?.metrics.find((m) => m.metric === 'quality_score');
    expect(quality).toMatchObject({ status: 'regressed', test: 'day_level_t' });
    expect(quality?.relative_change).toBeCloseTo(-0.15, 1);
    // The call-level test is kept as a secondary.
    expect(quality?.secondary[0]?.test).toBe('welch_t');
    expect(p?.alerts[0]).toMatchObject({ kind: 'regression', confirmed: true });
    expect(r.counts.confirmed).toBeGreaterThanOrEqual(1);
    expect(p?.notes.join(' ')).toMatch(
      /compared with the spread of 28 earlier blocks of 24 hours .*left out as already regressed: 5 for quality_score/,
    );
  });

  it('leaves yesterday out when the window fell with it, and keeps it when the window recovered', () => {
    const report = (window: number): HealthReport =>
      run([
        version(
          'triage',
          '1.0.0',
          drift(16, 29, 0, 200, (d) => ({
            quality: [(0.85 + wobble(d)) * (d === 2 ? 0.85 : d === 1 ? window : 1), 0.1],
          })),
        ),
      ]);
    const stillDown = report(0.85).prompts[0];
    expect(stillDown?.metrics.find((m) => m.metric === 'quality_score')?.status).toBe('regressed');
    expect(stillDown?.notes.join(' ')).toMatch(
      /left out as already regressed: 1 for quality_score/,
    );
    // One bad day is part of the days' spread: it stays, and the window is judged with it.
    const recovered = report(1).prompts[0];
    expect(recovered?.metrics.find((m) => m.metric === 'quality_score')?.status).not.toBe(
      'regressed',
    );
    expect(recovered?.notes.join(' ')).toMatch(/compared with the spread of 28 earlier blocks/);
    expect(recovered?.notes.join(' ')).not.toMatch(/left out/);
  });

  it('keeps the interval of a success rate within ±100 points', () => {
    // Success near 97 % with day effects for 28 days, then every call of the window failing.
    const calls = drift(13, 29, 0, 200, (d) => ({ success: d <= 1 ? 0 : 0.97 + wobble(d) }));
    const success = run([version('triage', '1.0.0', calls)]).prompts[0]?.metrics.find(
      (m) => m.metric === 'success',
    );
    expect(success).toMatchObject({ status: 'regressed', test: 'day_level_t' });
    expect(success?.absolute_change).toBeLessThan(-0.9);
    // The t interval alone reaches past −1 here.
    expect(success?.ci?.[0]).toBe(-1);
    expect(success?.ci?.[1]).toBeLessThan(-0.9);
  });

  it('makes a significant change within the threshold a note, not an alert', () => {
    // 1,000 calls a day: a −4 % day is significant against calm days, far from the −10 % line.
    const calls = drift(12, 29, 0, 1000, (d) => ({
      quality: [0.85 * (d <= 1 ? 0.96 : 1) + 0.001 * Math.sin(d), 0.1],
    }));
    const r = run([version('triage', '1.0.0', calls)]);
    const p = r.prompts[0];
    expect(p?.metrics.find((m) => m.metric === 'quality_score')?.status).toBe('degraded');
    expect(p?.alerts).toEqual([]);
    expect(p?.status).toBe('healthy');
    expect(p?.notes.join(' ')).toMatch(/Quality \(mean\) fell .* A note, not an alert\.$/);
  });

  it('does not alert on a day that is within the days’ own spread', () => {
    // Day effects of ±2.5 %: the pooled calls would call the last day significant.
    const calls = drift(13, 29, 0, 1000, (d) => ({ quality: [0.85 - wobble(d), 0.1] }));
    const r = run([version('triage', '1.0.0', calls)]);
    const quality = r.prompts[0]?.metrics.find((m) => m.metric === 'quality_score');
    expect(quality?.test).toBe('day_level_t');
    expect(quality?.status).not.toBe('degraded');
    expect(quality?.secondary[0]?.p_value).toBeLessThan(0.01);
  });

  it('caps the blocks of a tiny window over a long history', () => {
    const store = memoryTrendStore('tiny.sqlite', [
      version('triage', '1.0.0', span(17, 29, 0, 50, { quality: [0.85, 0.1] })),
    ]);
    const input = { analysis, health: { ...health, windowMs: 60_000 }, failOn: 'never' as const };
    expect(() => healthReport(store, { ...input, now: NOW })).not.toThrow();
  });

  it('falls back to the calls’ own tests with fewer than 5 blocks of history', () => {
    const r = run([version('triage', '1.0.0', span(14, 4, 0, 200, { quality: [0.85, 0.1] }))]);
    expect(r.prompts[0]?.metrics.find((m) => m.metric === 'quality_score')?.test).toBe('welch_t');
  });
});

describe('pull-request check against a history baseline', () => {
  it('judges against the spread of the history’s days and says a fresh baseline is better', () => {
    const history = drift(15, 29, 1, 40, (d) => ({
      quality: [0.75 + 3 * wobble(d), 0.2],
      latency: [800 + 150 * Math.sin(d), 300],
    }));
    const store = memoryTrendStore('pr.sqlite', [
      version('assistant', '1.0.0', history),
      version('assistant', '1.1.0', span(16, 0.5, 0, 120, { quality: [0.72, 0.2] })),
    ]);
    const r = compareStores({
      head: store,
      base: null,
      selection: { prompt: 'assistant', candidate: '1.1.0', baseline: '1.0.0' },
      options: analysis,
      failOn: 'regressed',
      generatedAt: NOW,
    });
    const c = r.comparisons[0];
    const quality = c?.metrics.find((m) => m.metric === 'quality_score');
    expect(quality?.test).toBe('day_level_t');
    expect(quality?.status).not.toBe('regressed');
    expect(c?.metrics.find((m) => m.metric === 'latency_ms')?.test).toBe('day_level_t');
    // The baseline side is the reference days' calls and their centre; the other centre, of the
    // newest baseline-max-samples calls only, described other calls beside that n: left out.
    const latency = c?.metrics.find((m) => m.metric === 'latency_ms');
    expect(latency?.baseline.mean).toBeNull();
    expect(latency?.baseline.median).toBeGreaterThan(0);
    expect(quality?.baseline.median).toBeNull();
    expect(quality?.baseline.mean).toBeGreaterThan(0);
    expect(quality?.baseline.n).toBeGreaterThan(c!.baseline!.n);
    // The header's baseline n is the newest baseline-max-samples calls; the warning says why
    // the day-level test counts more.
    expect(c?.warnings.join(' ')).toMatch(
      /history from 28 days: judged against the spread of its daily means, from every call of those days \(not only the newest baseline-max-samples\)/,
    );
    // More calls of the candidate do not narrow the days' spread: no size is promised.
    expect(quality?.samples_needed).toBeNull();
    const hints = candidateHints(c!, r, { esc: (t) => t, strong: (t) => t, nameMax: 80 }).join(
      '\n',
    );
    expect(hints).toMatch(
      /more calls of the candidate would not settle it, a fresh baseline would/,
    );
    expect(hints).not.toMatch(/calls per side would/);
    const method = methodItems(r, (t) => t).find((i) => i.term === 'Day level');
    expect(method?.text).toMatch(/spread of the baseline’s daily means/);
  });
});
