// The store overview in one pass over the calls table, in the table's own order: per version the
// call count, means, quantiles, first and last call and models. Every value comes from the rows
// themselves, never from an index, so no index can move calls between versions or hide any.
import type { Database, SqlValue } from 'sql.js';
import type { Metric } from '../metrics.js';
import { quantilesInPlace } from '../stats/index.js';
import { StoreError } from './errors.js';
import { MAX_NAME, ModelCounts, listModels, listModelsBySql } from './digest-models.js';
import { NeumaierSum } from './neumaier.js';
import { Float64Builder, readSamples } from './samples.js';
import {
  allRows,
  capped,
  column,
  forEachRow,
  indexInPlan,
  numeric,
  timestampsById,
  usesIndex,
  utf8Text,
  verifyReads,
} from './sql.js';
import { countVersions } from './index-walk.js';
import { Decline } from './pages.js';
import type { KnownColumn, StoreSchema } from './schema.js';
import { type WalkColumn, walkCalls } from './table-walk.js';
import type { DigestQuery, VersionDigest } from './types.js';

/**
 * Values held at once for quantiles (8 bytes each, up to twice that while arrays grow). A store
 * written version after version holds one version's values at a time; past this, complete
 * versions are settled early and, if that is not enough, the largest one is read again later.
 */
const MAX_HELD = 3_000_000;

/** Distinct model names counted in the pass, over all versions; past this SQL lists them. */
const MAX_MODEL_KEYS = 100_000;
/** Model names the scan returns as a number, so that the common ones are not decoded per call. */
const MODEL_CODES = 16;
/** Values a version's array is made for at first (it grows as it fills). */
const MAX_PRESIZE = 65_536;
/** Calls whose model names choose the codes: the table's first, and as many spread over it. */
const FIRST_CALLS = 10_000;
const SPREAD = 256;

/** One version's running totals during the pass. */
class Running {
  calls = 0;
  readonly sums: NeumaierSum[];
  /** Values for quantiles while held; null once settled or set aside. */
  values: Float64Builder[] | null = null;
  quantiles: (number[] | null)[] | null = null;
  /** Its values were dropped to bound memory: read again through the version index. */
  setAside = false;
  minJd = Infinity;
  maxJd = -Infinity;
  minId = NaN;
  maxId = NaN;
  /** Its calls as the version index counts them; -1 without the index. */
  expected = -1;
  readonly models: ModelCounts;

  constructor(
    readonly id: number,
    means: number,
    codes: number,
  ) {
    this.sums = Array.from({ length: means }, () => new NeumaierSum());
    this.models = new ModelCounts(codes);
  }

  /** Values held now. */
  held(): number {
    return this.values ? this.values.reduce((n, b) => n + b.length, 0) : 0;
  }
}

function indexDisagrees(label: string): StoreError {
  return new StoreError(
    'corrupt',
    label,
    'the SQLite file is corrupt: the index on prompt_metrics(version_id) does not list the ' +
      "calls the table holds; rebuild the index with sqlite3 STORE 'REINDEX'.",
  );
}

/** What the pass reads, and how. */
interface Plan {
  readonly means: readonly Metric[];
  readonly quantiles: readonly (readonly [Metric, readonly number[]])[];
  /** Columns after id, version_id and julianday: means first, then quantile-only metrics. */
  readonly columns: readonly Metric[];
  readonly hasModels: boolean;
}

function plan(db: Database, schema: StoreSchema, query: DigestQuery): Plan {
  const has = (m: Metric): boolean => schema.metrics.has(m);
  const means = [...new Set(query.means)].filter(has);
  const quantiles = Object.entries(query.quantiles)
    .filter(([m]) => has(m as Metric))
    .map(([m, ps]) => [m as Metric, ps] as const);
  const columns = [...new Set([...means, ...quantiles.map(([m]) => m)])];
  const hasModels = schema.callColumns.has('model_name');
  return { means, quantiles, columns, hasModels };
}

/**
 * The most common model names among the table's first calls and calls spread evenly over its
 * rowids (a seek each): a store written version after version may start with one model and use
 * another in its later versions, and each call whose name is not coded is decoded as text.
 */
export function commonModels(db: Database, schema: StoreSchema): string[] {
  const name = capped(schema.callColumns, 'model_name', MAX_NAME);
  const last = mayHold(db);
  const step = Number.isFinite(last) ? Math.floor(last / SPREAD) : 0;
  const spread = step > 1 ? Array.from({ length: SPREAD }, (_, i) => (i + 1) * step) : [];
  return allRows(
    db,
    `SELECT name FROM (SELECT ${name} AS name FROM (SELECT model_name FROM prompt_metrics ` +
      `NOT INDEXED LIMIT ${FIRST_CALLS}) UNION ALL SELECT ${name} FROM prompt_metrics ` +
      `WHERE rowid IN (SELECT value FROM json_each(?))) WHERE typeof(name) = 'text' ` +
      `GROUP BY name ORDER BY count(*) DESC, name LIMIT ${MODEL_CODES}`,
    [JSON.stringify(spread)],
  ).map((r) => r[0] as string);
}

// Every call as `row` [id, version_id, julianday(timestamp), ...columns] and its model: from the
// table's pages when they give what the query gives (else `Decline`, before or during the walk;
// the walk's rows hold NaN where the query's hold no number), or from the query.
function forEachCall(
  db: Database,
  schema: StoreSchema,
  p: Plan,
  viaPages: boolean,
  codes: string[],
  each: (row: ArrayLike<SqlValue>, model: SqlValue) => void,
): void {
  const modelAt = 3 + p.columns.length;
  if (!viaPages) {
    if (p.hasModels) codes.push(...commonModels(db, schema));
    return forEachRow(db, scanSql(schema, p, codes), codes, (row) =>
      each(row, row[modelAt] ?? null),
    );
  }
  const has = (c: KnownColumn): boolean => schema.callColumns.has(c);
  const columns: WalkColumn[] = [
    { kind: 'id' },
    { kind: 'number', name: 'version_id' },
    { kind: 'julian', name: 'timestamp' },
    ...p.columns.map((m): WalkColumn => (has(m) ? { kind: 'number', name: m } : { kind: 'null' })),
    p.hasModels
      ? { kind: 'name', name: 'model_name', cap: MAX_NAME, codes, maxCodes: MODEL_CODES }
      : { kind: 'null' },
  ];
  walkCalls(db, columns, (numbers, names) => each(numbers, names[modelAt] ?? null));
  verifyReads(db);
}

function scanSql(schema: StoreSchema, p: Plan, codes: readonly string[]): string {
  const name = capped(schema.callColumns, 'model_name', MAX_NAME);
  const model = !p.hasModels
    ? 'NULL'
    : codes.length === 0
      ? name
      : `CASE ${name} ${codes.map((_, i) => `WHEN ? THEN ${i}`).join(' ')} ELSE ${name} END`;
  const values = p.columns.map((m) => `${column(schema.callColumns, m)}, `).join('');
  return `SELECT id, version_id, julianday(timestamp), ${values}${model} FROM prompt_metrics NOT INDEXED`;
}

/**
 * Reads every call once, in the table's order, and sums up each version in `versionIds` (calls
 * of other version ids are skipped). Means equal SQLite's avg() of the same finite numbers (its
 * summation, reproduced; SQLite itself answers when values are too large for that), quantiles
 * equal quantile() of the sorted values, and the first and last call are those the version
 * index would find first (lowest id among equal instants).
 */
export function digestCalls(
  db: Database,
  schema: StoreSchema,
  label: string,
  versionIds: readonly number[],
  query: DigestQuery,
): Map<number, VersionDigest> {
  const p = plan(db, schema, query);
  if (query.readPages === false) return digest(db, schema, label, versionIds, query, p, false);
  try {
    return digest(db, schema, label, versionIds, query, p, true);
  } catch (error) {
    if (error instanceof Decline) return digest(db, schema, label, versionIds, query, p, false);
    throw error;
  }
}

function digest(
  db: Database,
  schema: StoreSchema,
  label: string,
  versionIds: readonly number[],
  query: DigestQuery,
  p: Plan,
  viaPages: boolean,
): Map<number, VersionDigest> {
  const maxHeld = query.maxHeld ?? MAX_HELD;
  const first = 3;
  const meanAt = p.means.map((m) => first + p.columns.indexOf(m));
  const quantileAt = p.quantiles.map(([m]) => first + p.columns.indexOf(m));
  // Model names the pass returns as numbers: the walk codes the first it meets, the query the
  // most common of a sample.
  const codes: string[] = [];
  const byId = new Map(versionIds.map((id) => [id, new Running(id, p.means.length, MODEL_CODES)]));
  const flight = new Set<Running>();
  // Each version's call count as the version index has it: every count is checked against the
  // table's, a version whose calls were all read is settled at once, its values freed, and each
  // version's values start in an array of about the right size.
  const hints = indexCounts(db);
  for (const v of byId.values()) v.expected = hints?.get(v.id) ?? -1;
  let held = 0;
  let modelKeys = 0;
  // Names are told apart and ordered by their UTF-8 bytes: in a UTF-16 store SQLite lists them.
  let modelsBySql = !utf8Text(db);

  const settle = (v: Running): void => {
    const values = v.values as Float64Builder[];
    held -= v.held();
    v.quantiles = values.map((b, i) =>
      b.length === 0 ? null : quantilesInPlace(b.view(), (p.quantiles[i] as [Metric, number[]])[1]),
    );
    v.values = null;
    flight.delete(v);
  };
  // Over budget: drop the largest versions' values until under half the budget; they are read
  // again through the version index later.
  const relieve = (): void => {
    while (held > maxHeld / 2 && flight.size > 0) {
      const largest = [...flight].reduce((a, b) => (b.held() > a.held() ? b : a));
      held -= largest.held();
      largest.values = null;
      largest.setAside = true;
      flight.delete(largest);
    }
  };

  let current: Running | undefined;
  let currentId: SqlValue = null;
  forEachCall(db, schema, p, viaPages, codes, (row, model) => {
    const vid = row[1] as SqlValue;
    if (vid !== currentId) {
      currentId = vid;
      current = typeof vid === 'number' ? byId.get(vid) : undefined;
    }
    const v = current;
    if (v === undefined) return;
    if (v.quantiles !== null) throw disagreement(db, schema, label, v.id);
    v.calls++;
    const jd = row[2];
    if (typeof jd === 'number') {
      if (jd < v.minJd) {
        v.minJd = jd;
        v.minId = Number(row[0]);
      }
      if (jd > v.maxJd) {
        v.maxJd = jd;
        v.maxId = Number(row[0]);
      }
    }
    for (let i = 0; i < meanAt.length; i++) {
      const x = row[meanAt[i] as number];
      if (typeof x === 'number' && Number.isFinite(x)) (v.sums[i] as NeumaierSum).add(x);
    }
    if (!v.setAside) {
      if (v.values === null) {
        // Sized by the index's count, up to a bound: in a store whose versions' calls interleave,
        // every version is in flight at once and most of its calls are still to come.
        const size = Math.min(MAX_PRESIZE, v.expected > 0 ? v.expected : 16);
        v.values = quantileAt.map(() => new Float64Builder(size));
        flight.add(v);
      }
      for (let i = 0; i < quantileAt.length; i++) {
        const x = row[quantileAt[i] as number];
        if (typeof x === 'number' && Number.isFinite(x)) {
          (v.values[i] as Float64Builder).push(x);
          held++;
        }
      }
      if (v.expected === v.calls) settle(v);
      else if (held > maxHeld) relieve();
    }
    if (!modelsBySql && v.models.add(model)) modelKeys++;
    if (modelKeys > MAX_MODEL_KEYS) modelsBySql = true;
  });

  for (const v of [...flight]) settle(v);
  if (hints)
    for (const v of byId.values())
      if ((hints.get(v.id) ?? 0) !== v.calls) throw disagreement(db, schema, label, v.id);
  const withCalls = [...byId.values()].filter((v) => v.calls > 0);
  for (const v of withCalls) if (v.setAside) readAgain(db, schema, label, p, v);
  const times = timestampsById(
    db,
    withCalls.flatMap((v) => [v.minId, v.maxId]),
  );
  const models = modelsBySql
    ? listModelsBySql(
        db,
        schema,
        withCalls.map((v) => v.id),
      )
    : listModels(withCalls, codes);
  const out = new Map<number, VersionDigest>();
  for (const v of withCalls) {
    const means: Partial<Record<Metric, number | null>> = {};
    p.means.forEach((m, i) => {
      const sum = v.sums[i] as NeumaierSum;
      means[m] = sum.exact ? sum.mean() : meanFromSql(db, schema, v.id, m);
    });
    const quantiles: Partial<Record<Metric, number[] | null>> = {};
    p.quantiles.forEach(([m], i) => (quantiles[m] = v.quantiles?.[i] ?? null));
    out.set(v.id, {
      calls: v.calls,
      means,
      quantiles,
      firstCall: times.get(v.minId) ?? null,
      lastCall: times.get(v.maxId) ?? null,
      models: models.get(v.id) ?? [],
    });
  }
  return out;
}

// At most as many calls as the table's largest rowid (one seek); unknown counts as too many.
function mayHold(db: Database): number {
  try {
    return Number(allRows(db, 'SELECT max(rowid) FROM prompt_metrics')[0]?.[0] ?? 0);
  } catch {
    return Infinity;
  }
}

// Per version id, its calls as counted from the version index alone (null: no such index), read
// from the index's pages when it is a plain one on version_id, else asked of SQLite.
function indexCounts(db: Database): Map<number, number> | null {
  const sql = 'SELECT version_id, count(*) FROM prompt_metrics GROUP BY version_id';
  if (!usesIndex(db, sql, [])) return null;
  const index = indexInPlan(db, sql);
  if (index !== null)
    try {
      const counts = countVersions(db, index);
      verifyReads(db);
      return counts;
    } catch (error) {
      if (!(error instanceof Decline)) throw error;
    }
  return new Map(allRows(db, sql).map(([id, n]) => [Number(id), Number(n)]));
}

// The version index and the table disagree on a version's calls: name a call the index puts under
// another version when there is one (readSamples checks each), else say that calls are missing.
function disagreement(db: Database, schema: StoreSchema, label: string, id: number): unknown {
  try {
    readSamples(db, schema, { versionId: id, metrics: [] }, label);
  } catch (error) {
    return error;
  }
  return indexDisagrees(label);
}

// A version set aside to bound memory: its values read again through the version index (each
// call checked against the table, see readSamples), as many as the pass counted.
function readAgain(db: Database, schema: StoreSchema, label: string, p: Plan, v: Running): void {
  const metrics = p.quantiles.map(([m]) => m);
  const s = readSamples(db, schema, { versionId: v.id, metrics }, label, v.calls);
  if (s.rows !== v.calls) throw indexDisagrees(label);
  v.quantiles = p.quantiles.map(([m, ps]) => {
    const values = s.values[m];
    return values && values.length > 0 ? quantilesInPlace(values, ps) : null;
  });
}

// SQLite's own avg(), for a version whose values are too large to reproduce it exactly.
function meanFromSql(db: Database, schema: StoreSchema, id: number, m: Metric): number | null {
  const sql = `SELECT avg(${numeric(schema.callColumns, m)}) FROM prompt_metrics WHERE version_id = ?`;
  const value = allRows(db, sql, [id])[0]?.[0];
  return typeof value === 'number' ? value : null;
}
