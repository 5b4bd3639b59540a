import { describe, expect, it } from 'vitest';
import { healthReport } from '../../src/analysis/health.js';
import { MIN_TREND_DAYS, testTrend } from '../../src/analysis/health/trends.js';
import type { DailyPoint, HealthReport } from '../../src/report/health-types.js';
import { ago, analysis, drift, health, NOW, span, version } from './health-fixtures.js';
import type { MemoryVersion } from './memory-store.js';
import { memoryTrendStore } from './memory-trends.js';

function run(versions: MemoryVersion[]): HealthReport {
  return healthReport(memoryTrendStore('trend.sqlite', versions), {
    analysis,
    health,
    failOn: 'regressed',
    now: NOW,
  });
}

// Flat for a week, then a slide of `drop` over three weeks, the last day at the bottom.
function slide(seed: number, top: number, drop: number, sd: number, perDay: number): MemoryVersion {
  const calls = drift(seed, 29, 0, perDay, (d) => ({
    quality: [d > 21 ? top : top - drop * ((21 - d) / 20), sd],
  }));
  return version('triage', '1.0.0', calls);
}

describe('gradual degradation', () => {
  it('raises a trend alert for a slow three-week decline the last day alone does not show', () => {
    const r = run([slide(1, 0.85, 0.08, 0.05, 30)]);
    const p = r.prompts[0];
    const quality = p?.metrics.find((m) => m.metric === 'quality_score');
    // The last 24 h against the history: not significant on its own.
    expect(quality?.p_value_adjusted).toBeGreaterThan(analysis.alpha);
    expect(quality?.status).not.toBe('regressed');
    const trend = p?.trends.find((t) => t.metric === 'quality_score');
    expect(trend).toMatchObject({ status: 'worsening', days: 14, first_day: '2026-11-13' });
    expect(trend?.p_value_adjusted).toBeLessThan(0.01);
    expect(trend?.slope_per_day).toBeLessThan(0);
    expect(trend?.relative_change).toBeLessThan(-0.05);
    expect(p?.alerts).toEqual([
      expect.objectContaining({ kind: 'trend', severity: 'warning', metric: 'quality_score' }),
    ]);
    expect(p?.alerts[0]?.message).toMatch(
      /^Daily mean quality falls steadily over 14 days: Sen's slope −0\.00\d+ per day, −\d+\.\d % over 13 days, −\d+\.\d % in 60 days at this pace \(Mann-Kendall p (<|=) [\d.e-]+\)\.$/,
    );
    // A trend warns; fail-on judges the window's statuses only.
    expect(r.verdict).toBe('warning');
  });

  it('does not alert on a significant drift that would take months to matter', () => {
    // 0.0003 a day: 2 % of the mean in 60 days, under half the 10 % threshold.
    const r = run([slide(2, 0.85, 0.006, 0.005, 100)]);
    const trend = r.prompts[0]?.trends.find((t) => t.metric === 'quality_score');
    expect(trend?.status).toBe('slight');
    expect(trend?.p_value_adjusted).toBeLessThan(0.05);
    expect(r.prompts[0]?.alerts.filter((a) => a.kind === 'trend')).toEqual([]);
  });

  it('takes a one-time step, flat before and after, for no steady decline', () => {
    // Quality 3 % lower from 8 days ago on, then flat: within the threshold, and no slide.
    // Mann-Kendall finds the step significant, but the newer half of the days does not fall.
    for (const seed of [4, 5, 6, 7]) {
      const calls = drift(seed, 29, 0, 200, (d) => ({ quality: [d > 8 ? 0.85 : 0.825, 0.05] }));
      const r = run([version('p', '1.0.0', calls)]);
      const trend = r.prompts[0]?.trends.find((t) => t.metric === 'quality_score');
      expect(trend?.p_value_adjusted, `seed ${seed}`).toBeLessThan(analysis.alpha);
      expect(trend?.status, `seed ${seed}`).toBe('slight');
      expect(r.prompts[0]?.alerts.filter((a) => a.kind === 'trend')).toEqual([]);
    }
  });

  it('alerts on a lasting step when the window has too few calls to be tested', () => {
    // 6 calls a day (30 needed per side): quality 20 % lower from 9 days ago on, and staying.
    const low = (seed: number, drop: number) =>
      version('rare', '1.0.0', drift(seed, 29, 0, 6, (d) => ({ quality: [d > 9 ? 0.85 : 0.85 * (1 - drop), 0.05] }))); // prettier-ignore
    let alerted = 0;
    for (const seed of [11, 12, 13, 14]) {
      const p = run([low(seed, 0.2)]).prompts[0];
      expect(p?.window_status, `seed ${seed}`).toBe('insufficient_data');
      const trend = p?.trends.find((t) => t.metric === 'quality_score');
      if (trend?.status !== 'worsening') continue;
      alerted++;
      expect(trend.step).toMatchObject({ day: '2026-11-18' });
      expect(trend.step?.change).toBeLessThan(-0.15);
      expect(p?.alerts.find((a) => a.kind === 'trend')?.message).toMatch(
        /^Daily mean quality fell by −\d+\.\d % on 2026-11-18 and stayed there over \d+ days \(Mann-Kendall p (<|=) [\d.e-]+\); the window has too few calls to be tested against the history\.$/,
      );
    }
    expect(alerted).toBeGreaterThanOrEqual(3);
    // A step within the threshold (3 %) at that traffic is no step alert, nor a stable series.
    for (const seed of [15, 16, 17, 18]) {
      for (const drop of [0.03, 0]) {
        const trends = run([low(seed, drop)]).prompts[0]?.trends ?? [];
        expect(trends.filter((t) => t.step && t.status === 'worsening'), `seed ${seed}, drop ${drop}`).toEqual([]); // prettier-ignore
      }
    }
  });

  it("leaves a staged rollout's canary days out of the trends", () => {
    // 1.1.0 took 4 calls a day beside 1.0.0 for five days, then all 80 from 9 days ago: the
    // same distribution throughout. A canary day's rates and medians of a few calls sit apart
    // from a full day's by chance, and ranked with them read as a trend.
    let worsening = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const canary = span(seed * 10 + 1, 14, 9, 4);
      const full = span(seed * 10 + 2, 9, 0, 80);
      const r = run([
        version('staged', '1.0.0', span(seed * 10, 29, 9, 76)),
        version('staged', '1.1.0', [...canary, ...full], { timestamp: ago(15) }),
      ]);
      const p = r.prompts[0];
      expect(p?.live.version).toBe('1.1.0');
      // The days of the full traffic alone (its first, 2026-11-18, had 42 calls).
      for (const t of p?.trends ?? [])
        expect(t, `seed ${seed}`).toMatchObject({ days: 9, first_day: '2026-11-18' });
      worsening += p?.trends.filter((t) => t.status === 'worsening').length ?? 0;
    }
    // With the canary days, 40 reports had 14 worsening trends (12 on success); without,
    // 4 (2 on success), as the full days alone make without any canary (3).
    expect(worsening).toBeLessThanOrEqual(4);
    // A rollout's days at a quarter of the traffic (20 calls) are left out too: at a quarter,
    // they made 11 worsening trends in 60 reports against 5 without them.
    const ramp = run([
      version('staged', '1.0.0', span(900, 29, 9, 60)),
      version('staged', '1.1.0', [...span(901, 14, 9, 20), ...span(902, 9, 0, 80)], { timestamp: ago(15) }), // prettier-ignore
    ]).prompts[0];
    for (const t of ramp?.trends ?? [])
      expect(t).toMatchObject({ days: 9, first_day: '2026-11-18' });
  });

  it('keeps the days of a lasting drop in traffic, and quieter weekends', () => {
    // 200 calls a day until 8 days ago, 40 since (a fifth): no day is quieter than now.
    const drop = run([version('drop', '1.0.0', [...span(21, 29, 8, 200), ...span(22, 8, 0, 40)])])
      .prompts[0];
    for (const t of drop?.trends ?? []) expect(t).toMatchObject({ days: 14 });
    // Weekends at 60 % of a weekday's calls.
    const weekly = Array.from({ length: 29 }, (_, i) => {
      const weekday = new Date(ago(29 - i)).getUTCDay();
      return span(2300 + i, 29 - i, 28 - i, weekday === 0 || weekday === 6 ? 54 : 90);
    }).flat();
    const p = run([version('weekly', '1.0.0', weekly)]).prompts[0];
    for (const t of p?.trends ?? []) expect(t).toMatchObject({ days: 14 });
  });

  it('finds no trend in a stable series', () => {
    const r = run([version('p', '1.0.0', span(3, 29, 0, 48))]);
    expect(r.prompts[0]?.trends.map((t) => t.status)).toEqual([
      'stable',
      'stable',
      'stable',
      'stable',
    ]);
  });
});

const point = (day: string, quality: number | null): DailyPoint => ({
  day,
  calls: 10,
  quality_score: quality,
  latency_ms: null,
  success: null,
  cost_eur: null,
});

describe('testTrend', () => {
  it('uses real day offsets across gaps and leaves out days without a value', () => {
    const days = [
      '2026-11-01',
      '2026-11-02',
      '2026-11-05',
      '2026-11-06',
      '2026-11-10',
      '2026-11-11',
      '2026-11-20',
    ];
    const points = [
      ...days.map((d, i) =>
        point(
          d,
          1 - (0.01 * (Date.parse(d) - Date.parse(days[0] ?? ''))) / 86_400_000 + (i % 2) * 0,
        ),
      ),
      point('2026-11-21', null),
    ];
    const t = testTrend('quality_score', points, 0.1);
    expect(t.days).toBe(7);
    expect(t.span).toBe(19);
    expect(t.slope).toBeCloseTo(-0.01, 12);
    expect(t.change).toBeCloseTo(-0.19, 12);
    expect(t.intercept).toBeCloseTo(1, 12);
    expect(t.pWorse).toBeLessThan(0.01);
  });

  it(`needs ${MIN_TREND_DAYS} days with a value`, () => {
    const six = ['01', '02', '03', '04', '05', '06'].map((d, i) =>
      point(`2026-11-${d}`, 0.9 - i * 0.01),
    );
    expect(testTrend('quality_score', six, 0.1)).toMatchObject({
      days: 6,
      pWorse: null,
      slope: null,
    });
  });

  it('measures the success rate in points, not relative to its median', () => {
    const points = Array.from({ length: 10 }, (_, i) => ({
      ...point(`2026-11-${String(i + 1).padStart(2, '0')}`, null),
      success: 0.99 - 0.005 * i,
    }));
    const t = testTrend('success', points, 0.05);
    expect(t.relative).toBeCloseTo(-0.045, 12);
    // Materiality is the slope kept up for 60 days: 0.5 points a day is 30 points.
    expect(t.projected).toBeCloseTo(-0.3, 12);
    expect(t.worseBy).toBeCloseTo(0.3, 12);
  });
});
