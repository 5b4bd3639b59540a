/**
 * The health report for a terminal (`pv-check health --format text`): the same content as the
 * Markdown report in aligned columns, no markup; store strings through plain().
 */
import { alignColumns, wrap } from '../columns.js';
import { MESSAGE_MAX, plain } from '../../format/escape.js';
import {
  MISSING,
  formatCount,
  formatEur,
  formatPValue,
  formatRate,
  formatTimestamp,
} from '../../format/numbers.js';
import {
  CHOSEN_WORD,
  TREND_WORD,
  healthVerdictLine,
  promptProblems,
  promptWord,
  releaseColumns,
} from './content.js';
import {
  TREND_LABEL,
  alsoCalledLine,
  endedLine,
  formatDuration,
  formatTrendChange,
  formatMoney,
  dayLevelNote,
  historyCalls,
  unlistedPhrase,
} from '../../wording/health.js';
import { healthMethodItems } from './method.js';
import type { HealthAlert, HealthReport, PromptHealth } from '../../report/health-types.js';
import { centerOf, formatMetricDelta, formatMetricValue } from '../../wording/labels.js';
import { TEXT_STYLE, metricColumns, verdictLines } from '../compare/text.js';

/** Options of `renderHealthText`. */
export interface HealthTextOptions {
  /** Wrap width for prose (default 100). */
  readonly width?: number;
}

/** An alert under its prompt or the cost, wrapped: `✗` when critical, `!` for a warning. */
function alertLines(a: HealthAlert, width: number): string[] {
  return wrap(
    `${a.severity === 'critical' ? '✗' : '!'} ${plain(a.message, MESSAGE_MAX)}`,
    width,
    '  ',
    '    ',
  );
}

function metricRows(p: PromptHealth, report: HealthReport): string[] {
  if (p.metrics.length === 0) return [];
  return metricColumns(p.metrics, report.settings, ['History', 'Window'], (m, side) =>
    formatMetricValue(m.metric, centerOf(m.metric, m[side])),
  );
}

function trendRows(p: PromptHealth): string[] {
  if (p.trends.length === 0) return [];
  const header = ['Daily series', 'Days', 'Slope/day', 'Change', 'p (adj.)', 'Trend'];
  const rows = p.trends.map((t) => [
    TREND_LABEL[t.metric],
    formatCount(t.days),
    t.slope_per_day === null ? MISSING : formatMetricDelta(t.metric, t.slope_per_day),
    t.relative_change === null
      ? MISSING
      : `${formatTrendChange(t.metric, t.relative_change)} / ${t.span_days} d`,
    formatPValue(t.p_value_adjusted),
    TREND_WORD[t.status],
  ]);
  return alignColumns([header, ...rows], ['left', 'right', 'right', 'right', 'right', 'left']).map(
    (l) => `  ${l}`,
  );
}

function section(p: PromptHealth, report: HealthReport, width: number): string[] {
  const out = [`${promptWord(p).toUpperCase()}  ${plain(p.prompt)} ${plain(p.live.version)}`];
  out.push(
    ...wrap(
      `Live version (${CHOSEN_WORD[p.live.chosen_by]}): ${formatCount(p.window.n)} calls in the window, ` +
        `${historyCalls(p.history, report.settings.baseline_max_samples, plain)}${dayLevelNote(p.history, p.metrics)}; cost per call ${formatEur(p.cost.per_call_window)} ` +
        `(history ${formatEur(p.cost.per_call_history)}).`,
      width,
      '  ',
    ),
  );
  out.push(...p.alerts.flatMap((a) => alertLines(a, width)));
  const metrics = metricRows(p, report);
  if (metrics.length > 0) out.push('', ...metrics);
  const columns = releaseColumns(p, p.metrics, TEXT_STYLE);
  if (columns !== null) out.push(...wrap(columns, width, '  ', '  '));
  const trends = trendRows(p);
  if (trends.length > 0) out.push('', ...trends);
  if (p.notes.length > 0) out.push('');
  for (const n of p.notes) out.push(...wrap(`- ${plain(n, MESSAGE_MAX)}`, width, '  ', '    '));
  return [...out, ''];
}

function cost(report: HealthReport, width: number): string[] {
  const c = report.cost;
  const budget = c.daily_budget;
  const rows = c.days.map((d) => [
    d.complete ? d.day : `${d.day} (so far)`,
    formatCount(d.calls),
    formatMoney(d.cost),
    budget === null ? '' : d.cost > budget ? `over ${formatMoney(budget)}` : 'ok',
  ]);
  const table = alignColumns(
    [['Day (UTC)', 'Calls', 'Cost', budget === null ? '' : 'Daily budget'], ...rows],
    ['left', 'right', 'right', 'left'],
  ).map((l) => `  ${l}`);
  const monthBudget =
    c.monthly_budget === null ? '' : ` of the ${formatMoney(c.monthly_budget)} monthly budget`;
  const projection =
    c.projection === null
      ? 'no projection during the month\u2019s first day'
      : `projected ${formatMoney(c.projection)} for the month (${formatRate(c.month_elapsed)} elapsed)`;
  return [
    'COST (all prompts)',
    ...table,
    ...wrap(
      `Month to date (${c.month}): ${formatMoney(c.month_to_date)}${monthBudget}; ${projection}.`,
      width,
      '  ',
    ),
    ...c.alerts.flatMap((a) => alertLines(a, width)),
    '',
  ];
}

/** The health report as plain text for a terminal, ending in one newline. */
export function renderHealthText(report: HealthReport, options: HealthTextOptions = {}): string {
  const width = options.width ?? 100;
  const out = verdictLines(healthVerdictLine(report, TEXT_STYLE), report.warnings, width);
  const lines = report.prompts.map((p) => [
    promptWord(p),
    plain(p.prompt, 60),
    plain(p.live.version, 60),
    promptProblems(p, report),
  ]);
  if (lines.length > 0) out.push(...alignColumns(lines, ['left', 'left', 'left', 'left']), '');
  const also = alsoCalledLine(report, (s) => plain(s, 60));
  if (also !== null) out.push(...wrap(also, width), '');
  const ended = endedLine(report, (s) => plain(s, 60));
  if (ended !== null) out.push(...wrap(ended, width), '');
  const unlisted = unlistedPhrase(report);
  out.push(
    ...wrap(
      `Window ${formatTimestamp(report.window.since)} to ${formatTimestamp(report.window.until)} (${formatDuration(report.settings.window_ms)}); ` +
        `history from ${formatTimestamp(report.history.since)} (${formatDuration(report.settings.history_ms)})` +
        (unlisted ? `; ${unlisted}.` : '.'),
      width,
    ),
    '',
  );
  for (const p of report.prompts.filter((x) => x.alerts.length > 0))
    out.push(...section(p, report, width));
  out.push(...cost(report, width), 'How to read this');
  for (const item of healthMethodItems(report))
    out.push(...wrap(`${item.term}: ${item.text}`, width, '  ', '    '));
  out.push('', `prompt-versioner-action · ${formatTimestamp(report.generated_at)}`);
  return out.join('\n') + '\n';
}
