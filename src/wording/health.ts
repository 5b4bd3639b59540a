/**
 * The health report's units and trend words, shared by the renderers and by the analysis'
 * alert messages so that a span or an amount reads the same in both.
 */
import { METRIC_SPECS, type Metric } from '../metrics.js';
import type { TrendMetric } from '../report/health-types.js';
import { DAY_MS, HOUR_MS } from '../time.js';
import {
  MISSING,
  formatChangePercent,
  formatCount,
  formatEur,
  formatFixed,
  formatPoints,
} from '../format/numbers.js';

/** A window or history length: `24 hours`, `28 days`, `30 minutes`. */
export function formatDuration(ms: number): string {
  const whole = (unit: number): boolean => ms % unit === 0;
  const count = (n: number, unit: string): string =>
    `${formatCount(n)} ${unit}${n === 1 ? '' : 's'}`;
  if (whole(DAY_MS) && ms >= 2 * DAY_MS) return count(ms / DAY_MS, 'day');
  if (whole(HOUR_MS)) return count(ms / HOUR_MS, 'hour');
  if (whole(60_000)) return count(ms / 60_000, 'minute');
  return count(ms / 1000, 'second');
}

/** An amount of money (a day's cost, a budget): `€0.40`, `€1,234.50`; cents below one cent. */
export function formatMoney(eur: number | null): string {
  if (eur === null || !Number.isFinite(eur)) return MISSING;
  return Math.abs(eur) >= 0.01 || eur === 0 ? `€${formatFixed(eur, 2)}` : formatEur(eur);
}

/** What each trend's daily value is. */
export const TREND_LABEL: Readonly<Record<TrendMetric, string>> = {
  quality_score: 'Daily mean quality',
  latency_ms: 'Daily median latency',
  success: 'Daily success rate',
  cost_eur: 'Daily cost per call',
};

/** A change relative to the metric's center, or in rate points for the success rate. */
export function formatTrendChange(metric: Metric, change: number | null): string {
  return METRIC_SPECS[metric].threshold === 'points'
    ? formatPoints(change)
    : formatChangePercent(change);
}
