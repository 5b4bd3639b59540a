// Every version's calls in one time range, for the health report's question "which other versions
// of this prompt were called in the window?". Asking each version for its newest call instead
// read every call of the store once (a GROUP BY over the whole table: 0.55 s of a 1M-row report);
// this reads the days around the range, through the timestamp index, once for all prompts.
import type { Database } from 'sql.js';
import { candidateRanges, candidates, type TimestampIndex } from './instants.js';
import { Decline, storeBytes } from './pages.js';
import { below, forEachRow, julian, verifyReads } from './sql.js';
import type { StoreSchema } from './schema.js';
import { TIME_WALK_FROM_BYTES, TimeWalk } from './time-calls.js';

/** The calls of one time range [since, until), read through the timestamp index. */
export class RangeCalls {
  private readonly from: number;
  private readonly to: number;

  constructor(
    private readonly db: Database,
    private readonly schema: StoreSchema,
    private readonly index: TimestampIndex | null,
    since: string,
    until: string,
    /** Read the calls from the store's pages where they can be (the query answers otherwise). */
    private readonly viaPages = storeBytes(db) >= TIME_WALK_FROM_BYTES,
  ) {
    this.from = julian(db, since, 'since');
    this.to = julian(db, until, 'until');
  }

  /**
   * Per version id, its calls with an instant in the range (as `contexts()` counts them);
   * versions without any are absent. Only the days around the range are read, from the store's
   * pages when it is big enough for that to pay.
   */
  byVersion(): Map<number, number> {
    const { from, to } = this;
    const paged = this.onPages((walk, ranges, last) => {
      const out = new Map<number, number>();
      walk.read(ranges, 'version_id', (calls) => {
        for (let i = 0; i < calls.n; i++) {
          const jd = calls.jds[i]!;
          const v = calls.values[i]!;
          if (jd >= from && jd <= last && Number.isFinite(v)) out.set(v, (out.get(v) ?? 0) + 1);
        }
      });
      return out;
    });
    if (paged) return paged;
    const near = this.index ? candidates(this.index, from, to) : { sql: 'TRUE', params: [] };
    const out = new Map<number, number>();
    forEachRow(
      this.db,
      'SELECT v, count(*) FROM (SELECT version_id AS v, julianday(timestamp) AS jd ' +
        `FROM prompt_metrics WHERE ${near.sql}) WHERE jd >= ? AND jd < ? GROUP BY 1`,
      [...near.params, from, to],
      ([v, n]) => {
        if (typeof v === 'number') out.set(v, Number(n));
      },
    );
    return out;
  }

  /**
   * How many calls the timestamp index holds with an instant in the range, from the index's
   * pages alone; null where that cannot be read (a store under 8 MiB, odd timestamps, no index).
   * For a cheap "nothing else was called": the index is not checked against the table here.
   */
  countIndexed(): number | null {
    const n = this.onPages((walk, ranges, last) => walk.countIndexed(ranges, this.from, last));
    return n ?? null;
  }

  // `use` given the walk over the days around the range and the last instant in it; undefined
  // when the query must answer (odd-shaped timestamps, a plan the walk cannot follow, a lie).
  private onPages<T>(
    use: (walk: TimeWalk, ranges: [string, string][], last: number) => T,
  ): T | undefined {
    const { db, index, from, to } = this;
    if (!index || !this.viaPages || index.odd.length > 0) return undefined;
    const near = candidates(index, from, to);
    try {
      const walk = TimeWalk.of(db, this.schema, {
        sql: `SELECT version_id FROM prompt_metrics WHERE ${near.sql}`,
        params: near.params,
      });
      if (!walk) return undefined;
      const found = use(walk, candidateRanges(index, from, to), below(to));
      verifyReads(db);
      return found;
    } catch (error) {
      if (error instanceof Decline) return undefined;
      throw error;
    }
  }
}
