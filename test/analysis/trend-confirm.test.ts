// When a worsening trend is confirmed (and may open the tracking issue): the previous day's series
// shares 13 of its 14 days, so it alone confirms what noise made.
import { describe, expect, it } from 'vitest';
import { trendConfirmed } from '../../src/analysis/health/prompt.js';
import type { TrendResult } from '../../src/report/health-types.js';

const trend = (status: TrendResult['status'], p: number): TrendResult => ({
  metric: 'latency_ms',
  status,
  days: 14,
  median: 800,
  slope_per_day: 20,
  intercept: 700,
  span_days: 13,
  change: 260,
  relative_change: 0.3,
  projected_change: 1.5,
  first_day: '2026-11-16',
  p_value: p,
  p_value_adjusted: p,
  p_better_adjusted: 1,
});

describe('trendConfirmed', () => {
  const alpha = 0.05;
  it('needs the previous day worsening too', () => {
    expect(trendConfirmed(trend('worsening', 0.001), { day: [], week: [], alpha })).toBe(false);
  });

  it('confirms a strong trend on the previous day alone', () => {
    const day = [trend('worsening', 0.004)];
    expect(trendConfirmed(trend('worsening', 0.006), { day, week: [], alpha })).toBe(true);
  });

  it('confirms a weak trend only when the series a week before worsened as well', () => {
    // p = 0.043 on 14 days of noise, the day before too: what a stable prompt showed.
    const day = [trend('worsening', 0.043)];
    expect(trendConfirmed(trend('worsening', 0.032), { day, week: [], alpha })).toBe(false);
    const week = [trend('worsening', 0.024)];
    expect(trendConfirmed(trend('worsening', 0.032), { day, week, alpha })).toBe(true);
    const slight = [trend('slight', 0.024)];
    expect(trendConfirmed(trend('worsening', 0.032), { day, week: slight, alpha })).toBe(false);
  });
});
