// Calls already read from the calls table, kept by rowid: their instant and cost. The health
// report reads each live version's calls (span-pages.ts), then the cost table reads every call of
// the month's last days (time-calls.ts), mostly the very calls the spans read. A call kept here is
// taken from memory instead of being sought in the table again; the cost walk still checks the
// index's instant against the one read from the table, so a forged index is met as before.

/**
 * Calls kept at most (16 bytes each, and 24 until the cost walk first asks): past that, the
 * cost walk seeks the rest in the table.
 */
export const MAX_KNOWN_ROWS = 1 << 18;

/**
 * The calls by rowid, built when the cost walk first asks: a slot per rowid from the smallest kept
 * to the largest. The live versions' calls are the table's newest, so their rowids lie close
 * together; kept calls spread wider than that are not used.
 */
interface ByRowid {
  readonly first: number;
  /** Per rowid - first, the call's position in jds and costs plus one, or 0. */
  readonly slots: Int32Array;
  /** Per rowid - first, 1 while the lookup under way has met it. */
  readonly seen: Uint8Array;
  readonly jds: Float64Array;
  readonly costs: Float64Array;
}

/** Calls kept together: rowids, Julian days and costs. */
interface Chunk {
  readonly ids: Float64Array;
  readonly jds: Float64Array;
  readonly costs: Float64Array;
}

/** Slots per kept call at most (5 bytes each). */
const SPREAD = 4;

/** Calls read from the table: rowid, Julian day and cost_eur as the cost walk reads them. */
export class KnownRows {
  private chunks: Chunk[] = [];
  private count = 0;
  private built: ByRowid | null = null;
  private where = new Int32Array(0);
  private readonly versions = new Set<number>();

  /**
   * Whether to keep the calls of this version: not twice (a version's calls are read again when
   * its span was let go), not past the cap, and not once the cost walk has asked.
   */
  wants(versionId: number, calls: number): boolean {
    return (
      this.built === null && !this.versions.has(versionId) && this.count + calls <= MAX_KNOWN_ROWS
    );
  }

  /**
   * Keeps one version's calls (the first `n`; the arrays are kept as they are when that is all
   * of them, so the caller does not write to them after); `costs` NaN where not a number.
   */
  add(
    versionId: number,
    ids: Float64Array,
    jds: Float64Array,
    costs: Float64Array,
    n: number,
  ): void {
    if (!this.wants(versionId, n)) return;
    this.versions.add(versionId);
    if (n === 0) return;
    const cut = (a: Float64Array): Float64Array => (a.length === n ? a : a.slice(0, n));
    this.chunks.push({ ids: cut(ids), jds: cut(jds), costs: cut(costs) });
    this.count += n;
  }

  /**
   * For each of the first `n` rowids, the position of its call in the returned arrays, or -1
   * when it is not kept; null when a kept call is listed twice.
   */
  lookup(
    rowids: Float64Array,
    n: number,
  ): {
    readonly where: Int32Array;
    readonly jds: Float64Array;
    readonly costs: Float64Array;
  } | null {
    const rows = (this.built ??= this.build());
    const { first, slots, seen } = rows;
    const where = this.where.length >= n ? this.where : (this.where = new Int32Array(n));
    let twice = false;
    for (let i = 0; i < n; i++) {
      const slot = rowids[i]! - first;
      const at = slot >= 0 && slot < slots.length ? slots[slot]! - 1 : -1;
      if (at >= 0) {
        if (seen[slot] === 1) twice = true;
        seen[slot] = 1;
      }
      where[i] = at;
    }
    for (let i = 0; i < n; i++) if (where[i]! >= 0) seen[rowids[i]! - first] = 0;
    return twice ? null : { where, jds: rows.jds, costs: rows.costs };
  }

  // The kept calls by rowid; the rowids themselves are let go.
  private build(): ByRowid {
    const n = this.count;
    let first = Infinity;
    let last = -Infinity;
    for (const { ids } of this.chunks)
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        if (id < first) first = id;
        if (id > last) last = id;
      }
    const spread = last - first + 1;
    const none = new Float64Array(0);
    if (!(Number.isInteger(first) && Number.isInteger(last) && spread <= SPREAD * n + 1024)) {
      // Nothing to take from memory: the cost walk seeks every call, as without this.
      this.chunks = [];
      return { first: 0, slots: new Int32Array(0), seen: new Uint8Array(0), jds: none, costs: none }; // prettier-ignore
    }
    const slots = new Int32Array(spread);
    const jds = this.chunks.length === 1 ? this.chunks[0]!.jds : new Float64Array(n);
    const costs = this.chunks.length === 1 ? this.chunks[0]!.costs : new Float64Array(n);
    let at = 0;
    for (const c of this.chunks) {
      if (jds !== c.jds) jds.set(c.jds, at);
      if (costs !== c.costs) costs.set(c.costs, at);
      for (let i = 0; i < c.ids.length; i++) slots[c.ids[i]! - first] = at + i + 1;
      at += c.ids.length;
    }
    this.chunks = [];
    return { first, slots, seen: new Uint8Array(spread), jds, costs };
  }
}
