/**
 * A report that someone else's run produced (the fork's pull-request run, in the two-workflow
 * setup) says its own verdict, counts and candidate statuses. None of them is taken as given:
 * they are derived again from the metric statuses, a report whose fields disagree with each other
 * is refused, and the verdict follows the stricter of the publisher's policy and the report's.
 */
import {
  baselineInDoubt,
  countStatuses,
  failingStatuses,
  runVerdict,
  verdictStatus,
  worstStatus,
} from './policy.js';
import { tightenReport, type PublisherSettings } from './tighten.js';
import { ReportInvalidError } from './validate.js';
import { reachesThreshold } from '../metrics.js';
import { worseBy } from './worse-by.js';
import {
  type CandidateStatus,
  type CompareReport,
  type FailOn,
  type MetricStatus,
} from './types.js';

/** The stricter of two fail-on policies: the one that fails on more statuses. */
export function stricterPolicy(a: FailOn, b: FailOn): FailOn {
  return failingStatuses(a).length >= failingStatuses(b).length ? a : b;
}

// What classify.ts guarantees: a metric is regressed or degraded exactly when its adjusted
// worse-direction p-value is below alpha, and every status but insufficient_data was tested
// (or is inconclusive and says why it was not).
const SIGNIFICANT: readonly MetricStatus[] = ['regressed', 'degraded'];

function metricDisagreement(report: CompareReport): string | null {
  const alpha = report.settings.alpha;
  for (const [i, c] of report.comparisons.entries()) {
    for (const [j, m] of c.metrics.entries()) {
      if (m.status === 'insufficient_data') continue;
      if (m.status === 'inconclusive' && m.not_tested !== undefined && m.p_value === null) continue;
      const at = `comparisons[${i}].metrics[${j}] (${m.metric})`;
      const p = m.p_value_adjusted;
      if (p === null) return `${at} is ${m.status} without an adjusted p-value`;
      if (SIGNIFICANT.includes(m.status) !== p < alpha)
        return `${at} is ${m.status} with an adjusted p-value of ${p} against alpha ${alpha}`;
    }
  }
  return null;
}

/**
 * A metric called too few calls that had enough on both sides. With `pair_by` too: a metric
 * tested on matched cases always has a test, so one without a test was tested on all calls, whose
 * numbers its sides give.
 */
function enoughCallsDisagreement(report: CompareReport): string | null {
  const min = report.settings.min_samples;
  for (const [i, c] of report.comparisons.entries())
    for (const [j, m] of c.metrics.entries())
      if (m.status === 'insufficient_data' && m.baseline.n >= min && m.candidate.n >= min)
        return `comparisons[${i}].metrics[${j}] (${m.metric}) is insufficient_data with ${m.baseline.n} and ${m.candidate.n} calls, against min_samples ${min}`;
  return null;
}

/** A significant metric called regressed below its threshold, or degraded at or above it. */
function materialDisagreement(report: CompareReport): string | null {
  for (const [i, c] of report.comparisons.entries())
    for (const [j, m] of c.metrics.entries()) {
      if (!SIGNIFICANT.includes(m.status)) continue;
      const worse = worseBy(m);
      const at = `comparisons[${i}].metrics[${j}] (${m.metric})`;
      if (worse === null) return `${at} is ${m.status} without a change`;
      // A change within rounding of the threshold reads either way (an engine before
      // reachesThreshold called it degraded).
      const consistent =
        m.status === 'regressed' ? reachesThreshold(worse, m.threshold) : worse < m.threshold;
      if (!consistent)
        return `${at} is ${m.status} with a change of ${worse} in the worse direction against its threshold ${m.threshold}`;
    }
  return null;
}

function candidateStatus(c: CompareReport['comparisons'][number]): CandidateStatus {
  return c.baseline === null && c.metrics.length === 0 ? 'new_prompt' : worstStatus(c.metrics);
}

/**
 * Checks that an untrusted report's verdict, counts and candidate statuses are the ones its
 * metric statuses and its own `fail_on` give, and returns it judged by the stricter of `failOn`
 * (the publisher's policy) and its own. Throws a ReportInvalidError naming the first disagreement.
 */
export function rederiveReport(
  report: CompareReport,
  failOn: FailOn,
  publisher?: PublisherSettings,
  notes: string[] = [],
): CompareReport {
  const metricIssue =
    metricDisagreement(report) ?? materialDisagreement(report) ?? enoughCallsDisagreement(report);
  if (metricIssue) throw new ReportInvalidError(`${metricIssue}.`);
  const statuses = report.comparisons.map(candidateStatus);
  for (const [i, c] of report.comparisons.entries()) {
    if (c.status !== statuses[i])
      throw new ReportInvalidError(
        `comparisons[${i}].status is ${c.status}, but its metrics make it ${statuses[i]}.`,
      );
  }
  const counts = countStatuses(
    report.comparisons.map((c, i) => ({ ...c, status: statuses[i] ?? c.status })),
  );
  // Engines before it left a new prompt never called out of `untested`: either count holds.
  const olderUntested = counts.untested - report.comparisons.filter((c, i) => (statuses[i] ?? c.status) === 'new_prompt' && c.candidate.n === 0).length; // prettier-ignore
  for (const key of Object.keys(counts) as (keyof typeof counts)[]) {
    if (key === 'untested' && report.counts.untested === olderUntested) continue;
    if (report.counts[key] !== counts[key])
      throw new ReportInvalidError(
        `counts.${key} is ${report.counts[key]}, but the comparisons give ${counts[key]}.`,
      );
  }
  const lost = report.lost_versions?.length ?? 0;
  const bare = report.no_baseline_store === true;
  const doubted = report.comparisons.filter((c, i) => baselineInDoubt({ ...c, status: statuses[i]! })).length; // prettier-ignore
  // The verdict counts a new prompt never called as untested (an engine before that passed it).
  const judged = report.comparisons.map((c, i) => verdictStatus({ ...c, status: statuses[i]! }));
  const own = runVerdict(judged, report.settings.fail_on, lost, bare, doubted);
  if (
    report.verdict !== own &&
    report.verdict !== runVerdict(statuses, report.settings.fail_on, lost, bare, doubted)
  )
    throw new ReportInvalidError(
      `verdict is ${report.verdict}, but its comparisons give ${own} under its own fail-on ${report.settings.fail_on}.`,
    );
  const policy = stricterPolicy(failOn, report.settings.fail_on);
  if (!publisher)
    return { ...report, verdict: runVerdict(judged, policy, lost, bare, doubted), settings: { ...report.settings, fail_on: policy }, counts }; // prettier-ignore
  // The publisher's own settings, where stricter: the statuses, counts and verdict again.
  const tight = tightenReport(report, publisher);
  notes.push(...tight.notes);
  const tightened = tight.report.comparisons.map((c) => ({ ...c, status: candidateStatus(c) }));
  return {
    ...tight.report,
    comparisons: tightened,
    verdict: runVerdict(
      tightened.map(verdictStatus),
      policy,
      lost,
      bare,
      tightened.filter(baselineInDoubt).length,
    ),
    settings: { ...tight.report.settings, fail_on: policy },
    counts: countStatuses(tightened),
  };
}
