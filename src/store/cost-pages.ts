// The health report's cost table (calls and cost per UTC day, every version) read from the store's
// pages: the timestamp index's entries in the days around the range, in the order the cost query
// reads them (time-index.ts), then each call's instant and cost from the table, sought by rowid
// in rowid order (table-walk.ts) and put back in the query's order, so that each day's sum adds
// the very values in the very order SQLite's does. A step of SQLite's WebAssembly per call, a
// seek of the table each, was the largest single part of a 1M-row health report.
//
// Where the pages cannot promise the query's rows in its order, the query runs: a plan that is
// not one search of the timestamp index per range, numbers or BLOBs among the timestamps (the
// query reads them first), odd-shaped texts, an index entry whose call the table lacks or whose
// text gives another instant than the table's, more calls than it holds.
import type { Database } from 'sql.js';
import { candidateRanges, type TimestampIndex } from './instants.js';
import { JulianDays } from './julian.js';
import { NeumaierSum } from './neumaier.js';
import { Decline } from './pages.js';
import type { StoreSchema } from './schema.js';
import { sqliteDay } from './span-answers.js';
import { allRows, below, verifyReads, type Param } from './sql.js';
import { CallsPages } from './table-walk.js';
import { TimeIndex } from './time-index.js';

/** Calls of the range held at once (40 bytes each); a busier range is summed by the query. */
const MAX_CALLS = 600_000;

/** One UTC day's calls and the sum of their costs. */
export interface CostDay {
  calls: number;
  readonly cost: NeumaierSum;
}

/** The walks of one store, made on first use (null: the query sums its costs). */
interface Walks {
  /** The index the walks read: the one the query's plan names. */
  readonly name: string;
  readonly index: TimeIndex;
  readonly table: CallsPages;
  readonly keyDays: JulianDays;
}

const stores = new WeakMap<Database, Walks | null>();

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
): Map<number, CostDay> | undefined {
  if (timestamps.odd.length > 0) return undefined;
  try {
    const walks = walksOf(db, schema, query);
    if (!walks) return undefined;
    // Numbers and BLOBs come first in the query's order: read by the query itself.
    const others = allRows(
      db,
      "SELECT EXISTS (SELECT 1 FROM prompt_metrics WHERE timestamp < '') OR " +
        "EXISTS (SELECT 1 FROM prompt_metrics WHERE timestamp >= x'')",
    );
    if (others[0]?.[0] !== 0) return undefined;
    const calls = entries(walks, candidateRanges(timestamps, from, to));
    const days = sum(walks.table, calls, from, below(to));
    verifyReads(db);
    return days;
  } catch (error) {
    if (error instanceof Decline) return undefined;
    throw error;
  }
}

// The walks, when the query's plan reads the store's timestamp index once per range.
function walksOf(
  db: Database,
  schema: StoreSchema,
  query: { readonly sql: string; readonly params: readonly Param[] },
): Walks | null {
  const plan = allRows(db, `EXPLAIN QUERY PLAN ${query.sql}`, query.params).map((r) =>
    String(r[3]),
  );
  const names = new Set(plan.map((d) => /USING (?:COVERING )?INDEX (\S+)(?: |$)/.exec(d)?.[1]));
  names.delete(undefined);
  const [name] = names;
  if (names.size !== 1 || name === undefined || plan.some((d) => /^SCAN|TEMP/.test(d))) return null;
  let walks = stores.get(db);
  if (walks === undefined || walks?.name !== name) {
    const cost = schema.callColumns.has('cost_eur');
    walks = {
      name,
      index: new TimeIndex(db, name),
      table: new CallsPages(db, [
        { kind: 'id' },
        { kind: 'julian', name: 'timestamp' },
        cost ? { kind: 'number', name: 'cost_eur' } : { kind: 'null' },
      ]),
      keyDays: new JulianDays(db),
    };
    stores.set(db, walks);
  }
  return walks;
}

/** The index's entries in the ranges, in the query's order: rowids and their texts' instants. */
interface Entries {
  readonly n: number;
  readonly rowids: Float64Array;
  readonly jds: Float64Array;
}

function entries(walks: Walks, ranges: readonly (readonly [string, string])[]): Entries {
  let rowids: Float64Array<ArrayBuffer> = new Float64Array(4096);
  let jds: Float64Array<ArrayBuffer> = new Float64Array(4096);
  let n = 0;
  for (const [start, end] of ranges)
    walks.index.scan(start, end, walks.keyDays, (jd, rowid) => {
      if (n === rowids.length) {
        if (n >= MAX_CALLS) throw new Decline('too many calls');
        rowids = grown(rowids);
        jds = grown(jds);
      }
      rowids[n] = rowid;
      jds[n++] = jd;
    });
  return { n, rowids, jds };
}

function grown(a: Float64Array): Float64Array<ArrayBuffer> {
  const b = new Float64Array(2 * a.length);
  b.set(a);
  return b;
}

/** Positions in the entries take this many bits of a packed key (see sum()). */
const POSITION = 2 ** 20;

// Each call's instant and cost from the table, in rowid order, then summed per day in the
// entries' order. Each rowid is packed with its position in the entries (rowid * 2^20 + position,
// exact below 2^53), so that one sort gives the rowid order and where each call goes back to.
function sum(table: CallsPages, e: Entries, from: number, last: number): Map<number, CostDay> {
  if (e.n > POSITION) throw new Decline('too many calls');
  const packed = new Float64Array(e.n);
  for (let i = 0; i < e.n; i++) {
    const rowid = e.rowids[i]!;
    if (!(rowid >= 0 && rowid < 2 ** 53 / POSITION)) throw new Decline('a large rowid');
    packed[i] = rowid * POSITION + i;
  }
  packed.sort();
  const rowids = new Float64Array(e.n);
  for (let k = 0; k < e.n; k++) {
    rowids[k] = Math.floor(packed[k]! / POSITION);
    if (k > 0 && rowids[k] === rowids[k - 1]) throw new Decline('a call listed twice');
  }
  const jds = new Float64Array(e.n);
  const costs = new Float64Array(e.n);
  let k = 0;
  table.seek(rowids, (numbers) => {
    const at = packed[k++]! % POSITION;
    jds[at] = numbers[1]!;
    costs[at] = numbers[2]!;
  });
  const days = new Map<number, CostDay>();
  let z = NaN;
  let day: CostDay | undefined;
  for (let i = 0; i < e.n; i++) {
    const jd = jds[i]!;
    // The index's text must give the table's instant (else the index lies: the query says).
    if (!Object.is(jd, e.jds[i])) throw new Decline('an index entry that is not its call');
    if (!(jd >= from && jd <= last)) continue;
    const today = sqliteDay(jd);
    if (today !== z || !day) {
      z = today;
      day = days.get(z);
      if (!day) days.set(z, (day = { calls: 0, cost: new NeumaierSum() }));
    }
    day.calls += 1;
    const cost = costs[i]!;
    if (Number.isFinite(cost)) day.cost.add(cost);
  }
  return days;
}
