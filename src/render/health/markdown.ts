/**
 * The health report as GitHub Markdown: the job summary and the tracking issue's body. Three
 * levels of detail let `fitHealthMarkdown` shrink it under GitHub's limits before trimming.
 */
import { modelNames, type Style } from '../compare/content.js';
import { code, MESSAGE_MAX, md } from '../../format/escape.js';
import { formatCount, formatEur, formatRate, formatTimestamp } from '../../format/numbers.js';
import {
  CHOSEN_WORD,
  SEVERITY_ICON,
  healthVerdictLine,
  promptIcon,
  promptProblems,
  releaseColumns,
} from './content.js';
import {
  alsoCalledLine,
  endedLine,
  formatDuration,
  formatMoney,
  dayLevelNote,
  historyCalls,
  unlistedPhrase,
} from '../../wording/health.js';
import { healthMethodItems } from './method.js';
import { trendCharts } from './mermaid.js';
import { trendTable, windowTable } from './tables.js';
import type { HealthReport, PromptHealth } from '../../report/health-types.js';
import { DEFAULT_FULL_REPORT_HINT, fitDetail, type FitOptions } from '../compare/limits.js';
import { styleFor, verdictBlock, type Detail } from '../compare/markdown.js';
import { plural } from '../../wording/labels.js';

/** Options of `renderHealthMarkdown`. */
export interface HealthMarkdownOptions {
  /** Mermaid trend charts under prompts with trend alerts (full detail only). */
  readonly charts: boolean;
  /** A hidden marker (an HTML comment) put on the first line, to find the issue again. */
  readonly marker?: string;
  readonly detail: Detail;
  /**
   * At most this many prompts' alert sections (all when absent); the rest are counted in a line
   * that says where the whole report is (`fullReportHint`).
   */
  readonly sections?: number;
  readonly fullReportHint?: string;
}

/** At most this many prompts in the overview table; the rest are counted. */
const OVERVIEW_MAX = 200;

function overview(report: HealthReport, style: Style): string[] {
  if (report.prompts.length === 0) return [];
  const rows = report.prompts.slice(0, OVERVIEW_MAX).map((p) => {
    const tag = p.live.chosen_by === 'production_tag' ? ' (production)' : '';
    return `| ${promptIcon(p)} | ${style.esc(p.prompt, style.nameMax)} | ${style.esc(p.live.version, style.nameMax)}${tag} | ${promptProblems(p, report)} |`;
  });
  const rest = report.prompts.length - rows.length;
  return [
    '| | Prompt | Live version | What is wrong |',
    '| :-: | :-- | :-- | :-- |',
    ...rows,
    ...(rest > 0 ? ['', `And ${formatCount(rest)} more prompts, not listed.`] : []),
    '',
  ];
}

function models(list: readonly string[], style: Style): string {
  return list.length === 0 ? '' : ` on ${modelNames(list, style)}`;
}

function facts(p: PromptHealth, style: Style, baselineMax: number): string {
  const version = style.strong(style.esc(p.live.version, style.nameMax));
  return (
    `Live version ${version} (${CHOSEN_WORD[p.live.chosen_by]}): ` +
    `${formatCount(p.window.n)} calls in the window${models(p.window.models, style)}, ` +
    `${historyCalls(p.history, baselineMax, (v) => style.esc(v, style.nameMax))}${models(p.history.models, style)}${dayLevelNote(p.history, p.metrics)}; ` +
    `cost per call ${formatEur(p.cost.per_call_window)} (history ${formatEur(p.cost.per_call_history)}).`
  );
}

function section(p: PromptHealth, report: HealthReport, opts: HealthMarkdownOptions): string[] {
  const style = styleFor(opts.detail);
  const out = [
    `### ${promptIcon(p)} ${style.esc(p.prompt, style.nameMax)} ${style.esc(p.live.version, style.nameMax)}`,
    '',
    facts(p, style, report.settings.baseline_max_samples),
    '',
    ...p.alerts.map((a) => `- ${SEVERITY_ICON[a.severity]} ${md(a.message, MESSAGE_MAX)}`),
    '',
  ];
  const full = opts.detail === 'full';
  const alerted = new Set(p.alerts.map((a) => a.metric));
  const shown = full ? p.metrics : p.metrics.filter((m) => alerted.has(m.metric));
  out.push(...windowTable(p, shown, report));
  const columns = releaseColumns(p, shown, style);
  if (columns !== null) out.push(`<sub>${columns}</sub>`, '');
  const trends = full ? p.trends : p.trends.filter((t) => t.status === 'worsening');
  if (trends.length > 0)
    out.push(
      '**Trends** (daily series over the history and the window)',
      '',
      ...trendTable(trends),
    );
  if (full && opts.charts) for (const chart of trendCharts(p)) out.push(chart, '');
  if (full && p.notes.length > 0) out.push(...p.notes.map((n) => `- ℹ️ ${md(n, MESSAGE_MAX)}`), '');
  return out;
}

function costSection(report: HealthReport): string[] {
  const c = report.cost;
  const budget = c.daily_budget;
  const rows = c.days.map((d) => {
    const day = d.complete ? d.day : `${d.day} (so far)`;
    const flag = budget === null ? '' : d.cost > budget ? `❌ over ${formatMoney(budget)}` : '✅';
    return `| ${day} | ${formatCount(d.calls)} | ${formatMoney(d.cost)} | ${flag} |`;
  });
  const monthBudget =
    c.monthly_budget === null ? '' : ` of the ${formatMoney(c.monthly_budget)} monthly budget`;
  const projection =
    c.projection === null
      ? 'no projection during the month\u2019s first day'
      : `projected ${formatMoney(c.projection)} for the month at this rate (${formatRate(c.month_elapsed)} of it elapsed)`;
  return [
    '### 💶 Cost (all prompts)',
    '',
    `| Day (UTC) | Calls | Cost | ${budget === null ? 'Daily budget: none' : `Daily budget ${formatMoney(budget)}`} |`,
    '| :-- | --: | --: | :-- |',
    ...rows,
    '',
    `Month to date (${c.month}): **${formatMoney(c.month_to_date)}**${monthBudget}; ${projection}.`,
    '',
    ...c.alerts.map((a) => `- ${SEVERITY_ICON[a.severity]} ${md(a.message, MESSAGE_MAX)}`),
    ...(c.alerts.length > 0 ? [''] : []),
  ];
}

function details(report: HealthReport): string[] {
  return [
    '<details>',
    '<summary>How to read this</summary>',
    '',
    ...healthMethodItems(report).map((item) => `- **${item.term}.** ${item.text}`),
    '',
    '</details>',
    '',
  ];
}

function footer(report: HealthReport): string {
  const parts = ['prompt-versioner-action', formatTimestamp(report.generated_at)];
  const ctx = report.context;
  if (ctx?.head_sha !== undefined) parts.push(`commit ${code(ctx.head_sha.slice(0, 7), 7)}`);
  if (ctx?.run_number !== undefined) parts.push(`run ${formatCount(ctx.run_number)}`);
  return `<sub>${parts.join(' · ')}</sub>`;
}

/** The health report as Markdown, ending in one newline. */
export function renderHealthMarkdown(report: HealthReport, options: HealthMarkdownOptions): string {
  const style = styleFor(options.detail);
  const out: string[] = [];
  if (options.marker !== undefined) out.push(options.marker);
  out.push(...verdictBlock(healthVerdictLine(report, style), report.warnings));
  out.push(...overview(report, style));
  const also = alsoCalledLine(report, (s) => style.esc(s, style.nameMax));
  if (also !== null) out.push(`ℹ️ ${also}`, '');
  const ended = endedLine(report, (s) => style.esc(s, style.nameMax));
  if (ended !== null) out.push(`ℹ️ ${ended}`, '');
  const unlisted = unlistedPhrase(report);
  const inactive = unlisted ? ` · ${unlisted}` : '';
  out.push(
    `<sub>Window ${formatTimestamp(report.window.since)} → ${formatTimestamp(report.window.until)} (${formatDuration(report.settings.window_ms)}) · ` +
      `history from ${formatTimestamp(report.history.since)} (${formatDuration(report.settings.history_ms)})${inactive}</sub>`,
    '',
  );
  if (options.detail !== 'minimal') {
    const alerting = report.prompts.filter((x) => x.alerts.length > 0);
    const shown = alerting.slice(0, options.sections ?? alerting.length);
    for (const p of shown) out.push(...section(p, report, options));
    const left = alerting.length - shown.length;
    if (left > 0)
      out.push(
        `_The alerts of ${plural(left, 'more prompt')} do not fit here: ${options.fullReportHint ?? DEFAULT_FULL_REPORT_HINT}._`,
        '',
      );
  }
  out.push(...costSection(report));
  if (options.detail === 'full') out.push(...details(report));
  out.push(footer(report));
  return out.join('\n') + '\n';
}

/** The health report as Markdown within `limit` characters (see `fitDetail`). */
export function fitHealthMarkdown(report: HealthReport, limit: number, opts: FitOptions): string {
  const render = (detail: Detail, sections?: number): string =>
    renderHealthMarkdown(report, {
      charts: opts.charts,
      marker: opts.marker,
      detail,
      ...(sections !== undefined ? { sections } : {}),
      ...(opts.fullReportHint !== undefined ? { fullReportHint: opts.fullReportHint } : {}),
    });
  return fitDetail(
    (detail) => {
      if (detail !== 'minimal') return render(detail);
      // Before the overview alone: as many prompts' alert sections as fit (a binary search).
      let best = render('compact', 0);
      let [lo, hi] = [1, report.prompts.filter((p) => p.alerts.length > 0).length];
      while (lo <= hi && best.length <= limit) {
        const mid = Math.floor((lo + hi) / 2);
        const text = render('compact', mid);
        if (text.length <= limit) [best, lo] = [text, mid + 1];
        else hi = mid - 1;
      }
      return best.length <= limit ? best : render('minimal');
    },
    limit,
    opts.fullReportHint,
  );
}
