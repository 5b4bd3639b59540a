import type { Database, SqlValue } from 'sql.js';
import { StoreError, oneLine } from './errors.js';
import type { Metric } from '../metrics.js';
import type { StoreSchema } from './schema.js';
import { column, forEachRow, timeRange, type Param } from './sql.js';
import { timestampsOf as stampsById } from './by-rowid.js';
import { CaseCollector, caseIdColumn, metadataHint } from './case-ids.js';
import type { SampleQuery, Samples } from './types.js';
import { spanSamples } from './span-answers.js';
import type { SpanSource } from './span.js';

/** A growable Float64Array, so that a million values never become a million objects. */
export class Float64Builder {
  private buf: Float64Array;
  private n = 0;

  constructor(capacity = 1024) {
    this.buf = new Float64Array(Math.max(16, capacity));
  }

  /** Values it can hold before it grows. */
  get capacity(): number {
    return this.buf.length;
  }

  /** Appends one value. */
  push(value: number): void {
    if (this.n === this.buf.length) {
      const next = new Float64Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.n++] = value;
  }

  /** Values pushed so far. */
  get length(): number {
    return this.n;
  }

  /** The values pushed so far, without a copy (a view that the next push may leave stale). */
  view(): Float64Array {
    return this.buf.subarray(0, this.n);
  }

  /** The values pushed so far, in an array of exactly that length. */
  finish(): Float64Array {
    return this.n === this.buf.length ? this.buf : this.buf.slice(0, this.n);
  }
}

function validNewest(newest: number | undefined): number | undefined {
  if (newest === undefined) return undefined;
  if (!Number.isInteger(newest) || newest < 0)
    throw new RangeError(`newest must be a whole number >= 0, got ${newest}`);
  return newest;
}

/** The error for a call the version index lists under a version it does not belong to. */
export function forgedIndex(
  label: string,
  id: number,
  asked: number,
  owner: SqlValue | undefined,
): StoreError {
  return new StoreError(
    'corrupt',
    label,
    `the SQLite file is corrupt: the index on prompt_metrics(version_id) lists call ${id} under ` +
      `version id ${asked}, but the call belongs to ${oneLine(String(owner), 40)}; rebuild the ` +
      "index with sqlite3 STORE 'REINDEX'.",
  );
}

/**
 * Reads the metric values of one version's selected calls through the version_id index,
 * straight into Float64Arrays. `expectedRows` (the version's call count, when known) sizes them
 * when every call may be selected; a time window starts small and grows.
 */
export function readSamples(
  db: Database,
  schema: StoreSchema,
  query: SampleQuery,
  label: string,
  expectedRows?: number,
  /** The version's calls in memory, when they cover [from, to) (Julian days); see span.ts. */
  spanOf: SpanSource = () => null,
): Samples {
  const metrics = [...new Set(query.metrics)].filter((m) => schema.metrics.has(m));
  const newest = validNewest(query.newest);
  const range = timeRange(db, query.since, query.until);
  const models = query.models ?? [];
  const cases = query.caseKey === undefined ? null : new CaseCollector(metrics);
  const caseId = query.caseKey === undefined ? null : caseIdColumn(schema, query.caseKey);
  const empty: Samples = {
    rows: 0,
    values: Object.fromEntries(metrics.map((m) => [m, new Float64Array(0)])),
    from: null,
    to: null,
    ...(cases ? { cases: cases.finish() } : {}),
  };
  if (newest === 0 || (query.models !== undefined && models.length === 0)) return empty;
  const span =
    cases === null && range.from !== undefined && range.to !== undefined
      ? spanOf(range.from, range.to)
      : null;
  if (span) {
    const got = spanSamples(span, metrics, range.from!, range.to!, newest, query.models);
    if (got.rows === 0) return empty;
    return {
      rows: got.rows,
      values: got.values,
      ...timestampsOf(db, got.minId, got.maxId),
    };
  }

  // SQLite reads version_id from the index it searched, so a forged index (built on another
  // column) would hand over another version's calls unnoticed; the row's own version_id, read
  // from the table by rowid, is checked for every call (column 3). The case id, when asked for,
  // is the last column: metric values keep their positions.
  let sql =
    'SELECT id, julianday(timestamp), ' +
    '(SELECT r.version_id FROM prompt_metrics AS r NOT INDEXED WHERE r.rowid = m.rowid), ' +
    `${metrics.map((m) => column(schema.callColumns, m)).join(', ') || 'NULL'}` +
    `${caseId ? `, ${caseId.sql}` : ''} FROM prompt_metrics AS m WHERE version_id = ?${range.sql}`;
  const params: Param[] = [...(caseId?.params ?? []), query.versionId, ...range.params];
  if (caseId && query.withCaseOnly) {
    sql += ` AND typeof(${caseId.sql}) = 'text'`;
    params.push(...caseId.params);
  }
  if (query.models !== undefined) {
    sql += ` AND ${column(schema.callColumns, 'model_name')} IN (${models.map(() => '?').join(', ')})`;
    params.push(...models);
  }
  if (newest !== undefined) {
    sql += ' ORDER BY 2 DESC, id DESC LIMIT ?';
    params.push(newest);
  }

  const windowed = query.since !== undefined || query.until !== undefined;
  const capacity = Math.min((windowed ? undefined : expectedRows) ?? 1024, newest ?? Infinity);
  const builders = metrics.map(() => new Float64Builder(capacity));
  let rows = 0;
  let minJd = Infinity;
  let maxJd = -Infinity;
  let minId = NaN;
  let maxId = NaN;
  forEachRow(db, sql, params, (row) => {
    rows++;
    const [id, jd, owner] = row;
    if (owner !== query.versionId) throw forgedIndex(label, Number(id), query.versionId, owner);
    if (typeof jd === 'number') {
      if (jd < minJd) {
        minJd = jd;
        minId = Number(id);
      }
      if (jd > maxJd) {
        maxJd = jd;
        maxId = Number(id);
      }
    }
    const code = cases ? cases.code(row[3 + Math.max(1, builders.length)]) : -1;
    for (let i = 0; i < builders.length; i++) {
      const v = row[i + 3];
      // Text or ±Infinity in a REAL column is as good as missing for statistics.
      if (typeof v === 'number' && Number.isFinite(v)) {
        builders[i]!.push(v);
        cases?.push(i, code);
      }
    }
  });
  if (rows === 0) return empty;
  const values: Partial<Record<Metric, Float64Array>> = {};
  metrics.forEach((m, i) => (values[m] = builders[i]!.finish()));
  let found = cases?.finish();
  // Not one call has the key: say what the metadata holds, for a misspelt or misplaced key.
  if (found && found.withoutKey === rows)
    found = { ...found, hint: metadataHint(db, schema, query.versionId) };
  return {
    rows,
    values,
    ...timestampsOf(db, minId, maxId),
    ...(found ? { cases: found } : {}),
  };
}

// The first and last call's timestamps as stored: one query by primary key, instead of carrying
// a timestamp string along with every row.
function timestampsOf(
  db: Database,
  minId: number,
  maxId: number,
): { readonly from: string | null; readonly to: string | null } {
  const at = stampsById(db, [minId, maxId]);
  return { from: at.get(minId) ?? null, to: at.get(maxId) ?? null };
}
