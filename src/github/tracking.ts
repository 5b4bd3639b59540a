import { isNewerThan, planDedupe, type DedupePlan, type Ours } from './dedupe.js';
import type { Marker } from './markers.js';

/** What to do with the tracking issue, decided from what is open and what we found. */
export type IssueDecision =
  /** Unhealthy and nothing open: open one. */
  | { action: 'create' }
  /** Unhealthy and one open: refresh it; comment once when the set of alerts changed. */
  | { action: 'update'; issue: number; alertsChanged: boolean }
  /** Healthy again: say so on the issue and close it. */
  | { action: 'close'; issue: number }
  /** A newer run already wrote the open issue: leave it. */
  | { action: 'skip'; issue: number; reason: string }
  /** Healthy and nothing open. */
  | { action: 'none' };

/** A decision plus the clean-up of duplicates a race may have left. */
export interface IssuePlan {
  decision: IssueDecision;
  /** Duplicates to fold into the kept issue first (null when there is at most one). */
  dedupe: DedupePlan | null;
}

/**
 * Decides from our open tracking issues (marker key matched, authored by us) and this run's
 * marker. With several open (a race, or an old one reopened), the one with the newest report is
 * kept; a run older than that report changes nothing. Hysteresis: an issue opens only when
 * an alert is `confirmed` (critical, or a warning that held on the previous run's data too),
 * and an open issue stays open while the run is `unhealthy` at all.
 */
export function decideIssueAction(
  ours: readonly Ours[],
  ourMarker: Marker,
  unhealthy: boolean,
  confirmed: boolean = unhealthy,
): IssuePlan {
  const plan = planDedupe(ours, 'newest');
  const dedupe = plan && plan.remove.length > 0 ? plan : null;
  if (!plan)
    return {
      decision: unhealthy && confirmed ? { action: 'create' } : { action: 'none' },
      dedupe,
    };
  const issue = plan.keep.id;
  const current = plan.newest.marker;
  if (isNewerThan(current, ourMarker)) {
    const reason = `issue #${issue} already shows run ${current.run} (attempt ${current.attempt}), newer than run ${ourMarker.run} (attempt ${ourMarker.attempt})`;
    return { decision: { action: 'skip', issue, reason }, dedupe };
  }
  if (!unhealthy) return { decision: { action: 'close', issue }, dedupe };
  return {
    decision: { action: 'update', issue, alertsChanged: current.alerts !== ourMarker.alerts },
    dedupe,
  };
}
