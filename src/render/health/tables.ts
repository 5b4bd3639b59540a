/** The Markdown tables of a prompt's section in the health report. */
import { MISSING, formatCount, formatPValue } from '../../format/numbers.js';
import { TREND_WORD } from './content.js';
import { TREND_LABEL, formatTrendChange } from '../../wording/health.js';
import type { HealthReport, PromptHealth, TrendResult } from '../../report/health-types.js';
import { formatMetricDelta } from '../../wording/labels.js';
import { metricTable } from '../compare/markdown.js';
import type { MetricResult } from '../../report/types.js';

/** The window-against-history table of some of a prompt's metrics (none: no lines). */
export function windowTable(
  p: PromptHealth,
  rows: readonly MetricResult[],
  report: HealthReport,
): string[] {
  if (rows.length === 0) return [];
  return [
    ...metricTable(
      rows,
      report.settings,
      { label: 'History', calls: p.history.n },
      { label: 'Window', calls: p.window.n },
    ),
    '',
  ];
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
    const slope = t.slope_per_day === null ? MISSING : formatMetricDelta(t.metric, t.slope_per_day);
    const change =
      t.relative_change === null
        ? MISSING
        : `${formatTrendChange(t.metric, t.relative_change)} over ${formatCount(t.span_days)} days`;
    lines.push(
      `| ${TREND_LABEL[t.metric]} | ${formatCount(t.days)} | ${slope} | ${change} | ${formatPValue(t.p_value_adjusted)} | ${TREND_ICON[t.status]} ${TREND_WORD[t.status]} |`,
    );
  }
  return [...lines, ''];
}
