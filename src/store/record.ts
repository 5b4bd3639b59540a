// One record of the calls table's b-tree, read from its cell as SQLite reads it: the rowid, the
// record header's serial types, and the fields asked for as the query would give them (a number,
// julianday() of a text, a name). Anything it does not expect throws `Decline`. The format:
// https://www.sqlite.org/fileformat2.html (cells, records, overflow pages).
import type { SqlValue } from 'sql.js';
import type { JulianDays } from './julian.js';
import { Decline, type PageReader, u32 } from './pages.js';

/** Fields of a record read at most: the columns asked for must lie among them. */
export const MAX_FIELDS = 64;
/** A payload spread over overflow pages is read whole up to this size, else by SQLite. */
const MAX_SPILL = 4 * 1024 * 1024;

/** Reads one cell's record: its rowid and the fields asked for. */
export class RecordReader {
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
