/**
 * A release that regressed stays measured against what it replaced. A live version with days
 * of its own is its own reference, so a release worse than its predecessor would read healthy
 * once its first days filled the history. Each metric its first days read worse on (a fixed
 * block, so the decision does not move from day to day) is compared with the predecessor's
 * calls before the release instead, while the history still holds enough of them.
 */
import type { AnalysisOptions } from '../../config/config.js';
import type { Metric } from '../../metrics.js';
import type { ReleaseSide, TimeRange } from '../../report/health-types.js';
import type { StoreBlockReader, StoreReader, VersionRow } from '../../store/types.js';
import { DAY_MS, parseInstant, toIso } from '../../time.js';
import { DAY_LEVEL_MIN_DAYS } from '../day-level.js';
import { regressedUncorrected } from '../metric-test.js';
import { callsIn, replacedVersion, type LivePick } from './live.js';
import { planWindow, type WindowPlan } from './window.js';

/** Later than any call: counts a version's calls after `now`. */
const END_OF_TIME = '9999-12-31T23:59:59.999Z';

/** The version a release replaced, for the metrics the release's first days read worse on. */
export interface ReleaseReference {
  /** The version it replaced, with calls before its first (see replacedVersion). */
  readonly version: VersionRow;
  /** The live version's first day with calls (YYYY-MM-DD). */
  readonly released: string;
  /** The metrics its first days read worse on, beyond the threshold. */
  readonly metrics: readonly Metric[];
  /** The window against the replaced version's calls before the release, for those metrics. */
  readonly plan: WindowPlan;
}

/**
 * The live version was released within the history: every call of it made since the history's
 * start. Registered in it, or earlier and shipped late; a version overwritten in place keeps its
 * older calls, and a version live for months has calls before the history, however quiet its
 * first days there.
 */
function releasedWithin(store: StoreReader, pick: LivePick, window: TimeRange): boolean {
  const live = pick.version;
  const counted = pick.historyCalls + pick.windowCalls;
  if (counted >= live.calls) return true;
  // Calls after `now` (a report for an earlier time) are no calls before the history.
  const later = callsIn(store, live, { since: window.until, until: END_OF_TIME });
  return counted + later >= live.calls;
}

/**
 * For a live version with `DAY_LEVEL_MIN_DAYS` days of calls or more, released within the
 * history: the version it replaced (replacedVersion, over the history before its release),
 * and the metrics on which its calls of its first `DAY_LEVEL_MIN_DAYS` days regressed against
 * them (one-sided at alpha, beyond the threshold, before any correction). Null when there is no
 * such version or metric: the live version is then its own reference. `days` are its days with
 * calls before the window (YYYY-MM-DD, in order).
 */
export function releaseReference(
  store: StoreReader & StoreBlockReader,
  versions: readonly VersionRow[],
  pick: LivePick,
  days: readonly string[],
  window: TimeRange,
  history: TimeRange,
  metrics: readonly Metric[],
  options: AnalysisOptions,
): ReleaseReference | null {
  const live = pick.version;
  const fifth = days[DAY_LEVEL_MIN_DAYS - 1];
  if (fifth === undefined || !releasedWithin(store, pick, window)) return null;
  const released = days[0]!;
  // The release in the window's phase, so that the predecessor's day-level blocks are too.
  const windowMs = parseInstant(window.until) - parseInstant(window.since);
  const untilMs = parseInstant(window.until);
  const releaseMs = untilMs - Math.ceil((untilMs - parseInstant(released)) / windowMs) * windowMs;
  if (!(releaseMs > parseInstant(history.since))) return null;
  const before = { since: history.since, until: toIso(releaseMs) };
  const replaced = replacedVersion(store, versions, live, before, options.minSamples);
  if (!replaced) return null;
  const first = { since: before.until, until: toIso(parseInstant(fifth) + DAY_MS) };
  const block = planWindow(store, live, first, before, metrics, options, replaced, true);
  const worse = block.tests.filter((t) => regressedUncorrected([t], options.alpha));
  if (worse.length === 0) return null;
  const plan = planWindow(store, live, window, before, worse.map((t) => t.metric), options, replaced); // prettier-ignore
  // A metric the window cannot be tested on against them keeps its own history's test.
  const tested = plan.tests.filter((t) => t.pWorse !== null).map((t) => t.metric);
  return tested.length === 0 ? null : { version: replaced, released, metrics: tested, plan };
}

/** `plan` with the release's metrics tested against the version it replaced. */
export function withRelease(plan: WindowPlan, release: ReleaseReference): WindowPlan {
  const from = new Map(release.plan.tests.map((t) => [t.metric, t]));
  const moved = (m: Metric): boolean => release.metrics.includes(m);
  return {
    ...plan,
    tests: plan.tests.map((t) => (moved(t.metric) ? (from.get(t.metric) ?? t) : t)),
    dayLevel: [
      ...plan.dayLevel.filter((d) => !moved(d.metric)),
      ...release.plan.dayLevel.filter((d) => moved(d.metric)),
    ],
  };
}

/** The report's account of a release reference. */
export function releaseSide(release: ReleaseReference): ReleaseSide {
  const { historyRange, history } = release.plan;
  return {
    version: release.version.version,
    released: release.released,
    ...historyRange,
    n: history.rows,
    metrics: release.metrics,
  };
}
