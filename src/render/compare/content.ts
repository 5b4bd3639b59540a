/**
 * The sentences of a comparison report, written once for every output format. A `Style`
 * supplies the escaping of store strings and the emphasis, so the words cannot drift apart
 * between the PR comment and the terminal.
 */
import { MESSAGE_MAX } from '../../format/escape.js';
import { METRICS, METRIC_SPECS } from '../../metrics.js';
import { formatCount, formatDays, formatLevel, formatPInline } from '../../format/numbers.js';
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
} from '../../wording/labels.js';
import type { BaselineChoice, Comparison, CompareReport, Verdict } from '../../report/types.js';
import { baselineInDoubt, untestedModels, verdictStatus } from '../../report/policy.js';

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

/**
 * Why a changed prompt was not tested: which side is short, with how many calls, and how many
 * are needed: `0 candidate calls; 30 per side needed`.
 */
function untestedReason(c: Comparison, minSamples: number, style: Style): string {
  const needed = `${formatCount(minSamples)} per side needed`;
  const short: string[] = [];
  if (c.candidate.n < minSamples) short.push(plural(c.candidate.n, 'candidate call'));
  if (c.baseline !== null && c.baseline.n < minSamples)
    short.push(
      `${plural(c.baseline.n, 'call')} of baseline ${style.esc(c.baseline.version, style.nameMax)}`,
    );
  if (short.length > 0) return `${short.join(' and ')}; ${needed}`;
  // Enough calls, but a metric logged on too few of them (say, quality only on some calls).
  const thin = c.metrics.filter((m) => m.status === 'insufficient_data');
  const first = thin[0];
  if (first === undefined) return 'no metric logged on both sides';
  const more = thin.length > 1 ? ` (and ${plural(thin.length - 1, 'more metric')})` : '';
  return `${metricName(first.metric)} logged on ${formatCount(first.candidate.n)} candidate and ${formatCount(first.baseline.n)} baseline calls${more}; ${needed}`;
}

/**
 * Inconclusive only because values could not be tested as logged (too large, on another scale,
 * latency missing from many calls): more calls would not help.
 */
function untestable(c: Comparison): boolean {
  return (
    c.metrics.some((m) => m.not_tested !== undefined) &&
    !c.metrics.some((m) => m.status === 'inconclusive' && m.not_tested === undefined)
  );
}

/** `summarizer 1.2.0 against 1.0.0: …`: why a passing comparison's baseline is in doubt. */
function doubtExample(c: Comparison, style: Style): string {
  const against = `${candidateName(c, style)} against ${style.esc(c.baseline?.version ?? '', style.nameMax)}`;
  return c.baseline?.doubt === 'tag_not_moved'
    ? `${against}, tagged production but not called since a newer version took the calls`
    : `${against}, passed over newer versions with fewer calls than min-samples`;
}

/** `summarizer 1.2.0: quality −14.7 %, p < 1e-10`: what decided a comparison's status. */
export function candidateExample(c: Comparison, style: Style, minSamples: number): string {
  if (c.status === 'new_prompt' && c.candidate.n === 0)
    return `${candidateName(c, style)}: a new prompt, never called`;
  if (c.status === 'insufficient_data')
    return `${candidateName(c, style)}: ${untestedReason(c, minSamples, style)}`;
  const out = c.candidate.left_out;
  if (out && untestedModels(c))
    return `${candidateName(c, style)}: ${plural(out.calls, 'call')} on ${modelNames(out.models, style)}, which the baseline never ran`;
  // Values that could not be tested as logged: which metric, not a change that means nothing.
  if (c.status === 'inconclusive' && untestable(c)) {
    const asLogged = c.metrics.filter((m) => m.not_tested !== undefined);
    return `${candidateName(c, style)}: ${asLogged.map((m) => metricName(m.metric)).join(', ')} not tested`;
  }
  const [first, ...rest] = decisiveMetrics(c);
  if (first === undefined) return candidateName(c, style);
  const more = rest.length > 0 ? `, and ${plural(rest.length, 'more metric')}` : '';
  const p = first.p_value_adjusted === null ? '' : `, ${formatPInline(first.p_value_adjusted)}`;
  // A metric with too few values is not tested whatever it shows: named, lest the prompt's other
  // status hide it (a quality drop one score short of min-samples).
  const thin = c.metrics.filter((m) => m.status === 'insufficient_data');
  const untested =
    thin.length > 0 ? `; ${thin.map((m) => metricName(m.metric)).join(', ')} not tested, too few values` : ''; // prettier-ignore
  return `${candidateName(c, style)}: ${metricName(first.metric)} ${formatChange(first)}${p}${more}${untested}`;
}

function examples(list: readonly Comparison[], style: Style, minSamples: number): string {
  const shown = list.slice(0, MAX_EXAMPLES).map((c) => candidateExample(c, style, minSamples));
  if (list.length > MAX_EXAMPLES) shown.push(`${list.length - MAX_EXAMPLES} more`);
  return shown.join('; ');
}

/**
 * `3 changed prompts`, or `9 changed versions of 3 prompts` when some prompt has several
 * versions in the run.
 */
export function changedCount(report: CompareReport): string {
  const versions = report.comparisons.length;
  const prompts = new Set(report.comparisons.map((c) => c.prompt)).size;
  return versions === prompts
    ? plural(prompts, 'changed prompt')
    : `${plural(versions, 'changed version')} of ${plural(prompts, 'prompt')}`;
}

/**
 * Head versions that only relabel a base version's text, in one clause:
 * `summarizer 1.1.0 has the same prompt text as 1.0.0`; null when there are none.
 */
function sameTextClause(report: CompareReport, style: Style): string | null {
  const list = report.same_text;
  if (list.length === 0) return null;
  const name = (n: CompareReport['same_text'][number]): string =>
    `${style.esc(n.prompt, style.nameMax)} ${style.esc(n.version, style.nameMax)} has the same prompt text as ${style.esc(n.same_as, style.nameMax)}`;
  const shown = list.slice(0, MAX_EXAMPLES).map(name);
  if (list.length > MAX_EXAMPLES) shown.push(`${formatCount(list.length - MAX_EXAMPLES)} more`);
  return shown.join('; ');
}

/** The note on relabelled versions, said once near the verdict; null when there are none. */
export function sameTextNote(report: CompareReport, style: Style): string | null {
  const clause = sameTextClause(report, style);
  if (clause === null) return null;
  const n = report.same_text.length;
  return `Not a prompt change, so not tested: ${clause} in the base store (${n === 1 ? 'a new version string' : 'new version strings'} for text that already ran).`;
}

/** The verdict in one line: headline, then counts and the worst examples. */
export function verdictLine(report: CompareReport, style: Style): VerdictLine {
  const all = report.comparisons;
  const of = (status: Comparison['status']) => all.filter((c) => c.status === status);
  const min = report.settings.min_samples;
  switch (report.verdict) {
    case 'regressed': {
      let failing = failingComparisons(report);
      // A verdict computed under another policy still names what is worst.
      if (failing.length === 0) failing = of('regressed');
      const how = failing.every((c) => c.status === 'regressed')
        ? 'got worse'
        : `failed the check (fail-on: ${report.settings.fail_on})`;
      const tail = failing.length > 0 ? ` (${examples(failing, style, min)})` : '';
      return {
        verdict: 'regressed',
        headline: 'Prompt regression',
        detail: `${formatCount(failing.length)} of ${changedCount(report)} ${how}${tail}`,
      };
    }
    case 'warning': {
      const parts: string[] = [];
      // With the new prompts never called, which the verdict counts as untested.
      const untested = all.filter((c) => verdictStatus(c) === 'insufficient_data');
      const regressed = of('regressed');
      const degraded = of('degraded');
      const inconclusive = of('inconclusive').filter((c) => !untestable(c));
      const tooLarge = of('inconclusive').filter(untestable);
      const short = untested.filter((c) => !untestedModels(c));
      const otherModels = untested.filter(untestedModels);
      if (short.length > 0)
        parts.push(
          `${formatCount(short.length)} not tested, too few calls (${examples(short, style, min)})`,
        );
      if (otherModels.length > 0)
        parts.push(
          `${formatCount(otherModels.length)} not tested on every model it ran (${examples(otherModels, style, min)})`,
        );
      if (tooLarge.length > 0)
        parts.push(
          `${formatCount(tooLarge.length)} not tested, values that cannot be compared as logged (${examples(tooLarge, style, min)})`,
        );
      // Only under fail-on: never does a regression end in a warning.
      if (regressed.length > 0)
        parts.push(
          `${formatCount(regressed.length)} worse by at least the threshold, not failing the check (fail-on: ${report.settings.fail_on}) (${examples(regressed, style, min)})`,
        );
      if (degraded.length > 0)
        parts.push(
          `${formatCount(degraded.length)} slightly worse, below the threshold (${examples(degraded, style, min)})`,
        );
      if (inconclusive.length > 0)
        parts.push(
          `${formatCount(inconclusive.length)} inconclusive, more calls needed (${examples(inconclusive, style, min)})`,
        );
      const doubted = all.filter(baselineInDoubt);
      if (doubted.length > 0)
        parts.push(
          `${formatCount(doubted.length)} no worse than a baseline that may not be what runs (${doubted.map((c) => doubtExample(c, style)).join('; ')})`,
        );
      const lost = lostParts(report, style);
      parts.push(...lost.parts);
      // No baseline store: the new versions may be changes to prompts it would have held.
      const unmatched = report.no_baseline_store ? of('new_prompt').filter((c) => c.candidate.n > 0) : []; // prettier-ignore
      if (unmatched.length > 0)
        parts.push(
          `no baseline store, so ${formatCount(unmatched.length)} compared with nothing (${examples(unmatched, style, min)})`,
        );
      // Untested is never green: no headline claims "no regression" over a prompt not tested.
      const notTested = untested.length + tooLarge.length;
      const headline = report.no_baseline_store
        ? 'Nothing compared: no baseline store'
        : notTested > 0
          ? notTested === 1
            ? 'Changed prompt not tested'
            : 'Changed prompts not tested'
          : regressed.length > 0
            ? 'Prompt regression, not failing the check'
            : lost.parts.length > 0 && parts.length === lost.parts.length
              ? lost.headline
              : 'No regression, with warnings';
      return {
        verdict: 'warning',
        headline,
        detail: `${all.length > 0 ? `${changedCount(report)}: ` : ''}${parts.join('; ') || 'see below'}`,
      };
    }
    case 'passed': {
      const notes = all.filter((c) => c.metrics.some((m) => m.underpowered)).length;
      const parts = [
        [of('improved').length, 'improved'],
        [of('unchanged').length, 'unchanged'],
        [of('new_prompt').length, 'new'],
      ] as const;
      // Notes are on prompts already counted above: said apart, not as one more kind.
      const noted =
        notes === 0
          ? ''
          : all.length === 1
            ? ', with a sample-size note'
            : ` (${formatCount(notes)} of them with ${notes === 1 ? 'a sample-size note' : 'sample-size notes'})`;
      const breakdown =
        parts
          .filter(([n]) => n > 0)
          .map(([n, word]) => `${formatCount(n)} ${word}`)
          .join(', ') + noted;
      return {
        verdict: 'passed',
        headline: 'No regression',
        detail: `${changedCount(report)} checked${breakdown ? `: ${breakdown}` : ''}`,
      };
    }
    case 'no_changes': {
      const relabelled = sameTextClause(report, style);
      return {
        verdict: 'no_changes',
        headline: 'No prompt changes',
        detail:
          'the head store has no prompt text that the base store lacks' +
          (relabelled === null ? '' : `; ${relabelled}, not tested`),
      };
    }
  }
}

/** The verdict line's clauses for base versions the head store lacks, and their headline. */
function lostParts(report: CompareReport, style: Style): { parts: string[]; headline: string } {
  const lost = report.lost_versions ?? [];
  const named = (list: typeof lost): string =>
    list
      .slice(0, 2)
      .map((l) => `${style.esc(l.prompt, style.nameMax)} ${style.esc(l.version, style.nameMax)}`)
      .join(', ') + (list.length > 2 ? ', …' : '');
  const live = lost.filter((l) => l.live);
  const newer = lost.filter((l) => !l.live);
  const parts: string[] = [];
  if (live.length > 0)
    parts.push(
      `the head store lost the live version of ${plural(live.length, 'prompt')}, not compared (${named(live)})`,
    );
  if (newer.length > 0)
    parts.push(
      `the head store lacks ${plural(newer.length, 'newer base version')}: an older copy, or the stores swapped (${named(newer)})`,
    );
  const headline =
    live.length > 0
      ? 'Live prompt missing from the head store'
      : 'Head store older than the base store';
  return { parts, headline };
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
  latest: 'newest version called',
  same_text: 'same text as the candidate',
};

// `N calls[ of VERSION] on MODELS`, or `no calls[ of VERSION]` (nothing to name models from).
function callsOn(n: number, models: readonly string[], style: Style, of = ''): string {
  return n === 0 ? `no calls${of}` : `${plural(n, 'call')}${of} on ${modelNames(models, style)}`;
}

/** Sample sizes, models and where the baseline came from, in one sentence. */
export function candidateFacts(c: Comparison, style: Style): string {
  const cand = callsOn(c.candidate.n, c.candidate.models, style);
  const b = c.baseline;
  if (b === null) return `${cand}.`;
  // A renamed prompt's baseline is a version of its old name: said with it.
  const of = `${b.prompt === undefined ? '' : `${style.esc(b.prompt, style.nameMax)} `}${style.strong(style.esc(b.version, style.nameMax))}`; // prettier-ignore
  const base = callsOn(b.n, b.models, style, ` of ${of}`);
  const notes: string[] = [CHOSEN[b.chosen_by]];
  // With no call read, nothing more is known: baseline-since or baseline-samples may have left
  // every logged call out, so "nothing logged" would not be true.
  if (b.source === 'fresh')
    notes.push(b.n === 0 ? 'no re-run with this change' : 're-run with this change'); // prettier-ignore
  else if (b.n === 0) notes.push('no calls read');
  else if (b.age_days === null) notes.push('calls logged earlier');
  else {
    // Negative when a named candidate is older than the version it is measured against.
    // Within a day the rounded age (to a tenth of a day) no longer says which side is newer.
    const days = Math.abs(b.age_days);
    notes.push(
      days < 1
        ? "calls logged within a day of the candidate's, the newest less than a day apart"
        : b.age_days >= 0
          ? `calls logged earlier, the newest ${formatDays(days)} before the candidate's`
          : `calls logged later, the newest ${formatDays(days)} after the candidate's`,
    );
  }
  return `${cand}, against ${base} (${notes.join('; ')}).`;
}

/**
 * ` vs 1.1.0`, or ` (new text) vs 1.0.0 (base)` when the candidate reuses the baseline's
 * version string, so that a heading never reads like a version compared with itself; a revert
 * says so: ` (reverts to 1.0.0) vs 1.1.0`, ` (reverted) vs 1.1.0` under the old row's string.
 */
export function versusLabel(c: Comparison, style: Style): string {
  if (c.baseline === null) return '';
  const old = c.baseline.prompt;
  const base = `${old === undefined ? '' : `${style.esc(old, style.nameMax)} `}${style.esc(c.baseline.version, style.nameMax)}`; // prettier-ignore
  const to = c.candidate.reverts_to;
  const same = old === undefined && c.baseline.version === c.candidate.version;
  const suffix = same ? ` vs ${base} (base)` : ` vs ${base}`;
  if (to !== undefined)
    return to === c.candidate.version
      ? ` (reverted)${suffix}`
      : ` (reverts to ${style.esc(to, style.nameMax)})${suffix}`;
  return same ? ` (new text)${suffix}` : suffix;
}

/**
 * The analysis' notes on the comparison (cross-model, settings that differ, old baseline),
 * escaped, after the note on a reused version string. They are the analysis' to word; the
 * facts line shows the same fields in brief.
 */
export function candidateWarnings(c: Comparison, style: Style): string[] {
  const out: string[] = [];
  const pooled = c.candidate.pooled;
  if (pooled && pooled.length > 0) {
    const list = pooled.map((v) => style.esc(v, style.nameMax)).join(', ');
    out.push(
      `Also saved as ${list} with the very same prompt text (a re-save under another version string): one candidate, its calls pooled (${formatCount(c.candidate.n)} in all), not ${pooled.length === 1 ? 'two' : 'several'} compared apart.`,
    );
  }
  if (c.candidate.version_reused) {
    const v = style.esc(c.candidate.version, style.nameMax);
    out.push(
      `The version string ${v} was reused: the base store's ${v} of this prompt has other prompt text (a fresh store per CI job restarts at 1.0.0; overwrite=True rewrites a version in place). Compared by prompt text.`,
    );
  }
  return [...out, ...c.warnings.map((w) => style.esc(w, MESSAGE_MAX))];
}

/** How the calls were paired by case and what was left out of the pairs; null when unpaired. */
function pairingHint(c: Comparison, style: Style): string | null {
  const p = c.pairing;
  if (!p?.paired) return null;
  const key = style.esc(p.key, 60);
  const left: string[] = [];
  if (p.baseline_only_cases > 0)
    left.push(`${plural(p.baseline_only_cases, 'case')} only in the baseline`);
  if (p.candidate_only_cases > 0)
    left.push(`${plural(p.candidate_only_cases, 'case')} only in the candidate`);
  const without = p.baseline_calls_without_case + p.candidate_calls_without_case;
  if (without > 0) left.push(`${plural(without, 'call')} without a ${key} in their metadata`);
  return (
    `Paired by ${key}: ${plural(p.matched_cases, 'matched case')}, each case's calls averaged per side` +
    (left.length > 0 ? `; left out of the paired tests: ${left.join(', ')}.` : '.')
  );
}

/** What would settle an open question: calls needed per inconclusive or thin metric. */
export function candidateHints(c: Comparison, report: CompareReport, style: Style): string[] {
  const pairing = pairingHint(c, style);
  const out: string[] = pairing === null ? [] : [pairing];
  // Thin metrics usually share their counts; one line per pair of counts reads better.
  const thin = new Map<string, string[]>();
  for (const m of c.metrics) {
    const label = metricHeading(m.metric);
    // A signed-rank interval of too few cases for its level is their [min, max], at its own.
    const n = m.matched_cases ?? 0;
    if (m.paired && m.test === 'wilcoxon_signed_rank' && m.ci_alpha?.includes(2 ** -n))
      out.push(
        `${label}: its interval is the smallest and largest of the ${formatCount(n)} matched cases' differences, only a ${formatLevel(2 ** -n)} interval, short of the level asked: too few cases to rule a change out.`,
      );
    if (m.not_tested !== undefined) {
      // A published report's reason comes from the pull request's run: escaped like any string.
      out.push(`${label}: not tested: ${style.esc(m.not_tested, MESSAGE_MAX)}.`);
    } else if (m.test === 'day_level_t' && (m.underpowered || m.status === 'inconclusive')) {
      // Judged against the spread of the baseline's days, which more calls do not narrow.
      const open = m.underpowered
        ? `no worse, but against the spread of the baseline's daily means it cannot rule out a ${formatThreshold(m.metric, m.threshold)} change`
        : "inconclusive against the spread of the baseline's daily means";
      out.push(
        `${label}: ${open}; more calls of the candidate would not settle it, a fresh baseline would (the live version re-run in the evaluation).`,
      );
    } else if (m.underpowered) {
      const worst = formatThreshold(m.metric, m.threshold);
      // A paired metric's sizes count matched cases, not calls on each side.
      const n = Math.min(m.candidate.n, m.baseline.n);
      const calls =
        m.candidate.n === m.baseline.n
          ? `${plural(n, 'call')} per side`
          : `${plural(m.candidate.n, 'candidate call')} and ${formatCount(m.baseline.n)} baseline ones`;
      const have = m.paired ? plural(n, 'matched case') : calls;
      const would = m.paired ? 'matched cases' : 'per side';
      out.push(
        m.samples_needed === null
          ? `${label}: no worse, but ${have} cannot rule out a ${worst} change (a sample-size note, not a warning).`
          : `${label}: no worse, but ${have} cannot rule out a ${worst} change; about ${formatCount(m.samples_needed)} ${would} would (a sample-size note, not a warning).`,
      );
    } else if (m.status === 'inconclusive') {
      const unit = m.paired ? 'matched cases' : 'calls per side';
      out.push(
        m.samples_needed === null
          ? `${label}: inconclusive; more ${unit} would settle it.`
          : `${label}: inconclusive; about ${formatCount(m.samples_needed)} ${unit} would settle it.`,
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

/** Said instead of a table when no metric has values on either side. */
export function noMetricsLine(c: Comparison, report: CompareReport, style: Style): string {
  return `Not tested: ${untestedReason(c, report.settings.min_samples, style)}.`;
}

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
  const tests = testCount(report);
  const correction =
    tests === 0
      ? 'no test run'
      : s.correction === 'none'
        ? 'no correction'
        : `${CORRECTION_NAME[s.correction]} over ${plural(tests, 'test')}`;
  return (
    `Thresholds: ${thresholds} · α = ${s.alpha} · ${correction} · ` +
    `at least ${formatCount(s.min_samples)} calls per side · fails on: ${s.fail_on}`
  );
}
