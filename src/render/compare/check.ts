/**
 * The check run's output: a one-line title for the checks list, the Markdown report as the
 * summary (fitted to GitHub's limit), and the conclusion that decides the check's colour.
 */
import { candidateExample, changedCount, type Style } from './content.js';
import { cap, plain } from '../../format/escape.js';
import { formatCount } from '../../format/numbers.js';
import { CHECK_SUMMARY_LIMIT } from '../../format/limits.js';
import { fitMarkdown } from './limits.js';
import { failingComparisons, plural } from '../../wording/labels.js';
import { UNVERIFIED_TITLE } from './provenance.js';
import type { CompareReport, Verdict } from '../../report/types.js';
import { verdictStatus } from '../../report/policy.js';

/** The `output` object of a check run. */
export interface CheckOutput {
  readonly title: string;
  readonly summary: string;
  readonly text?: string;
}

/** A check run's conclusion, as GitHub names it. */
export type CheckConclusion = 'success' | 'failure' | 'neutral';

/** Longest title we produce; GitHub shows about this much in the checks list. */
export const TITLE_MAX = 100;

/** Options of `renderCheckOutput`. */
export interface CheckOptions {
  /** Mermaid charts in the summary (GitHub renders them there too). */
  readonly charts?: boolean;
  /** Where the full report is, for the note when the summary had to be trimmed. */
  readonly fullReportHint?: string;
  /** The pull request's own run made the report: the title and summary say so. */
  readonly unverified?: boolean;
}

// Names in a title are short: the title is one line in a list.
const TITLE_STYLE: Style = { esc: plain, strong: (t) => t, nameMax: 40 };

/** Failure for a regression, neutral for a warning, success otherwise. */
export function checkConclusion(verdict: Verdict): CheckConclusion {
  switch (verdict) {
    case 'regressed':
      return 'failure';
    case 'warning':
      return 'neutral';
    case 'passed':
    case 'no_changes':
      return 'success';
  }
}

/** One line for the checks list: `1 regression: summarizer 1.2.0: quality −14.7 %, p < 1e-10`. */
export function checkTitle(report: CompareReport, max = TITLE_MAX): string {
  const all = report.comparisons;
  const count = (s: string) => all.filter((c) => c.status === s).length;
  let title: string;
  switch (report.verdict) {
    case 'regressed': {
      const failing = failingComparisons(report);
      const noun = failing.every((c) => c.status === 'regressed')
        ? plural(failing.length, 'regression')
        : plural(failing.length, 'failing prompt');
      const first = failing[0];
      const more = failing.length > 1 ? ` (+${formatCount(failing.length - 1)} more)` : '';
      // Shorten the name before anything else: the numbers are what the title is for.
      title = 'Prompt regression';
      for (const nameMax of [40, 24, 12]) {
        if (first === undefined) break;
        const example = candidateExample(
          first,
          { ...TITLE_STYLE, nameMax },
          report.settings.min_samples,
        );
        title = `${noun}: ${example}${more}`;
        if (Array.from(title).length <= max) break;
      }
      break;
    }
    case 'warning': {
      const parts = [
        count('regressed') > 0 ? `${formatCount(count('regressed'))} regressed` : '',
        count('degraded') > 0 ? `${formatCount(count('degraded'))} degraded` : '',
        count('inconclusive') > 0 ? `${formatCount(count('inconclusive'))} inconclusive` : '',
      ].filter((p) => p !== '');
      // As the verdict counts them: a new prompt never called, a model nothing tested, too.
      const untested = all.filter((c) => verdictStatus(c) === 'insufficient_data');
      const first = untested[0];
      // Untested is never green: the title leads with what was not tested, never "no regression".
      if (report.no_baseline_store) {
        title = `Nothing compared: no baseline store (${changedCount(report)})`;
      } else if (first !== undefined) {
        title = 'Changed prompt not tested';
        const others = parts.length > 0 ? `; ${parts.join(', ')}` : '';
        const more =
          untested.length > 1 ? ` (+${formatCount(untested.length - 1)} more not tested)` : '';
        // As for a regression, shorten the name before the numbers.
        for (const nameMax of [40, 24, 12]) {
          const example = candidateExample(
            first,
            { ...TITLE_STYLE, nameMax },
            report.settings.min_samples,
          );
          title = `Not tested: ${example}${more}${others}`;
          if (Array.from(title).length <= max) break;
        }
      } else if (count('regressed') > 0) {
        title = `${parts.join(', ')}; not failing (fail-on: ${report.settings.fail_on})`;
      } else {
        title = `No regression; ${parts.join(', ') || 'see warnings'}`;
      }
      break;
    }
    case 'passed': {
      const improved = count('improved') > 0 ? `, ${formatCount(count('improved'))} improved` : '';
      title = `No regression in ${changedCount(report)}${improved}`;
      break;
    }
    case 'no_changes':
      title = 'No prompt changes';
      break;
  }
  return cap(title, max);
}

// A published report of the pull request's own run: what it is comes first, then its result.
function unverifiedTitle(report: CompareReport): string {
  const prefix = `${UNVERIFIED_TITLE}: `;
  return prefix + checkTitle(report, TITLE_MAX - Array.from(prefix).length);
}

/** The check run's output, its summary fitted to GitHub's limit for check-run summaries. */
export function renderCheckOutput(report: CompareReport, options: CheckOptions = {}): CheckOutput {
  return {
    title: options.unverified ? unverifiedTitle(report) : checkTitle(report),
    summary: fitMarkdown(report, CHECK_SUMMARY_LIMIT, {
      charts: options.charts ?? false,
      fullReportHint: options.fullReportHint,
      unverified: options.unverified,
    }),
  };
}
