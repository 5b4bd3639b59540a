import type { Database } from 'sql.js';
import { candidates, type TimestampIndex } from './instants.js';
import type { StoreSchema } from './schema.js';
import { askOnce, below, forEachRow, julian, num, numeric, type Param } from './sql.js';
import { spanDaily, spanDays, sqliteDay } from './span-answers.js';
import { NeumaierSum } from './neumaier.js';
import { costDaysFromPages, type CostDay } from './cost-pages.js';
import type { KnownRows } from './known-rows.js';
import { storeBytes } from './pages.js';
import { TIME_WALK_FROM_BYTES } from './time-calls.js';
import type { SpanSource } from './span.js';
import type { DailyCost, DailyStats, DayCalls } from './types.js';
import { quantile } from '../stats/index.js';

// Each call's instant is computed once (jd), then bucketed into its UTC day by date(jd).
function window(db: Database, since: string, until: string): [number, number] {
  return [julian(db, since, 'since'), julian(db, until, 'until')];
}

/** Per-UTC-day aggregates of one version's calls in [since, until); days without calls are absent. */
export function readDaily(
  db: Database,
  schema: StoreSchema,
  versionId: number,
  since: string,
  until: string,
  /** The version's calls in memory, when they cover [from, to) (Julian days); see span.ts. */
  spanOf: SpanSource = () => null,
): DailyStats[] {
  const c = schema.callColumns;
  const [from, to] = window(db, since, until);
  const span = spanOf(from, to);
  const fromSpan = span
    ? spanDaily(span, from, to, schema.metrics.has('latency_ms'), (day) => dayName(db, day))
    : null;
  if (fromSpan) return fromSpan;
  const days: DailyStats[] = [];
  forEachRow(
    db,
    'SELECT date(jd), count(*), avg(q), avg(s), avg(c), total(c) FROM (' +
      `SELECT julianday(timestamp) AS jd, ${numeric(c, 'quality_score')} AS q, ` +
      `${numeric(c, 'success')} AS s, ${numeric(c, 'cost_eur')} AS c ` +
      'FROM prompt_metrics WHERE version_id = ?) WHERE jd >= ? AND jd < ? GROUP BY 1 ORDER BY 1',
    [versionId, from, to],
    ([day, calls, quality, success, cost, total]) =>
      days.push({
        day: String(day),
        calls: Number(calls),
        quality: num(quality),
        latencyP50: null,
        successRate: num(success),
        costPerCall: num(cost),
        costTotal: num(total) ?? 0,
      }),
  );
  if (!schema.metrics.has('latency_ms') || days.length === 0) return days;
  // Medians need the values: SQLite hands them over sorted within each day.
  const medians = new Map<string, number>();
  let day = '';
  let values: number[] = [];
  const flush = (): void => {
    if (values.length > 0) medians.set(day, quantile(values, 0.5));
  };
  forEachRow(
    db,
    `SELECT date(jd), l FROM (SELECT julianday(timestamp) AS jd, ${numeric(c, 'latency_ms')} AS l ` +
      'FROM prompt_metrics WHERE version_id = ?) WHERE jd >= ? AND jd < ? AND l IS NOT NULL ORDER BY 1, 2',
    [versionId, from, to],
    ([d, l]) => {
      if (d !== day) {
        flush();
        day = String(d);
        values = [];
      }
      const v = num(l);
      if (v !== null) values.push(v);
    },
  );
  flush();
  return days.map((d) => ({ ...d, latencyP50: medians.get(d.day) ?? null }));
}

/** Per UTC day of [since, until), one version's calls: readDaily()'s days and counts alone. */
export function readCallDays(
  db: Database,
  versionId: number,
  [since, until]: readonly [string, string],
  spanOf: SpanSource = () => null,
): DayCalls[] {
  const [from, to] = window(db, since, until);
  const span = spanOf(from, to);
  if (span) return spanDays(span, from, to).map(([z, calls]) => ({ day: dayName(db, z), calls }));
  const days: DayCalls[] = [];
  forEachRow(
    db,
    'SELECT date(jd), count(*) FROM (SELECT julianday(timestamp) AS jd ' +
      'FROM prompt_metrics WHERE version_id = ?) WHERE jd >= ? AND jd < ? GROUP BY 1 ORDER BY 1',
    [versionId, from, to],
    ([day, calls]) => days.push({ day: String(day), calls: Number(calls) }),
  );
  return days;
}

/** SQLite's date() of a day number from sqliteDay() (the Julian day of that day's noon). */
function dayName(db: Database, day: number): string {
  return String(askOnce(db, 'SELECT date(?)', day));
}

/**
 * Per-UTC-day call count and total cost over every version in [since, until). With the walk over
 * the timestamp index, only the calls of the days around the range are read. `inJs`: sum the
 * days here, as SQLite would (the same rows in the same order, its summation; see span.ts for
 * when the order is sure to be the same), instead of SQLite grouping by date().
 */
export function readCostByDay(
  db: Database,
  schema: StoreSchema,
  since: string,
  until: string,
  index: TimestampIndex | null = null,
  inJs = false,
  /** Calls the spans read already (known-rows.ts). */
  known?: KnownRows,
): DailyCost[] {
  const [from, to] = window(db, since, until);
  const near = index ? candidates(index, from, to) : { sql: 'TRUE', params: [] };
  const cost = numeric(schema.callColumns, 'cost_eur');
  if (inJs) {
    const viaPages = index !== null && storeBytes(db) >= TIME_WALK_FROM_BYTES;
    const summed = costInJs(db, near, cost, from, to, (query) =>
      viaPages ? costDaysFromPages(db, schema, index, query, from, to, known) : undefined,
    );
    if (summed) return summed;
  }
  const days: DailyCost[] = [];
  forEachRow(
    db,
    `SELECT date(jd), count(*), total(c) FROM (SELECT julianday(timestamp) AS jd, ` +
      `${cost} AS c FROM prompt_metrics WHERE ${near.sql}) ` +
      'WHERE jd >= ? AND jd < ? GROUP BY 1 ORDER BY 1',
    [...near.params, from, to],
    ([day, calls, cost]) =>
      days.push({ day: String(day), calls: Number(calls), cost: num(cost) ?? 0 }),
  );
  return days;
}

// The cost query's rows, in the order its GROUP BY takes them (SQLite's sorter keeps the order of
// equal keys), summed per day; null when a sum might round otherwise than SQLite's.
function costInJs(
  db: Database,
  near: { readonly sql: string; readonly params: readonly Param[] },
  cost: string,
  from: number,
  to: number,
  /** The same days from the store's pages, or undefined (see cost-pages.ts). */
  fromPages: (query: { sql: string; params: Param[] }) => Map<number, CostDay> | undefined,
): DailyCost[] | null {
  const query = {
    sql:
      `SELECT julianday(timestamp), ${cost} FROM prompt_metrics WHERE ${near.sql} ` +
      'AND julianday(timestamp) BETWEEN ? AND ?',
    params: [...near.params, from, below(to)],
  };
  let days = fromPages(query);
  if (!days) {
    const summed = new Map<number, CostDay>();
    forEachRow(db, query.sql, query.params, ([jd, c]) => {
      const z = sqliteDay(jd as number);
      let day = summed.get(z);
      if (!day) summed.set(z, (day = { calls: 0, cost: new NeumaierSum() }));
      day.calls += 1;
      if (typeof c === 'number') day.cost.add(c);
    });
    days = summed;
  }
  const out: DailyCost[] = [];
  for (const [z, d] of days) {
    if (!d.cost.exact) return null;
    const total = d.cost.total();
    out.push({ day: dayName(db, z), calls: d.calls, cost: Number.isFinite(total) ? total : 0 });
  }
  return out.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}
