import {
  STATUS_SEVERITY,
  type CandidateStatus,
  type FailOn,
  type MetricResult,
  type MetricStatus,
  type ReportCounts,
  type Verdict,
} from '../report/types.js';

/** The worst status among a candidate's metrics (insufficient_data when it has none). */
export function worstStatus(metrics: readonly MetricResult[]): MetricStatus {
  for (const status of STATUS_SEVERITY) {
    if (metrics.some((m) => m.status === status)) return status;
  }
  return 'insufficient_data';
}

/** Whether a status is at least as bad as the fail-on level. */
export function failsPolicy(status: CandidateStatus, failOn: FailOn): boolean {
  if (failOn === 'never' || status === 'new_prompt') return false;
  return STATUS_SEVERITY.indexOf(status) <= STATUS_SEVERITY.indexOf(failOn);
}

/** The run's verdict from its candidates' statuses (DESIGN.md's contract). */
export function runVerdict(statuses: readonly CandidateStatus[], failOn: FailOn): Verdict {
  if (statuses.length === 0) return 'no_changes';
  if (statuses.some((s) => failsPolicy(s, failOn))) return 'regressed';
  const warns: readonly CandidateStatus[] = ['regressed', 'degraded', 'inconclusive'];
  return statuses.some((s) => warns.includes(s)) ? 'warning' : 'passed';
}

/** Counts of candidates by status. */
export function countStatuses(statuses: readonly CandidateStatus[]): ReportCounts {
  const n = (s: CandidateStatus): number => statuses.filter((x) => x === s).length;
  return {
    candidates: statuses.length,
    regressed: n('regressed'),
    degraded: n('degraded'),
    inconclusive: n('inconclusive'),
    improved: n('improved'),
    new_prompts: n('new_prompt'),
  };
}
