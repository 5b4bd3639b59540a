// One version's calls in a span of time, read once through the version index and kept in typed
// arrays, so that the health report's questions about the version (its window's and history's
// call contexts, samples, daily series and blocks: span-answers.ts) are answered from memory
// instead of each reading every call of the version again.
//
// The answers must be the very ones the queries give (reader.ts falls back to the queries when
// they might not be): rows come in the order the queries read them (the version index: rowid
// order), and the call contexts group and sort model names as SQLite does, which JavaScript
// strings can be trusted for only when the stored text round-trips (valid UTF-8, no NUL, not
// capped). A version whose calls break that, or that has too many calls in the span to hold,
// is read by the queries as before.
import type { Database } from 'sql.js';
import type { Metric } from '../metrics.js';
import { forgedIndex } from './samples.js';
import { callsTable, type StoreSchema } from './schema.js';
import {
  allRows,
  below,
  capped,
  cappedText,
  column,
  forEachRow,
  numeric,
  str,
  utf8Text,
} from './sql.js';

/** Calls of one version held at most (about 70 bytes each); a busier version is read as before. */
export const MAX_SPAN_ROWS = 1_000_000;
/** Calls the arrays of a span have room for at first (they grow past it). */
const FIRST_SPAN_ROWS = 65_536;

/** Characters of a model name kept, as in the call contexts' query. */
export const MAX_MODEL = 1000;

/** Magnitude from which JavaScript numbers may merge values SQLite keeps apart. */
const SAFE_BELOW = 2 ** 52;

/** One (model, temperature, max_tokens) group of calls, as the call contexts report it. */
export interface CallGroup {
  /** The model name as the query returns it (null for NULL and for a BLOB). */
  readonly model: string | null;
  /** SQLite's order of the capped model value: NULL, then text, then BLOB. */
  readonly kind: 0 | 1 | 2;
  /** The capped BLOB, for its order. */
  readonly blob: Uint8Array | null;
  readonly temperature: number | null;
  readonly maxTokens: number | null;
}

/** One version's calls with an instant in [from, to), in the version index's order. */
export interface VersionSpan {
  readonly versionId: number;
  /** Julian days of the span read. */
  readonly from: number;
  readonly to: number;
  readonly n: number;
  readonly ids: Float64Array;
  readonly jds: Float64Array;
  /** Per call, its index in `groups`. */
  readonly group: Int32Array;
  readonly groups: readonly CallGroup[];
  /** Per metric column present, each call's value; NaN for NULL, text, BLOB and ±Infinity. */
  readonly values: Readonly<Partial<Record<Metric, Float64Array>>>;
  /**
   * When every call of the version was read to find the span's (as the walk over its index
   * entries does): their count, the newest as its query finds it (the first in the index's order
   * with the largest Julian day; null when none has one), and how many lie at or after `to`.
   */
  readonly whole?: {
    readonly calls: number;
    readonly lastJd: number | null;
    readonly lastId: number;
    readonly after: number;
  };
}

/** What reading every call of a version learns of them for `VersionSpan.whole`, call by call. */
export class WholeTally {
  private lastJd = -Infinity;
  private lastId = NaN;
  private after = 0;

  /** A call, `after` the span or not; the newest kept is the first met with the largest day. */
  met(id: number, jd: number, after: boolean): void {
    if (after) this.after++;
    if (jd > this.lastJd) {
      this.lastJd = jd;
      this.lastId = id;
    }
  }

  /** `VersionSpan.whole` for the version's `calls`. */
  whole(calls: number): NonNullable<VersionSpan['whole']> {
    const lastJd = this.lastJd === -Infinity ? null : this.lastJd;
    return { calls, lastJd, lastId: this.lastId, after: this.after };
  }
}

/**
 * A version's calls in memory when they cover [from, to) (Julian days), else null: the question
 * is then answered by its query.
 */
export type SpanSource = (from: number, to: number) => VersionSpan | null;

/** Thrown inside the scan when the version must be read by the queries instead. */
export class GiveUp extends Error {}

/** A growable typed array. */
class Column<T extends Float64Array | Int32Array> {
  n = 0;
  constructor(
    public buf: T,
    private readonly grow: (size: number) => T,
  ) {}

  push(value: number): void {
    if (this.n === this.buf.length) {
      const next = this.grow(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.n++] = value;
  }

  /** The values pushed; a copy when the buffer is much larger, so that it is not kept alive. */
  finish(): T {
    const kept = this.buf.length > 2 * this.n + 64 ? this.buf.slice(0, this.n) : this.buf;
    return kept.subarray(0, this.n) as T;
  }
}

const floats = (size: number): Column<Float64Array> =>
  new Column(new Float64Array(size), (s) => new Float64Array(s));

/**
 * Whether a store's schema lets the span's answers equal the queries': prompt_metrics is a rowid
 * table keyed by `id`, `model_name` (when present) compares as plain text, and no index could
 * make a query read a version's calls in another order than the version index does (only the
 * library's single-column indexes, or none). Checked once per store.
 */
export function spanSchema(db: Database, schema: StoreSchema): boolean {
  // Model names are grouped and ordered by their UTF-8 bytes, as SQLite does only in UTF-8.
  if (!utf8Text(db)) return false;
  const table = callsTable(db);
  if (!table || !table.rowid || /collate/i.test(table.sql)) return false;
  const keys = table.columns.filter((c) => c.pk > 0);
  if (keys.length !== 1 || keys[0]?.name !== 'id' || keys[0].type !== 'INTEGER') return false;
  if (schema.callColumns.has('model_name')) {
    const type = table.columns.find((c) => c.name === 'model_name')?.type ?? '';
    // SQLite's affinity rules: INT first, then CHAR, CLOB or TEXT.
    if (type.includes('INT') || !/CHAR|CLOB|TEXT/.test(type)) return false;
  }
  const indexes = allRows(
    db,
    'SELECT l.partial, (SELECT count(*) FROM pragma_index_xinfo(l.name) AS x WHERE x.key), ' +
      '(SELECT lower(x.name) FROM pragma_index_xinfo(l.name) AS x WHERE x.key AND x.seqno = 0) ' +
      "FROM pragma_index_list('prompt_metrics') AS l",
  );
  return indexes.every(
    ([partial, keyColumns, first]) =>
      partial === 0 && keyColumns === 1 && (first === 'version_id' || first === 'timestamp'),
  );
}

/**
 * Reads one version's calls with an instant in [from, to) (Julian days), checking each against
 * the table (the lying-index check of samples.ts). Null when the version must be read by the
 * queries instead: more than MAX_SPAN_ROWS calls in the span, or values JavaScript cannot keep
 * apart as SQLite does.
 */
export function readSpan(
  db: Database,
  schema: StoreSchema,
  label: string,
  versionId: number,
  from: number,
  to: number,
  expectedRows = 1024,
): VersionSpan | null {
  const metrics = [...schema.metrics];
  const likely = schema.callColumns.has('model_name') ? firstModel(db, versionId) : null;
  const sql = spanQuery(schema, likely !== null);
  const span = new SpanBuilder(metrics.length, expectedRows, likely);
  const params = [...(likely === null ? [] : [likely, likely]), versionId, from, below(to)];
  try {
    forEachRow(db, sql, params, (row) => {
      const [id, jd, owner] = row;
      if (owner !== versionId) throw forgedIndex(label, Number(id), versionId, owner);
      if (typeof id !== 'number' || typeof jd !== 'number') throw new GiveUp();
      span.call(id, jd, span.groups.of(row[3], row[4], row[5], row[6]));
      for (let i = 0; i < metrics.length; i++) {
        const v = row[7 + i];
        span.value(i, typeof v === 'number' && Number.isFinite(v) ? v : NaN);
      }
    });
  } catch (error) {
    if (error instanceof GiveUp) return null;
    throw error;
  }
  return span.finish(versionId, from, to, metrics);
}

/** A span's calls as they are read, in growing typed arrays. */
export class SpanBuilder {
  private readonly ids: Column<Float64Array>;
  private readonly jds: Column<Float64Array>;
  private readonly group: Column<Int32Array>;
  private readonly values: Column<Float64Array>[];
  readonly groups: Groups;

  constructor(
    metrics: number,
    /**
     * The version's count over all time, of which the span may hold a few: arrays start at most
     * this large and grow, so that a short span of a long-lived version does not hold its size.
     */
    expectedRows: number,
    /** The name a scan gives as 0 (see readSpan). */
    likely: string | null = null,
  ) {
    const size = Math.max(16, Math.min(expectedRows, MAX_SPAN_ROWS, FIRST_SPAN_ROWS));
    this.ids = floats(size);
    this.jds = floats(size);
    this.group = new Column(new Int32Array(size), (s) => new Int32Array(s));
    this.values = Array.from({ length: metrics }, () => floats(size));
    this.groups = new Groups(likely);
  }

  /** The next call: its id, Julian day and group (its values follow, metric by metric). */
  call(id: number, jd: number, group: number): void {
    if (!Number.isSafeInteger(id) || this.ids.n >= MAX_SPAN_ROWS) throw new GiveUp();
    this.ids.push(id);
    this.jds.push(jd);
    this.group.push(group);
  }

  /** The call's value of metric `i`: NaN for none. */
  value(i: number, v: number): void {
    this.values[i]!.push(v);
  }

  finish(versionId: number, from: number, to: number, metrics: readonly Metric[]): VersionSpan {
    return {
      versionId,
      from,
      to,
      n: this.ids.n,
      ids: this.ids.finish(),
      jds: this.jds.finish(),
      group: this.group.finish(),
      groups: this.groups.list,
      values: Object.fromEntries(metrics.map((m, i) => [m, this.values[i]!.finish()])),
    };
  }
}

/**
 * The query that reads one version's calls in a span (parameters: the likely model name twice
 * when `likely`, then the version id and the span's first and last Julian day).
 */
export function spanQuery(schema: StoreSchema, likely: boolean): string {
  const cols = schema.callColumns;
  // The calls through the version index (m), each read from the table by its rowid (r), so that
  // r.version_id is the table's own, not the index's: a forged index cannot go unnoticed. The
  // join costs far less than a subquery per call (0.3 µs per call at 1M rows).
  // A version's calls mostly name one model: decoding its name per call cost as much as the
  // rest of the call. Calls whose stored name is exactly the first call's (by bytes: the schema
  // has plain text comparison, see spanSchema) give 0 instead of the name and its length.
  const unlessLikely = (sql: string): string =>
    likely ? `CASE WHEN r."model_name" = ? THEN 0 ELSE ${sql} END` : sql;
  const model = unlessLikely(capped(cols, 'model_name', MAX_MODEL, 'r'));
  const modelBytes = cols.has('model_name')
    ? unlessLikely('length(CAST(r."model_name" AS BLOB))')
    : 'NULL';
  return (
    'SELECT r.id, julianday(r.timestamp), r.version_id, ' +
    `${model}, ${modelBytes}, ` +
    `${numeric(cols, 'temperature', 'r')}, ${numeric(cols, 'max_tokens', 'r')}, ` +
    `${[...schema.metrics].map((m) => column(cols, m, 'r')).join(', ')} ` +
    'FROM prompt_metrics AS m CROSS JOIN prompt_metrics AS r NOT INDEXED ON r.rowid = m.rowid ' +
    'WHERE m.version_id = ? AND julianday(r.timestamp) BETWEEN ? AND ?'
  );
}

// The first call's model name, when it is text short enough to be the capped name too.
function firstModel(db: Database, versionId: number): string | null {
  const [first] = allRows(
    db,
    `SELECT ${cappedText('model_name', MAX_MODEL)} FROM prompt_metrics WHERE version_id = ? LIMIT 1`,
    [versionId],
  );
  const name = first?.[0];
  return typeof name === 'string' && name.length < MAX_MODEL ? name : null;
}

/** The call groups met so far, and the group of each next call. */
export class Groups {
  readonly list: CallGroup[] = [];
  private readonly byKey = new Map<string, number>();
  /** Stored byte length of each model text met, to tell a NUL or bad UTF-8 that JS would hide. */
  private readonly textBytes = new Map<string, number>();
  private last: [unknown, unknown, unknown, number] | null = null;

  constructor(
    /** The name the scan gives as 0 (see readSpan). */
    private readonly likely: string | null,
  ) {
    // The same text from stored bytes of another length is a NUL or bad UTF-8: checkText tells.
    if (likely !== null) this.textBytes.set(likely, Buffer.byteLength(likely, 'utf8'));
  }

  of(stored: unknown, bytes: unknown, temperature: unknown, maxTokens: unknown): number {
    const model = stored === 0 && this.likely !== null ? this.likely : stored;
    if (stored !== 0 && typeof model === 'string' && this.textBytes.get(model) !== bytes)
      this.checkText(model, bytes);
    // Calls in a row mostly share their settings: three comparisons instead of a key.
    const last = this.last;
    if (
      last &&
      last[0] === model &&
      last[1] === temperature &&
      last[2] === maxTokens &&
      !(model instanceof Uint8Array)
    )
      return last[3];
    const t = num(temperature);
    const mt = num(maxTokens);
    let kind: 0 | 1 | 2 = 0;
    let key = 'n';
    if (typeof model === 'string') [kind, key] = [1, `t${model}`];
    else if (model instanceof Uint8Array)
      [kind, key] = [2, `b${Buffer.from(model).toString('hex')}`];
    else if (model !== null) throw new GiveUp();
    key += `\0${t}\0${mt}`;
    let index = this.byKey.get(key);
    if (index === undefined) {
      index = this.list.length;
      this.byKey.set(key, index);
      this.list.push({
        model: kind === 1 ? str(model) : null,
        kind,
        blob: kind === 2 ? (model as Uint8Array) : null,
        temperature: t,
        maxTokens: mt,
      });
    }
    this.last = [model, temperature, maxTokens, index];
    return index;
  }

  // SQLite compares the stored bytes; JavaScript sees them decoded, cut at a NUL, with U+FFFD for
  // bad UTF-8, and capped. Any doubt: read the version by the queries.
  private checkText(model: string, bytes: unknown): void {
    const known = this.textBytes.get(model);
    if (known !== undefined && known !== bytes) throw new GiveUp();
    if (model.length >= MAX_MODEL || model.includes('\uFFFD')) throw new GiveUp();
    if (Buffer.byteLength(model, 'utf8') !== bytes) throw new GiveUp();
    this.textBytes.set(model, bytes);
  }
}

// A temperature or max_tokens as the contexts query returns it; one JavaScript might round onto
// another (past 2^52) gives up.
function num(value: unknown): number | null {
  if (value === null) return null;
  if (typeof value !== 'number' || !(Math.abs(value) < SAFE_BELOW)) throw new GiveUp();
  return value;
}
