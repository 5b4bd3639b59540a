/**
 * The store overview of `pv-check summary`: one row per prompt version, grouped by prompt,
 * newest version first, in Markdown or aligned plain text.
 */
import { alignColumns, type Align } from '../columns.js';
import { code, MESSAGE_MAX, md, plain } from '../../format/escape.js';
import {
  MISSING,
  formatCount,
  formatEur,
  formatFixed,
  formatLatency,
  formatRate,
  formatTimestamp,
  formatTokens,
} from '../../format/numbers.js';
import { plural } from '../../wording/labels.js';
import { parseInstant } from '../../time.js';
import type { SummaryReport, VersionSummary } from '../../report/summary-types.js';

/** Output formats of the summary. */
export type SummaryFormat = 'text' | 'markdown';

const HEADER = [
  'Version',
  'Calls',
  'Success',
  'Quality mean / median',
  'Latency p50 / p95',
  'Cost (mean)',
  'Tokens (mean)',
  'First call',
  'Last call',
];
const ALIGN: readonly Align[] = [
  'left',
  'right',
  'right',
  'right',
  'right',
  'right',
  'right',
  'left',
  'left',
];

function time(ms: number): number {
  return Number.isNaN(ms) ? -Infinity : ms;
}

/** Versions grouped by prompt (prompts by name), newest version first within a prompt. */
export function groupVersions(versions: readonly VersionSummary[]): [string, VersionSummary[]][] {
  const groups = new Map<string, VersionSummary[]>();
  for (const v of versions) groups.set(v.prompt, [...(groups.get(v.prompt) ?? []), v]);
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...groups.keys()]
    .sort(byName)
    .map((prompt) => [
      prompt,
      (groups.get(prompt) ?? [])
        .slice()
        .sort(
          (a, b) =>
            time(parseInstant(b.timestamp)) - time(parseInstant(a.timestamp)) ||
            byName(a.version, b.version),
        ),
    ]);
}

function pair(a: string, b: string): string {
  return a === MISSING && b === MISSING ? MISSING : `${a} / ${b}`;
}

function score(x: number | null): string {
  return x !== null && Math.abs(x) <= 1 ? formatFixed(x, 3) : formatFixed(x, 2);
}

function numbers(v: VersionSummary): string[] {
  return [
    formatCount(v.calls),
    formatRate(v.success_rate),
    pair(score(v.quality_mean), score(v.quality_median)),
    pair(formatLatency(v.latency_p50), formatLatency(v.latency_p95)),
    formatEur(v.cost_mean),
    formatTokens(v.tokens_mean),
    v.first_call === null ? MISSING : formatTimestamp(v.first_call),
    v.last_call === null ? MISSING : formatTimestamp(v.last_call),
  ];
}

function markdown(report: SummaryReport): string {
  const out = [
    `## Prompt versions in ${code(report.store, 120)}`,
    '',
    `${plural(report.prompts, 'prompt')}, ${plural(report.versions.length, 'version')} · ${formatTimestamp(report.generated_at)}`,
    '',
  ];
  for (const w of report.warnings ?? []) out.push(`> ⚠️ ${md(w, MESSAGE_MAX)}`, '');
  for (const [prompt, versions] of groupVersions(report.versions)) {
    out.push(`### ${md(prompt)}`, '', `| ${HEADER.join(' | ')} |`);
    out.push(`| ${ALIGN.map((a) => (a === 'right' ? '--:' : ':--')).join(' | ')} |`);
    for (const v of versions) {
      const tags =
        v.tags.length > 0 ? ` <sub>${v.tags.map((t) => md(t, 40)).join(', ')}</sub>` : '';
      out.push(`| ${md(v.version)}${tags} | ${numbers(v).join(' | ')} |`);
    }
    out.push('');
  }
  if (report.versions.length === 0) out.push('The store has no prompt versions.', '');
  return out.join('\n');
}

function text(report: SummaryReport): string {
  const out = [
    `Prompt versions in ${plain(report.store, 120)}`,
    `${plural(report.prompts, 'prompt')}, ${plural(report.versions.length, 'version')} · ${formatTimestamp(report.generated_at)}`,
    '',
  ];
  for (const w of report.warnings ?? []) out.push(`! ${plain(w, MESSAGE_MAX)}`, '');
  for (const [prompt, versions] of groupVersions(report.versions)) {
    out.push(plain(prompt));
    const rows = versions.map((v) => {
      const tags = v.tags.length > 0 ? ` [${v.tags.map((t) => plain(t, 40)).join(', ')}]` : '';
      return [plain(v.version, 60) + tags, ...numbers(v)];
    });
    out.push(...alignColumns([HEADER, ...rows], ALIGN).map((l) => `  ${l}`), '');
  }
  if (report.versions.length === 0) out.push('The store has no prompt versions.', '');
  return out.join('\n');
}

/** The store overview in the given format, ending in one newline. */
export function renderSummary(report: SummaryReport, format: SummaryFormat): string {
  return (format === 'markdown' ? markdown(report) : text(report)).replace(/\n*$/, '\n');
}
