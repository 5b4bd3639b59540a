// Calls per version as an index on prompt_metrics(version_id) lists them, counted from the index's
// own pages: the answer of `SELECT version_id, count(*) FROM prompt_metrics GROUP BY version_id`
// through that index, without a step of SQLite's WebAssembly per entry. Every cell of the index's
// b-tree is one entry (interior cells too); each key's first field is the version id. An index
// that is not a plain one on version_id, or an entry whose version id is not an integer, throws
// `Decline`, and the caller asks SQLite.
import type { Database } from 'sql.js';
import { sortAscending } from '../stats/index.js';
import { Decline, PageReader, btreePage, cellAt, rootPage, u32 } from './pages.js';
import { allRows } from './sql.js';

/** Entries per version id in `index` (a name SQLite's plan gave), read from its pages. */
export function countVersions(db: Database, index: string): Map<number, number> {
  checkIndex(db, index);
  const reader = new PageReader(db);
  const { usable } = reader;
  const local = maxLocal(usable);
  const counts = new Map<number, number>();
  // Entries of one version lie together in a leaf: counted in a run, added up when it ends.
  let run = NaN;
  let runLength = 0;
  const stack = [rootPage(db, 'index', index)];
  while (stack.length > 0) {
    const { page, interior, header, cells } = btreePage(reader, stack.pop()!, 'index');
    if (interior) stack.push(u32(page, 8));
    for (let c = 0; c < cells; c++) {
      let p = cellAt(page, header, c, usable);
      if (interior) {
        stack.push(u32(page, p));
        p += 4;
      }
      if (p >= usable) throw new Decline('key size');
      const size = page[p++]!;
      if (size >= 0x80 || size > local || p + size > usable) throw new Decline('key size');
      const id = versionId(page, p, p + size);
      if (id === run) runLength++;
      else {
        if (runLength > 0) counts.set(run, (counts.get(run) ?? 0) + runLength);
        run = id;
        runLength = 1;
      }
    }
  }
  if (runLength > 0) counts.set(run, (counts.get(run) ?? 0) + runLength);
  return counts;
}

const opened = new WeakMap<Database, { readonly name: string; readonly walk: VersionIndex }>();

/**
 * An index on prompt_metrics(version_id) alone, ascending, read from its pages: a version's
 * entries as a query reads them through the index for `version_id = ?`. Only the pages whose keys
 * may hold the version are read.
 */
export class VersionIndex {
  private constructor(
    private readonly reader: PageReader,
    private readonly root: number,
  ) {}

  /** The index named `index` (a name SQLite's plan gave); `Decline` for any other kind. */
  static open(db: Database, index: string): VersionIndex {
    // One per store and index: the spans and the counts read the same one.
    const known = opened.get(db);
    if (known?.name === index) return known.walk;
    const { desc, keys } = checkIndex(db, index);
    if (desc || keys !== 1) throw new Decline('not an index on version_id alone, ascending');
    const walk = new VersionIndex(new PageReader(db), rootPage(db, 'index', index));
    opened.set(db, { name: index, walk });
    return walk;
  }

  /** The version's entries: as many as `count(*) ... WHERE version_id = ?` through the index. */
  count(versionId: number): number {
    let n = 0;
    this.entries(versionId, () => n++);
    return n;
  }

  /** The rowids the index lists for the version, ascending; past `max` of them, `Decline`. */
  rowids(versionId: number, max: number): Float64Array {
    let out = new Float64Array(1024);
    let n = 0;
    this.entries(versionId, (rowid) => {
      if (n === out.length) {
        if (n >= max) throw new Decline('too many entries');
        const grown = new Float64Array(2 * n);
        grown.set(out);
        out = grown;
      }
      out[n++] = rowid;
    });
    // Read in no particular order: ascending, as the index lists one version's entries.
    return sortAscending(out.subarray(0, n));
  }

  // Each entry's rowid, in no particular order.
  private entries(wanted: number, each: (rowid: number) => void): void {
    const { reader } = this;
    const { usable } = reader;
    reader.restart();
    const local = maxLocal(usable);
    const stack = [this.root];
    while (stack.length > 0) {
      const { page, interior, header, cells } = btreePage(reader, stack.pop()!, 'index');
      // An interior cell's child holds the keys below the cell's key and above the one before.
      let before = -Infinity;
      let c = 0;
      for (; c < cells; c++) {
        let p = cellAt(page, header, c, usable);
        const child = interior ? u32(page, p) : 0;
        if (interior) p += 4;
        const end = keyEnd(page, p, usable, local);
        const id = versionId(page, p + 1, end);
        if (interior && before <= wanted && id >= wanted) stack.push(child);
        if (id === wanted) each(rowidOf(page, p + 1, end));
        if (id > wanted) break;
        before = id;
      }
      if (interior && c === cells) stack.push(u32(page, 8));
    }
  }
}

/**
 * The first key column of `index` on prompt_metrics is `column`, by BINARY order, and the index
 * covers every call (not partial); else `Decline`. Whether that column is descending, and the
 * number of key columns.
 */
export function checkIndex(
  db: Database,
  index: string,
  column = 'version_id',
): { desc: boolean; keys: number } {
  const key = allRows(
    db,
    'SELECT x.name, x.coll, l.partial, x.desc, ' +
      '(SELECT count(*) FROM pragma_index_xinfo(?) WHERE key) ' +
      'FROM pragma_index_xinfo(?) AS x, pragma_index_list(?) AS l ' +
      'WHERE x.seqno = 0 AND l.name = ?',
    [index, index, 'prompt_metrics', index],
  );
  const [first, collation, partial, desc, keys] = key[0] ?? [];
  if (key.length !== 1 || String(first).toLowerCase() !== column || partial !== 0)
    throw new Decline(`not an index on ${column}`);
  if (collation !== 'BINARY') throw new Decline('a collation');
  return { desc: desc === 1, keys: Number(keys) };
}

/** Keys longer than this spill onto overflow pages: a version id and a rowid never do. */
export const maxLocal = (usable: number): number => Math.floor(((usable - 12) * 64) / 255) - 23;

/** Where the key from `p` (its one-byte size, then the record) ends; another size declines. */
export function keyEnd(page: Uint8Array, p: number, usable: number, local: number): number {
  if (p >= usable) throw new Decline('key size');
  const size = page[p]!;
  if (size >= 0x80 || size > local || p + 1 + size > usable) throw new Decline('key size');
  return p + 1 + size;
}

// The key's second field, the rowid: an integer (exact below 2^53), else `Decline`.
function rowidOf(b: Uint8Array, at: number, end: number): number {
  const header = b[at]!;
  if (header < 3 || at + header > end) throw new Decline('key header');
  const first = b[at + 1]!;
  const t = b[at + 2]!;
  // The first field is an integer (versionId() read it): 0 to 8 bytes.
  const p = at + header + (first >= 8 ? 0 : first === 5 ? 6 : first === 6 ? 8 : first);
  return integer(b, p, t, end);
}

// The key's first field, an integer (as SQLite's double gives it, exact up to 2^53); anything
// else declines.
function versionId(b: Uint8Array, at: number, end: number): number {
  const header = b[at]!;
  const t = b[at + 1]!;
  const p = at + header;
  if (header < 2 || p > end) throw new Decline('key header');
  return integer(b, p, t, end);
}

/** The integer of serial type `t` at `p`; any other type, or one past 2^53, declines. */
export function integer(b: Uint8Array, p: number, t: number, end: number): number {
  if (t === 8 || t === 9) return t - 8;
  if (t < 1 || t > 6) throw new Decline('a key that is not an integer');
  const bytes = t === 5 ? 6 : t === 6 ? 8 : t;
  if (p + bytes > end) throw new Decline('key size');
  let value = (b[p]! << 24) >> 24;
  for (let i = 1; i < bytes; i++) value = value * 256 + b[p + i]!;
  if (!Number.isSafeInteger(value)) throw new Decline('a key past 2^53');
  return value;
}
