/**
 * GitHub refuses a comment or check-run summary over its size limit, and the report then
 * never reaches the pull request. So the report drops detail first, and only as a last resort
 * is cut, at a line where no table, `<details>` or code fence is left open, with a visible note.
 */
import { formatCount } from '../../format/numbers.js';
import { renderCompareMarkdown, sectionCount, type Detail } from './markdown.js';
import type { CompareReport } from '../../report/types.js';

/** Where a trimmed report tells the reader to look by default. */
export const DEFAULT_FULL_REPORT_HINT =
  'the full report is in the job summary and in the JSON report (report-path)';

/** Options of the fit functions: those of the renderer but the detail, which they pick. */
export interface FitOptions {
  readonly charts: boolean;
  readonly marker?: string;
  /** Where the full report can be found, for the trim note. */
  readonly fullReportHint?: string;
  /** The pull request's own run made the report (see MarkdownOptions). */
  readonly unverified?: boolean;
}

const LEVELS: readonly Detail[] = ['full', 'compact', 'minimal'];

/**
 * The most detailed of `render`'s renderings that fits in `limit` characters (UTF-16 code
 * units, which never undercount GitHub's characters); the minimal one trimmed when none fits.
 */
export function fitDetail(
  render: (detail: Detail) => string,
  limit: number,
  hint = DEFAULT_FULL_REPORT_HINT,
): string {
  let text = '';
  for (const detail of LEVELS) {
    text = render(detail);
    if (text.length <= limit) return text;
  }
  return trimMarkdown(text, limit, hint);
}

// Fewer characters than any candidate section takes (a heading and a line at least), so that
// more sections than limit / this can never fit.
const MIN_SECTION_CHARS = 80;

/**
 * The comparison report as Markdown within `limit` characters (see `fitDetail`). The work is
 * bounded by the limit, not by the report: a detail with more sections than could ever fit is
 * not rendered at all, and at most as many sections as could fit are rendered (99,999 new
 * versions took 7.6 s to render whole, only to be trimmed to a few hundred).
 */
export function fitMarkdown(report: CompareReport, limit: number, opts: FitOptions): string {
  const most = Math.ceil(limit / MIN_SECTION_CHARS) + 1;
  const render = (detail: Detail): string =>
    renderCompareMarkdown(report, {
      charts: opts.charts,
      marker: opts.marker,
      detail,
      maxSections: most,
      unverified: opts.unverified,
    });
  for (const detail of LEVELS) {
    if (detail !== 'minimal' && sectionCount(report, detail) > most) continue;
    const text = render(detail);
    if (text.length <= limit) return text;
  }
  const unrendered = Math.max(0, sectionCount(report, 'minimal') - most);
  return trimMarkdown(render('minimal'), limit, opts.fullReportHint ?? DEFAULT_FULL_REPORT_HINT, unrendered); // prettier-ignore
}

/** Tracks what a line opens or closes, so a cut can be made where nothing is left open. */
interface Balance {
  fence: string | null;
  details: number;
}

function step(balance: Balance, line: string): void {
  const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
  if (fence !== undefined) {
    if (balance.fence === null) balance.fence = fence;
    // A fence closes only with a run of the same character at least as long.
    else if (fence[0] === balance.fence[0] && fence.length >= balance.fence.length)
      balance.fence = null;
    return;
  }
  if (balance.fence !== null) return;
  balance.details += (line.match(/<details>/g) ?? []).length;
  balance.details -= (line.match(/<\/details>/g) ?? []).length;
}

/** Candidate sections start with a level-3 heading. */
function sections(lines: readonly string[]): number {
  return lines.filter((l) => l.startsWith('### ')).length;
}

/**
 * Cuts Markdown to at most `limit` characters at a line boundary outside any code fence or
 * `<details>`, preferring the end of a block (a blank line) so that no table is left
 * half-shown, and appends a note saying how much was over and where the rest is; `unrendered`
 * candidates that were never rendered are counted among those not shown.
 */
export function trimMarkdown(text: string, limit: number, hint: string, unrendered = 0): string {
  if (text.length <= limit) return text;
  const lines = text.split('\n');
  const over = formatCount(text.length - limit);
  const note = (hidden: number): string => {
    const more = hidden > 0 ? `${formatCount(hidden)} more candidates not shown, ` : '';
    // A blank line first, so the note can never be read as one more row of a cut table.
    return `\n\n**… report trimmed**: ${more}${over} characters over GitHub's limit of ${formatCount(limit)}; ${hint}.\n`;
  };
  // Reserve room for the longest note: fewer hidden sections never make it longer.
  const budget = limit - note(sections(lines) + unrendered).length;
  const balance: Balance = { fence: null, details: 0 };
  let used = 0;
  let cutLine = 0;
  let cutBlock = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    used += line.length + (i > 0 ? 1 : 0);
    if (used > budget) break;
    step(balance, line);
    if (balance.fence !== null || balance.details !== 0) continue;
    cutLine = i + 1;
    if (line === '') cutBlock = i + 1;
  }
  const cut = cutBlock > 0 ? cutBlock : cutLine;
  const kept = lines.slice(0, cut).join('\n').trimEnd();
  return (kept + note(sections(lines.slice(cut)) + unrendered)).slice(0, limit);
}
