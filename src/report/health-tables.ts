/** The Markdown tables of a prompt's section in the health report. */
import { formatCount, formatInterval, formatLevel, formatPValue } from './format.js';
import { TREND_LABEL, TREND_WORD, formatTrendChange } from './health-content.js';
import type { HealthReport, PromptHealth, TrendResult } from './health-types.js';
import {
  STATUS_ICON,
  STATUS_WORD,
  centerOf,
  formatChange,
  formatMetricDelta,
  formatMetricValue,
  metricHeading,
} from './labels.js';
import type { MetricResult } from './types.js';

function side(m: MetricResult, which: 'baseline' | 'candidate', total: number): string {
  const stats = m[which];
  const value = formatMetricValue(m.metric, centerOf(m.metric, stats));
  return stats.n === total ? value : `${value} <sub>n=${formatCount(stats.n)}</sub>`;
}

/** The window-against-history table of some of a prompt's metrics (none: no lines). */
export function metricTable(
  p: PromptHealth,
  rows: readonly MetricResult[],
  report: HealthReport,
): string[] {
  if (rows.length === 0) return [];
  const lines = [
    `| Metric | History | Window | Change | ${formatLevel(report.settings.alpha)} CI | p (adj.) | Status |`,
    '| :-- | --: | --: | --: | :-: | --: | :-- |',
  ];
  for (const m of rows) {
    const ci = formatInterval(m.ci, (x) => formatMetricDelta(m.metric, x));
    lines.push(
      `| ${metricHeading(m.metric)} | ${side(m, 'baseline', p.history.n)} | ${side(m, 'candidate', p.window.n)} | ` +
        `${formatChange(m)} | ${ci} | ${formatPValue(m.p_value_adjusted)} | ${STATUS_ICON[m.status]} ${STATUS_WORD[m.status]} |`,
    );
  }
  return [...lines, ''];
}

const TREND_ICON: Readonly<Record<TrendResult['status'], string>> = {
  worsening: '⚠️',
  slight: '〰️',
  improving: '✨',
  stable: '✅',
  insufficient_data: '⏳',
};

/** The trend table of some of a prompt's daily series (none: no lines). */
export function trendTable(rows: readonly TrendResult[]): string[] {
  if (rows.length === 0) return [];
  const lines = [
    '| Daily series | Days | Slope per day | Change over the series | p (adj.) | Trend |',
    '| :-- | --: | --: | --: | --: | :-- |',
  ];
  for (const t of rows) {
    const slope = t.slope_per_day === null ? '–' : formatMetricDelta(t.metric, t.slope_per_day);
    const change =
      t.relative_change === null
        ? '–'
        : `${formatTrendChange(t.metric, t.relative_change)} over ${formatCount(t.span_days)} days`;
    lines.push(
      `| ${TREND_LABEL[t.metric]} | ${formatCount(t.days)} | ${slope} | ${change} | ${formatPValue(t.p_value_adjusted)} | ${TREND_ICON[t.status]} ${TREND_WORD[t.status]} |`,
    );
  }
  return [...lines, ''];
}
