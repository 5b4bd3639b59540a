/**
 * A release that regressed stays measured against what it replaced. A live version with days
 * of its own is its own reference, so a release worse than its predecessor would read healthy
 * once its first days filled the history. Each metric its first days read worse on (a fixed
 * block of the live version's, so it moves only as the predecessor's calls leave the history)
 * is compared with the predecessor's history instead, as in the live version's first days,
 * while the history still holds enough of it. A window with too few calls to test (a quiet
 * prompt's) leaves the release's calls after its first days as the test.
 */
import type { AnalysisOptions } from '../../config/config.js';
import type { Metric } from '../../metrics.js';
import type { ReleaseSide, TimeRange } from '../../report/health-types.js';
import type { StoreReader, StoreTrendReader, VersionRow } from '../../store/types.js';
import { DAY_MS, parseInstant, toIso } from '../../time.js';
import { DAY_LEVEL_MIN_DAYS } from '../day-level.js';
import { regressedUncorrected } from '../metric-test.js';
import { callsIn, replacedVersion, type LivePick } from './live.js';
import { planWindow, type WindowPlan } from './window.js';

/** Later than any call: counts a version's calls after `now`. */
const END_OF_TIME = '9999-12-31T23:59:59.999Z';

/** The version a release replaced, for the metrics the release's first days read worse on. */
export interface ReleaseReference {
  /** The version it replaced (see replacedVersion). */
  readonly version: VersionRow;
  /** The live version's first day with calls (YYYY-MM-DD). */
  readonly released: string;
  /** Its first days with calls that were tested (see firstBlock). */
  readonly days: number;
  /** The replaced version's calls in the history that the test reads (a quiet prompt's: a half). */
  readonly calls: number;
  /** The metrics its first days read worse on, beyond the threshold. */
  readonly metrics: readonly Metric[];
  /**
   * What is tested against the replaced version's history on those metrics: the window, or, when
   * the window has too few calls to test, the live version's calls after its first days.
   */
  readonly tested: 'window' | 'after_first_days';
  /** Where the calls tested start: the window's start, or the day after the first days. */
  readonly testedSince: string;
  /** What is tested against the replaced version's history, for those metrics. */
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
  // Calls after `now` (a report for an earlier time) are no calls before the history. The store
  // may know them from reading the version's calls (on a store logged in time order, the query
  // reads each call of the version at random).
  const later =
    store.callsFrom?.(live.id, window.until) ??
    callsIn(store, live, { since: window.until, until: END_OF_TIME });
  return counted + later >= live.calls;
}

/** A version's days with calls before the window's first day (of its daily series, in order). */
export function daysBefore<T extends { readonly day: string; readonly calls: number }>(
  daily: readonly T[],
  window: TimeRange,
): T[] {
  const first = window.since.slice(0, 10);
  return daily.filter((d) => d.calls > 0 && d.day < first);
}

/**
 * A release's first days: its first `DAY_LEVEL_MIN_DAYS` days with calls, and more while they
 * hold fewer than `minSamples` calls (a canary's or a quiet prompt's few calls a day, which
 * would otherwise leave a release that regressed untested once it has days of its own). Null
 * when its days before the window never hold that many.
 */
export function firstBlock<T extends { readonly calls: number }>(
  days: readonly T[],
  minSamples: number,
): readonly T[] | null {
  let calls = 0;
  for (let i = 0; i < days.length; i++) {
    calls += days[i]!.calls;
    if (i + 1 >= DAY_LEVEL_MIN_DAYS && calls >= minSamples) return days.slice(0, i + 1);
  }
  return null;
}

/** What the release check found, and whether the history lacked what it reads. */
interface ReleaseCheck {
  readonly reference: ReleaseReference | null;
  /**
   * Null because the history no longer holds what the check reads: the release's first day, the
   * replaced version's calls on `DAY_LEVEL_MIN_DAYS` days, or enough of its values of a metric to
   * test on (a quiet prompt's halves run short first); not because nothing read worse.
   */
  readonly outOfReach: boolean;
}

const NONE: ReleaseCheck = { reference: null, outOfReach: false };
const OUT_OF_REACH: ReleaseCheck = { reference: null, outOfReach: true };

/**
 * For a live version with `DAY_LEVEL_MIN_DAYS` days of calls or more, released within the
 * history: the version it replaced (replacedVersion), and the metrics on which its calls of its
 * first days (firstBlock) regressed against that version's history (one-sided at alpha, beyond
 * the threshold, before any correction). Null when there is no such version or metric: the
 * live version is then its own reference. `firstDays` are its first days with calls before the
 * window (firstBlock of them: YYYY-MM-DD, in order, with their calls). `outOfReach` says
 * whether a null came from what the history no longer holds.
 */
export function checkRelease(
  store: StoreReader & StoreTrendReader,
  versions: readonly VersionRow[],
  pick: LivePick,
  firstDays: readonly { readonly day: string; readonly calls: number }[] | null,
  window: TimeRange,
  history: TimeRange,
  metrics: readonly Metric[],
  options: AnalysisOptions,
): ReleaseCheck {
  const live = pick.version;
  const last = firstDays?.at(-1)?.day;
  const released = firstDays?.[0]?.day ?? '';
  // First called on the history's first day, it left the version it replaced no day before it;
  // with too few calls in its days, nothing can be tested (nor is more read).
  if (!firstDays || last === undefined) return NONE;
  if (released <= history.since.slice(0, 10)) return OUT_OF_REACH;
  if (!releasedWithin(store, pick, window)) return OUT_OF_REACH;
  // The version it replaced, as for a young version: its history is the reference while it
  // holds min-samples calls on DAY_LEVEL_MIN_DAYS days, not a last day or two of them.
  const replaced = replacedVersion(store, versions, live, history, released, options.minSamples);
  const { since, until } = history;
  const daily = replaced
    ? (store.callDays?.(replaced.id, since, until) ?? store.daily(replaced.id, since, until))
    : [];
  const called = daily.filter((d) => d.calls > 0);
  if (!replaced || called.length < DAY_LEVEL_MIN_DAYS) return OUT_OF_REACH;
  const first = { since: `${released}T00:00:00.000Z`, until: toIso(parseInstant(last) + DAY_MS) };
  // A quiet prompt's window has too few calls to test: its calls after its first days stand for
  // it, once they hold min-samples, and each side reads its own half of the replaced version's
  // calls. Else a chance low of those calls would make the first days read worse and the calls
  // after them too, the same reference every morning: one neutral quiet release in 25 alerted,
  // for days on end, on the model mix of its cost.
  const quiet = pick.windowCalls < options.minSamples;
  const [choose, reference] = quiet ? halves(called, history) : [history, history];
  const block = planWindow(store, live, first, choose, metrics, options, replaced, true);
  const worse = block.tests.filter((t) => regressedUncorrected([t], options.alpha));
  // The replaced version's values of a metric (a quiet prompt's earlier half goes first) too
  // few to test on, against the release's that hold min-samples: the history may have let go of
  // what an earlier morning compared (endedRelease looks).
  const thin = (p: WindowPlan): boolean =>
    p.tests.some((t) => t.candidate.n >= options.minSamples && t.baseline.n < options.minSamples);
  if (worse.length === 0) return thin(block) ? OUT_OF_REACH : NONE;
  const tested = quiet ? { since: first.until, until: window.until } : window;
  const plan = planWindow(store, live, tested, reference, worse.map((t) => t.metric), options, replaced); // prettier-ignore
  // A metric they cannot be tested on against them keeps its own history's test.
  const moved = plan.tests.filter((t) => t.pWorse !== null).map((t) => t.metric);
  if (moved.length === 0) return thin(plan) ? OUT_OF_REACH : NONE;
  const from = reference.since.slice(0, 10);
  return {
    outOfReach: false,
    reference: {
      version: replaced,
      released,
      days: firstDays.length,
      calls: called.reduce((n, d) => n + (d.day >= from ? d.calls : 0), 0),
      metrics: moved,
      tested: quiet ? 'after_first_days' : 'window',
      testedSince: tested.since,
      plan,
    },
  };
}

/** How long after a release's comparison with the version it replaced ends the report says so. */
export const ENDED_NOTICE_DAYS = 7;

/** Where endedRelease's longer history starts (epoch ms). */
export function lookBackStart(history: TimeRange): number {
  return parseInstant(history.since) - ENDED_NOTICE_DAYS * DAY_MS;
}

/**
 * Whether endedRelease may look back for version `v` of a prompt (`versions`): registered since
 * the longer history's start (a version live for months only slides), and not the prompt's only
 * version (a new prompt's check is short of a replaced version for weeks, but replaced nothing).
 */
export function mayLookBack(
  versions: readonly VersionRow[],
  v: VersionRow,
  history: TimeRange,
): boolean {
  return versions.length >= 2 && parseInstant(v.timestamp) >= lookBackStart(history);
}

/**
 * For a live version whose release check found the history short of what it reads
 * (checkRelease's `outOfReach`): the reference it had within the last ENDED_NOTICE_DAYS days,
 * found by the same check on a history that starts that many days earlier; null when it had none
 * (its first days did not read worse) or when it may not look back (mayLookBack). A bad release
 * that is now its own reference reads healthy from that morning, and the tracking issue closes:
 * the report says why.
 */
export function endedRelease(
  store: StoreReader & StoreTrendReader,
  versions: readonly VersionRow[],
  pick: LivePick,
  window: TimeRange,
  history: TimeRange,
  metrics: readonly Metric[],
  options: AnalysisOptions,
): ReleaseReference | null {
  const live = pick.version;
  if (!mayLookBack(versions, live, history)) return null;
  const start = lookBackStart(history);
  const longer = { since: toIso(start), until: history.until };
  const days = daysBefore(store.daily(live.id, longer.since, longer.until), window);
  const firstDays = firstBlock(days, options.minSamples);
  const seen = { ...pick, historyCalls: callsIn(store, live, longer) };
  return checkRelease(store, versions, seen, firstDays, window, longer, metrics, options).reference;
}

/**
 * The history cut in two at the start of a day, the replaced version's calls (`called`: its days
 * with calls in the history, in order, two or more) about evenly between the two halves.
 */
function halves(
  called: readonly { readonly day: string; readonly calls: number }[],
  history: TimeRange,
): [TimeRange, TimeRange] {
  const total = called.reduce((n, d) => n + d.calls, 0);
  let before = 0;
  let k = 0;
  while (k < called.length - 1 && 2 * (before + called[k]!.calls) <= total) before += called[k++]!.calls; // prettier-ignore
  const cut = `${called[Math.max(1, k)]!.day}T00:00:00.000Z`;
  return [
    { since: history.since, until: cut },
    { since: cut, until: history.until },
  ];
}

/** `plan` with the release's metrics tested against the version it replaced. */
export function withRelease(plan: WindowPlan, release: ReleaseReference): WindowPlan {
  const from = new Map(release.plan.tests.map((t) => [t.metric, t]));
  const moved = (m: Metric): boolean => release.metrics.includes(m);
  return {
    ...plan,
    tests: plan.tests.map((t) => (moved(t.metric) ? (from.get(t.metric) ?? t) : t)),
    // The note on the window's day-level blocks: a quiet release's calls tested in its place are
    // cut into blocks of their own length, which it would misname.
    dayLevel: [
      ...plan.dayLevel.filter((d) => !moved(d.metric)),
      ...(release.tested === 'window' ? release.plan.dayLevel.filter((d) => moved(d.metric)) : []),
    ],
  };
}

/** The report's account of a release reference. */
export function releaseSide(release: ReleaseReference): ReleaseSide {
  return {
    version: release.version.version,
    released: release.released,
    days: release.days,
    ...release.plan.historyRange,
    n: release.calls,
    metrics: release.metrics,
    tested: release.tested,
    tested_since: release.testedSince,
  };
}
