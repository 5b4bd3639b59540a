/**
 * The acceptance as the reader sees it (pure): a block at the top of the sticky comment and the
 * check-run summary saying who accepted what and when, and what is and is not covered; and the
 * check-run title of an accepted regression. The block sits between two hidden lines so that
 * the comment-command run can replace it without the report it never saw.
 */
import { METRIC_SPECS } from '../../metrics.js';
import type {
  AcceptItem,
  AcceptanceReport,
  CoveredItem,
  Grant,
  UncoveredItem,
} from '../../report/acceptance-types.js';
import { checkTitle, TITLE_MAX, type CheckConclusion, type CheckOutput } from './check.js';
import { UNVERIFIED_TITLE } from './provenance.js';
import { cap, code, MESSAGE_MAX, md, plain } from '../../format/escape.js';
import {
  formatChangePercent,
  formatCount,
  formatPoints,
  formatTimestamp,
} from '../../format/numbers.js';
import { metricName } from '../../wording/labels.js';
import {
  MAX_RECORDED_ITEMS,
  encodeRecord,
  type AcceptanceRecord,
} from '../../report/acceptance-record.js';
import type { CompareReport } from '../../report/types.js';

/** First line of the acceptance block. */
export const ACCEPT_START = '<!-- prompt-versioner-action:acceptance -->';
/** Last line of the acceptance block. */
export const ACCEPT_END = '<!-- /prompt-versioner-action:acceptance -->';

const LIST_MAX = 10;
const NAME_MAX = 100;

/** A change in the metric's unit as the report shows it: `−14.7 %`, `−3.1 pp`. */
function formatItemChange(i: Pick<AcceptItem, 'metric' | 'change'>): string {
  return METRIC_SPECS[i.metric].threshold === 'points'
    ? formatPoints(i.change)
    : formatChangePercent(i.change);
}

/** `summarizer 1.2.0 quality −14.7 %`, escaped for Markdown. */
function itemText(i: AcceptItem): string {
  return `${md(i.prompt, NAME_MAX)} ${md(i.version, NAME_MAX)} ${metricName(i.metric)} ${formatItemChange(i)}`;
}

function list<T>(items: readonly T[], show: (t: T) => string): string {
  const shown = items.slice(0, LIST_MAX).map(show);
  if (items.length > LIST_MAX) shown.push(`and ${formatCount(items.length - LIST_MAX)} more`);
  return shown.join('; ');
}

const who = (login: string): string => md(`@${login}`, 60);

function grantLine(g: Grant, label: string): string {
  const how =
    g.via === 'label' ? `label ${code(label, 60)}` : `${code('/prompt-check accept', 40)}`;
  // Nothing recorded: no report comment showed a failure then, or the one that did was deleted
  // (its record went with it); which of the two cannot be told.
  const what =
    g.covers.length === 0
      ? 'nothing, as no report comment showed a failing check then (a deleted report comment takes what it recorded with it)'
      : list(g.covers, itemText);
  return `- Accepted by ${who(g.by)} on ${formatTimestamp(g.at)} (${how}): ${what}.`;
}

function why(i: UncoveredItem, tolerance: number): string {
  const was =
    i.accepted_change === null
      ? ''
      : `accepted ${formatItemChange({ ...i, change: i.accepted_change })}`;
  switch (i.reason) {
    case 'not_accepted':
      return 'not accepted';
    case 'other_text':
      return 'accepted for another text of this version, not this one';
    case 'status_worse_than_accepted':
      return `now ${i.status.replace('_', ' ')}, worse than when ${was || 'accepted'}`;
    case 'worse_than_accepted':
      return `${was}, and worse than that by more than the ${Number((tolerance * 100).toFixed(2))} % tolerance`;
  }
}

/** The acceptance block (between the hidden lines), or '' when there is nothing to say. */
export function acceptanceBlock(a: AcceptanceReport): string {
  if (a.grants.length === 0 && a.notes.length === 0) return '';
  const out = [ACCEPT_START];
  if (a.accepted) {
    out.push(
      `✅ **Regression accepted**: every metric that fails the check was accepted by someone with write permission, so the check is neutral and does not fail. The report below is unchanged.`,
    );
  } else if (a.grants.length > 0 && a.not_covered.length > 0) {
    const items = list(a.not_covered, (i) => `${itemText(i)} (${why(i, a.tolerance)})`);
    const failing = a.covered.length + a.not_covered.length;
    const then =
      failing > MAX_RECORDED_ITEMS
        ? `${failing} metrics fail the check, more than an acceptance can hold (${MAX_RECORDED_ITEMS}): fix some of the regressions first.`
        : `To accept these too, remove and re-add the label ${code(a.label, 60)}, or comment ${code('/prompt-check accept', 40)}.`;
    out.push(`❌ **Not covered by the acceptance**: ${items}. ${then}`);
  }
  if (a.covered.length > 0 && !a.accepted) out.push('', `Covered: ${list(a.covered, itemText)}.`);
  // Accepted at one change, now at another: the grant lines show the accepted one.
  const moved = a.accepted
    ? a.covered.filter(
        (i) =>
          i.change !== null &&
          i.accepted_change !== null &&
          Math.abs(i.change - i.accepted_change) > 1e-9,
      )
    : [];
  if (moved.length > 0) {
    const tolerance = `${Number((a.tolerance * 100).toFixed(2))} %`;
    const now = (i: CoveredItem): string =>
      `${itemText(i)} (accepted at ${formatItemChange({ ...i, change: i.accepted_change })}, within the ${tolerance} tolerance)`;
    out.push('', `Now: ${list(moved, now)}.`);
  }
  if (a.grants.length > 0) out.push('', ...a.grants.map((g) => grantLine(g, a.label)));
  if (a.notes.length > 0) out.push('', ...a.notes.map((n) => `> ⚠️ ${md(n, MESSAGE_MAX)}`));
  out.push(ACCEPT_END);
  return out.join('\n');
}

/** The body with its acceptance block replaced by `block` (inserted after `afterLine` lines). */
export function replaceAcceptanceBlock(body: string, block: string, afterLine: number): string {
  const lines = body.split('\n');
  const start = lines.indexOf(ACCEPT_START);
  const end = start < 0 ? -1 : lines.indexOf(ACCEPT_END, start);
  const add = block === '' ? [] : block.split('\n');
  if (start >= 0 && end >= 0) lines.splice(start, end - start + 1, ...add);
  // A new block is kept apart from what follows by a blank line.
  else if (add.length > 0)
    lines.splice(afterLine, 0, ...add, ...(lines[afterLine] === '' ? [] : ['']));
  return lines.join('\n');
}

// An accepted report of the pull request's own run (a fork's, relayed) still says so first.
const opening = (unverified: boolean): string => (unverified ? `${UNVERIFIED_TITLE}: ` : '');

const acceptedBy = (a: AcceptanceReport): string =>
  [...new Set(a.covered.map((c) => c.accepted_by))].map((l) => `@${plain(l, 40)}`).join(', ');

/**
 * The check-run title of an accepted regression: `Accepted by @alice: 1 regression: …`, after
 * "Reported by the pull request's run (not verified): " when `unverified`.
 */
export function acceptedTitle(
  report: CompareReport,
  a: AcceptanceReport,
  unverified = false,
): string {
  const head = `${opening(unverified)}Accepted by ${acceptedBy(a)}: `;
  // The report's title shortens its names to fit, before anything else is cut.
  const room = Math.max(TITLE_MAX - Array.from(head).length, 0);
  return cap(`${head}${checkTitle(report, room)}`, TITLE_MAX);
}

/**
 * The check-run title after a command accepted what the comment shows (no report at hand);
 * `unverified` as for acceptedTitle.
 */
export function acceptedTitleFromItems(a: AcceptanceReport, unverified = false): string {
  const first = a.covered[0];
  const example = first
    ? `${plain(first.prompt, 30)} ${plain(first.version, 20)}: ${metricName(first.metric)} ${formatItemChange(first)}`
    : '';
  const more = a.covered.length > 1 ? ` (+${formatCount(a.covered.length - 1)} more)` : '';
  return cap(
    `${opening(unverified)}Regression accepted by ${acceptedBy(a)}: ${example}${more}`,
    TITLE_MAX,
  );
}

/** The hidden record line and the acceptance block, put under the comment's marker line. */
export function commentHeader(
  key: string,
  report: CompareReport,
  record: AcceptanceRecord,
): string {
  const block = report.acceptance ? acceptanceBlock(report.acceptance) : '';
  // A blank line keeps the block apart from the report's first line.
  return block === '' ? encodeRecord(key, record) : `${encodeRecord(key, record)}\n${block}\n`;
}

/**
 * The check run's conclusion and output with acceptance: neutral with an "accepted" title
 * when acceptances cover every failing metric, and the acceptance block above the report.
 * `unverified`: the report is the pull request's own run's (see renderCheckOutput).
 */
export function checkWithAcceptance(
  report: CompareReport,
  conclusion: CheckConclusion,
  output: CheckOutput,
  unverified = false,
): CheckOutput & { conclusion: CheckConclusion } {
  const a = report.acceptance;
  if (!a) return { conclusion, ...output };
  const block = acceptanceBlock(a);
  const summary = block === '' ? output.summary : `${block}\n\n${output.summary}`;
  if (report.verdict === 'regressed' && a.accepted)
    return { conclusion: 'neutral', title: acceptedTitle(report, a, unverified), summary };
  return { conclusion, title: output.title, summary };
}
