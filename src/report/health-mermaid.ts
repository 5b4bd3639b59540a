/**
 * A tiny Mermaid `xychart-beta` per worsening trend: the daily values and Sen's trend line.
 * Every label is ours (metric labels, day numbers); nothing the store wrote reaches the chart.
 */
import { mermaidText } from './escape.js';
import { TREND_LABEL } from './health-content.js';
import type { PromptHealth, TrendMetric, TrendResult } from './health-types.js';

/** Unit shown on the y axis, and the factor that brings values into it (no exponents). */
const AXIS: Readonly<Record<TrendMetric, { title: string; scale: number }>> = {
  quality_score: { title: 'Quality', scale: 1 },
  latency_ms: { title: 'Latency p50 ms', scale: 1 },
  success: { title: 'Success rate percent', scale: 100 },
  cost_eur: { title: 'EUR per 1000 calls', scale: 1000 },
};

// Four significant digits in plain decimals: Mermaid's parser does not read `1e-7`.
function num(x: number): string {
  if (x === 0 || !Number.isFinite(x)) return '0';
  const decimals = Math.min(10, Math.max(0, 3 - Math.floor(Math.log10(Math.abs(x)))));
  return String(Number(x.toFixed(decimals)));
}

const dayNumber = (day: string): number => Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);

/** The chart of one trend as a fenced Mermaid block, or null without a slope or data. */
export function trendChart(p: PromptHealth, t: TrendResult): string | null {
  if (t.slope_per_day === null || t.intercept === null) return null;
  const points = p.daily.filter((d) => d[t.metric] !== null && Number.isFinite(d[t.metric]));
  if (points.length < 2) return null;
  const { title, scale } = AXIS[t.metric];
  const first = dayNumber(points[0]?.day ?? '');
  const values = points.map((d) => (d[t.metric] as number) * scale);
  const fit = points.map(
    (d) =>
      (t.intercept as number) * scale +
      (t.slope_per_day as number) * scale * (dayNumber(d.day) - first),
  );
  let lo = Math.min(...values, ...fit);
  let hi = Math.max(...values, ...fit);
  const pad = hi > lo ? (hi - lo) * 0.1 : Math.abs(hi) * 0.1 || 1;
  lo -= pad;
  hi += pad;
  // Rates and scores cannot go below zero; an axis that does would only mislead.
  if (lo < 0 && Math.min(...values) >= 0) lo = 0;
  const labels = points.map((d) => `"${mermaidText(d.day.slice(5), 10)}"`).join(', ');
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${mermaidText(`${TREND_LABEL[t.metric]} and its trend line`, 60)}"`,
    `  x-axis [${labels}]`,
    `  y-axis "${mermaidText(title, 30)}" ${num(lo)} --> ${num(hi)}`,
    `  line [${values.map(num).join(', ')}]`,
    `  line [${fit.map(num).join(', ')}]`,
    '```',
  ].join('\n');
}

/** Charts of a prompt's worsening trends (at most `max`). */
export function trendCharts(p: PromptHealth, max = 2): string[] {
  return p.trends
    .filter((t) => t.status === 'worsening')
    .slice(0, max)
    .map((t) => trendChart(p, t))
    .filter((c): c is string => c !== null);
}
