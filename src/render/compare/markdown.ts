/**
 * The comparison report as GitHub Markdown: the sticky PR comment, the check-run summary and
 * the job summary. Three levels of detail let `fitMarkdown` shrink it under GitHub's limits.
 */
import {
  candidateFacts,
  candidateHints,
  candidateName,
  candidateWarnings,
  versusLabel,
  noMetricsLine,
  newPromptLine,
  sameTextNote,
  thresholdsLine,
  verdictLine,
  type Style,
  type VerdictLine,
} from './content.js';
import { code, MESSAGE_MAX, md } from '../../format/escape.js';
import {
  formatCount,
  formatInterval,
  formatPValue,
  formatTimestamp,
} from '../../format/numbers.js';
import {
  STATUS_ICON,
  STATUS_WORD,
  centerOf,
  ciHeading,
  formatChange,
  formatMetricDelta,
  formatMetricValue,
  metricHeading,
  sortWorstFirst,
} from '../../wording/labels.js';
import { methodItems, statusLegend } from './method.js';
import { mermaidChart } from './mermaid.js';
import { UNVERIFIED_NOTE } from './provenance.js';
import type {
  Comparison,
  CompareReport,
  MetricResult,
  ReportSettings,
  Verdict,
} from '../../report/types.js';

/** How much a rendering shows: everything, the essentials, or only what failed. */
export type Detail = 'full' | 'compact' | 'minimal';

/** Options of `renderCompareMarkdown`. */
export interface MarkdownOptions {
  /** Add a Mermaid chart under each regressed or degraded candidate (full detail only). */
  readonly charts: boolean;
  /** A hidden marker (an HTML comment) put on the first line, to find the comment again. */
  readonly marker?: string;
  /** `full` for the comment when it fits; `fitMarkdown` falls back to the others. */
  readonly detail: Detail;
  /**
   * Most candidate sections to render (the worst first); the rest are left out silently, for
   * `fitMarkdown`, which knows that more than this could never fit and says how many it hid.
   */
  readonly maxSections?: number;
  /** The pull request's own run made the report: open with a note that says so. */
  readonly unverified?: boolean;
}

/** Statuses that get a section of their own at each detail (null: every one). */
const SECTION_STATUSES: Readonly<Record<Detail, readonly string[] | null>> = {
  full: null,
  compact: ['regressed', 'degraded', 'inconclusive'],
  minimal: ['regressed', 'degraded'],
};

/** How many candidate sections the rendering at `detail` has. */
export function sectionCount(report: CompareReport, detail: Detail): number {
  const statuses = SECTION_STATUSES[detail];
  return statuses === null
    ? report.comparisons.length
    : report.comparisons.filter((c) => statuses.includes(c.status)).length;
}

/** Icon per verdict for the first line. */
const VERDICT_ICON: Readonly<Record<Verdict, string>> = {
  regressed: '❌',
  warning: '⚠️',
  passed: '✅',
  no_changes: '➖',
};

/** Name caps per detail: shorter names leave room for more candidates. */
const NAME_MAX: Readonly<Record<Detail, number>> = { full: 200, compact: 100, minimal: 60 };
/** At most this many names in a one-line list of candidates. */
const LIST_MAX = 50;

/** The Markdown style at a level of detail: escaped, bold, names capped shorter with less detail. */
export function styleFor(detail: Detail): Style {
  return { esc: md, strong: (t) => `**${t}**`, nameMax: NAME_MAX[detail] };
}

/**
 * The report's opening: the verdict line, then the run's first warnings quoted, then notes
 * (already escaped Markdown) that are not warnings.
 */
export function verdictBlock(
  v: VerdictLine,
  warnings: readonly string[],
  notes: readonly string[] = [],
): string[] {
  const quoted = warnings.slice(0, 10).map((w) => `> ⚠️ ${md(w, MESSAGE_MAX)}`);
  return [
    `${VERDICT_ICON[v.verdict]} **${v.headline}**: ${v.detail}.`,
    '',
    ...(quoted.length > 0 ? [quoted.join('\n>\n'), ''] : []),
    ...notes.flatMap((n) => [`ℹ️ ${n}`, '']),
  ];
}

/** The verdict block of a comparison: a relabelled text is a note, unless the verdict says it. */
function compareVerdictBlock(report: CompareReport, style: Style): string[] {
  const note = report.verdict === 'no_changes' ? null : sameTextNote(report, style);
  return verdictBlock(verdictLine(report, style), report.warnings, note === null ? [] : [note]);
}

function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function heading(c: Comparison, style: Style): string {
  const base = versusLabel(c, style);
  const status = capitalized(STATUS_WORD[c.status]);
  // Across models, a difference may be the model's, not the prompt's: say so where it is seen.
  const across = c.cross_model ? ' (across models)' : '';
  return `### ${STATUS_ICON[c.status]} ${status}: ${candidateName(c, style)}${base}${across}`;
}

/** One side of a metric table: its column label, and its calls (null: none to compare with). */
export interface TableSide {
  readonly label: string;
  readonly calls: number | null;
}

function cell(m: MetricResult, which: 'baseline' | 'candidate', side: TableSide): string {
  const stats = m[which];
  const value = formatMetricValue(m.metric, centerOf(m.metric, stats));
  // Calls with no value for this metric are common (no quality score on failed calls).
  return side.calls === null || stats.n === side.calls
    ? value
    : `${value} <sub>n=${formatCount(stats.n)}</sub>`;
}

/**
 * A Markdown table of metrics, the baseline side against the candidate side; a side's count of
 * values is shown where it falls short of the side's calls.
 */
export function metricTable(
  rows: readonly MetricResult[],
  settings: Pick<ReportSettings, 'alpha' | 'correction'>,
  baseline: TableSide,
  candidate: TableSide,
): string[] {
  const lines = [
    `| Metric | ${baseline.label} | ${candidate.label} | Change | ${ciHeading(settings)} | p (adj.) | Status |`,
    '| :-- | --: | --: | --: | :-: | --: | :-- |',
  ];
  for (const m of rows) {
    const ci = formatInterval(m.ci, (x) => formatMetricDelta(m.metric, x));
    lines.push(
      `| ${metricHeading(m.metric)} | ${cell(m, 'baseline', baseline)} | ${cell(m, 'candidate', candidate)} | ` +
        `${formatChange(m)} | ${ci} | ${formatPValue(m.p_value_adjusted)} | ` +
        `${STATUS_ICON[m.status]} ${STATUS_WORD[m.status]} |`,
    );
  }
  return lines;
}

function table(c: Comparison, rows: readonly MetricResult[], report: CompareReport): string[] {
  return metricTable(
    rows,
    report.settings,
    { label: 'Baseline', calls: c.baseline?.n ?? null },
    { label: 'Candidate', calls: c.candidate.n },
  );
}

function section(c: Comparison, report: CompareReport, opts: MarkdownOptions): string[] {
  const style = styleFor(opts.detail);
  const out = [heading(c, style), ''];
  if (c.baseline === null) {
    // A new prompt's warnings say why it may not be new (a renamed prompt).
    const warned = c.warnings.map((w) => `- ⚠️ ${style.esc(w, MESSAGE_MAX)}`);
    return [...out, newPromptLine(c, style), '', ...(warned.length > 0 ? [...warned, ''] : [])];
  }
  if (opts.detail === 'minimal') {
    const worse = c.metrics.filter((m) => m.status === 'regressed' || m.status === 'degraded');
    return [...out, ...table(c, worse, report), ''];
  }
  if (opts.detail === 'full') out.push(candidateFacts(c, style), '');
  if (c.metrics.length === 0) out.push(noMetricsLine(c, report, style), '');
  else out.push(...table(c, c.metrics, report), '');
  const notes = [
    ...candidateWarnings(c, style).map((w) => `- ⚠️ ${w}`),
    ...candidateHints(c, report, style).map((h) => `- ${h}`),
  ];
  if (notes.length > 0) out.push(...notes, '');
  const chart = opts.charts && opts.detail === 'full' ? mermaidChart(c) : null;
  if (chart !== null) out.push(chart, '');
  return out;
}

/** `name version (status)` items, cut to LIST_MAX with a count of the rest. */
function nameList(list: readonly Comparison[], style: Style, withStatus: boolean): string {
  const names = list.slice(0, LIST_MAX).map((c) => {
    const status = withStatus ? ` (${STATUS_WORD[c.status]})` : '';
    return `${candidateName(c, style)}${status}`;
  });
  if (list.length > LIST_MAX) names.push(`and ${formatCount(list.length - LIST_MAX)} more`);
  return names.join(', ');
}

/** Compact: the candidates without a table, one line per kind. */
function collapsedLines(rest: readonly Comparison[], report: CompareReport): string[] {
  const style = styleFor('compact');
  const thin = rest.filter((c) => c.status === 'insufficient_data');
  const fine = rest.filter((c) => c.status === 'unchanged' || c.status === 'improved');
  const fresh = rest.filter((c) => c.status === 'new_prompt');
  const out: string[] = [];
  const min = formatCount(report.settings.min_samples);
  if (thin.length > 0)
    out.push(
      `${STATUS_ICON.insufficient_data} **Too few calls** (at least ${min} per side): ${nameList(thin, style, false)}`,
    );
  if (fine.length > 0)
    out.push(`${STATUS_ICON.unchanged} **No regression**: ${nameList(fine, style, true)}`);
  if (fresh.length > 0)
    out.push(`${STATUS_ICON.new_prompt} **New prompts**: ${nameList(fresh, style, false)}`);
  return out.flatMap((line) => [line, '']);
}

/** Minimal: how many candidates were left out, by status. */
function leftOutLine(rest: readonly Comparison[]): string[] {
  if (rest.length === 0) return [];
  const counts = new Map<string, number>();
  for (const c of rest)
    counts.set(STATUS_WORD[c.status], (counts.get(STATUS_WORD[c.status]) ?? 0) + 1);
  const parts = [...counts].map(([word, n]) => `${formatCount(n)} ${word}`);
  return [`Not shown: ${parts.join(', ')}.`, ''];
}

function details(report: CompareReport): string[] {
  const legend = statusLegend().map((s) => `  - ${s.icon} **${s.word}**: ${s.meaning}.`);
  return [
    '<details>',
    '<summary>How to read this</summary>',
    '',
    ...methodItems(report, (key) => md(key)).map((item) => `- **${item.term}.** ${item.text}`),
    '- **Statuses.**',
    ...legend,
    '',
    '</details>',
    '',
  ];
}

function footer(report: CompareReport): string {
  const parts = ['prompt-versioner-action', formatTimestamp(report.generated_at)];
  const ctx = report.context;
  if (ctx?.head_sha !== undefined) parts.push(`head ${code(ctx.head_sha.slice(0, 7), 7)}`);
  if (ctx?.run_number !== undefined) parts.push(`run ${formatCount(ctx.run_number)}`);
  return `<sub>${parts.join(' · ')}</sub>`;
}

/** The comparison report as Markdown, ending in one newline. */
export function renderCompareMarkdown(report: CompareReport, options: MarkdownOptions): string {
  const style = styleFor(options.detail);
  const out: string[] = [];
  if (options.marker !== undefined) out.push(options.marker);
  if (options.unverified) out.push(UNVERIFIED_NOTE, '');
  out.push(...compareVerdictBlock(report, style));

  const sorted = sortWorstFirst(report.comparisons);
  const shownStatuses = SECTION_STATUSES[options.detail];
  const shown = sorted.filter((c) => shownStatuses === null || shownStatuses.includes(c.status));
  const shownSet = new Set(shown);
  const rest = sorted.filter((c) => !shownSet.has(c));
  for (const c of shown.slice(0, options.maxSections ?? shown.length))
    out.push(...section(c, report, options));
  if (options.detail === 'compact') out.push(...collapsedLines(rest, report));
  if (options.detail === 'minimal') out.push(...leftOutLine(rest));

  if (report.comparisons.length > 0) out.push(`<sub>${thresholdsLine(report)}</sub>`, '');
  if (options.detail === 'full' && report.comparisons.length > 0) out.push(...details(report));
  out.push(footer(report));
  return out.join('\n') + '\n';
}
