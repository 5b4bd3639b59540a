// Every version's calls in the focus, read in one pass over the calls table: for a store logged
// in time order, as the library writes it. There the calls of one version lie among those of all
// the others, one every few pages, so that reading each version through its index entries
// (span-pages.ts) read the pages from its first call to its last once per version: a daily
// report on a 1,003,200-row store (198 MB, 132 versions) read 2.1 GB of the file in 480,000
// reads. One pass reads each page once: 0.32 GB in 9,000 reads, the cost table's included.
//
// The pass holds the calls of every version at once, so it is taken only for stores of at most
// PASS_MAX_ROWS calls. Its spans are handed out only where they are the walk's answer: a
// version's calls in the table must be the very ones its index entries list, rowid for rowid
// (8 bytes a call, 12 MB at the cap), else that version is read by the walk, which meets a
// forged index as before. A count, sum and hash of them could be matched by an index forged on
// purpose, which would then go unnoticed.
import { GiveUp, WholeTally, type SpanBuilder, type VersionSpan } from './span.js';

/** Stores with more rows than this (by their largest rowid) read each version by the walk. */
export const PASS_MAX_ROWS = 1_500_000;

/**
 * A version's rowids spread over this many times their number (its first to its last) lie among
 * other versions' calls: worth one pass over the table rather than one walk per version.
 */
const PASS_SPREAD = 8;

/** Versions whose calls one walk reads before the pass is considered (a spread's sample). */
const PASS_MIN_CALLS = 64;

/** The rowids of a version's calls as the pass meets them (ascending), in a growable array. */
export class Rowids {
  private ids = new Float64Array(16);
  count = 0;

  add(rowid: number): void {
    if (this.count === this.ids.length) {
      const grown = new Float64Array(2 * this.count);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.count++] = rowid;
  }

  /** Whether `rowids` are these, one for one: a forged index cannot list others unnoticed. */
  equals(rowids: Float64Array): boolean {
    if (rowids.length !== this.count) return false;
    for (let i = 0; i < this.count; i++) if (rowids[i] !== this.ids[i]) return false;
    return true;
  }
}

/** One version's calls as the pass met them. */
export class PassVersion {
  readonly rowids = new Rowids();
  readonly tally = new WholeTally();
  /**
   * Its calls in the focus: undefined before the first (none is held for a version the focus
   * never meets, however many a store keeps), null once the span is not to be held (GiveUp:
   * see readSpan).
   */
  span: SpanBuilder | null | undefined;

  /** A call of the version (`after` the focus or not): counted, its newest kept, as the walk does. */
  met(id: number, jd: number, after: boolean): void {
    this.rowids.add(id);
    this.tally.met(id, jd, after);
  }

  /** Adds a call in the focus to the span (made by `start` for the first), unless given up. */
  keep(start: () => SpanBuilder, add: (span: SpanBuilder) => void): void {
    if (this.span === null) return;
    try {
      add((this.span ??= start()));
    } catch (error) {
      if (!(error instanceof GiveUp)) throw error;
      this.span = null;
    }
  }
}

/** The spans of one pass, for one focus. */
export class FocusPass {
  constructor(
    readonly from: number,
    readonly to: number,
    private readonly versions: ReadonlyMap<number, PassVersion>,
    /** The span of a version's calls in the focus, empty for undefined. */
    private readonly finish: (versionId: number, span: SpanBuilder | undefined) => VersionSpan,
  ) {}

  /**
   * The version's span as the walk would read it, when its calls in the table are the ones
   * `rowids` (its index entries, ascending) lists; null when the span is not held; undefined when
   * the walk must read it.
   */
  spanOf(versionId: number, rowids: Float64Array): VersionSpan | null | undefined {
    const met = this.versions.get(versionId);
    if (met === undefined || !met.rowids.equals(rowids)) return undefined;
    if (met.span === null) return null;
    return { ...this.finish(versionId, met.span), whole: met.tally.whole(met.rowids.count) };
  }
}

/** Whether rowids (ascending) lie spread among other versions' calls (see PASS_SPREAD). */
export function spread(rowids: Float64Array): boolean {
  const n = rowids.length;
  return n >= PASS_MIN_CALLS && rowids[n - 1]! - rowids[0]! + 1 > PASS_SPREAD * n;
}
