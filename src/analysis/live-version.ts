import type { StoreReader, VersionRow } from '../store/types.js';
import { DAY_MS, parseInstant, toIso } from '../time.js';

// The same stored text, known only when both rows carry it (or its hash): unlike sameContent, a
// store without texts matches nothing, so that two prompts' 1.0.0 are not taken for one text.
export function sameStoredText(a: VersionRow, b: VersionRow): boolean {
  if (typeof a.promptText === 'string' && typeof b.promptText === 'string')
    return a.promptKey === b.promptKey && a.promptText === b.promptText;
  return a.promptHash !== null && a.promptHash === b.promptHash;
}

/**
 * A tag that marks the live version: `production`, or `prod`, in any case and without the spaces
 * around it (teams write `Production` or `PROD`; the library takes any string).
 */
export function isProductionTag(tag: string): boolean {
  const t = tag.trim().toLowerCase();
  return t === 'production' || t === 'prod';
}

/** Whether a version carries a {@link isProductionTag production tag}. */
export const taggedProduction = (v: VersionRow): boolean => v.tags.some(isProductionTag);

/**
 * A prompt's versions tagged `production` (of `versions`, newest first), the live one first: the
 * one serving most of the recent calls (`recent`: see servingOrder, recentCalls), else the one
 * called last, as a rollback that tags an older version again leaves the newer one's tag behind
 * (the library never removes a tag); the newest tagged when none has a call. The others follow,
 * newest first.
 */
export function taggedLive(
  versions: readonly VersionRow[],
  recent?: (v: VersionRow) => number,
): VersionRow[] {
  const tagged = versions.filter(taggedProduction);
  if (tagged.length < 2) return tagged;
  let live = tagged[0]!;
  let last = -Infinity;
  for (const v of tagged) {
    const at = v.lastCallAt === null ? NaN : parseInstant(v.lastCallAt);
    if (at > last) [live, last] = [v, at];
  }
  const order = [live, ...tagged.filter((v) => v !== live)];
  return recent ? servingOrder(order, recent) : order;
}

/**
 * Several versions tagged production (the one called last first): the one serving most of the
 * recent calls first, and of those serving at least half as many as it, the oldest (`tagged`
 * keeps the prompt's order, newest first). A client pinned to an old tagged version, called
 * last now and then, is not what runs; a rollout that tags the new version before it takes the
 * traffic leaves the old one serving; two versions at about half the calls each would trade
 * places from one day to the next on the count alone. The order stands when none has a call.
 */
export function servingOrder(
  tagged: readonly VersionRow[],
  calls: (v: VersionRow) => number,
): VersionRow[] {
  if (tagged.length < 2) return [...tagged];
  const counts = new Map(tagged.map((v) => [v, calls(v)]));
  const most = Math.max(...counts.values());
  if (most === 0) return [...tagged];
  const serving = tagged.filter((v) => 2 * counts.get(v)! >= most);
  const live = serving.reduce((a, b) => (parseInstant(b.timestamp) < parseInstant(a.timestamp) ? b : a)); // prettier-ignore
  return [live, ...tagged.filter((v) => v !== live)];
}

/** The span over which the pull-request check counts tagged versions' calls: the health window's default. */
export const RECENT_MS = DAY_MS;

/**
 * The recent calls of a prompt's tagged versions, asked of `store` (memoised): those of the 24
 * hours up to the newest call of any of them, the span the health report's default window
 * reads. Null when fewer than two are tagged or none has a call.
 */
export function recentCalls(
  store: Pick<StoreReader, 'contexts'>,
  versions: readonly VersionRow[],
): { readonly until: string; readonly calls: (v: VersionRow) => number } | null {
  const tagged = versions.filter(taggedProduction);
  if (tagged.length < 2) return null;
  const newest = Math.max(
    ...tagged.map((v) => (v.lastCallAt === null ? -Infinity : parseInstant(v.lastCallAt))),
  );
  if (!Number.isFinite(newest)) return null;
  // Until just after the newest call (sub-millisecond stamps too): contexts() reads [since, until).
  const [since, until] = [toIso(newest - RECENT_MS), toIso(newest + 2)];
  const memo = new Map<number, number>();
  const calls = (v: VersionRow): number => {
    if (v.lastCallAt === null || parseInstant(v.lastCallAt) < newest - RECENT_MS) return 0;
    let n = memo.get(v.id);
    if (n === undefined) {
      n = store.contexts(v.id, since, until).reduce((sum, c) => sum + c.calls, 0);
      memo.set(v.id, n);
    }
    return n;
  };
  return { until: toIso(newest), calls };
}

/**
 * A rollback the production tag did not follow, among versions newest first: the newest version
 * registered after `tagged`, with the text of one registered before it, and called after its
 * newest call, or (`servesMore`, health's window) serving more calls than it. The library's
 * `rollback()` makes such a version and leaves the tag where it was; a client pinned to the
 * tagged version may still call it now and then.
 */
export function rollbackPastTag(
  tagged: VersionRow,
  versions: readonly VersionRow[],
  servesMore: (v: VersionRow) => boolean = () => false,
): VersionRow | undefined {
  const at = parseInstant(tagged.timestamp);
  // Registration times first: a version's newest call costs a read of the store, and the tagged
  // version is most often the newest.
  const newer = versions.filter((v) => parseInstant(v.timestamp) > at && v.calls > 0);
  if (newer.length === 0) return undefined;
  const last = tagged.lastCallAt === null ? -Infinity : parseInstant(tagged.lastCallAt);
  const older = versions.filter((v) => parseInstant(v.timestamp) < at);
  return newer.find(
    (v) =>
      older.some((o) => sameStoredText(o, v)) &&
      ((v.lastCallAt !== null && parseInstant(v.lastCallAt) > last) || servesMore(v)),
  );
}

/**
 * A version that seems to have taken over from the tagged one while the tag stayed: the newest
 * registered after `tagged` with at least `minCalls` calls, the tagged one not called since it
 * was registered (a team that tagged production once and shipped since). The tag still decides
 * the baseline (the newer one may be merged and not yet deployed); the report says so. An A/B
 * variant is called beside the tagged one, and a staged version has too few calls.
 */
export function tookOverFromTag(
  tagged: VersionRow,
  versions: readonly VersionRow[],
  minCalls: number,
): VersionRow | undefined {
  const at = parseInstant(tagged.timestamp);
  const newer = versions.filter((v) => parseInstant(v.timestamp) > at && v.calls >= minCalls);
  if (newer.length === 0) return undefined;
  const last = tagged.lastCallAt === null ? -Infinity : parseInstant(tagged.lastCallAt);
  return newer.find((v) => parseInstant(v.timestamp) >= last);
}

/** A prompt's live version among its versions (newest first), as chooseBaseline picks it. */
export function liveVersion(
  versions: readonly VersionRow[],
  minSamples: number,
  /** The store `versions` come from: with it, tagged versions are ordered by recent calls. */
  store?: Pick<StoreReader, 'contexts'> | null,
): VersionRow | undefined {
  const recent = store ? recentCalls(store, versions) : null;
  const tagged = taggedLive(versions, recent?.calls)[0];
  if (tagged) return rollbackPastTag(tagged, versions) ?? tagged;
  return newestCalled(versions, minSamples);
}

/** Of versions newest first: the newest with `minSamples` calls, else with any, else the newest. */
export function newestCalled(
  versions: readonly VersionRow[],
  minSamples: number,
): VersionRow | undefined {
  return (
    versions.find((v) => v.calls >= minSamples) ?? versions.find((v) => v.calls > 0) ?? versions[0]
  );
}
