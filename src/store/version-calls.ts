import type { Database } from 'sql.js';
import { VersionIndex } from './index-walk.js';
import { Decline, QUERIES_BEFORE_WALK } from './pages.js';
import { NEWEST_CALL, allRows, indexInPlan, num, str, usesIndex, verifyReads } from './sql.js';

/** A version's call count and newest call (Julian day and timestamp as stored). */
export interface CallsOf {
  readonly calls: number;
  readonly lastJd: number | null;
  readonly lastAt: string | null;
}

const NONE: CallsOf = { calls: 0, lastJd: null, lastAt: null };
const COUNT = 'SELECT count(*) FROM prompt_metrics WHERE version_id = ?';

/**
 * Per-version call counts and newest calls, computed when first asked for. A comparison needs a
 * handful of versions: each is read through the version_id index (a count from the index alone,
 * the newest call from the version's rows). A caller that asks for many gets them all from one
 * pass over the table instead, as does a store without that index.
 */
export class VersionCalls {
  private readonly counts = new Map<number, number>();
  private readonly newest = new Map<number, CallsOf>();
  private all = false;
  /** Every version with calls has its count in `counts`: any other has none. */
  private complete = false;
  private lookups = 0;
  private indexed: boolean | undefined;
  /** The index the count query reads, read from its pages (null: ask SQLite). */
  private index: VersionIndex | null | undefined;

  constructor(
    private readonly db: Database,
    /** Versions in the store: past a quarter of them looked up one by one, read them all. */
    private readonly versions: number,
  ) {}

  /** Number of rows in prompt_metrics for this version. */
  calls(id: number): number {
    let n = this.counts.get(id);
    if (n === undefined && this.complete) return 0;
    // Counted from the index's pages, every version's count costs one pass over the index: no
    // reason to read every call of the store for them.
    if (n === undefined && !this.all && (this.index || this.oneByOne())) {
      n = this.count(id);
      this.counts.set(id, n);
    }
    return n ?? this.loadAll().counts.get(id) ?? 0;
  }

  /** Count and newest call of this version. */
  of(id: number): CallsOf {
    let found = this.newest.get(id);
    if (found === undefined && this.known(id) === 0) return NONE;
    if (found === undefined && !this.all && this.oneByOne()) {
      const row = allRows(
        this.db,
        `SELECT count(*), ${NEWEST_CALL} FROM prompt_metrics WHERE version_id = ?`,
        [id],
      )[0];
      const lastJd = num(row?.[1]);
      found = {
        calls: Number(row?.[0] ?? 0),
        lastJd,
        lastAt: lastJd === null ? null : str(row?.[2]),
      };
      this.newest.set(id, found);
    }
    return found ?? this.loadAll().newest.get(id) ?? NONE;
  }

  /** The count when it is already known, without reading anything. */
  known(id: number): number | undefined {
    return this.counts.get(id) ?? this.newest.get(id)?.calls ?? (this.complete ? 0 : undefined);
  }

  /**
   * Takes counts computed elsewhere (the summary's totals pass). `complete`: they cover every
   * version with calls, so that a version missing from them has none and is never looked up.
   */
  learnCounts(
    counts: ReadonlyMap<number, number>,
    options: { readonly complete?: boolean } = {},
  ): void {
    for (const [id, n] of counts) this.counts.set(id, n);
    if (options.complete) this.complete = true;
  }

  /** Whether this version's newest call is known, without reading anything. */
  hasNewest(id: number): boolean {
    return this.newest.has(id);
  }

  /** Takes a version's count and newest call found elsewhere (its calls read into memory). */
  learnNewest(id: number, found: CallsOf): void {
    this.counts.set(id, found.calls);
    this.newest.set(id, found);
  }

  // One version's count: from the pages of the index the query reads (once a few counts have
  // paid for setting the walk up), else by the query.
  private count(id: number): number {
    try {
      if (this.index === undefined && this.lookups > QUERIES_BEFORE_WALK) {
        const name = indexInPlan(this.db, COUNT);
        this.index = name === null ? null : VersionIndex.open(this.db, name);
      }
      if (this.index) {
        const n = this.index.count(id);
        verifyReads(this.db);
        return n;
      }
    } catch (error) {
      if (!(error instanceof Decline)) throw error;
      this.index = null;
    }
    return Number(allRows(this.db, COUNT, [id])[0]?.[0]);
  }

  private oneByOne(): boolean {
    this.indexed ??= usesIndex(this.db, COUNT, [0]);
    this.lookups += 1;
    return this.indexed && this.lookups <= Math.max(64, this.versions / 4);
  }

  private loadAll(): this {
    if (this.all) return this;
    this.counts.clear();
    this.newest.clear();
    for (const [id, calls, jd, at] of allRows(
      this.db,
      `SELECT version_id, count(*), ${NEWEST_CALL} FROM prompt_metrics GROUP BY version_id`,
    )) {
      const lastJd = num(jd);
      const entry = { calls: Number(calls), lastJd, lastAt: lastJd === null ? null : str(at) };
      this.counts.set(Number(id), entry.calls);
      this.newest.set(Number(id), entry);
    }
    this.all = true;
    return this;
  }
}
