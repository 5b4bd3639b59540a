/**
 * The sentences of a comparison report, written once for every output format. A `Style`
 * supplies the escaping of store strings and the emphasis, so the words cannot drift apart
 * between the PR comment and the terminal.
 */
import { METRICS, METRIC_SPECS } from '../metrics.js';
import { formatCount, formatDays, formatPInline } from './format.js';
import {
  CORRECTION_NAME,
  decisiveMetrics,
  failingComparisons,
  formatChange,
  formatThreshold,
  metricHeading,
  metricName,
  plural,
  testCount,
} from './labels.js';
import type { BaselineChoice, Comparison, CompareReport, Verdict } from './types.js';

/** How an output format escapes store strings and emphasises words. */
export interface Style {
  /** Escapes an untrusted store string, capped to `max` characters. */
  readonly esc: (text: string, max?: number) => string;
  /** Emphasis for a few words. */
  readonly strong: (text: string) => string;
  /** Cap for prompt names and versions in this rendering. */
  readonly nameMax: number;
}

/** The one-line verdict, split so each format can place the icon and emphasis itself. */
export interface VerdictLine {
  readonly verdict: Verdict;
  readonly headline: string;
  readonly detail: string;
}

const MAX_EXAMPLES = 2;
const MAX_MODELS = 3;

/** `summarizer 1.2.0`: the prompt and the candidate version, escaped. */
export function candidateName(c: Comparison, style: Style): string {
  return `${style.esc(c.prompt, style.nameMax)} ${style.esc(c.candidate.version, style.nameMax)}`;
}

/** `summarizer 1.2.0: quality −14.7 %, p < 1e-10`: what decided a comparison's status. */
export function candidateExample(c: Comparison, style: Style): string {
  const [first, ...rest] = decisiveMetrics(c);
  if (first === undefined) return candidateName(c, style);
  const more = rest.length > 0 ? `, and ${plural(rest.length, 'more metric')}` : '';
  const p = first.p_value_adjusted === null ? '' : `, ${formatPInline(first.p_value_adjusted)}`;
  return `${candidateName(c, style)}: ${metricName(first.metric)} ${formatChange(first)}${p}${more}`;
}

function examples(list: readonly Comparison[], style: Style): string {
  const shown = list.slice(0, MAX_EXAMPLES).map((c) => candidateExample(c, style));
  if (list.length > MAX_EXAMPLES) shown.push(`${list.length - MAX_EXAMPLES} more`);
  return shown.join('; ');
}

/** The verdict in one line: headline, then counts and the worst examples. */
export function verdictLine(report: CompareReport, style: Style): VerdictLine {
  const all = report.comparisons;
  const of = (status: Comparison['status']) => all.filter((c) => c.status === status);
  const total = all.length;
  switch (report.verdict) {
    case 'regressed': {
      let failing = failingComparisons(report);
      // A verdict computed under another policy still names what is worst.
      if (failing.length === 0) failing = of('regressed');
      const how = failing.every((c) => c.status === 'regressed')
        ? 'got worse'
        : `failed the check (fail-on: ${report.settings.fail_on})`;
      const tail = failing.length > 0 ? ` (${examples(failing, style)})` : '';
      return {
        verdict: 'regressed',
        headline: 'Prompt regression',
        detail: `${formatCount(failing.length)} of ${plural(total, 'changed prompt')} ${how}${tail}`,
      };
    }
    case 'warning': {
      const parts: string[] = [];
      const degraded = of('degraded');
      // Inconclusive only because values were too large to test: more calls would not help.
      const untestable = (c: Comparison): boolean =>
        c.metrics.some((m) => m.not_tested !== undefined) &&
        !c.metrics.some((m) => m.status === 'inconclusive' && m.not_tested === undefined);
      const inconclusive = of('inconclusive').filter((c) => !untestable(c));
      const untested = of('inconclusive').filter(untestable);
      if (degraded.length > 0)
        parts.push(
          `${formatCount(degraded.length)} slightly worse, below the threshold (${examples(degraded, style)})`,
        );
      if (inconclusive.length > 0)
        parts.push(
          `${formatCount(inconclusive.length)} inconclusive, more calls needed (${examples(inconclusive, style)})`,
        );
      if (untested.length > 0)
        parts.push(
          `${formatCount(untested.length)} not tested, values too large (${examples(untested, style)})`,
        );
      return {
        verdict: 'warning',
        headline: 'No regression, with warnings',
        detail: `${plural(total, 'changed prompt')}: ${parts.join('; ') || 'see below'}`,
      };
    }
    case 'passed': {
      const parts = [
        [of('improved').length, 'improved'],
        [of('unchanged').length, 'unchanged'],
        [of('new_prompt').length, 'new'],
        [of('insufficient_data').length, 'with too few calls to tell'],
      ] as const;
      const breakdown = parts
        .filter(([n]) => n > 0)
        .map(([n, word]) => `${formatCount(n)} ${word}`)
        .join(', ');
      return {
        verdict: 'passed',
        headline: 'No regression',
        detail: `${plural(total, 'changed prompt')} checked${breakdown ? `: ${breakdown}` : ''}`,
      };
    }
    case 'no_changes':
      return {
        verdict: 'no_changes',
        headline: 'No prompt versions added',
        detail: 'the head store has no prompt version that the baseline store lacks',
      };
  }
}

/** `gpt-4o, gpt-4o-mini and 2 more`: the first models, escaped; `an unknown model` for none. */
export function modelNames(list: readonly string[], style: Style): string {
  if (list.length === 0) return 'an unknown model';
  const shown = list.slice(0, MAX_MODELS).map((m) => style.esc(m, 80));
  const more = list.length > MAX_MODELS ? ` and ${list.length - MAX_MODELS} more` : '';
  return shown.join(', ') + more;
}

const CHOSEN: Readonly<Record<BaselineChoice, string>> = {
  explicit: 'chosen explicitly',
  production_tag: 'tagged production',
  latest: 'latest earlier version',
};

/** Sample sizes, models and where the baseline came from, in one sentence. */
export function candidateFacts(c: Comparison, style: Style): string {
  const cand = `${plural(c.candidate.n, 'call')} on ${modelNames(c.candidate.models, style)}`;
  const b = c.baseline;
  if (b === null) return `${cand}.`;
  const base = `${plural(b.n, 'call')} of ${style.strong(style.esc(b.version, style.nameMax))} on ${modelNames(b.models, style)}`;
  const notes: string[] = [CHOSEN[b.chosen_by]];
  if (b.source === 'fresh') notes.push('re-run with this change');
  else if (b.age_days === null) notes.push('calls logged earlier');
  else
    notes.push(`calls logged earlier, the newest ${formatDays(b.age_days)} before the candidate's`);
  return `${cand}, against ${base} (${notes.join('; ')}).`;
}

/**
 * The analysis' notes on the comparison (cross-model, settings that differ, old baseline),
 * escaped. They are the analysis' to word; the facts line shows the same fields in brief.
 */
export function candidateWarnings(c: Comparison, style: Style): string[] {
  return c.warnings.map((w) => style.esc(w, 300));
}

/** What would settle an open question: calls needed per inconclusive or thin metric. */
export function candidateHints(c: Comparison, report: CompareReport, style: Style): string[] {
  const out: string[] = [];
  // Thin metrics usually share their counts; one line per pair of counts reads better.
  const thin = new Map<string, string[]>();
  for (const m of c.metrics) {
    const label = metricHeading(m.metric);
    if (m.not_tested !== undefined) {
      // A published report's reason comes from the pull request's run: escaped like any string.
      out.push(`${label}: not tested: ${style.esc(m.not_tested, 300)}.`);
    } else if (m.status === 'inconclusive') {
      out.push(
        m.samples_needed === null
          ? `${label}: inconclusive; more calls per side would settle it.`
          : `${label}: inconclusive; about ${formatCount(m.samples_needed)} calls per side would settle it.`,
      );
    } else if (m.status === 'insufficient_data') {
      const key = `${formatCount(m.candidate.n)} candidate and ${formatCount(m.baseline.n)} baseline calls`;
      thin.set(key, [...(thin.get(key) ?? []), label]);
    }
  }
  const min = formatCount(report.settings.min_samples);
  for (const [counts, labels] of thin) {
    out.push(`${labels.join(', ')}: ${counts} with a value; at least ${min} per side are needed.`);
  }
  return out;
}

/** Said instead of a table when no metric has values on both sides. */
export const NO_METRICS = 'No metric has values on both sides, so nothing was tested.';

/** The line under a new prompt's heading. */
export function newPromptLine(c: Comparison, style: Style): string {
  return `No earlier version to compare with; ${candidateFacts(c, style)}`;
}

/** The settings of the run in one line: thresholds, α, correction, minimum calls, policy. */
export function thresholdsLine(report: CompareReport): string {
  const s = report.settings;
  const thresholds = METRICS.map((m) => {
    const median = METRIC_SPECS[m].center === 'median' ? ' (median)' : '';
    return `${metricName(m)} ${formatThreshold(m, s.thresholds[m])}${median}`;
  }).join(', ');
  const correction =
    s.correction === 'none'
      ? 'no correction'
      : `${CORRECTION_NAME[s.correction]} over ${plural(testCount(report), 'test')}`;
  return (
    `Thresholds: ${thresholds} · α = ${s.alpha} · ${correction} · ` +
    `at least ${formatCount(s.min_samples)} calls per side · fails on: ${s.fail_on}`
  );
}
