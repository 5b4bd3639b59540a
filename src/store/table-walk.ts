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
import { Decline, PageReader, cellAt, cellsOf, rootPage, u32 } from './pages.js';
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

const TABLE_LEAF = 0x0d;
const TABLE_INTERIOR = 0x05;

interface Field {
  readonly field: number;
  readonly kind: 'id' | 'number' | 'julian' | 'name' | 'null';
  /** The column has a default other than NULL (which a record that lacks it reads as). */
  readonly dflt: boolean;
}

const KINDS = ['number', 'julian', 'id', 'name', 'null'] as const;
const [NUMBER, JULIAN, ID, NAME] = [0, 1, 2, 3];

/** Fields of a record read at most: the columns asked for must lie among them. */
const MAX_FIELDS = 64;
/** A payload spread over overflow pages is read whole up to this size, else by SQLite. */
const MAX_SPILL = 4 * 1024 * 1024;

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
  const reader = new PageReader(db);
  const fields = layoutOf(db, columns);
  const root = rootPage(db, 'table', 'prompt_metrics');
  const names = columns.map((c) => (c.kind === 'name' ? c : null));
  const codes = names.map((c) => c?.codes.map((s) => new TextEncoder().encode(s)) ?? []);
  const { usable } = reader;
  const wanted = Math.max(...fields.map((f) => f.field)) + 1;
  const records = new RecordReader(reader, new JulianDays(db), wanted);
  const numbers = new Float64Array(columns.length).fill(NaN);
  const texts: SqlValue[] = columns.map(() => null);
  const kinds = Int32Array.from(fields, (f) => KINDS.indexOf(f.kind));
  const at = Int32Array.from(fields, (f) => f.field);
  const stack = [root];
  while (stack.length > 0) {
    const page = reader.page(stack.pop()!);
    const type = page[0];
    if (type !== TABLE_LEAF && type !== TABLE_INTERIOR) throw new Decline('page type');
    const header = type === TABLE_LEAF ? 8 : 12;
    const cells = cellsOf(page, header, usable);
    if (type === TABLE_INTERIOR) {
      stack.push(u32(page, 8));
      for (let c = cells - 1; c >= 0; c--) stack.push(u32(page, cellAt(page, header, c, usable)));
      continue;
    }
    for (let c = 0; c < cells; c++) {
      records.cell(page, cellAt(page, header, c, usable));
      if (records.fields < wanted && fields.some((f) => f.dflt && f.field >= records.fields))
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
            texts[i] = records.name(field, names[i]!, codes[i]!);
            break;
          default: // a column the store lacks: NaN and null throughout
        }
      }
      each(numbers, texts);
    }
  }
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

/** Reads one cell's record: its rowid and the fields asked for. */
class RecordReader {
  private rowidValue = 0;
  private data: Uint8Array = new Uint8Array(0);
  private view = new DataView(this.data.buffer);
  /** Payload bytes from `base` in `data`, up to `end` (fetched from overflow pages as needed). */
  private base = 0;
  private end = 0;
  /** Fields in the current record's header (at most MAX_FIELDS read). */
  fields = 0;
  private readonly types = new Int32Array(MAX_FIELDS);
  private readonly offsets = new Int32Array(MAX_FIELDS);
  private readonly decoder = new TextDecoder();
  private spill = new Uint8Array(0);
  /** The code of the last name met (a call's model is most often its predecessor's). */
  private lastCode = 0;

  private readonly usable: number;

  constructor(
    private readonly pages: PageReader,
    private readonly julianDays: JulianDays,
    /** Fields read at most: those after the last one asked for are not looked at. */
    private readonly wanted: number,
  ) {
    this.usable = pages.usable;
  }

  cell(page: Uint8Array, at: number): void {
    let p = at;
    let payload = 0;
    for (let k = 0; ; k++) {
      if (k === 4) throw new Decline('payload size');
      const b = page[p++]!;
      payload = payload * 128 + (b & 0x7f);
      if (b < 0x80) break;
    }
    // The rowid: a varint of up to 9 bytes, a signed 64-bit integer. Up to 8 bytes it is not
    // negative, and one rounding of the last step gives the nearest double, as SQLite's does.
    const start = p;
    let rowid = 0;
    let k = 0;
    for (; k < 8; k++) {
      const b = page[p++]!;
      rowid = rowid * 128 + (b & 0x7f);
      if (b < 0x80) break;
    }
    if (k === 8) {
      if (p >= this.usable) throw new Decline('cell size');
      let big = 0n;
      for (let i = 0; i < 8; i++) big = (big << 7n) | BigInt(page[start + i]! & 0x7f);
      rowid = Number(BigInt.asIntN(64, (big << 8n) | BigInt(page[p++]!)));
    }
    this.rowidValue = rowid;
    const x = this.usable - 35;
    const m = Math.floor(((this.usable - 12) * 32) / 255) - 23;
    const rest = m + ((payload - m) % (this.usable - 4));
    const local = payload <= x ? payload : rest <= x ? rest : m;
    if (p + local + (local < payload ? 4 : 0) > this.usable) throw new Decline('cell size');
    if (local === payload) {
      this.setData(page, p, payload);
    } else {
      if (payload > MAX_SPILL) throw new Decline('a large record');
      if (this.spill.length < payload)
        this.spill = new Uint8Array(Math.max(payload, 2 * this.spill.length));
      this.spill.set(page.subarray(p, p + local));
      this.overflow(u32(page, p + local), local, payload);
      this.setData(this.spill, 0, payload);
    }
    this.header();
  }

  private setData(data: Uint8Array, base: number, length: number): void {
    if (this.data !== data) {
      this.data = data;
      this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    }
    this.base = base;
    this.end = base + length;
  }

  // The rest of a payload from its chain of overflow pages, into `spill`.
  private overflow(first: number, have: number, payload: number): void {
    const step = this.usable - 4;
    let n = first;
    for (let got = have; got < payload;) {
      const page = this.pages.overflow(n);
      const take = Math.min(step, payload - got);
      this.spill.set(page.subarray(4, 4 + take), got);
      got += take;
      n = u32(page, 0);
    }
  }

  // The record header: each field's serial type and offset, for the first 64 fields.
  private header(): void {
    const d = this.data;
    let p = this.base;
    const size = d[p++]!;
    if (size >= 0x80 || this.base + size > this.end) throw new Decline('record header');
    let offset = this.base + size;
    let f = 0;
    while (p < this.base + size && f < this.wanted) {
      let t = d[p++]!;
      if (t >= 0x80) {
        t &= 0x7f;
        for (let k = 1; ; k++) {
          if (k === 4) throw new Decline('serial type');
          const b = d[p++]!;
          t = t * 128 + (b & 0x7f);
          if (b < 0x80) break;
        }
      }
      this.types[f] = t;
      this.offsets[f] = offset;
      offset += t >= 12 ? (t - 12) >> 1 : SIZES[t]!;
      f++;
    }
    if (offset > this.end) throw new Decline('record size');
    this.fields = f;
  }

  rowid(field: number): number {
    if (field < this.fields && this.types[field] !== 0)
      throw new Decline('id stored in the record');
    return this.rowidValue;
  }

  /** A number as sql.js gives it; NaN for NULL, text and blobs (the query gives no number). */
  number(field: number): number {
    if (field >= this.fields) return NaN;
    const t = this.types[field]!;
    const at = this.offsets[field]!;
    if (at + (t >= 12 ? 0 : SIZES[t]!) > this.end) throw new Decline('field past the record');
    const d = this.data;
    switch (t) {
      case 0:
        return NaN;
      case 1:
        return (d[at]! << 24) >> 24;
      case 2:
        return this.view.getInt16(at);
      case 3:
        return ((d[at]! << 24) >> 8) + d[at + 1]! * 256 + d[at + 2]!;
      case 4:
        return this.view.getInt32(at);
      case 5:
        return this.view.getInt16(at) * 0x100000000 + this.view.getUint32(at + 2);
      case 6:
        return this.view.getInt32(at) * 0x100000000 + this.view.getUint32(at + 4);
      case 7:
        return this.view.getFloat64(at);
      case 8:
        return 0;
      case 9:
        return 1;
      case 10:
      case 11:
        throw new Decline('reserved serial type');
      default:
        return NaN;
    }
  }

  /** julianday(); NaN for NULL (or a text SQLite cannot read). */
  julian(field: number): number {
    if (field >= this.fields) return NaN;
    const t = this.types[field]!;
    if (t === 0) return NaN;
    if (t < 13 || (t & 1) === 0) throw new Decline('a timestamp that is not text');
    const at = this.offsets[field]!;
    const length = (t - 13) >> 1;
    if (at + length > this.end) throw new Decline('field past the record');
    return this.julianDays.of(this.data, at, length) ?? NaN;
  }

  name(
    field: number,
    spec: { readonly cap: number; readonly codes: string[]; readonly maxCodes: number },
    known: Uint8Array[],
  ): SqlValue {
    if (field >= this.fields) return null;
    const t = this.types[field]!;
    if (t === 0) return null;
    if (t < 12) throw new Decline('a name that is a number');
    const at = this.offsets[field]!;
    const length = (t - 12) >> 1;
    // Longer than the cap in bytes: SQLite's substr() counts characters, left to SQLite.
    if (at + length > this.end || length > spec.cap) throw new Decline('a long name');
    const d = this.data;
    if ((t & 1) === 0) return d.slice(at, at + length);
    // The name of the call before, most often; then the others.
    const last = known[this.lastCode];
    if (last !== undefined && equal(last, d, at, length)) return this.lastCode;
    for (let c = 0; c < known.length; c++)
      if (equal(known[c]!, d, at, length)) return (this.lastCode = c);
    const bytes = d.subarray(at, at + length);
    // SQLite's substr() stops at a NUL in text.
    if (bytes.includes(0)) throw new Decline('a NUL in a name');
    const text = this.decoder.decode(bytes);
    if (spec.codes.length >= spec.maxCodes) return text;
    spec.codes.push(text);
    known.push(bytes.slice());
    return (this.lastCode = spec.codes.length - 1);
  }
}

/** Bytes of serial types 0 to 11. */
const SIZES = Int32Array.of(0, 1, 2, 3, 4, 6, 8, 8, 0, 0, 0, 0);

// Whether `a` holds the `length` bytes of `b` from `at`.
function equal(a: Uint8Array, b: Uint8Array, at: number, length: number): boolean {
  if (a.length !== length) return false;
  for (let i = 0; i < length; i++) if (a[i] !== b[at + i]) return false;
  return true;
}
