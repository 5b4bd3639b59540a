import type { LiveChoice, TimeRange } from '../../report/health-types.js';
import type { StoreReader, VersionRow } from '../../store/types.js';
import { DAY_MS, HOUR_MS, parseInstant, toIso } from '../../time.js';
import { rollbackPastTag, taggedLive } from '../live-version.js';

/** A prompt's live version and how many calls it has in the window and the history. */
export interface LivePick {
  readonly version: VersionRow;
  readonly chosenBy: LiveChoice;
  readonly windowCalls: number;
  readonly historyCalls: number;
  /** The production-tagged version is silent: the newest other version with window calls. */
  readonly activeOther: VersionRow | null;
  /** A production-tagged version passed over because it has no calls in window or history. */
  readonly idleTagged: VersionRow | null;
  /** The version tagged production, passed over for a rollback made since (rollbackPastTag). */
  readonly tagLeftBehind?: VersionRow;
  /** Other versions also tagged production, passed over for the one called last. */
  readonly alsoTagged?: readonly VersionRow[];
  /** Other versions of the prompt called in the window beside the live one (not checked). */
  readonly alsoCalled?: readonly { readonly version: VersionRow; readonly calls: number }[];
  /** The prompt's newest version, tagged retired while a production version still runs. */
  readonly retiredNewest?: VersionRow;
}

/** Calls of one version in a range; 0 without a query when its newest call is older. */
export function callsIn(store: StoreReader, v: VersionRow, range: TimeRange): number {
  if (v.calls === 0 || v.lastCallAt === null) return 0;
  // Most versions of a long-lived store stopped being called long ago: skip them unread.
  const last = parseInstant(v.lastCallAt);
  if (Number.isFinite(last) && last < parseInstant(range.since)) return 0;
  return store.contexts(v.id, range.since, range.until).reduce((n, c) => n + c.calls, 0);
}

/** Earlier weeks asked whether a silent window's hours of the week are quiet as a rule. */
const QUIET_WEEKS = 4;
const WEEK_MS = 7 * DAY_MS;

/**
 * How far in from each end of a span its earlier weeks' hours are read: the hour a clock change
 * moves. A prompt called from 08:00 Berlin time had its Monday calls from 06:00 UTC in summer
 * and from 07:00 in winter; a 06:30 UTC report after the change read its window as silent where
 * those weeks had calls, three Mondays running. A quarter of a span under 4 hours.
 */
function clockSlack(len: number): number {
  return Math.min(HOUR_MS, len / 4);
}

/**
 * From when a version surely ran at any hour of the week: the day after its first day with calls
 * (YYYY-MM-DD); -Infinity when it ran before the history (null); NaN when unknown (undefined).
 */
function surelyRan(firstDay: string | null | undefined): number {
  if (firstDay === null) return -Infinity;
  return firstDay === undefined ? NaN : Date.parse(`${firstDay}T00:00:00Z`) + DAY_MS;
}

/**
 * For a version with no call in the window: how many weeks back (2 to 4) the same hours of the
 * week (but for an hour at each end, clockSlack) had no call either, each a week after its first day with calls (`firstDay`, YYYY-MM-DD;
 * null: it ran before the history, so every week back counts), else 0. A prompt used only on working days is silent every weekend, which is no alert; an
 * outage on a working day is. Windows of a week or more have no such rhythm.
 */
export function quietWeeks(
  store: StoreReader,
  v: VersionRow,
  window: TimeRange,
  firstDay: string | null | undefined,
): number {
  const since = parseInstant(window.since);
  const len = parseInstant(window.until) - since;
  const ran = surelyRan(firstDay);
  if (!(len < WEEK_MS) || Number.isNaN(ran)) return 0;
  const slack = clockSlack(len);
  let weeks = 0;
  for (let k = 1; k <= QUIET_WEEKS; k++) {
    const from = since - k * WEEK_MS;
    if (from < ran) break;
    const hours = { since: toIso(from + slack), until: toIso(from + len - slack) };
    if (callsIn(store, v, hours) > 0) return 0;
    weeks = k;
  }
  return weeks >= 2 ? weeks : 0;
}

/**
 * For a version silent since its newest call: the calls it had on average over the same hours
 * of the week (its newest call to the window's end, but for an hour at each end: clockSlack) in
 * each of the 4 weeks before, counting the
 * weeks after its first day with calls (`firstDay`, as for quietWeeks); null with fewer than 2
 * such weeks. A prompt called a few times a weekend day is silent on many weekends by chance
 * alone: none of 0.7 calls expected is no outage.
 */
export function expectedCalls(
  store: StoreReader,
  v: VersionRow,
  window: TimeRange,
  firstDay: string | null | undefined,
): number | null {
  // From its newest call when that is before the window (a report for an earlier --now may
  // see calls after it), else from the window's start.
  const last = v.lastCallAt === null ? NaN : parseInstant(v.lastCallAt);
  const from = last < parseInstant(window.since) ? last : parseInstant(window.since);
  const until = parseInstant(window.until);
  const ran = surelyRan(firstDay);
  if (!(from < until) || Number.isNaN(ran)) return null;
  const slack = clockSlack(until - from);
  let weeks = 0;
  let calls = 0;
  for (let k = 1; k <= QUIET_WEEKS; k++) {
    const since = from + 1 - k * WEEK_MS;
    if (since < ran) break;
    const hours = { since: toIso(since + slack), until: toIso(until - k * WEEK_MS - slack) };
    calls += callsIn(store, v, hours);
    weeks = k;
  }
  return weeks >= 2 ? calls / weeks : null;
}

/** Versions read on each side of a release for the one it replaced. */
const MAX_CANDIDATES = 3;

/**
 * The version a live version replaced (a release, young or with days of its own): of the versions
 * registered just before it (newest first), the first with `minCalls` calls in the history; else,
 * for one registered before the version it replaced (a rollback to an earlier text, which a store
 * naming versions by their text keeps under its first row; a release candidate shipped late), of
 * those registered just after it, the first with as many calls before `released`, its first day
 * with calls (YYYY-MM-DD). Null when none has.
 * Counted from their calls in the history alone: asking versions for their newest call would,
 * past a quarter of a store's versions, read every call of the store.
 */
export function replacedVersion(
  store: StoreReader,
  versions: readonly VersionRow[],
  live: VersionRow,
  history: TimeRange,
  released: string,
  minCalls: number,
): VersionRow | null {
  const i = versions.indexOf(live);
  const enough = (v: VersionRow, until: string): boolean =>
    store.contexts(v.id, history.since, until).reduce((n, c) => n + c.calls, 0) >= minCalls;
  const older = versions.slice(i + 1, i + 1 + MAX_CANDIDATES);
  const newer = versions.slice(Math.max(0, i - MAX_CANDIDATES), i).reverse();
  const first = `${released}T00:00:00.000Z`;
  return older.find((v) => enough(v, history.until)) ?? newer.find((v) => enough(v, first)) ?? null;
}

/**
 * The versions older than `live` (of `versions`, newest first) with its text: the text the
 * library's rollback() registered again is theirs. Reads the texts.
 */
export function olderWithText(
  versions: readonly VersionRow[],
  live: VersionRow,
): readonly VersionRow[] {
  const text = live.promptHash;
  if (text === null) return [];
  return versions.slice(versions.indexOf(live) + 1).filter((v) => v.promptHash === text);
}

/**
 * An older version with the young live version's text and at least `minCalls` calls in the
 * history (see olderWithText). Null when none.
 */
export function sameTextVersion(
  store: StoreReader,
  versions: readonly VersionRow[],
  live: VersionRow,
  history: TimeRange,
  minCalls: number,
): VersionRow | null {
  return olderWithText(versions, live).find((v) => callsIn(store, v, history) >= minCalls) ?? null;
}

function latest(
  store: StoreReader,
  versions: readonly VersionRow[],
  window: TimeRange,
  history: TimeRange,
  idleTagged: VersionRow | null,
): LivePick | null {
  const base = { activeOther: null, idleTagged };
  for (const v of versions) {
    const windowCalls = callsIn(store, v, window);
    if (windowCalls > 0) {
      const historyCalls = callsIn(store, v, history);
      return { ...base, version: v, chosenBy: 'latest_in_window', windowCalls, historyCalls };
    }
  }
  for (const v of versions) {
    const historyCalls = callsIn(store, v, history);
    if (historyCalls > 0)
      return { ...base, version: v, chosenBy: 'latest_in_history', windowCalls: 0, historyCalls };
  }
  return null;
}

/**
 * Per prompt, the other versions called in the window beside its live one (a canary, an A/B
 * variant): said, as they are not checked. Asked once for the whole store, after every prompt's
 * own reads: nothing more is read when the store's index holds no call in the window beyond the
 * live versions' (the common case); else every version's window calls are counted at once where
 * the store can, as asking each for its newest call would read every call of the store.
 */
export function alsoCalled(
  store: StoreReader,
  prompts: readonly { readonly versions: readonly VersionRow[]; readonly pick: LivePick }[],
  window: TimeRange,
): (LivePick['alsoCalled'] | undefined)[] {
  const live = prompts.reduce((n, p) => n + p.pick.windowCalls, 0);
  if (store.callsInRange?.(window.since, window.until) === live)
    return prompts.map(() => undefined);
  const inWindow = store.callsByVersion?.(window.since, window.until);
  return prompts.map(({ versions, pick }) => {
    if (pick.windowCalls === 0) return undefined;
    const found = versions.flatMap((v) => {
      if (v === pick.version) return [];
      const calls = inWindow ? (inWindow.get(v.id) ?? 0) : callsIn(store, v, window);
      return calls > 0 ? [{ version: v, calls }] : [];
    });
    return found.length > 0 ? found : undefined;
  });
}

/**
 * The live version among one prompt's versions (newest first): the one tagged `production`,
 * else the newest with calls in the window, else the newest with calls in the history (it is
 * then silent). A production tag on a version without a single call in window or history is
 * stale: it is passed over (and said so) rather than reported on forever. Null when no version
 * has calls in window or history: the prompt is inactive.
 */
export function pickLive(
  store: StoreReader,
  versions: readonly VersionRow[],
  window: TimeRange,
  history: TimeRange,
): LivePick | null {
  // Several tagged: the one serving most of the window's calls (as the pull-request check counts
  // the day up to their newest call), the order standing when none has one (servingOrder).
  const [tagged, ...alsoTagged] = taggedLive(versions, (v) => callsIn(store, v, window));
  if (!tagged) return latest(store, versions, window, history, null);
  // A rollback the tag did not follow runs, as the pull-request check takes it (liveVersion),
  // or serves more of the window's calls than the tagged one (a client pinned to it may call it
  // after the rollback's newest call).
  const tagCalls = callsIn(store, tagged, window);
  const back = rollbackPastTag(tagged, versions, (v) => callsIn(store, v, window) > tagCalls);
  const rolledBack = back ? latest(store, [back], window, history, null) : null;
  if (rolledBack) return { ...rolledBack, tagLeftBehind: tagged };
  const windowCalls = tagCalls;
  const historyCalls = callsIn(store, tagged, history);
  if (windowCalls === 0 && historyCalls === 0) {
    const others = versions.filter((v) => v !== tagged);
    return latest(store, others, window, history, tagged);
  }
  const activeOther =
    windowCalls > 0
      ? null
      : (versions.find((v) => v !== tagged && callsIn(store, v, window) > 0) ?? null);
  return {
    version: tagged,
    chosenBy: 'production_tag',
    windowCalls,
    historyCalls,
    activeOther,
    idleTagged: null,
    ...(alsoTagged.length > 0 ? { alsoTagged } : {}),
  };
}
