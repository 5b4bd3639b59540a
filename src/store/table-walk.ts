// The calls table read straight from its b-tree pages, in the order SQLite's own scan reads it
// (rowid order, page after page): the values cross into JavaScript without a round trip into
// SQLite's WebAssembly per row and column, which is most of what a million-row pass costs there.
//
// It reads the same bytes SQLite reads (sql.js' in-memory file: the store's pages read in place,
// or its bytes) and answers only where it gives exactly what the query
// `SELECT id, version_id, julianday(timestamp), <numbers>, substr(model_name, 1, 1000)` would:
// a UTF-8 store, a rowid table without generated columns whose `id` is the rowid, values of the
// usual types. Anything else (a page or record it does not expect, a model name that is a number,
// a timestamp that is not text, ...) throws `Decline` and the caller runs the query instead; a
// damaged page then fails the query as it always did. The file's format:
// https://www.sqlite.org/fileformat2.html (b-tree pages, cells, records, overflow pages).
import type { Database, SqlValue } from 'sql.js';
import { JulianDays } from './julian.js';
import { type BtreePage, Decline, PageReader, btreePage, cellAt, rootPage, u32 } from './pages.js';
import { MAX_FIELDS, RecordReader } from './record.js';
import { callsTable } from './schema.js';

/** One output column of the walk, from a column of prompt_metrics (by lower-case name). */
export type WalkColumn =
  /** The rowid, which `id INTEGER PRIMARY KEY` names. */
  | { readonly kind: 'id' }
  /** A number as sql.js returns it; NULL, text and blobs read as NaN (only numbers count). */
  | { readonly kind: 'number'; readonly name: string }
  /** julianday() of the column. */
  | { readonly kind: 'julian'; readonly name: string }
  /**
   * substr(column, 1, cap), text as the index of the equal name in `codes`: the walk appends the
   * names it meets there, up to `maxCodes`, so that it decodes each name once.
   */
  | {
      readonly kind: 'name';
      readonly name: string;
      readonly cap: number;
      readonly codes: string[];
      readonly maxCodes: number;
    }
  | { readonly kind: 'null' };

interface Field {
  readonly field: number;
  readonly kind: 'id' | 'number' | 'julian' | 'name' | 'null';
  /** The column has a default other than NULL (which a record that lacks it reads as). */
  readonly dflt: boolean;
}

const KINDS = ['number', 'julian', 'id', 'name', 'null'] as const;
const [NUMBER, JULIAN, ID, NAME] = [0, 1, 2, 3];

/**
 * Walks every call of prompt_metrics in rowid order. `each` gets two arrays, reused from call to
 * call: the numbers of the id, number and julian columns (NaN where the query gives no number),
 * and the values of the name columns (null elsewhere).
 */
export function walkCalls(
  db: Database,
  columns: readonly WalkColumn[],
  each: (numbers: Float64Array, names: readonly SqlValue[]) => void,
): void {
  new CallsPages(db, columns).walk(each);
}

/**
 * The calls table's columns as a walk reads them, worked out once (where each lies in a record,
 * the root page, the Julian days met), for any number of walks over the same store.
 */
export class CallsPages {
  private readonly fields: readonly Field[];
  private readonly root: number;
  private readonly names: readonly (Extract<WalkColumn, { kind: 'name' }> | null)[];
  private readonly codes: Uint8Array[][];
  private readonly julianDays: JulianDays;
  private readonly wanted: number;
  private readonly kinds: Int32Array;
  private readonly at: Int32Array;
  private readonly numbers: Float64Array;
  private readonly texts: SqlValue[];
  private readonly reader: PageReader;
  private readonly records: RecordReader;

  constructor(
    db: Database,
    columns: readonly WalkColumn[],
    /** Julian days already worked out for the store, to share (another walk's). */
    julianDays: JulianDays = new JulianDays(db),
  ) {
    this.reader = new PageReader(db);
    this.fields = layoutOf(db, columns);
    this.root = rootPage(db, 'table', 'prompt_metrics');
    this.names = columns.map((c) => (c.kind === 'name' ? c : null));
    this.codes = this.names.map((c) => c?.codes.map((s) => new TextEncoder().encode(s)) ?? []);
    this.julianDays = julianDays;
    this.wanted = Math.max(...this.fields.map((f) => f.field)) + 1;
    this.kinds = Int32Array.from(this.fields, (f) => KINDS.indexOf(f.kind));
    this.at = Int32Array.from(this.fields, (f) => f.field);
    this.numbers = new Float64Array(columns.length).fill(NaN);
    this.texts = columns.map(() => null);
    this.records = new RecordReader(this.reader, this.julianDays, this.wanted);
  }

  /** Every call, in rowid order (see walkCalls). */
  walk(each: (numbers: Float64Array, names: readonly SqlValue[]) => void): void {
    const { reader } = this;
    const { usable } = reader;
    reader.restart();
    // Level by level: the interior pages first, then the leaves in key order. An interior page
    // lies after the leaves it was split from, so a walk down and up the tree would leave the
    // pages read ahead for it every few hundred leaves, and read them again coming back.
    let level = [this.root];
    for (;;) {
      const next: number[] = [];
      for (let i = 0; i < level.length; i++) {
        const node = btreePage(reader, level[i]!, 'table');
        const { page, interior, header, cells } = node;
        if (!interior) {
          // SQLite's b-trees are balanced: a level holds leaves only, or interior pages only.
          if (i > 0) throw new Decline('b-tree depth');
          return this.leaves(level, node, each);
        }
        for (let c = 0; c < cells; c++) next.push(u32(page, cellAt(page, header, c, usable)));
        next.push(u32(page, 8));
      }
      level = next;
    }
  }

  // The calls of the leaves `pages`, the first of them read already as `first`.
  private leaves(
    pages: readonly number[],
    first: BtreePage,
    each: (numbers: Float64Array, names: readonly SqlValue[]) => void,
  ): void {
    const { reader, records } = this;
    const { usable } = reader;
    let leaf = first;
    for (let i = 0; ;) {
      const { page, header, cells } = leaf;
      for (let c = 0; c < cells; c++) {
        records.cell(page, cellAt(page, header, c, usable));
        this.read(records);
        each(this.numbers, this.texts);
      }
      if (++i === pages.length) return;
      leaf = btreePage(reader, pages[i]!, 'table');
      if (leaf.interior) throw new Decline('b-tree depth');
    }
  }

  /**
   * The calls whose rowids are `rowids` (ascending, none twice), in that order, as a query that
   * looks each up by its rowid reads them; a rowid the table lacks declines. Only the pages on the
   * way to them are read.
   */
  seek(
    rowids: Float64Array,
    each: (numbers: Float64Array, names: readonly SqlValue[]) => void,
  ): void {
    if (rowids.length === 0) return;
    const { reader, records } = this;
    const { usable } = reader;
    reader.restart();
    // Pages still to read, each with the range of `rowids` that lies under it; the last pushed is
    // the leftmost, so that the calls come in rowid order.
    const stack: number[] = [this.root, 0, rowids.length];
    const children: number[] = [];
    while (stack.length > 0) {
      const hi = stack.pop()!;
      let lo = stack.pop()!;
      const { page, interior, header, cells } = btreePage(reader, stack.pop()!, 'table');
      if (interior) {
        // Child c holds the rowids up to its key; the right child those past the last key.
        children.length = 0;
        for (let c = 0; c < cells && lo < hi; c++) {
          const at = cellAt(page, header, c, usable);
          const key = varint(page, at + 4, usable);
          let to = lo;
          while (to < hi && rowids[to]! <= key) to++;
          if (to > lo) children.push(u32(page, at), lo, to);
          lo = to;
        }
        if (lo < hi) children.push(u32(page, 8), lo, hi);
        for (let k = children.length - 3; k >= 0; k -= 3)
          stack.push(children[k]!, children[k + 1]!, children[k + 2]!);
        continue;
      }
      let c = 0;
      for (let i = lo; i < hi; i++) {
        const want = rowids[i]!;
        for (; ; c++) {
          if (c >= cells) throw new Decline('a rowid the table lacks');
          const at = cellAt(page, header, c, usable);
          const rowid = varint(page, at + varintLength(page, at, usable), usable);
          if (rowid < want) continue;
          if (rowid > want) throw new Decline('a rowid the table lacks');
          records.cell(page, at);
          this.read(records);
          each(this.numbers, this.texts);
          c++;
          break;
        }
      }
    }
  }

  // The columns asked for, from the record just read, into `numbers` and `texts`.
  private read(records: RecordReader): void {
    const { kinds, at, numbers, texts } = this;
    if (
      records.fields < this.wanted &&
      this.fields.some((f) => f.dflt && f.field >= records.fields)
    )
      throw new Decline('a default value');
    for (let i = 0; i < kinds.length; i++) {
      const field = at[i]!;
      switch (kinds[i]!) {
        case NUMBER:
          numbers[i] = records.number(field);
          break;
        case JULIAN:
          numbers[i] = records.julian(field);
          break;
        case ID:
          numbers[i] = records.rowid(field);
          break;
        case NAME:
          texts[i] = records.name(field, this.names[i]!, this.codes[i]!);
          break;
        default: // a column the store lacks: NaN and null throughout
      }
    }
  }
}

// The bytes of the varint at `at` (at most 9).
function varintLength(b: Uint8Array, at: number, end: number): number {
  for (let k = 0; k < 9; k++) {
    if (at + k >= end) throw new Decline('cell size');
    if (b[at + k]! < 0x80) return k + 1;
  }
  return 9;
}

// A rowid key: a varint of up to 8 bytes (not negative, exact below 2^53); longer ones decline.
function varint(b: Uint8Array, at: number, end: number): number {
  let value = 0;
  for (let k = 0; k < 8; k++) {
    if (at + k >= end) throw new Decline('cell size');
    const x = b[at + k]!;
    value = value * 128 + (x & 0x7f);
    if (x < 0x80) {
      if (!Number.isSafeInteger(value)) throw new Decline('a rowid past 2^53');
      return value;
    }
  }
  throw new Decline('a negative rowid');
}

// Where each output column lies in a record, from the table's own columns in their order.
function layoutOf(db: Database, columns: readonly WalkColumn[]): Field[] {
  const table = callsTable(db);
  // `INTEGER PRIMARY KEY DESC` is not the rowid: any DESC in the table's SQL reads through SQLite.
  if (!table || !table.rowid || /\bdesc\b/i.test(table.sql)) throw new Decline('table kind');
  const cols = table.columns;
  if (cols.some((c) => c.hidden !== 0)) throw new Decline('generated columns');
  const at = new Map(cols.map((col, i) => [col.name, { i, col }]));
  const pks = cols.filter((c) => c.pk !== 0).length;
  return columns.map((c): Field => {
    if (c.kind === 'null') return { field: -1, kind: 'null', dflt: false };
    const found = at.get(c.kind === 'id' ? 'id' : c.name);
    if (!found || found.i >= MAX_FIELDS) throw new Decline('column');
    const { i, col } = found;
    if (c.kind === 'id' && (pks !== 1 || col.pk !== 1 || col.type !== 'INTEGER'))
      throw new Decline('id is not the rowid');
    // Another column that may be the rowid reads through SQLite.
    if (c.kind !== 'id' && col.pk !== 0) throw new Decline('a key column');
    // A record written before a column was added lacks it: it reads as the column's default.
    return { field: i, kind: c.kind, dflt: col.dflt !== null };
  });
}
