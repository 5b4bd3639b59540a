import { compareRuns, findMarker, type Marker, type MarkerKind } from './markers.js';

/** A comment or an issue as the port sees it, before we know whether it is ours. */
export interface Published {
  /** Comment id or issue number: lower means created earlier. */
  id: number;
  body: string | null | undefined;
  /** Author login. */
  login: string | undefined;
}

/** A comment or issue that carries our marker and was written by us. */
export interface Ours {
  id: number;
  body: string;
  marker: Marker;
}

/** What to do when several of ours exist for one key (two runs raced). */
export interface DedupePlan {
  /** The one to keep: the oldest, so every racing run picks the same one. */
  keep: Ours;
  /** The newest report among them; its body belongs on `keep`. */
  newest: Ours;
  /** True when `keep` does not already carry the newest body. */
  updateKeep: boolean;
  /** The others, to delete (comments) or close as duplicates (issues). */
  remove: number[];
}

/**
 * Ours among `items`: the marker of `kind` with `key`, written by `login`. A marker in
 * something written by anyone else is ignored, so nobody can make us edit their text.
 */
export function selectOurs(
  items: readonly Published[],
  opts: { kind: MarkerKind; key: string; login: string; firstLineOnly?: boolean },
): Ours[] {
  const ours: Ours[] = [];
  for (const item of items) {
    if (item.login !== opts.login || !item.body) continue;
    const marker = findMarker(item.body, opts.kind, opts.firstLineOnly ?? false);
    if (marker?.key === opts.key) ours.push({ id: item.id, body: item.body, marker });
  }
  return ours.sort((a, b) => a.id - b.id);
}

/** The newest report among `ours` (run, attempt, then the later one posted). */
export function newestOf(ours: readonly Ours[]): Ours | undefined {
  let newest: Ours | undefined;
  for (const o of ours) {
    if (!newest || compareRuns(o.marker, newest.marker) > 0) newest = o;
    else if (compareRuns(o.marker, newest.marker) === 0 && o.id > newest.id) newest = o;
  }
  return newest;
}

/** The plan that leaves exactly one, the oldest, holding the newest report; null if none. */
export function planDedupe(ours: readonly Ours[]): DedupePlan | null {
  const sorted = [...ours].sort((a, b) => a.id - b.id);
  const keep = sorted[0];
  const newest = newestOf(sorted);
  if (!keep || !newest) return null;
  return {
    keep,
    newest,
    updateKeep: newest.id !== keep.id && newest.body !== keep.body,
    remove: sorted.slice(1).map((o) => o.id),
  };
}

/** True when the report already published (`existing`) is newer than the one we hold. */
export function isNewerThan(existing: Marker, ours: Marker): boolean {
  return compareRuns(existing, ours) > 0;
}
