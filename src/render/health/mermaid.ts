/**
 * A tiny Mermaid `xychart-beta` per worsening trend: the daily values of the tested span and
 * Sen's trend line. Every label is ours (metric labels, dates); nothing the store wrote reaches
 * the chart.
 */
import { mermaidText } from '../../format/escape.js';
import { dayNumber } from '../../time.js';
import { TREND_LABEL } from '../../wording/health.js';
import type { PromptHealth, TrendMetric, TrendResult } from '../../report/health-types.js';

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

/** More days than this and the x axis is numbered instead of dated (labels would overlap). */
const MAX_DATED_DAYS = 16;

const MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Dec 3` from `2026-12-03`. */
function shortDate(day: string): string {
  const month = MONTH[Number(day.slice(5, 7)) - 1] ?? day.slice(5, 7);
  return `${month} ${Number(day.slice(8, 10))}`;
}

/**
 * The x axis: short dates (`Dec 3`) while they fit; over MAX_DATED_DAYS days a numeric axis of
 * days since the first, which Mermaid labels sparsely by itself (a dated label per day overlaps
 * into an unreadable band at 28 days).
 */
function xAxis(days: readonly string[]): string {
  if (days.length <= MAX_DATED_DAYS)
    return `x-axis [${days.map((d) => `"${mermaidText(shortDate(d), 10)}"`).join(', ')}]`;
  const first = days[0] ?? '';
  const last = dayNumber(days.at(-1) ?? first) - dayNumber(first);
  return `x-axis "${mermaidText(`Days since ${shortDate(first)}`, 30)}" 0 --> ${last}`;
}

/** The chart of one trend as a fenced Mermaid block, or null without a slope or data. */
export function trendChart(p: PromptHealth, t: TrendResult): string | null {
  if (t.slope_per_day === null || t.intercept === null) return null;
  // The tested span only: the line is fitted there, and older days would crowd the axis.
  const from = t.first_day === null ? -Infinity : dayNumber(t.first_day);
  const points = p.daily.filter((d) => {
    const day = dayNumber(d.day);
    return (
      d[t.metric] !== null &&
      Number.isFinite(d[t.metric]) &&
      day >= from &&
      day <= from + t.span_days
    );
  });
  if (points.length < 2) return null;
  const { title, scale } = AXIS[t.metric];
  const first = t.first_day === null ? dayNumber(points[0]?.day ?? '') : from;
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
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${mermaidText(`${TREND_LABEL[t.metric]} and its trend line`, 60)}"`,
    `  ${xAxis(points.map((d) => d.day))}`,
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
