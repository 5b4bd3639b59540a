// The timestamp index read from its pages: the entries whose text lies in [start, end), in the
// order SQLite's search of that range reads them (the index's own order: ascending, or newest
// first for the library's `timestamp DESC`; equal texts by rowid), each with the Julian day of its
// text and its rowid. Only the pages whose keys may lie in the range are read. A key that is not
// a short text or number (a BLOB sorts past every text, a number or NULL before) is compared by
// its class; anything it does not expect throws `Decline`.
import type { Database } from 'sql.js';
import { checkIndex, integer, keyEnd, maxLocal } from './index-walk.js';
import type { JulianDays } from './julian.js';
import { Decline, PageReader, btreePage, cellAt, rootPage, u32 } from './pages.js';

/** An index on prompt_metrics(timestamp) alone, read from its pages. */
export class TimeIndex {
  private readonly reader: PageReader;
  private readonly root: number;
  private readonly desc: boolean;
  private readonly local: number;
  private readonly encoder = new TextEncoder();

  /** The index named `index`; `Decline` for any other kind. */
  constructor(db: Database, index: string) {
    const { desc, keys } = checkIndex(db, index, 'timestamp');
    if (keys !== 1) throw new Decline('not an index on timestamp alone');
    this.desc = desc;
    this.reader = new PageReader(db);
    this.root = rootPage(db, 'index', index);
    this.local = maxLocal(this.reader.usable);
  }

  /** Each entry with a text in [start, end), in the index's order: its Julian day and rowid. */
  scan(
    start: string,
    end: string,
    julianDays: JulianDays,
    each: (jd: number, rowid: number) => void,
  ): void {
    const { reader, desc, local } = this;
    const { usable } = reader;
    const lo = this.encoder.encode(start);
    const hi = this.encoder.encode(end);
    reader.restart();
    const key = new Key();
    // Pages still to read (as their number) and entries of interior pages still to give (as
    // -1, then the Julian day and rowid), the next one last.
    const stack: number[] = [this.root];
    const later: number[] = [];
    while (stack.length > 0) {
      const top = stack.pop()!;
      if (top === -1) {
        const rowid = stack.pop()!;
        each(stack.pop()!, rowid);
        continue;
      }
      const { page, interior, header, cells } = btreePage(reader, top, 'index');
      later.length = 0;
      // Whether keys before the cell (in the index's order) may lie in the range: below `end`
      // ascending, at or past `start` descending. Each cell's child holds the keys between the
      // cell before it and the cell.
      let before = true;
      let c = 0;
      for (; c < cells; c++) {
        let p = cellAt(page, header, c, usable);
        const child = interior ? u32(page, p) : 0;
        if (interior) p += 4;
        key.read(page, p + 1, keyEnd(page, p, usable, local));
        const belowEnd = key.compare(hi) < 0;
        const fromStart = key.compare(lo) >= 0;
        const after = desc ? belowEnd : fromStart;
        if (interior && before && after) later.push(child);
        if (belowEnd && fromStart) {
          const jd = julianDays.of(page, key.at, key.length) ?? NaN;
          if (interior) later.push(jd, key.rowid, -1);
          else each(jd, key.rowid);
        }
        // Past the range in the index's order: no later key can lie in it.
        if (!(desc ? fromStart : belowEnd)) break;
        before = desc ? fromStart : belowEnd;
      }
      if (interior && c === cells && before) later.push(u32(page, 8));
      // Onto the stack the other way round, so that the first comes off first.
      for (let k = later.length - 1; k >= 0; k--) {
        const v = later[k]!;
        if (v === -1) {
          stack.push(later[k - 2]!, later[k - 1]!, -1);
          k -= 2;
        } else stack.push(v);
      }
    }
  }
}

/** One index key: its first field's class and text, and its rowid. */
class Key {
  /** SQLite's order of the field's kind: 0 NULL, 1 number, 2 text, 3 BLOB. */
  kind = 0;
  at = 0;
  length = 0;
  rowid = 0;
  private bytes: Uint8Array = new Uint8Array(0);

  read(b: Uint8Array, at: number, end: number): void {
    const header = b[at]!;
    let p = at + 1;
    let t = b[p++]!;
    if (t >= 0x80) t = (t & 0x7f) * 128 + b[p++]!;
    if (t >= 0x4000 || header >= 0x80 || p >= at + header) throw new Decline('key header');
    const r = b[p++]!;
    if (p !== at + header) throw new Decline('key header');
    const size = t >= 12 ? (t - 12) >> 1 : t === 7 || t === 6 ? 8 : t === 5 ? 6 : t > 7 ? 0 : t;
    this.kind = t === 0 ? 0 : t < 12 ? 1 : t & 1 ? 2 : 3;
    if (t === 10 || t === 11) throw new Decline('reserved serial type');
    this.bytes = b;
    this.at = at + header;
    this.length = size;
    if (this.at + size > end) throw new Decline('key size');
    this.rowid = integer(b, this.at + size, r, end);
  }

  /** This key against the text `bound` (UTF-8 bytes), by SQLite's BINARY order. */
  compare(bound: Uint8Array): number {
    if (this.kind !== 2) return this.kind < 2 ? -1 : 1;
    const b = this.bytes;
    const n = Math.min(this.length, bound.length);
    for (let i = 0; i < n; i++) {
      const d = b[this.at + i]! - bound[i]!;
      if (d !== 0) return d;
    }
    return this.length - bound.length;
  }
}
