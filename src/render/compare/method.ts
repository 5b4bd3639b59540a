/**
 * "How to read this": the method behind the numbers, stated with the run's own settings so
 * that a reader can check a verdict without opening the code.
 */
import { METRICS } from '../../metrics.js';
import { formatCount, formatLevel } from '../../format/numbers.js';
import { pairingItems } from './method-paired.js';
import {
  CORRECTION_NAME,
  STATUS_ICON,
  STATUS_WORD,
  formatThreshold,
  metricName,
  plural,
  testCount,
} from '../../wording/labels.js';
import { failingStatuses } from '../../report/policy.js';
import {
  STATUS_ORDER,
  type CandidateStatus,
  type CompareReport,
  type FailOn,
} from '../../report/types.js';

/**
 * One paragraph of the method: a term and its explanation, in the output's format (store and
 * input strings shown through the caller's `literal`).
 */
export interface MethodItem {
  readonly term: string;
  readonly text: string;
}

const STATUS_MEANING: Readonly<Record<CandidateStatus, string>> = {
  regressed: 'significantly worse, by at least the threshold',
  degraded: 'significantly worse, but by less than the threshold',
  inconclusive:
    'not significant, but the interval does not rule out a material regression; more calls would settle it',
  insufficient_data:
    'fewer calls with a value than the minimum on either side; not tested, so the run warns',
  unchanged:
    'not significant, and the interval rules out a material regression, or (with a sample-size note) the estimate is no worse and these sample sizes cannot resolve the threshold',
  improved: 'significantly better',
  new_prompt: 'no earlier version of the prompt to compare with',
};

/** One legend entry per status: icon (or empty), word and meaning. */
export function statusLegend(): { icon: string; word: string; meaning: string }[] {
  return STATUS_ORDER.map((s) => ({
    icon: STATUS_ICON[s],
    word: STATUS_WORD[s],
    meaning: STATUS_MEANING[s],
  }));
}

function failingWords(failOn: FailOn): string {
  const words = failingStatuses(failOn).map((s) =>
    s === 'insufficient_data' ? 'untested (too few calls)' : s,
  );
  return words.length === 1
    ? words.join('')
    : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** What the interval column is, for the run's correction. */
function intervalText(s: CompareReport['settings']): string {
  const what =
    'of candidate minus baseline, in the metric\u2019s unit: difference of means, Hodges-Lehmann shift for latency, Newcombe interval for the difference of success rates.';
  const ends =
    'The end on the better side is the one-sided bound that must pass zero for the test of \u201cworse\u201d to reject, at the level that test was in effect run at after the correction; the end on the worse side likewise for the test of \u201cbetter\u201d.';
  const agrees =
    'So an interval lies wholly on the worse side of zero exactly when the metric is significantly worse after the correction for Welch\u2019s t-test; for latency and the success rate the interval comes from another procedure than the test, the two can disagree near the edge, and the status follows the test. Unchanged means that even its worse end is within the threshold.';
  switch (s.correction) {
    case 'none':
      return `${formatLevel(s.alpha)} two-sided confidence interval (1 − 2α) ${what} It matches the one-sided test at level α.`;
    case 'holm':
      return (
        `Confidence interval ${what} ${ends} Under Holm that level is α/(m − j + 1) for a test rejected at its step j, α/(m − k) for the others, k being the tests rejected among the m of that direction. ${agrees} ` +
        'These are decision-consistent intervals, not simultaneous ones: they agree with the verdicts rather than cover every effect at once.'
      );
    case 'bh':
      return `Confidence interval ${what} ${ends} Under Benjamini-Hochberg that level is kα/m, k being the tests significant among the m of that direction (the false-coverage-rate intervals of Benjamini and Yekutieli, 2005). ${agrees}`;
  }
}

/** The day-level test, when a baseline of history days was judged by it this run. */
function dayLevelItems(report: CompareReport): MethodItem[] {
  const used = report.comparisons.some((c) => c.metrics.some((m) => m.test === 'day_level_t'));
  if (!used) return [];
  return [
    {
      term: 'Day level',
      text: 'A baseline that is its history over several days (a warning says so) is judged by the day-level t instead, for the metrics whose test reads day_level_t in the JSON: the candidate\u2019s mean (of logs for latency) against the spread of the baseline\u2019s daily means (the random-effects prediction of a new day), its interval from the same. That spread does not shrink with more calls of the candidate: an inconclusive metric there is settled by a fresh baseline, the live version re-run in the evaluation.',
    },
  ];
}

/** The method explained with this run's settings. */
export function methodItems(
  report: CompareReport,
  literal: (text: string) => string,
): MethodItem[] {
  const s = report.settings;
  const n = testCount(report);
  const correction =
    n === 0
      ? 'No test was run this time, so there was nothing to correct.'
      : s.correction === 'none'
        ? `No correction for multiple testing was applied to the ${plural(n, 'test')} of this run, so p (adj.) equals p and false alarms add up over metrics.`
        : `${CORRECTION_NAME[s.correction]} correction over all ${plural(n, 'test')} of this run, so that testing many metrics and prompts at once does not multiply false alarms; p (adj.) is the corrected p-value, compared with α = ${s.alpha}.`;
  const thresholds = METRICS.map((m) => `${metricName(m)} ${formatThreshold(m, s.thresholds[m])}`);
  return [
    {
      term: 'Question',
      text: 'Is each new prompt version (candidate) worse than its baseline version, on the calls logged for both?',
    },
    {
      term: 'Tests',
      text:
        'One-sided, in the direction that would be worse: Welch\u2019s t-test on the mean for quality, accuracy, cost and tokens; ' +
        'Mann-Whitney U on latency (medians, robust to slow outliers); Fisher\u2019s exact test on the success rate. ' +
        'p is the chance of a worsening at least this large if the prompt change made no difference, so a metric that got better shows a p near 1.',
    },
    ...pairingItems(report, literal),
    ...dayLevelItems(report),
    { term: 'Correction', text: correction },
    { term: 'Interval', text: intervalText(s) },
    {
      term: 'Materiality',
      text: `A worsening counts as a regression only from these changes on: ${thresholds.join(', ')} (relative to the baseline; success rate in percentage points).`,
    },
    {
      term: 'Sample size',
      text:
        `A metric needs at least ${formatCount(s.min_samples)} calls with a value on each side to be tested; a changed prompt with fewer is not tested, and the run warns (it is never a pass). ` +
        'For an inconclusive metric, the calls per side that would detect a material change with 80 % power are given. ' +
        'A sample-size note, not a warning, marks a metric that is not significant and whose estimate is no worse than the baseline\u2019s, but whose interval still reaches the threshold: these sample sizes cannot resolve the threshold (a success rate of 100 % on 40 calls a side cannot rule out −5 pp). When the estimate leans worse, even a little, the metric is inconclusive instead.',
    },
    {
      term: 'Verdict',
      text:
        s.fail_on === 'never'
          ? 'This run never fails the check; statuses are reported only.'
          : `The check fails when a candidate is ${failingWords(s.fail_on)}. A candidate\u2019s status is that of its worst metric. A changed prompt that is degraded, inconclusive or not tested makes the run a warning when it does not fail it, as does one that passed against a baseline that may not be what runs (a production tag not moved to a newer version that took the calls, or newer versions passed over for too few calls).`,
    },
  ];
}
