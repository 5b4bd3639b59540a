import { SelectionError } from './selection-error.js';
import type { BaselineChoice } from '../report/types.js';
import type { StoreReader, VersionRow } from '../store/types.js';
import { parseInstant } from '../time.js';
import {
  liveVersion,
  taggedProduction,
  newestCalled,
  recentCalls,
  rollbackPastTag,
  tookOverFromTag,
  sameStoredText,
  taggedLive,
} from './live-version.js';
import { MAX_POOLED } from './pooled.js';
import { abandoned, staged, stillCalled, straggled } from './running.js';

export { SelectionError };
export { liveVersion, rollbackPastTag, taggedLive } from './live-version.js';

/** A version the run compares, and the version it is compared with. */
export interface Pairing {
  readonly candidate: VersionRow;
  readonly baseline: VersionRow | null;
  readonly chosenBy: BaselineChoice | null;
  /** The base store has a version of this prompt under the same version string, with other text. */
  readonly versionReused: boolean;
  /**
   * Other head versions of the prompt with the candidate's text (a re-save under another version
   * string), newest first: their calls are the candidate's too (pooledReader).
   */
  readonly pooled?: readonly VersionRow[];
  /**
   * The base's prompt the candidate's seems renamed from (renames): the baseline is its version,
   * the head has no prompt of that name, and the base none of the candidate's.
   */
  readonly renamedFrom?: string;
  /** The base's newest version of the prompt, other than the baseline, with the candidate's text. */
  readonly revertsTo?: VersionRow;
  /** Other versions also tagged production, passed over for the live one (taggedLive). */
  readonly alsoTagged?: readonly VersionRow[];
  /**
   * With alsoTagged: the calls of the baseline and of each of alsoTagged (in that order) in the
   * 24 hours up to `until`, the newest call of any of them, which chose the baseline.
   */
  readonly tagCalls?: { readonly until: string; readonly counts: readonly number[] };
  /** The version tagged production, passed over for a rollback made since (rollbackPastTag). */
  readonly tagLeftBehind?: VersionRow;
  /** Asked for by name: the baseline is the live version, with the candidate's very text. */
  readonly liveSameText?: boolean;
  /** Untagged: newer versions called fewer than min-samples times, passed over for an older one. */
  readonly fewCalls?: readonly VersionRow[];
  /** A newer version that took every call since it was registered, the tagged one none (tookOverFromTag). */
  readonly tagIdle?: VersionRow;
  /**
   * The candidate's text was edited in place (the base's very row, same id and time, with other
   * text): its calls up to this instant, the base's newest of it, ran the old text.
   */
  readonly editedAfter?: string;
  /**
   * The candidate is a text the base ran before and stopped running, run again in this change
   * under its own row (a revert): its calls up to this instant, the base's newest of it, are old.
   */
  readonly ranAgainAfter?: string;
  /**
   * The candidate ran in production beside the live version before this change (an A/B arm the
   * change promotes): its calls up to this instant, the base's newest of it, are production
   * traffic, which a re-run of the live version by this change's evaluation does not meet.
   */
  readonly promotedAfter?: string;
}

/** A head version whose text the base store already has under another version string. */
export interface SameText {
  readonly version: VersionRow;
  /** The base store's version with that text (the newest, when several have it). */
  readonly sameAs: VersionRow;
}

/** An explicit request: one prompt's candidate, optionally against a named baseline. */
export interface Selection {
  readonly prompt: string;
  readonly candidate: string;
  readonly baseline?: string | null;
}

/**
 * Whether two versions of one prompt hold the same prompt text: compared whole when both rows
 * carry it (a 64-bit hash could be made to collide), else by hash. When either store cannot
 * tell (it has no text columns), the version string is all there is to go by.
 */
export function sameContent(a: VersionRow, b: VersionRow): boolean {
  if (a.promptText !== undefined && b.promptText !== undefined) {
    if (a.promptText === null || b.promptText === null) return a.version === b.version;
    // Keys first: different keys mean different texts, without reading them through.
    return a.promptKey === b.promptKey && a.promptText === b.promptText;
  }
  if (a.promptHash === null || b.promptHash === null) return a.version === b.version;
  return a.promptHash === b.promptHash;
}

const foldName = (name: string): string => name.normalize('NFKC').trim().toLowerCase();

/**
 * Why a head version with no base prompt of its name may be a renamed one, which is then compared
 * as a new prompt and not tested: a base prompt whose name differs only in case, surrounding
 * spaces or Unicode form,
 * or a base version of another prompt with its very text.
 */
export function renameHints(
  candidate: VersionRow,
  base: StoreReader,
  gone: readonly string[] = [],
): string[] {
  const hints: string[] = [];
  const name = JSON.stringify(candidate.name);
  const folded = foldName(candidate.name);
  const alike = base
    .versions()
    .find((v) => v.name !== candidate.name && foldName(v.name) === folded);
  if (alike)
    hints.push(
      `The base store has no prompt ${name}, but has ${JSON.stringify(alike.name)}, a name that differs only in case, surrounding spaces or Unicode form: if the prompt was renamed, this version is not tested against it.`,
    );
  const same = base
    .versions()
    .find((v) => v.name !== candidate.name && sameStoredText(v, candidate));
  if (same)
    hints.push(
      `The base store's ${JSON.stringify(same.name)} ${JSON.stringify(same.version)} has this very text: if the prompt was renamed, this version is not tested against it.`,
    );
  if (hints.length === 0 && gone.length > 0)
    hints.push(
      `The head store no longer has the base's ${gone
        .slice(0, 3)
        .map((n) => JSON.stringify(n))
        .join(
          ', ',
        )}${gone.length > 3 ? ' and others' : ''}: if this prompt is one of them renamed, it is not tested against it. Keep the prompt's name to have the change tested.`,
    );
  return hints;
}

/** Dropped names said even of a head that keeps none of the base's versions, at most. */
const MAX_DROPPED_UNKEPT = 3;

/**
 * The base's prompt names a head store dropped: all of them when it is a copy of the base (it
 * keeps some of the base's versions as they were); else a few at most (a one-prompt store whose
 * prompt was renamed keeps nothing), not the many a fresh store that ran one prompt lacks.
 */
export function droppedNames(head: StoreReader, base: StoreReader): string[] {
  const mine = byName(head.versions());
  const theirs = byName(base.versions());
  const kept = [...theirs].some(([name, vs]) =>
    (mine.get(name) ?? []).some((h) =>
      vs.some((b) => b.version === h.version && sameContent(b, h)),
    ),
  );
  // Names another head prompt already answers for (a name alike, or the very text) are not news.
  const answered = (name: string): boolean =>
    head
      .versions()
      .some(
        (h) =>
          foldName(h.name) === foldName(name) ||
          (theirs.get(name) ?? []).some((b) => sameStoredText(b, h)),
      );
  const dropped = [...theirs.keys()].filter((name) => !mine.has(name) && !answered(name));
  return kept || dropped.length <= MAX_DROPPED_UNKEPT ? dropped : [];
}

const rowKey = (v: VersionRow): string => JSON.stringify([v.name, v.version, v.timestamp]);

/** Whether a head row is one of the base's own (same name, version, time and text). */
export function copiedFrom(base: StoreReader): (h: VersionRow) => boolean {
  const baseRows = new Map(base.versions().map((b) => [rowKey(b), b]));
  return (h) => {
    const b = baseRows.get(rowKey(h));
    return b !== undefined && sameContent(b, h);
  };
}

/** What the head store holds that the base store does not, by prompt text. */
export interface ContentChanges {
  /** Head versions whose text no base version of the prompt has: the prompt changes. */
  readonly changed: readonly {
    version: VersionRow;
    versionReused: boolean;
    editedAfter?: string;
    ranAgainAfter?: string;
    promotedAfter?: string;
  }[];
  /** Head versions whose text the base has under another version string: not changes. */
  readonly sameText: readonly SameText[];
  /**
   * Head versions that ran the base's newest version, staged there (registered after the live
   * one, called too few times to test): not changes, but tested by nothing unless asked for.
   */
  readonly stagedRan: readonly SameText[];
  /**
   * Head versions it tags production in place of the base's live one (`sameAs`), whose text it
   * registered again rather than holding its row: a promotion, or a copy older than the tag's move.
   */
  readonly tagMoved: readonly SameText[];
  /**
   * Head versions tagged production whose version string the base registered again, with other
   * text, after the head's row (`sameAs`): the base rewrote its live version in place
   * (`overwrite=True`) after the head's copy was made. Not changes: an older copy's live text,
   * which the base replaced.
   */
  readonly rewrittenSince: readonly SameText[];
  /**
   * Head versions whose text and version string the base no longer has, registered before a row
   * the head copied from the base and not called since the base's newest call: rows of the store
   * the branch copied, which the base removed since (`delete_version`, a re-save). Not changes.
   */
  readonly removedSince: readonly VersionRow[];
}

/**
 * Sorts the head store's versions by content against the base store's. A version is a change
 * when no base version of the prompt with its text runs (the live one, a variant still called
 * since the live one was registered) or was last given (the newest), whatever its version
 * string: fresh stores per CI job all start at 1.0.0, `overwrite=True` rewrites a version in
 * place, and a prompt put back to a text the live one replaced (a revert) changes what runs.
 * Versions the base has with the same text and version string are the same version, unless the
 * head tags one production that the base did not and it is not the base's live one: a variant
 * promoted, which changes what runs as much as a new text.
 */
export function contentChanges(
  head: StoreReader,
  base: StoreReader | null,
  minSamples: number,
): ContentChanges {
  const bases = byName(base?.versions() ?? []);
  const heads = byName(head.versions());
  const ranSince = newerThanBase(head, base);
  const changed: ContentChanges['changed'][number][] = [];
  const sameText: SameText[] = [];
  const stagedRan: SameText[] = [];
  const tagMoved: SameText[] = [];
  const rewrittenSince: SameText[] = [];
  const removedSince: VersionRow[] = [];
  // The newest row the head holds as the base has it (-Infinity when none), asked on first use.
  let copiedAt: number | undefined;
  const newestCopied = (): number => {
    if (copiedAt === undefined) {
      const copied = base ? copiedFrom(base) : () => false;
      copiedAt = head
        .versions()
        .filter(copied)
        .reduce((at, h) => Math.max(at, parseInstant(h.timestamp)), -Infinity);
    }
    return copiedAt;
  };
  for (const v of head.versions()) {
    const earlier = bases.get(v.name) ?? [];
    const same = earlier.filter((b) => sameContent(b, v));
    const itself = same.find((b) => b.version === v.version);
    // Tagged production by the head where the base's was not: it becomes what runs, in place of
    // the base's live version, even when it ran beside it (an A/B variant promoted). Only a head
    // that has the base's live text can have moved the tag from it: one without it is an older
    // copy of the store (a branch that copied it before the base moved the tag on).
    const knows =
      itself !== undefined && taggedProduction(v) && !taggedProduction(itself)
        ? knowsLive(heads.get(v.name) ?? [], earlier, minSamples, base)
        : null;
    const promoted = knows !== null;
    // The live text registered again, not the base's own row: a promotion, or an older copy.
    if (knows === 'text')
      tagMoved.push({ version: v, sameAs: liveVersion(earlier, minSamples, base)! });
    // Cheap questions first: most such versions are the base's own history, left as they were.
    if (itself && !promoted && !ranSince(v, itself)) continue;
    // The texts the base runs or was last given: a head version with one of them changes nothing.
    // A variant called after the live one was registered runs beside it, unless the head runs it
    // again and either it only straggled on (a deployment that lagged, an evaluation that re-ran
    // the old text; see straggled) or the head did not run the live text again: an evaluation of
    // every arm runs both, a head that runs the old arm alone puts the prompt back to it.
    // The newest is on the base branch too (staged, or what runs while the tag stays behind),
    // unless it was tried and left: the live one went on serving once its calls stopped (an
    // experiment never promoted, a release rolled back). A head that runs it again ships it.
    const live = liveVersion(earlier, minSamples, base);
    let liveAgain: boolean | undefined;
    const liveRan = (): boolean =>
      (liveAgain ??=
        live !== undefined &&
        (heads.get(v.name) ?? []).some((h) => sameContent(h, live) && ranSince(h, live)));
    const runs = (b: VersionRow, ranAgain: boolean): boolean =>
      b === live ||
      (!promoted &&
        ((b === earlier[0] && !(ranAgain && abandoned(b, live))) ||
          (stillCalled(b, live) && !(ranAgain && (!liveRan() || straggled(b, live, base))))));
    // The base's newest text is on the base branch, not a change of the head's, even when it
    // was never tested there; a head that runs it is told how to test it on demand.
    const ranStaged = (b: VersionRow): boolean => b === earlier[0] && staged(b, live, minSamples);
    if (itself && runs(itself, true)) {
      if (ranStaged(itself)) stagedRan.push({ version: v, sameAs: itself });
      continue;
    }
    const first = same.find((b) => runs(b, ranSince(v, b)));
    if (first && ranStaged(first) && ranSince(v, first))
      stagedRan.push({ version: v, sameAs: first });
    if (first) sameText.push({ version: v, sameAs: first });
    else if (itself) {
      // A text the base ran before and no longer runs, run again under its own row (a revert
      // that keeps the old version string): only the calls after the base's newest of it ran
      // in this change. Its older calls ran before the text it replaces, in other conditions.
      // Tagged production again by the head, it is still an old text run again (a revert that
      // moves the tag back), unless it ran beside the live one (an A/B arm promoted).
      const beside = promoted && stillCalled(itself, live) && !straggled(itself, live, base);
      const again = !beside && itself.lastCallAt !== null && ranSince(v, itself);
      changed.push({
        version: v,
        versionReused: false,
        ...(again ? { ranAgainAfter: itself.lastCallAt } : {}),
        ...(beside && itself.lastCallAt !== null ? { promotedAfter: itself.lastCallAt } : {}),
      });
    } else {
      const reused = earlier.find((b) => b.version === v.version);
      // The head's live version (tagged production there), whose string the base registered
      // again after the head's row, in a head that copied the base's rows after it or added a
      // version of the prompt since: the base rewrote it in place (overwrite=True) after the
      // head's copy was made, and the head holds the text it replaced. Tested, the old live text
      // read as this change's regression. One newer than every row the head copied and than its
      // other versions is the branch's own (two branches that bumped to the same string and tag
      // it, fresh stores that all start at 1.0.0): tested.
      const at = parseInstant(v.timestamp);
      if (
        reused &&
        taggedProduction(v) &&
        parseInstant(reused.timestamp) > at &&
        (at <= newestCopied() ||
          (heads.get(v.name) ?? []).some((h) => parseInstant(h.timestamp) > at))
      ) {
        rewrittenSince.push({ version: v, sameAs: reused });
        continue;
      }
      // A row older than one the head copied from the base was in the store the branch copied;
      // the base has neither its text nor, as of then, its string: the base removed it since
      // (delete_version, or a re-save after the copy). Not called since the base's newest call,
      // it is no change of the branch's, whose own rows are registered after its copy.
      if (
        (!reused || parseInstant(reused.timestamp) > at) &&
        at < newestCopied() &&
        !calledAfter(v, base)
      ) {
        removedSince.push(v);
        continue;
      }
      // The same row with other text (an UPDATE by hand): its calls the base has ran the old one.
      const edited = reused && reused.id === v.id && reused.timestamp === v.timestamp;
      changed.push({
        version: v,
        versionReused: reused !== undefined,
        ...(edited && reused.lastCallAt !== null ? { editedAfter: reused.lastCallAt } : {}),
      });
    }
  }
  return { changed, sameText, stagedRan, tagMoved, rewrittenSince, removedSince };
}

/**
 * Whether a version has a call after the base store's newest (any, when the base has none; when
 * unsure, as with a time that cannot be read, it has).
 */
function calledAfter(v: VersionRow, base: StoreReader | null): boolean {
  if (v.lastCallAt === null) return false;
  return !(parseInstant(v.lastCallAt) <= (base?.lastCallMs() ?? -Infinity));
}

/**
 * How a head's versions of a prompt hold the base's live version: 'row' itself (its text under
 * its version string, registered when it was), 'text' only (registered again: a fresh store, a
 * re-save with overwrite=True, or an evaluation of the merge commit in an older copy of the
 * store, which never saw the tag move), or not at all (null).
 */
function knowsLive(
  mine: readonly VersionRow[],
  earlier: readonly VersionRow[],
  minSamples: number,
  base: StoreReader | null,
): 'row' | 'text' | null {
  const live = liveVersion(earlier, minSamples, base);
  if (live === undefined) return null;
  const same = mine.filter((h) => sameContent(h, live));
  if (same.some((h) => h.version === live.version && h.timestamp === live.timestamp)) return 'row';
  return same.length > 0 ? 'text' : null;
}

/** Calls in a head store up to which each version's newest call is asked (a fresh store per job). */
const SMALL_HEAD_ROWS = 100_000;

/**
 * Whether a head version ran since the base store was written, asked cheaply: a head copied from
 * the base and added to has the rows it appended after the base's last row (their versions are
 * read once); a head smaller than the base (a fresh store per CI job) asks each version it holds
 * for its newest call against the base's of the same version. A big head behind its base (the
 * base gained more rows since) says nothing: asking every version of two big stores for its
 * newest call would read every call of both.
 */
function newerThanBase(
  head: StoreReader,
  base: StoreReader | null,
): (v: VersionRow, replaced: VersionRow) => boolean {
  let appended: ReadonlySet<number> | null | undefined;
  let small: boolean | undefined;
  return (v, replaced) => {
    if (appended === undefined) {
      const [h, b] = [head.lastRowId?.() ?? null, base?.lastRowId?.() ?? null];
      appended = h !== null && b !== null && h > b ? (head.versionsAfterRow?.(b) ?? null) : null;
      small = h === null || h <= SMALL_HEAD_ROWS || !head.lastRowId;
    }
    if (appended) return appended.has(v.id);
    if (!small || v.lastCallAt === null) return false;
    const newest = parseInstant(v.lastCallAt);
    return replaced.lastCallAt === null
      ? Number.isFinite(newest)
      : newest > parseInstant(replaced.lastCallAt);
  };
}

/** Versions by prompt name, each list in the given order (prompts in order of first mention). */
export function byName(versions: readonly VersionRow[]): Map<string, VersionRow[]> {
  const out = new Map<string, VersionRow[]>();
  for (const v of versions) {
    const list = out.get(v.name);
    if (list) list.push(v);
    else out.set(v.name, [v]);
  }
  return out;
}

/** A baseline chosen, with what the report says about the choice. */
interface Chosen {
  readonly version: VersionRow;
  readonly chosenBy: BaselineChoice;
  readonly alsoTagged?: readonly VersionRow[];
  readonly tagCalls?: Pairing['tagCalls'];
  readonly tagLeftBehind?: VersionRow;
  readonly fewCalls?: readonly VersionRow[];
  readonly tagIdle?: VersionRow;
  readonly sameText?: boolean;
}

/** The pairing's fields a chosen baseline gives. */
function baselineOf(chosen: Chosen | null): Omit<Pairing, 'candidate' | 'versionReused'> {
  return {
    baseline: chosen?.version ?? null,
    chosenBy: chosen?.chosenBy ?? null,
    ...(chosen?.alsoTagged ? { alsoTagged: chosen.alsoTagged } : {}),
    ...(chosen?.tagCalls ? { tagCalls: chosen.tagCalls } : {}),
    ...(chosen?.tagLeftBehind ? { tagLeftBehind: chosen.tagLeftBehind } : {}),
    ...(chosen?.fewCalls ? { fewCalls: chosen.fewCalls } : {}),
    ...(chosen?.tagIdle ? { tagIdle: chosen.tagIdle } : {}),
    ...(chosen?.sameText ? { liveSameText: true } : {}),
  };
}

/**
 * The live version a candidate is measured against, from `pool` (versions of the same prompt,
 * newest first, read from `store`), leaving out any with the candidate's own text: the one
 * tagged `production` (of several, the one serving most of their recent calls), else the newest with at least `minSamples` calls, else the newest with any call, else the
 * newest (without calls: the candidate is then a change that could not be tested).
 */
function chooseBaseline(
  candidate: VersionRow,
  pool: readonly VersionRow[],
  minSamples: number,
  store: StoreReader,
  /** The prompt whose versions are the pool's (another, for a renamed prompt). */
  name: string = candidate.name,
): Chosen | null {
  const same = pool.filter((v) => v.name === name && !sameContent(v, candidate));
  const recent = recentCalls(store, same);
  const [tagged, ...alsoTagged] = taggedLive(same, recent?.calls);
  const back = tagged && rollbackPastTag(tagged, same);
  if (back) return { version: back, chosenBy: 'latest', tagLeftBehind: tagged };
  if (tagged) {
    const idle = tookOverFromTag(tagged, same, minSamples);
    return {
      version: tagged,
      chosenBy: 'production_tag',
      ...(alsoTagged.length > 0 ? { alsoTagged } : {}),
      ...(alsoTagged.length > 0 && recent
        ? { tagCalls: { until: recent.until, counts: [tagged, ...alsoTagged].map(recent.calls) } }
        : {}),
      ...(idle ? { tagIdle: idle } : {}),
    };
  }
  const latest = newestCalled(same, minSamples);
  if (!latest) return null;
  // Newer versions with a few calls (a small evaluation of what may be what runs): said.
  const fewCalls = same.slice(0, same.indexOf(latest)).filter((v) => v.calls > 0);
  return { version: latest, chosenBy: 'latest', ...(fewCalls.length > 0 ? { fewCalls } : {}) };
}

/**
 * The base's newest version of the candidate's prompt, other than its baseline, whose stored text
 * the candidate has: a revert to it (the prompt put back to a text it ran before). Undefined when
 * none has it, or the store keeps no texts to tell.
 */
function revertedTo(
  candidate: VersionRow,
  baseline: VersionRow,
  base: StoreReader,
): VersionRow | undefined {
  return base
    .versions()
    .find((b) => b.name === candidate.name && b !== baseline && sameStoredText(b, candidate));
}

/** An earlier version of the candidate's prompt with its text (see chooseBaseline's order). */
function sameTextBaseline(
  candidate: VersionRow,
  older: readonly VersionRow[],
  minSamples: number,
  /** `older` is another store's: its version of the candidate's own string is another row. */
  otherStore: boolean,
  name: string = candidate.name,
): Chosen | null {
  const same = older.filter(
    (v) => v.name === name && (otherStore || v.version !== candidate.version),
  );
  const version = newestCalled(same, minSamples);
  return version ? { version, chosenBy: 'same_text' } : null;
}

function findVersion(
  store: StoreReader,
  prompt: string,
  version: string,
  role: string,
): VersionRow {
  const versions = store.versions().filter((v) => v.name === prompt);
  if (versions.length === 0) {
    const all = [...new Set(store.versions().map((v) => v.name))];
    const names = all.slice(0, 10);
    throw new SelectionError(
      `Prompt ${JSON.stringify(prompt)} is not in ${store.label}; it has: ${names.map((n) => JSON.stringify(n)).join(', ') || 'no prompts'}.${encodedOtherwise(prompt, all)}${spacedOtherwise(prompt, all, 'prompt')}`,
    );
  }
  const found = versions.find((v) => v.version === version);
  if (!found) {
    const list = versions.slice(0, 10).map((v) => JSON.stringify(v.version));
    const held = versions.map((v) => v.version);
    const other = `${encodedOtherwise(version, held)}${spacedOtherwise(version, held, role)}`;
    throw new SelectionError(
      `The ${role} version ${JSON.stringify(version)} of ${JSON.stringify(prompt)} is not in ${store.label}; newest versions: ${list.join(', ')}.${other}`,
    );
  }
  return found;
}

/**
 * A hint when one of `held` is `asked` with spaces at its ends, which GitHub trims from every
 * action input (`input` names the input and the CLI option), else ''.
 */
function spacedOtherwise(asked: string, held: readonly string[], input: string): string {
  const near = held.find((h) => h !== asked && h.trim() === asked.trim());
  if (near === undefined) return '';
  const quoted = JSON.stringify(near);
  return ` The store's ${quoted} has spaces at its ends, which GitHub trims from action inputs: give it there as a JSON string, ${input}: '${quoted.replace(/'/g, "''")}' (pv-check takes it quoted as it is, --${input} ${quoted}).`;
}

/**
 * A hint when one of `held` is `asked` with its accents encoded otherwise (Unicode's composed
 * and decomposed forms, NFC and NFD, read alike), else ''.
 */
function encodedOtherwise(asked: string, held: readonly string[]): string {
  const key = asked.normalize('NFC');
  const near = held.find((h) => h !== asked && h.normalize('NFC') === key);
  return near === undefined
    ? ''
    : ` The store's ${JSON.stringify(near)} reads the same but encodes its accents otherwise (Unicode NFC against NFD): copy the name from the store (pv-check summary lists it).`;
}

/**
 * The pairs to compare. Explicit: the named candidate from `head`, its baseline from `base`
 * (named, or chosen among versions older than the candidate). Otherwise every head version whose
 * text the base lacks, each against the base store's live version of its prompt.
 */
export function planPairings(
  head: StoreReader,
  base: StoreReader | null,
  minSamples: number,
  selection?: Selection,
): Pairing[] {
  if (selection) {
    const candidate = findVersion(head, selection.prompt, selection.candidate, 'candidate');
    const pool = base ?? head;
    const versionReused =
      base !== null &&
      base
        .versions()
        .some(
          (v) =>
            v.name === candidate.name &&
            v.version === candidate.version &&
            !sameContent(v, candidate),
        );
    if (selection.baseline) {
      const baseline = findVersion(pool, selection.prompt, selection.baseline, 'baseline');
      if (base === null && baseline.version === candidate.version)
        throw new SelectionError(
          `The baseline and the candidate are the same version ${JSON.stringify(candidate.version)} of ${JSON.stringify(candidate.name)}: name another version as the baseline, or leave it out to compare with the live one.`,
        );
      return [{ candidate, baseline, chosenBy: 'explicit', versionReused }];
    }
    // With a base store, its live version, as a pull request's check chooses it (the base may
    // hold versions logged after the candidate's); in one store, only versions the candidate
    // could have replaced: those logged before it.
    const at = parseInstant(candidate.timestamp);
    const older = base
      ? base.versions()
      : head.versions().filter((v) => v.name === candidate.name && parseInstant(v.timestamp) <= at);
    // Asked for by name, a version whose every earlier version (or the base store's every
    // version) has its text is still compared: with the newest of them, said to have the same
    // text, rather than called a new prompt.
    // In one store, a prompt whose other versions were all logged after the candidate (one
    // rewritten with overwrite=True takes a new time) is still compared: with its live one.
    const others = head
      .versions()
      .filter((v) => v.name === candidate.name && v.version !== candidate.version);
    // The live version with the candidate's very text (a re-save to run it again) is still the
    // one to compare with: passed over, an older text would be, under "tagged production".
    const mine = older.filter((v) => v.name === candidate.name && v.id !== candidate.id);
    const [live] = taggedLive(mine, recentCalls(pool, mine)?.calls);
    const liveSame: Chosen | null =
      live && sameContent(live, candidate) && !rollbackPastTag(live, mine)
        ? { version: live, chosenBy: 'production_tag', sameText: true }
        : null;
    const earlier =
      liveSame ??
      chooseBaseline(candidate, older, minSamples, pool) ??
      sameTextBaseline(candidate, older, minSamples, base !== null);
    // The live version itself with nothing before it: a later version is no baseline for it.
    if (
      !earlier &&
      !base &&
      taggedLive(
        others.concat(candidate),
        recentCalls(head, others.concat(candidate))?.calls,
      )[0] === candidate &&
      others.length > 0
    )
      // prettier-ignore
      throw new SelectionError(
        `${JSON.stringify(candidate.version)} is the live version of ${JSON.stringify(candidate.name)} (tagged production) and no version was registered before it: name the version to compare it with as the baseline.`,
      );
    const chosen = earlier ?? (base ? null : chooseBaseline(candidate, others, minSamples, head));
    // Asked to compare, with nothing to compare with: "new prompt, passed" would answer nothing.
    if (!chosen)
      throw new SelectionError(
        `There is no other version of ${JSON.stringify(candidate.name)} to compare ${JSON.stringify(candidate.version)} with${base ? ` in ${base.label}` : ''}: name one as the baseline, or log calls of the live version first.`,
      );
    return [{ candidate, versionReused, ...baselineOf(chosen) }];
  }
  const changes = pooledChanges(contentChanges(head, base, minSamples).changed);
  const renamed = base ? renames(head, base, changes) : new Map<VersionRow, string>();
  return changes.map(
    ({ version: candidate, versionReused, editedAfter, ranAgainAfter, promotedAfter, pooled }) => {
      const from = renamed.get(candidate);
      const chosen = !base
        ? null
        : from === undefined
          ? chooseBaseline(candidate, base.versions(), minSamples, base)
          : (chooseBaseline(candidate, base.versions(), minSamples, base, from) ??
            sameTextBaseline(candidate, base.versions(), minSamples, true, from));
      // An A/B arm promoted runs a text it ran beside the live one: no revert.
      const revertsTo =
        chosen && base && !promotedAfter ? revertedTo(candidate, chosen.version, base) : undefined;
      return {
        candidate,
        versionReused,
        ...baselineOf(chosen),
        ...(revertsTo ? { revertsTo } : {}),
        ...(editedAfter ? { editedAfter } : {}),
        ...(ranAgainAfter ? { ranAgainAfter } : {}),
        ...(promotedAfter ? { promotedAfter } : {}),
        ...(pooled ? { pooled } : {}),
        ...(from !== undefined && chosen ? { renamedFrom: from } : {}),
      };
    },
  );
}

type Change = ContentChanges['changed'][number];

/**
 * Head candidates of a prompt the base lacks that seem renamed from a base prompt the head no
 * longer has, with the old name: one with a version of the candidate's very text, else one whose
 * name differs only in case, surrounding spaces or Unicode form. A prompt removed and another
 * added in one change, with other names and texts, is not taken for a rename, not even in a head
 * copied from the base: comparing an unrelated prompt with the removed one would fail a check on
 * a difference no one made. Such a candidate stays new (renameHints says why it may not be), and
 * the removed prompt's live version is reported lost (lost.ts).
 */
function renames(
  head: StoreReader,
  base: StoreReader,
  changes: readonly Change[],
): Map<VersionRow, string> {
  const heads = byName(head.versions());
  const bases = byName(base.versions());
  const fresh = changes.filter((c) => !bases.has(c.version.name)).map((c) => c.version);
  const out = new Map<VersionRow, string>();
  if (fresh.length === 0) return out;
  const gone = [...bases.keys()].filter((name) => !heads.has(name));
  if (gone.length === 0) return out;
  for (const v of fresh) {
    const from =
      gone.find((name) => bases.get(name)!.some((b) => sameStoredText(b, v))) ??
      gone.find((name) => foldName(name) === foldName(v.name));
    if (from !== undefined) out.set(v, from);
  }
  return out;
}

/**
 * The changes with one text of one prompt under several version strings taken as one candidate
 * (a re-save under a bumped string: 1.1.0, then 1.1.1 with the same text): the one tagged
 * production, else the newest, with the others in `pooled`, newest first. Changes whose calls
 * are cut (edited in place, run again, promoted) stay apart: each has its own cut.
 */
function pooledChanges(changed: readonly Change[]): (Change & { pooled?: VersionRow[] })[] {
  const plain = (c: Change): boolean => !c.editedAfter && !c.ranAgainAfter && !c.promotedAfter;
  const groups: Change[][] = [];
  for (const c of changed) {
    const group = plain(c)
      ? groups.find(
          (g) =>
            g.length < MAX_POOLED &&
            plain(g[0]!) &&
            g[0]!.version.name === c.version.name &&
            sameContent(g[0]!.version, c.version),
        )
      : undefined;
    if (group) group.push(c);
    else groups.push([c]);
  }
  return groups.map((group) => {
    if (group.length === 1) return group[0]!;
    const lead = group.find((c) => taggedProduction(c.version)) ?? group[0]!;
    return { ...lead, pooled: group.filter((c) => c !== lead).map((c) => c.version) };
  });
}
