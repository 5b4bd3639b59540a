/**
 * The comparison report for a terminal (`--format text`): the same content as the Markdown
 * report, in aligned columns with no markup. Colour only when asked, since CI logs and pipes
 * would show the escape codes as garbage.
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
import { MESSAGE_MAX, plain } from '../../format/escape.js';
import {
  formatCount,
  formatInterval,
  formatPValue,
  formatTimestamp,
} from '../../format/numbers.js';
import {
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
import { alignColumns, wrap } from '../columns.js';
import type {
  CandidateStatus,
  Comparison,
  CompareReport,
  MetricResult,
  ReportSettings,
  Verdict,
} from '../../report/types.js';

/** Options of `renderCompareText`. */
export interface TextOptions {
  /** ANSI colours for statuses and the verdict (default false). */
  readonly color?: boolean;
  /** Wrap width for prose (default 100). */
  readonly width?: number;
}

const RESET = '\u001b[0m';
type Colour = 'red' | 'yellow' | 'green' | 'dim' | 'bold';
const CODES: Readonly<Record<Colour, string>> = {
  red: '\u001b[31m',
  yellow: '\u001b[33m',
  green: '\u001b[32m',
  dim: '\u001b[2m',
  bold: '\u001b[1m',
};

const STATUS_COLOUR: Readonly<Record<CandidateStatus, Colour>> = {
  regressed: 'red',
  degraded: 'yellow',
  inconclusive: 'yellow',
  insufficient_data: 'dim',
  unchanged: 'green',
  improved: 'green',
  new_prompt: 'dim',
};

const VERDICT: Readonly<Record<Verdict, { mark: string; colour: Colour }>> = {
  regressed: { mark: '✗', colour: 'red' },
  warning: { mark: '!', colour: 'yellow' },
  passed: { mark: '✓', colour: 'green' },
  no_changes: { mark: '–', colour: 'dim' },
};

/** The terminal style: store strings made plain, no emphasis. */
export const TEXT_STYLE: Style = { esc: plain, strong: (t) => t, nameMax: 200 };

function painter(enabled: boolean): (colour: Colour, text: string) => string {
  return (colour, text) => (enabled ? CODES[colour] + text + RESET : text);
}

/** The report's opening: the verdict line (coloured by `paint`), then the run's warnings. */
export function verdictLines(
  v: VerdictLine,
  warnings: readonly string[],
  width: number,
  paint = painter(false),
): string[] {
  const { mark, colour } = VERDICT[v.verdict];
  const out = [
    ...wrap(`${paint(colour, `${mark} ${v.headline}`)}: ${v.detail}.`, width, '', '  '),
    '',
  ];
  for (const w of warnings) out.push(...wrap(`! ${plain(w, MESSAGE_MAX)}`, width, '', '  '));
  if (warnings.length > 0) out.push('');
  return out;
}

function cell(m: MetricResult, side: 'baseline' | 'candidate', c: Comparison): string {
  const stats = m[side];
  const value = formatMetricValue(m.metric, centerOf(m.metric, stats));
  const total = side === 'baseline' ? (c.baseline?.n ?? stats.n) : c.candidate.n;
  return stats.n === total ? value : `${value} (n=${formatCount(stats.n)})`;
}

/**
 * A metric table in aligned columns, indented by two spaces: the header, then one line per
 * metric, with the sides under `labels` and their cells from `cell`.
 */
export function metricColumns(
  rows: readonly MetricResult[],
  settings: Pick<ReportSettings, 'alpha' | 'correction'>,
  labels: readonly [baseline: string, candidate: string],
  cell: (m: MetricResult, side: 'baseline' | 'candidate') => string,
): string[] {
  const header = ['Metric', ...labels, 'Change', ciHeading(settings), 'p (adj.)', 'Status'];
  const lines = rows.map((m) => [
    metricHeading(m.metric),
    cell(m, 'baseline'),
    cell(m, 'candidate'),
    formatChange(m),
    formatInterval(m.ci, (x) => formatMetricDelta(m.metric, x)),
    formatPValue(m.p_value_adjusted),
    STATUS_WORD[m.status],
  ]);
  return alignColumns(
    [header, ...lines],
    ['left', 'right', 'right', 'right', 'left', 'right', 'left'],
  ).map((l) => `  ${l}`);
}

function table(c: Comparison, report: CompareReport, paint: ReturnType<typeof painter>): string[] {
  const lines = metricColumns(c.metrics, report.settings, ['Baseline', 'Candidate'], (m, side) =>
    cell(m, side, c),
  );
  // Colour is added after alignment: escape codes have no width on screen.
  return lines.map((line, i) => {
    const status = c.metrics[i - 1]?.status;
    if (status === undefined) return line;
    const word = STATUS_WORD[status];
    return `${line.slice(0, line.length - word.length)}${paint(STATUS_COLOUR[status], word)}`;
  });
}

function section(c: Comparison, report: CompareReport, opts: Required<TextOptions>): string[] {
  const paint = painter(opts.color);
  const base = versusLabel(c, TEXT_STYLE);
  const across = c.cross_model ? ' (across models)' : '';
  const title = `${paint(STATUS_COLOUR[c.status], STATUS_WORD[c.status].toUpperCase())}  ${candidateName(c, TEXT_STYLE)}${base}${across}`;
  const out = [title];
  if (c.baseline === null) {
    const warned = c.warnings.flatMap((w) => wrap(`! ${TEXT_STYLE.esc(w, MESSAGE_MAX)}`, opts.width, '  ', '    ')); // prettier-ignore
    return [...out, ...wrap(newPromptLine(c, TEXT_STYLE), opts.width, '  '), ...warned, ''];
  }
  out.push(...wrap(candidateFacts(c, TEXT_STYLE), opts.width, '  '), '');
  if (c.metrics.length === 0)
    out.push(...wrap(noMetricsLine(c, report, TEXT_STYLE), opts.width, '  '));
  else out.push(...table(c, report, paint));
  const notes = [
    ...candidateWarnings(c, TEXT_STYLE).map((w) => `! ${w}`),
    ...candidateHints(c, report, TEXT_STYLE).map((h) => `- ${h}`),
  ];
  if (notes.length > 0) out.push('', ...notes.flatMap((n) => wrap(n, opts.width, '  ', '    ')));
  return [...out, ''];
}

/** The comparison report as plain text for a terminal, ending in one newline. */
export function renderCompareText(report: CompareReport, options: TextOptions = {}): string {
  const opts: Required<TextOptions> = {
    color: options.color ?? false,
    width: options.width ?? 100,
  };
  const paint = painter(opts.color);
  const out = verdictLines(verdictLine(report, TEXT_STYLE), report.warnings, opts.width, paint);
  const note = report.verdict === 'no_changes' ? null : sameTextNote(report, TEXT_STYLE);
  if (note !== null) out.push(...wrap(`Note: ${note}`, opts.width, '', '  '), '');
  for (const c of sortWorstFirst(report.comparisons)) out.push(...section(c, report, opts));
  if (report.comparisons.length > 0) {
    out.push(...wrap(thresholdsLine(report), opts.width), '', paint('bold', 'How to read this'));
    for (const item of methodItems(report, plain))
      out.push(...wrap(`${item.term}: ${item.text}`, opts.width, '  ', '    '));
    out.push('  Statuses:');
    for (const s of statusLegend())
      out.push(...wrap(`${s.word}: ${s.meaning}.`, opts.width, '    ', '      '));
    out.push('');
  }
  out.push(paint('dim', `prompt-versioner-action · ${formatTimestamp(report.generated_at)}`));
  return out.join('\n') + '\n';
}
