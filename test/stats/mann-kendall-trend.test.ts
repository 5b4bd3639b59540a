// The health report's trend test on the committed Mann-Kendall reference series: the daily
// points carry the series' values on real calendar days (gaps included), and the trend must
// reproduce pymannkendall's p-values and scipy's Theil-Sen slope and intercept.
import { describe, expect, it } from 'vitest';
import { MIN_TREND_DAYS, decideTrends, testTrend } from '../../src/analysis/health/trends.js';
import type { DailyPoint, TrendMetric } from '../../src/report/health-types.js';
import { expectClose, loadReference } from './helpers.js';

interface Case {
  name: string;
  values: number[];
  x: number[];
  pIncreasing: number;
  pDecreasing: number;
  senSlope: number;
  intercept: number;
}

const { cases } = loadReference<{ cases: Case[] }>('mann-kendall.json');
const START = Date.parse('2026-01-01T00:00:00Z');

function points(c: Case, metric: TrendMetric): DailyPoint[] {
  return c.values.map((v, i) => ({
    day: new Date(START + (c.x[i] as number) * 86_400_000).toISOString().slice(0, 10),
    calls: 1,
    quality_score: null,
    latency_ms: null,
    success: null,
    cost_eur: null,
    [metric]: v,
  }));
}

describe('testTrend on the Mann-Kendall reference series', () => {
  for (const c of cases.filter((k) => k.values.length >= MIN_TREND_DAYS)) {
    it(c.name, () => {
      // Quality is better higher: worsening is a decrease. Latency is better lower.
      const quality = testTrend('quality_score', points(c, 'quality_score'), 0.1);
      const latency = testTrend('latency_ms', points(c, 'latency_ms'), 0.3);
      expectClose(quality.pWorse as number, c.pDecreasing);
      expectClose(quality.pBetter as number, c.pIncreasing);
      expectClose(latency.pWorse as number, c.pIncreasing);
      expectClose(quality.slope as number, c.senSlope, 1e-12, 1e-15);
      expectClose(quality.intercept as number, c.intercept, 1e-9, 1e-12);
      expect(quality.span).toBe(c.x.at(-1));
      expectClose(quality.change as number, c.senSlope * (c.x.at(-1) as number), 1e-12, 1e-12);
    });
  }

  it('skips the series shorter than the minimum', () => {
    const short = cases.filter((k) => k.values.length < MIN_TREND_DAYS);
    expect(short.length).toBeGreaterThan(0);
    for (const c of short)
      expect(testTrend('quality_score', points(c, 'quality_score'), 0.1).pWorse).toBeNull();
  });

  it('corrects the trend family with Holm and keeps tiny drifts below an alert', () => {
    const down = cases.find((k) => k.name === 'down trend') as Case;
    const noise = cases.find((k) => k.name === 'no trend') as Case;
    const tests = [
      testTrend('quality_score', points(down, 'quality_score'), 0.1),
      testTrend('quality_score', points(noise, 'quality_score'), 0.1),
    ];
    const [[a] = [], [b] = []] = decideTrends([[tests[0]!], [tests[1]!]], {
      alpha: 0.05,
      correction: 'holm',
    });
    expectClose(a?.p_value_adjusted as number, 2 * down.pDecreasing);
    expect(b?.status).toBe('stable');
    // A −16 % change over the series is at least half of a 10 % threshold: an alert.
    expect(a?.relative_change).toBeCloseTo(-0.165, 3);
    expect(a?.status).toBe('worsening');
    // Against a 50 % threshold the same significant drift is too small to alert.
    const [[lax] = []] = decideTrends(
      [[testTrend('quality_score', points(down, 'quality_score'), 0.5)]],
      { alpha: 0.05, correction: 'holm' },
    );
    expect(lax?.status).toBe('slight');
  });
});
