// Calls by instant, narrowed through the timestamp index so that a 1M-row store is not read
// whole to find its newest call or one month's costs.
//
// julianday() is not monotone in a timestamp's text (offsets, odd shapes), so the index cannot
// answer by itself; it can narrow exactly. A text starting like `YYYY-MM-DD` is either unreadable
// (NULL) or an instant within [day - 1, day + 2] days of julianday() of those ten characters:
// SQLite reads at most 24:00:59.999 of time and a ±14:59 offset, and an impossible day (02-31)
// rolls over the same way in both. Every other value (numbers, blobs, a Julian day written as
// text, ...) is rare in a real store: one walk over the index, a seek per distinct day, finds
// them, and every query includes them. Without a usable index, or with too many odd values,
// callers scan the table as before: the results are the same, only slower.
import type { Database } from 'sql.js';
import { timestampsOf } from './by-rowid.js';
import { Decline } from './pages.js';
import type { StoreSchema } from './schema.js';
import {
  MAX_TIMESTAMP,
  NEWEST_CALL,
  allRows,
  num,
  str,
  usesIndex,
  verifyReads,
  type Param,
} from './sql.js';
import { TimeWalk } from './time-calls.js';

/** One distinct `YYYY-MM-DD` prefix of the call timestamps, and its Julian day (null: invalid). */
interface Day {
  readonly prefix: string;
  readonly jd: number | null;
}

/** What the walk over the timestamp index found. */
export interface TimestampIndex {
  /** Distinct day prefixes, in text order. */
  readonly days: readonly Day[];
  /** Text timestamps of any other shape, distinct. */
  readonly odd: readonly string[];
}

/** More odd-shaped timestamps than this: the walk stops and callers scan. */
const MAX_ODD = 500;
/** More distinct days than this (270 years): likewise. */
const MAX_DAYS = 100_000;
/** An odd value longer than this (characters): likewise; nothing reads more of a timestamp. */
const MAX_ODD_LENGTH = MAX_TIMESTAMP;
const DAY_PREFIX = /^\d{4}-\d\d-\d\d/;

const SEEK = (op: string): string =>
  `SELECT substr(timestamp, 1, ${MAX_ODD_LENGTH + 1}) FROM prompt_metrics ` +
  `WHERE timestamp ${op} ? AND timestamp < x'' ` +
  'ORDER BY timestamp LIMIT 1';

// The first text past every text that starts with `prefix` (its last character is a digit).
const after = (prefix: string): string =>
  prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);

/** Walks the timestamp index day by day; null when there is no usable index or too many odd values. */
export function walkTimestamps(db: Database): TimestampIndex | null {
  if (!usesIndex(db, SEEK('>='), [''])) return null;
  const prefixes: string[] = [];
  const odd: string[] = [];
  let cursor = '';
  let op = '>=';
  for (;;) {
    const value = allRows(db, SEEK(op), [cursor])[0]?.[0];
    if (typeof value !== 'string') break;
    if (DAY_PREFIX.test(value)) {
      const prefix = value.slice(0, 10);
      prefixes.push(prefix);
      if (prefixes.length > MAX_DAYS) return null;
      [cursor, op] = [after(prefix), '>='];
    } else {
      // A value that does not survive the round trip through JavaScript (bad UTF-8) could
      // make the walk stall: give up rather than guess.
      // A capped value cannot serve as the next cursor: it sorts before the value it stands for.
      if (value.length > MAX_ODD_LENGTH || odd.includes(value) || odd.length >= MAX_ODD)
        return null;
      odd.push(value);
      [cursor, op] = [value, '>'];
    }
  }
  const jds = allRows(db, 'SELECT julianday(value) FROM json_each(?)', [JSON.stringify(prefixes)]);
  return { days: prefixes.map((prefix, i) => ({ prefix, jd: num(jds[i]?.[0]) })), odd };
}

/**
 * A WHERE term (and its parameters) that keeps every call whose instant may lie in [from, to)
 * (Julian days; null for no bound), and as few others as the index allows: numbers, BLOBs, the
 * text ranges of `candidateRanges()` and the odd values, in this order.
 */
export function candidates(
  index: TimestampIndex,
  from: number | null,
  to: number | null,
): { readonly sql: string; readonly params: Param[] } {
  const terms = ["timestamp < ''", "timestamp >= x''"];
  const params: Param[] = [];
  for (const range of candidateRanges(index, from, to)) {
    terms.push('(timestamp >= ? AND timestamp < ?)');
    params.push(...range);
  }
  if (index.odd.length > 0) {
    terms.push(`timestamp IN (${index.odd.map(() => '?').join(', ')})`);
    params.push(...index.odd);
  }
  return { sql: `(${terms.join(' OR ')})`, params };
}

/**
 * The text ranges [start, end) of `candidates()`, in ascending order: consecutive days that may
 * hold an instant in [from, to) become one range (the odd values between them that it takes in
 * are candidates anyway).
 */
export function candidateRanges(
  index: TimestampIndex,
  from: number | null,
  to: number | null,
): [string, string][] {
  const ranges: [string, string][] = [];
  let start: string | null = null;
  for (const day of index.days) {
    const inside =
      day.jd !== null && (from === null || day.jd + 2 >= from) && (to === null || day.jd - 1 < to);
    if (inside) start ??= day.prefix;
    else if (start !== null) {
      ranges.push([start, day.prefix]);
      start = null;
    }
  }
  const last = index.days.at(-1);
  if (start !== null && last) ranges.push([start, after(last.prefix)]);
  return ranges;
}

/** The newest call by instant (Julian day, and its timestamp as stored), null without any. */
export function newestCall(
  db: Database,
  index: TimestampIndex,
  /** A further condition on the calls, SQL from our own code. */
  also: string,
  /**
   * When `also` keeps exactly the calls of these version ids: a day's calls are read from the
   * store's pages where they can be (see time-calls.ts).
   */
  pages?: { readonly schema: StoreSchema; readonly versions: ReadonlySet<number> },
): { readonly jd: number; readonly at: string | null } | null {
  const sql = (where: string): string =>
    `SELECT ${NEWEST_CALL} FROM prompt_metrics WHERE ${where} AND ${also}`;
  const newest = (where: { sql: string; params: Param[] }): { jd: number; at: string | null } => {
    const row = allRows(db, sql(where.sql), where.params)[0];
    return { jd: num(row?.[0]) ?? -Infinity, at: str(row?.[1]) };
  };
  // Days newest first, until the next one cannot beat what was found.
  let best = newest(candidates({ days: [], odd: index.odd }, null, null));
  const days = index.days
    .filter((d): d is Day & { jd: number } => d.jd !== null)
    .sort((a, b) => b.jd - a.jd);
  for (const day of days) {
    if (day.jd + 2 < best.jd) break;
    const where = {
      sql: 'timestamp >= ? AND timestamp < ?',
      params: [day.prefix, after(day.prefix)],
    };
    const found =
      (pages && newestOnPages(db, pages, { sql: sql(where.sql), params: where.params })) ??
      newest(where);
    if (found.jd > best.jd) best = found;
  }
  return best.jd === -Infinity ? null : best;
}

// A day's newest call of the versions, as the query gives it (the first call in its order with the
// largest Julian day), from the store's pages; undefined when the query must answer.
function newestOnPages(
  db: Database,
  pages: { readonly schema: StoreSchema; readonly versions: ReadonlySet<number> },
  query: { readonly sql: string; readonly params: Param[] },
): { jd: number; at: string | null } | undefined {
  try {
    const walk = TimeWalk.of(db, pages.schema, query);
    if (!walk) return undefined;
    // max() keeps the first call with the largest day (a tie does not replace it); NULL never wins.
    let best: { jd: number; rowid: number } = { jd: -Infinity, rowid: NaN };
    walk.read([query.params as [string, string]], 'version_id', (calls) => {
      let at = -1;
      for (let i = 0; i < calls.n; i++) {
        const jd = calls.jds[i]!;
        if (jd > best.jd && pages.versions.has(calls.values[i]!)) [at, best.jd] = [i, jd];
      }
      if (at >= 0) best = { jd: best.jd, rowid: calls.rowid(at) };
    });
    verifyReads(db);
    if (best.jd === -Infinity) return { jd: -Infinity, at: null };
    return { jd: best.jd, at: timestampsOf(db, [best.rowid]).get(best.rowid) ?? null };
  } catch (error) {
    if (error instanceof Decline) return undefined;
    throw error;
  }
}
