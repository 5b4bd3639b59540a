// Calls per version as an index on prompt_metrics(version_id) lists them, counted from the index's
// own pages: the answer of `SELECT version_id, count(*) FROM prompt_metrics GROUP BY version_id`
// through that index, without a step of SQLite's WebAssembly per entry. Every cell of the index's
// b-tree is one entry (interior cells too); each key's first field is the version id. An index
// that is not a plain one on version_id, or an entry whose version id is not an integer, throws
// `Decline`, and the caller asks SQLite.
import type { Database } from 'sql.js';
import { Decline, PageReader, cellAt, cellsOf, rootPage, u32 } from './pages.js';
import { allRows } from './sql.js';

const INDEX_LEAF = 0x0a;
const INDEX_INTERIOR = 0x02;

/** Entries per version id in `index` (a name SQLite's plan gave), read from its pages. */
export function countVersions(db: Database, index: string): Map<number, number> {
  const key = allRows(
    db,
    'SELECT x.name, x.coll, l.partial FROM pragma_index_xinfo(?) AS x, pragma_index_list(?) AS l ' +
      'WHERE x.seqno = 0 AND l.name = ?',
    [index, 'prompt_metrics', index],
  );
  const [column, collation, partial] = key[0] ?? [];
  if (key.length !== 1 || String(column).toLowerCase() !== 'version_id' || partial !== 0)
    throw new Decline('not an index on version_id');
  if (collation !== 'BINARY') throw new Decline('a collation');
  const reader = new PageReader(db);
  const { usable } = reader;
  // Keys longer than this spill onto overflow pages: a version id and a rowid never do.
  const local = Math.floor(((usable - 12) * 64) / 255) - 23;
  const counts = new Map<number, number>();
  // Entries of one version lie together in a leaf: counted in a run, added up when it ends.
  let run = NaN;
  let runLength = 0;
  const stack = [rootPage(db, 'index', index)];
  while (stack.length > 0) {
    const page = reader.page(stack.pop()!);
    const type = page[0];
    if (type !== INDEX_LEAF && type !== INDEX_INTERIOR) throw new Decline('page type');
    const interior = type === INDEX_INTERIOR;
    const header = interior ? 12 : 8;
    const cells = cellsOf(page, header, usable);
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

// The key's first field, an integer (as SQLite's double gives it, exact up to 2^53); anything
// else declines.
function versionId(b: Uint8Array, at: number, end: number): number {
  const header = b[at]!;
  const t = b[at + 1]!;
  const p = at + header;
  if (header < 2 || p > end) throw new Decline('key header');
  if (t === 8 || t === 9) return t - 8;
  if (t < 1 || t > 6) throw new Decline('a version id that is not an integer');
  const bytes = t === 5 ? 6 : t === 6 ? 8 : t;
  if (p + bytes > end) throw new Decline('key size');
  let value = (b[p]! << 24) >> 24;
  for (let i = 1; i < bytes; i++) value = value * 256 + b[p + i]!;
  if (!Number.isSafeInteger(value)) throw new Decline('a version id past 2^53');
  return value;
}
