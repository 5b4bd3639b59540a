// The run-level warnings a store diff gives beside its comparisons: what a head store copied from
// the base lacks, and the head versions sorted as no change that a reader should hear of.
import { parseInstant } from '../time.js';
import { plural } from '../wording/labels.js';
import type { LostVersion } from './lost.js';
import type { ContentChanges } from './select.js';

const day = (t: string): string => new Date(parseInstant(t)).toISOString().slice(0, 10);

/** What the head runs or holds that is no change of its own, with how to act on it. */
export function changeWarnings(changes: ContentChanges | null): string[] {
  const warnings: string[] = [];
  for (const { version: v, sameAs } of changes?.stagedRan ?? []) {
    const [name, version] = [JSON.stringify(v.name), JSON.stringify(v.version)];
    const there = sameAs.calls === 0 ? 'never called' : plural(sameAs.calls, 'call');
    warnings.push(
      `The head ran ${name} ${version}, the base's newest text (${there} there): not compared, as it is on the base branch. Compare it on demand: pv-check compare --prompt ${name} --candidate ${version} (or workflow_dispatch).`,
    );
  }
  for (const { version: v, sameAs } of changes?.tagMoved ?? []) {
    const [name, version] = [JSON.stringify(v.name), JSON.stringify(v.version)];
    warnings.push(
      `The head tags ${name} ${version} production over the base's ${JSON.stringify(sameAs.version)}, whose text it registered anew: if the head store is a copy from before the base moved the tag (a restored cache), copy the base's store again; else it is tested as what now runs.`,
    );
  }
  for (const v of changes?.removedSince ?? []) {
    const [name, version] = [JSON.stringify(v.name), JSON.stringify(v.version)];
    warnings.push(
      `The head holds ${name} ${version} (registered ${day(v.timestamp)}), which the base store no longer has: a row of the store this branch copied, removed on the base since (delete_version?), not called after the base's newest call. Not compared: it is no change of this branch's.`,
    );
  }
  return warnings;
}

/** What a head store copied from the base lacks, and the fix, first (reports cut at 300). */
export function lostWarnings(all: readonly LostVersion[]): string[] {
  const lost = all.filter((l) => !l.olderCopy);
  const named = (list: readonly LostVersion[]): string => {
    const shown = list.slice(0, 2).map(({ version: v }) => `${JSON.stringify(v.name)} ${JSON.stringify(v.version)}`); // prettier-ignore
    return shown.join(', ') + (list.length > 2 ? ` and ${list.length - 2} more` : '');
  };
  const live = lost.filter((l) => l.live);
  const newer = lost.filter((l) => !l.live);
  const out: string[] = [];
  if (live.length > 0)
    out.push(
      `The head store, a copy of the base's, lacks the base's live ${named(live)}: take the base branch's store again and re-run the evaluation (an older copy kept in a merge conflict, a revert, or the stores swapped?). Not compared.`,
    );
  if (newer.length > 0)
    out.push(
      `The head store, a copy of the base's, lacks ${plural(newer.length, 'version')} the base registered after its newest copied one (${named(newer)}): take the base branch's store again and re-run the evaluation (an older copy kept, a revert, or the stores swapped?).`,
    );
  // A version the base rewrote in place since the head's copy: said with both rows' dates.
  for (const { version: b, olderCopy: h } of all) {
    if (!h) continue;
    const [name, version] = [JSON.stringify(h.name), JSON.stringify(h.version)];
    out.push(
      `The head's ${name} ${version} is an older text: the base registered ${version} again with other text (overwrite=True) on ${day(b.timestamp)}, after the head's row (${day(h.timestamp)}). Not compared: take the base branch's store again and re-run the evaluation.`,
    );
  }
  return out;
}
