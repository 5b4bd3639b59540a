// Calls already read from the calls table, kept by rowid: their instant and cost. The health
// report reads each live version's calls (span-pages.ts), then the cost table reads every call of
// the month's last days (time-calls.ts), mostly the very calls the spans read. A call kept here is
// taken from memory instead of being sought in the table again; the cost walk still checks the
// index's instant against the one read from the table, so a forged index is met as before.

/** Calls kept at most (24 bytes each): past that, the cost walk seeks the rest in the table. */
export const MAX_KNOWN_ROWS = 1 << 20;

/**
 * The calls by rowid, built on first use after the last calls were added: a slot per rowid from
 * the smallest kept to the largest. The live versions' calls are the table's newest, so their
 * rowids lie close together; kept calls spread wider than that are not used.
 */
interface ByRowid {
  readonly first: number;
  /** Per rowid - first, the call's position in jds and costs plus one, or 0. */
  readonly slots: Int32Array;
  /** Per rowid - first, the last lookup that met it. */
  readonly seen: Int32Array;
  readonly jds: Float64Array;
  readonly costs: Float64Array;
}

/** Slots per kept call at most (8 bytes each: its position, and the last lookup that met it). */
const SPREAD = 4;

/** Calls read from the table: rowid, Julian day and cost_eur as the cost walk reads them. */
export class KnownRows {
  private chunks: { ids: Float64Array; jds: Float64Array; costs: Float64Array }[] = [];
  private count = 0;
  private built: ByRowid | null = null;
  private where = new Int32Array(0);
  private pass = 0;
  private readonly versions = new Set<number>();

  /**
   * Whether to keep the calls of this version: not twice (a version's calls are read again when
   * its span was let go), and not past the cap.
   */
  wants(versionId: number, calls: number): boolean {
    return !this.versions.has(versionId) && this.count + calls <= MAX_KNOWN_ROWS;
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
    this.built = null;
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
    const rows = this.byRowid();
    const { first, slots, seen } = rows;
    const where = this.where.length >= n ? this.where : (this.where = new Int32Array(n));
    const pass = ++this.pass;
    for (let i = 0; i < n; i++) {
      const slot = rowids[i]! - first;
      const at = slot >= 0 && slot < slots.length ? slots[slot]! - 1 : -1;
      if (at >= 0) {
        if (seen[slot] === pass) return null;
        seen[slot] = pass;
      }
      where[i] = at;
    }
    return { where, jds: rows.jds, costs: rows.costs };
  }

  private byRowid(): ByRowid {
    if (this.built) return this.built;
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
    if (!(Number.isInteger(first) && Number.isInteger(last) && spread <= SPREAD * n + 1024))
      return this.forget();
    const slots = new Int32Array(spread);
    const jds = new Float64Array(n);
    const costs = new Float64Array(n);
    let at = 0;
    for (const c of this.chunks) {
      jds.set(c.jds, at);
      costs.set(c.costs, at);
      for (let i = 0; i < c.ids.length; i++) slots[c.ids[i]! - first] = at + i + 1;
      at += c.ids.length;
    }
    const seen = new Int32Array(spread);
    return (this.built = { first, slots, seen, jds, costs });
  }

  // Keeps nothing from now on: the cost walk seeks every call, as without this.
  private forget(): ByRowid {
    this.chunks = [];
    this.count = MAX_KNOWN_ROWS + 1;
    const none = new Float64Array(0);
    const empty = new Int32Array(0);
    return (this.built = { first: 0, slots: empty, seen: empty, jds: none, costs: none });
  }
}
