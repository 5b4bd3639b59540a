import { ACTIONS_BOT_LOGIN, isBotUser } from './identity.js';
import {
  compareRuns,
  findMarker,
  findMarkerAnywhere,
  type Marker,
  type MarkerKind,
} from './markers.js';

/** A comment or an issue as the port sees it, before we know whether it is ours. */
export interface Published {
  /** Comment id or issue number: lower means created earlier. */
  id: number;
  body: string | null | undefined;
  /** Author login. */
  login: string | undefined;
  /** True when the author is a bot (an App or Actions), never a person (see `isBotUser`). */
  bot: boolean;
}

/** A listed comment or issue, from its id (or number), body and author, as the port sees it. */
export function published(
  id: number,
  body: string | null | undefined,
  user: { login?: string; type?: string } | null | undefined,
): Published {
  return { id, body, login: user?.login, bot: isBotUser(user) };
}

/** A comment or issue that carries our marker and was written by us. */
export interface Ours {
  id: number;
  body: string;
  marker: Marker;
}

/** What to do when several of ours exist for one key (two runs raced). */
export interface DedupePlan {
  /** The one to keep (see planDedupe), the same whichever racing run decides. */
  keep: Ours;
  /** The newest report among them; its body belongs on `keep`. */
  newest: Ours;
  /** True when `keep` does not already carry the newest body. */
  updateKeep: boolean;
  /** The others, to delete (comments) or close as duplicates (issues). */
  remove: number[];
}

/**
 * Ours among `items`: the marker of `kind` with `key` as the first line, written by `login`. A marker in
 * something written by anyone else is ignored, so nobody can make us edit their text.
 *
 * With the login unknown (null: GitHub does not tell an App or Actions token who it is), the
 * author must be a bot, never a person, and one bot only: the Actions bot when it is among
 * them, else the author of the oldest.
 */
export function selectOurs(
  items: readonly Published[],
  opts: {
    kind: MarkerKind;
    key: string;
    login: string | null;
    /** Health: the workflow's key; another workflow's report is not ours (older ones are). */
    workflow?: string;
    /** Health: the marker may be on any line (see findMarkerAnywhere). */
    anywhere?: boolean;
  },
): Ours[] {
  const marked: (Ours & { author: Published })[] = [];
  const find = opts.anywhere ? findMarkerAnywhere : findMarker;
  for (const item of items) {
    if (!item.body || item.login === undefined) continue;
    const marker = find(item.body, opts.kind);
    if (marker?.key !== opts.key) continue;
    if (
      marker.workflow !== undefined &&
      opts.workflow !== undefined &&
      marker.workflow !== opts.workflow
    )
      continue;
    marked.push({ id: item.id, body: item.body, marker, author: item });
  }
  marked.sort((a, b) => a.id - b.id);
  const login = opts.login ?? botAuthor(marked.map((m) => m.author));
  return marked
    .filter((m) => m.author.login === login)
    .map(({ id, body, marker }) => ({ id, body, marker }));
}

/** The bot taken as us when our login is unknown: the Actions bot, else the oldest's author. */
function botAuthor(sorted: readonly Published[]): string | undefined {
  const bots = sorted.filter((p) => p.bot);
  return bots.find((p) => p.login === ACTIONS_BOT_LOGIN)?.login ?? bots[0]?.login;
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

/**
 * The plan that leaves exactly one holding the newest report; null if none. `keep`: the oldest
 * (a sticky comment keeps its place in the conversation) or the one with the newest report (a
 * tracking issue: an old one someone reopened to compare with must not take over the current
 * incident's discussion; syncTrackingIssue leaves such a one open rather than close it).
 */
export function planDedupe(
  ours: readonly Ours[],
  keep: 'oldest' | 'newest' = 'oldest',
): DedupePlan | null {
  const sorted = [...ours].sort((a, b) => a.id - b.id);
  const newest = newestOf(sorted);
  const kept = keep === 'oldest' ? sorted[0] : newest;
  if (!kept || !newest) return null;
  return {
    keep: kept,
    newest,
    updateKeep: newest.id !== kept.id && newest.body !== kept.body,
    remove: sorted.filter((o) => o !== kept).map((o) => o.id),
  };
}

/** True when the report already published (`existing`) is newer than the one we hold. */
export function isNewerThan(existing: Marker, ours: Marker): boolean {
  return compareRuns(existing, ours) > 0;
}
