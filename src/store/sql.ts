import type { Database, SqlValue, Statement } from 'sql.js';
import { StoreError, oneLine } from './errors.js';
import type { KnownColumn } from './schema.js';

/** A bound parameter: numbers and strings only, never spliced into SQL text. */
export type Param = string | number;

/** Characters of a call's timestamp read at most: nothing needs more of it. */
export const MAX_TIMESTAMP = 1000;

/** A call's timestamp as stored, capped. */
export const TIMESTAMP_TEXT = `substr(timestamp, 1, ${MAX_TIMESTAMP})`;

/**
 * Two result columns of an aggregate over calls: the newest call's Julian day, and its timestamp
 * as stored (SQLite takes a bare column from the row that holds the max()).
 */
export const NEWEST_CALL = `max(julianday(timestamp)), ${TIMESTAMP_TEXT}`;

/**
 * `"col"` (`t."col"` with a table alias) when the store has the column, else `NULL`, so optional
 * columns read as NULL.
 */
export function column(
  present: ReadonlySet<KnownColumn>,
  col: KnownColumn,
  table?: string,
): string {
  if (!present.has(col)) return 'NULL';
  return table === undefined ? `"${col}"` : `${table}."${col}"`;
}

/**
 * The column's finite numbers only: TEXT, BLOB and ±Infinity count as NULL in aggregates, as in
 * the samples' loop. `x < ''` holds exactly for numbers (SQLite orders every number before every
 * string) and 9e999 is Infinity; plain comparisons cost a third of `typeof()` at 1M rows.
 */
export function numeric(
  present: ReadonlySet<KnownColumn>,
  col: KnownColumn,
  table?: string,
): string {
  const c = column(present, col, table);
  return c === 'NULL' ? c : `CASE WHEN ${c} < '' AND ${c} > -9e999 AND ${c} < 9e999 THEN ${c} END`;
}

/** The column's text, capped so that a hostile store cannot make us hold huge strings. */
export function capped(
  present: ReadonlySet<KnownColumn>,
  col: KnownColumn,
  max: number,
  table?: string,
): string {
  const c = column(present, col, table);
  return c === 'NULL' ? c : cappedText(c, max);
}

/**
 * `substr(c, 1, max)`, but for a text with a NUL in it: substr() counts a text's characters up
 * to its first NUL and ends it there, so that prompt names, tags or model names differing only
 * after one ("p\0A", "p\0B", which the library writes as given) read as one. A text of at most
 * `max` bytes is taken whole; a longer one with a NUL is cut at `max` bytes.
 */
export function cappedText(c: string, max: number): string {
  return (
    `CASE WHEN typeof(${c}) <> 'text' THEN substr(${c}, 1, ${max}) ` +
    `WHEN length(CAST(${c} AS BLOB)) <= ${max} THEN ${c} ` +
    `WHEN instr(CAST(${c} AS BLOB), X'00') > 0 THEN CAST(substr(CAST(${c} AS BLOB), 1, ${max}) AS TEXT) ` +
    `ELSE substr(${c}, 1, ${max}) END`
  );
}

/** Who answers for a database's queries: the file to re-check after each, the name in errors. */
export interface QueryGuard {
  readonly label: string;
  /** Throws a StoreError when the bytes SQLite read can no longer be trusted to be one file. */
  verify(): void;
}

const guards = new WeakMap<Database, QueryGuard>();

/** Makes every query on `db` checked by `guard`, and SQLite's errors one-line StoreErrors. */
export function guardQueries(db: Database, guard: QueryGuard): void {
  guards.set(db, guard);
}

/** Throws when the file under `db` changed while it was read (see guardQueries). */
export function verifyReads(db: Database): void {
  guards.get(db)?.verify();
}

// Pages are read as queries need them, so a damaged page surfaces mid-query: say so in one line.
function failure(guard: QueryGuard | undefined, error: unknown): unknown {
  if (!guard) return error;
  guard.verify();
  const raw = error instanceof Error ? error.message : String(error);
  return new StoreError('corrupt', guard.label, `SQLite cannot read it (${oneLine(raw)}).`, raw);
}

// Prepared statements by SQL text, per database: the health report runs the same few queries
// for every prompt, and preparing one costs as much as running it on a few thousand rows.
const statements = new WeakMap<Database, Map<string, Statement>>();
const MAX_STATEMENTS = 64;

// A statement in use is out of the cache, so a query run from inside `each` prepares its own.
function take(db: Database, sql: string): Statement {
  const cache = statements.get(db);
  const stmt = cache?.get(sql);
  if (stmt && cache) {
    cache.delete(sql);
    return stmt;
  }
  return db.prepare(sql);
}

function giveBack(db: Database, sql: string, stmt: Statement): void {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map<string, Statement>()));
  stmt.reset();
  cache.set(sql, stmt);
  if (cache.size > MAX_STATEMENTS) {
    const [oldest, old] = cache.entries().next().value as [string, Statement];
    cache.delete(oldest);
    old.free();
  }
}

/** Runs a query and calls `each` with every row (an array of the row's values). */
export function forEachRow(
  db: Database,
  sql: string,
  params: readonly Param[],
  each: (row: SqlValue[]) => void,
): void {
  const guard = guards.get(db);
  let stmt: Statement;
  try {
    stmt = take(db, sql);
  } catch (error) {
    throw failure(guard, error);
  }
  let done = false;
  try {
    stmt.bind(params as Param[]);
    for (;;) {
      let more: boolean;
      try {
        more = stmt.step();
      } catch (error) {
        throw failure(guard, error);
      }
      if (!more) break;
      each(stmt.get());
    }
    done = true;
  } finally {
    if (done) giveBack(db, sql, stmt);
    else stmt.free();
  }
  guard?.verify();
}

/** All rows of a (bounded) query. */
export function allRows(db: Database, sql: string, params: readonly Param[] = []): SqlValue[][] {
  const out: SqlValue[][] = [];
  forEachRow(db, sql, params, (row) => out.push(row));
  return out;
}

/**
 * Whether SQLite would answer `sql` (bound to `params`) through an index, without a temporary
 * b-tree: when not (the store lacks the index), callers read the table another way.
 */
export function usesIndex(db: Database, sql: string, params: readonly Param[]): boolean {
  const plan = allRows(db, `EXPLAIN QUERY PLAN ${sql}`, params).map((r) => String(r[3]));
  return plan.some((d) => /USING (COVERING )?INDEX/.test(d)) && !plan.some((d) => /TEMP/.test(d));
}

/** The name of the index SQLite's plan for `sql` reads, or null (a name with spaces: null). */
export function indexInPlan(db: Database, sql: string): string | null {
  for (const [, , , detail] of allRows(db, `EXPLAIN QUERY PLAN ${sql}`)) {
    const name = /USING (?:COVERING )?INDEX (\S+)(?: |$)/.exec(String(detail))?.[1];
    if (name !== undefined) return name;
  }
  return null;
}

/** A number from a row, or null for NULL, text or a non-finite value. */
export function num(value: SqlValue | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** A string from a row, or null. */
export function str(value: SqlValue | undefined): string | null {
  return value === null || value === undefined || value instanceof Uint8Array
    ? null
    : String(value);
}

/**
 * Whether the database stores text as UTF-8, where SQLite's BINARY order is the order of the
 * UTF-8 bytes that JavaScript code reproduces; a UTF-16 store orders text otherwise.
 */
export function utf8Text(db: Database): boolean {
  return allRows(db, 'PRAGMA encoding')[0]?.[0] === 'UTF-8';
}

/** SQLite's own whole millisecond of a Julian day (its iJD: from Julian day 0, rounded half up). */
export function sqliteMs(jd: number): number {
  return Math.trunc(jd * 86_400_000 + 0.5);
}

/** The Unix epoch as SQLite's iJD. */
export const UNIX_EPOCH_MS = 210_866_760_000_000;

/**
 * Calls' timestamps as stored, by id, in one query. An id past 2^53 reached JavaScript rounded
 * and could name another call: it is not looked up, so its call stays unknown.
 */
export function timestampsById(db: Database, ids: readonly number[]): Map<number, string> {
  const wanted = [...new Set(ids.filter((id) => Number.isSafeInteger(id)))];
  const out = new Map<number, string>();
  if (wanted.length === 0) return out;
  for (const [id, at] of allRows(
    db,
    `SELECT id, ${TIMESTAMP_TEXT} FROM prompt_metrics WHERE id IN (SELECT value FROM json_each(?))`,
    [JSON.stringify(wanted)],
  ))
    if (typeof at === 'string' && !out.has(Number(id))) out.set(Number(id), at);
  return out;
}

// Answers of SQLite's date functions already asked of each database: a health report asks the
// same few bounds and days for every prompt, hundreds of queries where a few do.
const ANSWERS = new WeakMap<Database, Map<string, SqlValue | undefined>>();
const MAX_ANSWERS = 10_000;

/**
 * `SELECT f(?)` of one argument, asked once per database and argument when `remember` (the
 * function reads nothing but its argument).
 */
export function askOnce(
  db: Database,
  sql: string,
  arg: Param,
  remember = true,
): SqlValue | undefined {
  let known = ANSWERS.get(db);
  if (!known) ANSWERS.set(db, (known = new Map<string, SqlValue | undefined>()));
  const key = `${sql}\0${typeof arg}\0${arg}`;
  if (known.has(key)) return known.get(key);
  const answer = allRows(db, sql, [arg])[0]?.[0];
  if (remember && known.size < MAX_ANSWERS) known.set(key, answer);
  return answer;
}

/**
 * The Julian day of an ISO 8601 time, parsed by SQLite itself so that bounds and stored
 * timestamps are read the same way: an offset or `Z` is honoured, a naive time is taken as UTC.
 */
export function julian(db: Database, iso: string, what: string): number {
  const jd = julianOrNull(db, iso);
  if (jd === null) throw new RangeError(`${what} is not an ISO 8601 time: ${JSON.stringify(iso)}`);
  return jd;
}

/** julian(), or null for a time SQLite cannot read. */
export function julianOrNull(db: Database, iso: string): number | null {
  // A text with letters may be 'now' or a modifier, which another call reads differently.
  const fixed = !/[a-z]/i.test(iso.replace(/[TZ]/g, ''));
  return num(askOnce(db, 'SELECT julianday(?)', iso, fixed));
}

/** WHERE terms for a half-open time range on a call's timestamp, compared as instants. */
export function timeRange(
  db: Database,
  since: string | undefined,
  until: string | undefined,
): {
  readonly sql: string;
  readonly params: Param[];
  /** The bounds as Julian days, when given. */
  readonly from?: number;
  readonly to?: number;
} {
  const terms: string[] = [];
  const params: Param[] = [];
  const from = since === undefined ? undefined : julian(db, since, 'since');
  const to = until === undefined ? undefined : julian(db, until, 'until');
  if (from !== undefined) {
    terms.push('julianday(timestamp) >= ?');
    params.push(from);
  }
  if (to !== undefined) {
    terms.push('julianday(timestamp) < ?');
    params.push(to);
  }
  return {
    sql: terms.map((t) => ` AND ${t}`).join(''),
    params,
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
  };
}

/**
 * The largest double below x (x > 0): `julianday(timestamp) BETWEEN from AND below(to)` keeps the
 * calls of [from, to) with julianday() computed once per call, where `>= from AND < to` takes two.
 */
export function below(x: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) - 1n);
  return view.getFloat64(0);
}
