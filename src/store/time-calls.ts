// The calls in ranges of timestamp text, read from the store's pages in the order a query's search
// of the timestamp index reads them: the index's entries (time-index.ts), then each call's
// instant, version id and cost from the table, sought by rowid in rowid order (table-walk.ts) and
// put back in the query's order. For the health report's cost table (cost-pages.ts) and a store's
// newest call (instants.ts), which read every call of a month, or of a day, a step of SQLite's
// WebAssembly and a table seek each.
//
// The calls are read a batch at a time, so that a month of a 10M-row store takes a few MB. An entry
// whose text gives another instant than its call's (a forged index), a call the table lacks, a
// rowid listed twice in a batch throws `Decline`: the query answers.
import type { Database } from 'sql.js';
import { sortAscending } from '../stats/index.js';
import { JulianDays } from './julian.js';
import { Decline } from './pages.js';
import type { StoreSchema } from './schema.js';
import { allRows, type Param } from './sql.js';
import { CallsPages } from './table-walk.js';
import { TimeIndex } from './time-index.js';
import type { KnownRows } from './known-rows.js';

/**
 * Stores smaller than this have their month's and day's calls read by the queries: a few thousand
 * calls cost SQLite less than setting the walk up (about 15 ms of a 10k-row health report).
 */
export const TIME_WALK_FROM_BYTES = 8 * 1024 * 1024;

/** Positions in a batch take this many bits of a packed key (see TimeWalk.read()). */
const POSITION = 2 ** 18;

/** Calls read, in the query's order. */
export interface TimeCalls {
  readonly n: number;
  /** julianday(timestamp); NaN where SQLite reads none. */
  readonly jds: Float64Array;
  /** The column asked for (version_id or cost_eur) as a number, ±Infinity kept; NaN for any
   * other value. */
  readonly values: Float64Array;
  /** The rowid of call `i`. */
  rowid(i: number): number;
}

/** One store's walks over its timestamp index and calls table. */
export class TimeWalk {
  /**
   * Calls read and handed over at a time (about 32 bytes each), at most 2^18: memory stays
   * bounded. The tests make it small, so that their stores take several batches.
   */
  static batch = POSITION;

  private readonly index: TimeIndex;
  private readonly table: CallsPages;
  private readonly keyDays: JulianDays;

  private constructor(
    db: Database,
    schema: StoreSchema,
    /** The index read: the one the queries' plans search. */
    readonly name: string,
  ) {
    const has = (c: 'version_id' | 'cost_eur'): boolean => schema.callColumns.has(c);
    this.index = new TimeIndex(db, name);
    // One memo of days for the index's texts and the table's: they are the same texts.
    this.keyDays = new JulianDays(db);
    this.table = new CallsPages(
      db,
      [
        { kind: 'id' },
        { kind: 'julian', name: 'timestamp' },
        has('version_id') ? { kind: 'number', name: 'version_id' } : { kind: 'null' },
        has('cost_eur') ? { kind: 'number', name: 'cost_eur' } : { kind: 'null' },
      ],
      this.keyDays,
    );
  }

  /**
   * The walk for the timestamp index that `query` searches (each line of its plan about
   * prompt_metrics a search of that one index), or null when the query must answer: a scan, a
   * sort, another index, or numbers or BLOBs among the timestamps (which sort apart from text).
   */
  static of(
    db: Database,
    schema: StoreSchema,
    query: { readonly sql: string; readonly params: readonly Param[] },
  ): TimeWalk | null {
    const plan = allRows(db, `EXPLAIN QUERY PLAN ${query.sql}`, query.params)
      .map((r) => String(r[3]))
      .filter((d) => /\bprompt_metrics\b/.test(d));
    const names = new Set(plan.map((d) => /USING (?:COVERING )?INDEX (\S+)(?: |$)/.exec(d)?.[1]));
    const [name] = names;
    if (names.size !== 1 || name === undefined || plan.some((d) => /^SCAN|TEMP/.test(d)))
      return null;
    let walk = walks.get(db);
    if (walk === undefined || walk?.name !== name) {
      const others = allRows(
        db,
        "SELECT EXISTS (SELECT 1 FROM prompt_metrics WHERE timestamp < '') OR " +
          "EXISTS (SELECT 1 FROM prompt_metrics WHERE timestamp >= x'')",
      );
      walk = others[0]?.[0] === 0 ? new TimeWalk(db, schema, name) : null;
      walks.set(db, walk);
    }
    return walk;
  }

  /**
   * The calls with a text in each range [start, end) in turn, in the index's order, handed to
   * `each` a batch at a time, with their instants and the column asked for.
   */
  read(
    ranges: readonly (readonly [string, string])[],
    column: 'version_id' | 'cost_eur',
    each: (calls: TimeCalls) => void,
    /** Calls read already, with their costs (for the cost_eur column only). */
    known?: KnownRows,
  ): void {
    const batch = Math.min(TimeWalk.batch, POSITION);
    const rowids = new Float64Array(batch);
    const jds = new Float64Array(batch);
    const packed = new Float64Array(batch);
    const seekIds = new Float64Array(batch);
    const values = new Float64Array(batch);
    const field = column === 'version_id' ? 2 : 3;
    let n = 0;
    const flush = (): void => {
      // Calls the spans read already come from memory (known-rows.ts), in place.
      const found = column === 'cost_eur' ? known?.lookup(rowids, n) : undefined;
      if (found === null) throw new Decline('a call listed twice');
      // The others: each rowid packed with its position (rowid * 2^18 + position, exact below
      // 2^53): one sort gives the rowid order to seek them in and where each call goes back to.
      let m = 0;
      for (let i = 0; i < n; i++) {
        const j = found ? found.where[i]! : -1;
        if (j >= 0) {
          // The index's text must give the table's instant (else it lies: the query says).
          if (!Object.is(found!.jds[j], jds[i])) throw new Decline('an index entry that is not its call'); // prettier-ignore
          values[i] = found!.costs[j]!;
          continue;
        }
        const rowid = rowids[i]!;
        if (!(rowid >= 0 && rowid < 2 ** 53 / POSITION)) throw new Decline('a large rowid');
        packed[m++] = rowid * POSITION + i;
      }
      const keys = packed.subarray(0, m);
      sortAscending(keys);
      const sorted = seekIds.subarray(0, m);
      for (let k = 0; k < m; k++) {
        sorted[k] = Math.floor(keys[k]! / POSITION);
        if (k > 0 && sorted[k] === sorted[k - 1]) throw new Decline('a call listed twice');
      }
      let k = 0;
      if (m > 0)
        this.table.seek(sorted, (numbers) => {
          const at = keys[k++]! % POSITION;
          if (!Object.is(numbers[1], jds[at]))
            throw new Decline('an index entry that is not its call');
          values[at] = numbers[field]!;
        });
      each({
        n,
        jds: jds.subarray(0, n),
        values: values.subarray(0, n),
        rowid: (i) => rowids[i]!,
      });
      n = 0;
    };
    for (const [start, end] of ranges)
      this.index.scan(start, end, this.keyDays, (jd, rowid) => {
        if (n === batch) flush();
        rowids[n] = rowid;
        jds[n++] = jd;
      });
    if (n > 0) flush();
  }

  /**
   * How many entries of the index in the ranges give an instant in [from, last], from the index
   * alone: no call is sought in the table, so an index that lies is not caught here.
   */
  countIndexed(ranges: readonly (readonly [string, string])[], from: number, last: number): number {
    let n = 0;
    for (const [start, end] of ranges)
      this.index.scan(start, end, this.keyDays, (jd) => {
        if (jd >= from && jd <= last) n += 1;
      });
    return n;
  }
}

const walks = new WeakMap<Database, TimeWalk | null>();
