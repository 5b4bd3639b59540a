/**
 * The acceptance record a sticky comment carries in one hidden line, so that later runs (and
 * the comment-command run, which never sees the store) know what the comment showed and which
 * acceptances were given:
 *
 *   <!-- prompt-versioner-action:accept key=KEY data=BASE64URL(JSON) -->
 *
 * Only our own comment is read (the author is checked like the report marker's), so nobody
 * else can write a record; base64url keeps store strings from ever forming HTML or a marker.
 * The record is size-capped so that it never crowds the report out of the comment.
 */
import { decodeHidden, encodeHidden } from '../format/hidden-data.js';
import { shortSha256 } from '../hash.js';
import { METRICS } from '../metrics.js';
import type { AcceptItem, Grant, Shown } from './acceptance-types.js';
import { STATUS_SEVERITY } from './types.js';
import { isShaPrefix } from '../format/ids.js';

/** What a sticky comment remembers between runs. */
export interface AcceptanceRecord {
  /** The failing metrics of the report the comment shows (null: none shown yet). */
  readonly shown: Shown | null;
  /** Acceptances given and not yet withdrawn when the comment was written. */
  readonly grants: readonly Grant[];
  /** Acceptances on the record that could not be read (dropped, never written back). */
  readonly unread?: number;
}

/** At most this many failing metrics are recorded per list: more cannot be accepted. */
export const MAX_RECORDED_ITEMS = 60;
/** At most this many acceptances are kept (fewer when the line would grow too long). */
export const MAX_GRANTS = 30;
const NAME_MAX = 100;
const HASH = /^[0-9a-f]{16}$/;
// GitHub's logins: letters, digits and single hyphens, up to 39 characters; an Enterprise
// Managed User's ends in an underscore and the enterprise's short code (`jdoe_acme`); an app's
// in `[bot]`. Older accounts may have a double or trailing hyphen, so those are let through.
const LOGIN = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}(_[A-Za-z0-9]{1,39})?(\[bot\])?$/;
const LINE =
  /^<!-- prompt-versioner-action:accept key=([A-Za-z0-9._-]{1,64}) data=([A-Za-z0-9_-]{0,200000}) -->\r?$/;

/**
 * A prompt name or version as recorded: itself up to 100 characters, else its first 80 and a
 * hash of the whole, so that two long names never collide and the record stays small.
 */
export function recordedName(s: string): string {
  const points = Array.from(s);
  if (points.length <= NAME_MAX) return s;
  const hash = shortSha256(s);
  return `${points.slice(0, 80).join('')}…${hash}`;
}

/** An item with its names as recorded (compare items only in this form). */
export function recordedItem(i: AcceptItem): AcceptItem {
  return { ...i, prompt: recordedName(i.prompt), version: recordedName(i.version) };
}

/**
 * True when two items name the same prompt version and metric, of the same text when both know
 * it: a fresh store per CI job logs every text of a prompt as 1.0.0.
 */
export function sameItem(a: AcceptItem, b: AcceptItem): boolean {
  return (
    a.prompt === b.prompt &&
    a.version === b.version &&
    a.metric === b.metric &&
    (a.prompt_hash === undefined || b.prompt_hash === undefined || a.prompt_hash === b.prompt_hash)
  );
}

/** Whether `g` covers a metric that `shown` fails: an acceptance still in use. */
function grantInUse(g: Grant, shown: Shown | null): boolean {
  return shown?.failing.some((i) => g.covers.some((c) => sameItem(recordedItem(c), i))) ?? false;
}

/**
 * The newest `n` acceptances, those covering a metric the comment shows first: an acceptance of
 * a version the pull request has since replaced goes before one still in use.
 */
function keptGrants(grants: readonly Grant[], shown: Shown | null, n: number): Grant[] {
  if (grants.length <= n) return [...grants];
  const keep = new Set(grants.filter((g) => grantInUse(g, shown)).slice(-n));
  for (let i = grants.length - 1; i >= 0 && keep.size < n; i--) keep.add(grants[i]!);
  return grants.filter((g) => keep.has(g));
}

/** Why a command accepted nothing when `total` metrics fail and a record holds `held` of them. */
export function tooManyToAccept(total: number, held: number): string {
  return `${total} metrics fail the check on this commit, more than an acceptance on the record can hold (${held}): nothing was accepted. Fix some of the regressions first; the check fails until the rest can be accepted.`;
}

/**
 * How many of `covers` a record keeps when it shows `failing` and one acceptance covers
 * `covers`: all of them, or fewer past MAX_RECORDED_ITEMS, or when long names or two long lists
 * are halved to fit (encodeRecord). An acceptance the record would cut is not given at all.
 */
export function recordHolds(failing: readonly AcceptItem[], covers: readonly AcceptItem[]): number {
  const at = new Date(0).toISOString();
  const shown = { sha: '0'.repeat(40), at, failing };
  const grant: Grant = { by: 'x', at, via: 'label', ref: 1, covers: [...covers] };
  return findRecord(encodeRecord('k', { shown, grants: [grant] }), 'k')?.grants[0]?.covers.length ?? 0; // prettier-ignore
}

/** The failing metrics a report showed, whether or not its record holds them all. */
export function shownTotal(shown: Shown): number {
  return Math.max(shown.total ?? 0, shown.failing.length);
}

/** Longest record line: about a quarter of a comment, so the report keeps the rest. */
export const MAX_RECORD_CHARS = 16_000;

const line = (key: string, r: AcceptanceRecord): string =>
  `<!-- prompt-versioner-action:accept key=${key} data=${encodeHidden(r)} -->`;

/**
 * The hidden line carrying `record` for comment key `key`, within {@link MAX_RECORD_CHARS}:
 * past it acceptances go as keptGrants orders them (the oldest not in use first), then the
 * longest lists are halved. What is dropped can no longer be covered, so a regression fails
 * rather than passes; a run says accepted only what `keptInRecord` reads back.
 */
export function encodeRecord(key: string, record: AcceptanceRecord): string {
  let shown = record.shown && {
    ...record.shown,
    failing: record.shown.failing.slice(0, MAX_RECORDED_ITEMS).map(recordedItem),
    total: shownTotal(record.shown),
  };
  const all = record.grants.map((g) => ({
    ...g,
    covers: g.covers.slice(0, MAX_RECORDED_ITEMS).map(recordedItem),
  }));
  let n = Math.min(all.length, MAX_GRANTS);
  let grants = keptGrants(all, shown, n);
  for (;;) {
    const text = line(key, { shown, grants });
    if (text.length <= MAX_RECORD_CHARS) return text;
    if (grants.length > 1) {
      grants = keptGrants(all, shown, (n -= 1));
      continue;
    }
    const longest = Math.max(shown?.failing.length ?? 0, grants[0]?.covers.length ?? 0);
    if (longest === 0) return text;
    const half = Math.floor(longest / 2);
    if (shown && shown.failing.length === longest)
      shown = { ...shown, failing: shown.failing.slice(0, half) };
    else if (grants[0]) grants = [{ ...grants[0], covers: grants[0].covers.slice(0, half) }];
  }
}

/**
 * The acceptances of `record` as its line for `key` keeps them (see encodeRecord): what a run
 * says is accepted is what the next run reads back.
 */
export function keptInRecord(key: string, record: AcceptanceRecord): Grant[] {
  return [...(findRecord(encodeRecord(key, record), key)?.grants ?? [])];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const isChange = (v: unknown): v is number | null =>
  v === null || (typeof v === 'number' && Number.isFinite(v));

function item(v: unknown): AcceptItem | null {
  if (!isObj(v)) return null;
  const { prompt, version, metric, status, change, threshold, prompt_hash, absolute_change } = v;
  if (typeof prompt !== 'string' || typeof version !== 'string') return null;
  if (!(METRICS as readonly unknown[]).includes(metric)) return null;
  if (!(STATUS_SEVERITY as readonly unknown[]).includes(status)) return null;
  if (!isChange(change) || typeof threshold !== 'number' || !Number.isFinite(threshold))
    return null;
  return recordedItem({
    prompt,
    version,
    metric: metric as AcceptItem['metric'],
    status: status as AcceptItem['status'],
    change,
    threshold,
    ...(typeof prompt_hash === 'string' && HASH.test(prompt_hash) ? { prompt_hash } : {}),
    ...(change === null && isChange(absolute_change) && absolute_change !== null
      ? { absolute_change }
      : {}),
  });
}

function items(v: unknown): AcceptItem[] | null {
  if (!Array.isArray(v) || v.length > MAX_RECORDED_ITEMS) return null;
  const out = v.map(item);
  return out.every((i) => i !== null) ? out : null;
}

function grant(v: unknown): Grant | null {
  if (!isObj(v)) return null;
  const covers = items(v.covers);
  const { by, at, via, ref } = v;
  if (typeof by !== 'string' || !LOGIN.test(by) || !isTime(at) || covers === null) return null;
  if ((via !== 'label' && via !== 'command') || !Number.isSafeInteger(ref)) return null;
  return { by, at, via, ref: ref as number, covers };
}

/** Decodes a record's data; null when it is not a well-formed record. */
export function decodeRecord(data: string): AcceptanceRecord | null {
  const value = decodeHidden(data);
  if (!isObj(value) || !Array.isArray(value.grants) || value.grants.length > MAX_GRANTS)
    return null;
  // One grant this release cannot read (a login it does not know, a metric it dropped) loses
  // that acceptance, not every other one with it.
  const grants = value.grants.map(grant).filter((g) => g !== null);
  const unread = value.grants.length - grants.length;
  let shown: Shown | null = null;
  if (value.shown !== null) {
    const s = value.shown;
    const failing = isObj(s) ? items(s.failing) : null;
    if (!isObj(s) || typeof s.sha !== 'string' || !isShaPrefix(s.sha) || !isTime(s.at) || !failing)
      return null;
    const total =
      Number.isSafeInteger(s.total) && (s.total as number) > failing.length
        ? { total: s.total as number }
        : {};
    const uncoverable =
      Number.isSafeInteger(s.uncoverable) && (s.uncoverable as number) > 0
        ? { uncoverable: s.uncoverable as number }
        : {};
    const posted = isTime(s.posted) ? { posted: s.posted } : {};
    shown = { sha: s.sha, at: s.at, failing, ...total, ...uncoverable, ...posted };
  }
  return { shown, grants, ...(unread > 0 ? { unread } : {}) };
}

/** The record of comment key `key` in a comment body, or null when it has none (or a bad one). */
export function findRecord(body: string, key: string): AcceptanceRecord | null {
  for (const line of body.split('\n')) {
    const m = LINE.exec(line);
    if (m && m[1] === key) return decodeRecord(m[2] ?? '');
  }
  return null;
}

/** The body with its record line for `key` replaced by `line` (added after the first line). */
export function replaceRecordLine(body: string, key: string, line: string): string {
  const lines = body.split('\n');
  const at = lines.findIndex((l) => LINE.exec(l)?.[1] === key);
  if (at >= 0) lines[at] = line;
  else lines.splice(1, 0, line);
  return lines.join('\n');
}
