import type { StoreReader, VersionRow } from '../store/types.js';
import { parseInstant } from '../time.js';
import { liveVersion, taggedProduction } from './live-version.js';
import { byName, copiedFrom, sameContent, type ContentChanges } from './select.js';

/**
 * Which head stores are checked for base versions they lack: `every` one (the CLI's --base and
 * --head, named by hand), one that `adding` a version or a change (a committed store, which a
 * merge lands), or `none` (a store that never lands: a cache, an artifact, a job's own file).
 */
export type LostScope = 'every' | 'adding' | 'none';

/** A base version that a head store copied from the base store lacks. */
export interface LostVersion {
  readonly version: VersionRow;
  /** The base's live version of its prompt: nothing was compared for the prompt. */
  readonly live: boolean;
  /**
   * The head's row of the same version string with the text the base replaced, when the base
   * rewrote it in place since the head's copy (ContentChanges.rewrittenSince).
   */
  readonly olderCopy?: VersionRow;
}

/**
 * Whether the head adds to the base: new rows (the old texts of versions the base rewrote since
 * among them: never taken for a branch that left the store alone, lest a change read as none),
 * or a change found in copied ones (calls appended to an old version: a revert). Call counts
 * are not compared: on a big store they cost a count of every version.
 */
function addsTo(
  head: StoreReader,
  changes: ContentChanges,
  copied: (h: VersionRow) => boolean,
): boolean {
  return changes.changed.length > 0 || head.versions().some((h) => !copied(h));
}

/**
 * What a head store that is a copy of the base store (it holds some of the base's own rows: same
 * name, version, time and text) lacks: the base's live text of a prompt the head has but does not
 * change, and any base version registered after the newest row the head copied, by neither its
 * version string nor its text. Either way the head is an older copy (kept in a merge conflict,
 * or a restored cache), or the stores were given the other way round; merged, it would drop them.
 * A fresh store per job registers every version anew and holds only what its evaluation ran: it
 * copies no row, and lacks nothing here. A version rewritten in place (`overwrite=True`) keeps its
 * version string, so it is not lacking either, unless the base registered its row after the
 * head's (both branches bumped to the same version string: the head never had the base's), or the
 * head still tags production a row it copied that the base no longer tags (its copy is older than
 * the base's tag move: a stale branch that bumped to the string main shipped).
 *
 * A head that adds nothing (every row the base's, and no change found) may be a branch that left
 * the store alone, whose merge lands the base's store as it is: then only what it deleted is
 * lost, a live version registered before the newest row it copied (`delete_version`, a prompt
 * removed). Unless the head store is what lands as it is (`every`: the CLI's stores named by
 * hand, a push's commit, a merge group's, a pull request's merge commit), where it lacks all the
 * same what an adding head lacks.
 */
export function lostVersions(
  head: StoreReader,
  base: StoreReader,
  changes: ContentChanges,
  minSamples: number,
  scope: LostScope = 'adding',
  /** Base prompts a head prompt was compared with as renamed from them: not lost. */
  renamed: ReadonlySet<string> = new Set(),
): LostVersion[] {
  if (scope === 'none') return [];
  const copied = copiedFrom(base);
  const deletedOnly = scope !== 'every' && !addsTo(head, changes, copied);
  const bases = byName(base.versions());
  // Versions the base rewrote in place since the head's copy, which holds their older text.
  const lost: LostVersion[] = deletedOnly
    ? []
    : changes.rewrittenSince.map(({ version, sameAs }) => ({
        version: sameAs,
        live: liveVersion(bases.get(sameAs.name) ?? [], minSamples, base)?.id === sameAs.id,
        olderCopy: version,
      }));
  const listed = new Set(lost.map((l) => l.version.id));
  const copiedAt = head
    .versions()
    .filter(copied)
    .map((h) => parseInstant(h.timestamp));
  if (copiedAt.length === 0) return lost;
  const newestCopied = Math.max(...copiedAt);
  const heads = byName(head.versions());
  const changed = new Set(changes.changed.map((c) => c.version.name));
  for (const [name, versions] of bases) {
    if (renamed.has(name)) continue;
    const mine = heads.get(name) ?? [];
    // The same text, or the same version string on a row registered since the base's (the
    // base's row rewritten in place on the branch), unless the head still tags production a row
    // it copied that the base tags no more: its copy is older than the base's tag move, so it
    // never held the base's later rows (a stale branch that bumped to the string main shipped).
    const olderTag = mine.some(
      (h) =>
        taggedProduction(h) &&
        versions.some(
          (b) =>
            b.version === h.version &&
            b.timestamp === h.timestamp &&
            !taggedProduction(b) &&
            sameContent(b, h),
        ),
    );
    const has = (b: VersionRow): boolean =>
      mine.some(
        (h) =>
          sameContent(h, b) ||
          (!olderTag &&
            h.version === b.version &&
            parseInstant(h.timestamp) >= parseInstant(b.timestamp)),
      );
    // A head that holds every text of the prompt lost none, its live one included: nothing to
    // ask the store (a copy of the base plus new versions, the usual head, stops here).
    if (versions.every((b) => mine.some((h) => sameContent(h, b)))) continue;
    // The live version asked only of a prompt the head does not change, and copied or deleted
    // from: finding it may read a version's newest call.
    const before = (b: VersionRow): boolean => parseInstant(b.timestamp) <= newestCopied;
    const live =
      !changed.has(name) && (mine.some(copied) || versions.some(before))
        ? liveVersion(versions, minSamples, base)
        : undefined;
    const gone = (b: VersionRow): boolean =>
      deletedOnly ? before(b) && !has(b) : !mine.some((h) => sameContent(h, b));
    if (live && gone(live) && (mine.some(copied) || before(live))) {
      if (!listed.has(live.id)) lost.push({ version: live, live: true });
      continue;
    }
    if (deletedOnly) continue;
    for (const b of versions)
      if (parseInstant(b.timestamp) > newestCopied && !has(b) && !listed.has(b.id))
        lost.push({ version: b, live: false });
  }
  return lost;
}
