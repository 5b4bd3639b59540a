import {
  STATUS_SEVERITY,
  type CandidateStatus,
  type Comparison,
  type FailOn,
  type MetricResult,
  type MetricStatus,
  type ReportCounts,
  type Verdict,
} from './types.js';

/** The worst status among a candidate's metrics (insufficient_data when it has none). */
export function worstStatus(metrics: readonly MetricResult[]): MetricStatus {
  for (const status of STATUS_SEVERITY) {
    if (metrics.some((m) => m.status === status)) return status;
  }
  return 'insufficient_data';
}

/** The least severe status a fail-on level fails on (`untested` names insufficient_data). */
function failingFrom(failOn: Exclude<FailOn, 'never'>): MetricStatus {
  return failOn === 'untested' ? 'insufficient_data' : failOn;
}

/** The statuses a fail-on level fails on, worst first (none for `never`). */
export function failingStatuses(failOn: FailOn): readonly MetricStatus[] {
  if (failOn === 'never') return [];
  return STATUS_SEVERITY.slice(0, STATUS_SEVERITY.indexOf(failingFrom(failOn)) + 1);
}

/** Whether a status is at least as bad as the fail-on level. */
export function failsPolicy(status: CandidateStatus, failOn: FailOn): boolean {
  if (status === 'new_prompt') return false;
  return failingStatuses(failOn).includes(status);
}

/**
 * A candidate's status as the verdict counts it: a new prompt never called is untested, like a
 * changed prompt with too few calls (untested is never green), though nothing compares it.
 */
export function verdictStatus(c: Pick<Comparison, 'status' | 'candidate'>): CandidateStatus {
  if (c.status === 'new_prompt' && c.candidate.n === 0) return 'insufficient_data';
  return untestedModels(c) ? 'insufficient_data' : c.status;
}

/** From this share of a candidate's calls left out (models the baseline never ran), it is untested. */
export const LEFT_OUT_SHARE = 0.1;

/**
 * A candidate that passed on its calls on the baseline's models while a tenth or more of its
 * calls ran on models the baseline never ran, which nothing tested (a model switch evaluated
 * beside the old model): untested, never green. One found worse stays as found.
 */
export function untestedModels(c: Pick<Comparison, 'status' | 'candidate'>): boolean {
  const out = c.candidate.left_out;
  return (
    (c.status === 'unchanged' || c.status === 'improved') &&
    out !== undefined &&
    out.calls >= LEFT_OUT_SHARE * (out.calls + c.candidate.n)
  );
}

/**
 * A candidate that passed against a baseline that may not be what runs (BaselineInfo.doubt): a
 * production tag left on a version a newer one took the calls from, or newer versions passed
 * over for too few calls. The comparison may be the wrong one, so the run is a warning, never
 * green; one found worse stays as found.
 */
export function baselineInDoubt(c: Pick<Comparison, 'status' | 'baseline'>): boolean {
  return (c.status === 'unchanged' || c.status === 'improved') && c.baseline?.doubt !== undefined;
}

/** Statuses that keep a run from passing: worse, or not shown to be no worse. */
const WARNS: readonly CandidateStatus[] = [
  'regressed',
  'degraded',
  'inconclusive',
  // Untested is never green: a changed prompt with too few calls could hide any regression.
  'insufficient_data',
];

/** The run's verdict from its candidates' statuses (DESIGN.md's contract). */
export function runVerdict(
  statuses: readonly CandidateStatus[],
  failOn: FailOn,
  lostVersions = 0,
  noBaselineStore = false,
  /** Candidates that passed against a baseline in doubt (baselineInDoubt). */
  doubted = 0,
): Verdict {
  if (statuses.some((s) => failsPolicy(s, failOn))) return 'regressed';
  // A head store that lost the base's versions (see lostVersions) is no pass, with or without changes.
  if (lostVersions > 0) return 'warning';
  if (statuses.length === 0) return 'no_changes';
  // No baseline store at all: every version reads as new, whether it is or the store was not
  // found (kept out of git, an artifact not named): nothing was compared, so nothing passed.
  if (noBaselineStore || doubted > 0) return 'warning';
  return statuses.some((s) => WARNS.includes(s)) ? 'warning' : 'passed';
}

/** Counts of candidates by status, and of the prompts they are versions of. */
export function countStatuses(
  comparisons: readonly Pick<Comparison, 'prompt' | 'status' | 'candidate'>[],
): ReportCounts {
  const n = (s: CandidateStatus): number => comparisons.filter((c) => c.status === s).length;
  return {
    candidates: comparisons.length,
    regressed: n('regressed'),
    degraded: n('degraded'),
    inconclusive: n('inconclusive'),
    improved: n('improved'),
    new_prompts: n('new_prompt'),
    // As the verdict counts them: a new prompt never called too (also among new_prompts).
    untested: comparisons.filter((c) => verdictStatus(c) === 'insufficient_data').length,
    prompts: new Set(comparisons.map((c) => c.prompt)).size,
  };
}

/** Calls the silent hours had on average in earlier weeks, at least, before their absence alerts. */
export const SILENCE_MIN_EXPECTED = 3;
