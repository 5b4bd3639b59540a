// The health report's cost table (calls and cost per UTC day, every version) read from the store's
// pages: the calls of the days around the range in the order the cost query reads them
// (time-calls.ts), so that each day's sum adds the very values in the very order SQLite's does. A
// step of SQLite's WebAssembly per call, a seek of the table each, was the largest single part of
// a 1M-row health report.
//
// Where the pages cannot promise the query's rows in its order, the query runs: a plan that is
// not one search of the timestamp index per range, numbers or BLOBs among the timestamps (the
// query reads them first), odd-shaped texts, an index entry whose call the table lacks or whose
// text gives another instant than the table's.
import type { Database } from 'sql.js';
import { candidateRanges, type TimestampIndex } from './instants.js';
import { NeumaierSum } from './neumaier.js';
import { Decline } from './pages.js';
import type { StoreSchema } from './schema.js';
import { sqliteDay } from './span-answers.js';
import { below, verifyReads, type Param } from './sql.js';
import { TimeWalk, type TimeCalls } from './time-calls.js';
import type { KnownRows } from './known-rows.js';

/** One UTC day's calls and the sum of their costs. */
export interface CostDay {
  calls: number;
  readonly cost: NeumaierSum;
}

/**
 * Per day number (sqliteDay()), the calls with an instant in [from, to) and their finite costs
 * added in the query's order, as `query` (whose plan decides the order) would give them; undefined
 * when the query must answer.
 */
export function costDaysFromPages(
  db: Database,
  schema: StoreSchema,
  timestamps: TimestampIndex,
  query: { readonly sql: string; readonly params: readonly Param[] },
  from: number,
  to: number,
  /** Calls the spans read already (known-rows.ts). */
  known?: KnownRows,
): Map<number, CostDay> | undefined {
  // Odd-shaped texts are read by the query after the ranges: left to it.
  if (timestamps.odd.length > 0) return undefined;
  try {
    const walk = TimeWalk.of(db, schema, query);
    if (!walk) return undefined;
    const days = new Map<number, CostDay>();
    const last = below(to);
    walk.read(
      candidateRanges(timestamps, from, to),
      'cost_eur',
      (calls) => sum(days, calls, from, last),
      known,
    );
    verifyReads(db);
    return days;
  } catch (error) {
    if (error instanceof Decline) return undefined;
    throw error;
  }
}

// Each call in [from, last] counted and its finite cost added to its day, in the query's order.
function sum(days: Map<number, CostDay>, calls: TimeCalls, from: number, last: number): void {
  let z = NaN;
  let day: CostDay | undefined;
  for (let i = 0; i < calls.n; i++) {
    const jd = calls.jds[i]!;
    if (!(jd >= from && jd <= last)) continue;
    const today = sqliteDay(jd);
    if (today !== z || !day) {
      z = today;
      day = days.get(z);
      if (!day) days.set(z, (day = { calls: 0, cost: new NeumaierSum() }));
    }
    day.calls += 1;
    const cost = calls.values[i]!;
    if (Number.isFinite(cost)) day.cost.add(cost);
  }
}
