// A store's b-tree pages as SQLite reads them, for the walks that read a table or an index
// straight from its pages (table-walk.ts, index-walk.ts). The file's format:
// https://www.sqlite.org/fileformat2.html (the header, b-tree pages, cells, overflow pages).
import type { Database } from 'sql.js';
import { pageAligned } from './aligned.js';
import { allRows, utf8Text } from './sql.js';

/** What sql.js reads the database from: the store's pages (or bytes) in place. */
export interface PageSource {
  readonly length: number;
  subarray(start: number, end: number): Uint8Array;
  /** Copies bytes from `start` into `target` (without a copy in between, when it can). */
  copy?(target: Uint8Array, start: number): void;
}

/** The walk cannot give what SQLite would: callers read the table through SQLite instead. */
export class Decline extends Error {
  constructor(why: string) {
    super(`page walk declined: ${why}`);
    this.name = 'Decline';
  }
}

const sources = new WeakMap<Database, PageSource>();

/** Lets the walks read `db`'s pages: called by openDatabase with what sql.js reads. */
export function registerPages(db: Database, pages: PageSource): void {
  sources.set(db, pages);
}

/** A store's page size, usable bytes and pages, or why the walks cannot read it. */
type Shape = Pick<PageReader, 'pageSize' | 'usable' | 'pageCount'> | string;

// Read once per store: a read-only store's shape does not change.
const shapes = new WeakMap<Database, Shape>();

function shapeOf(db: Database, pages: PageSource): Shape {
  if (!utf8Text(db)) return 'not UTF-8';
  const head = pages.subarray(0, 100);
  const size = head[16]! * 256 + head[17]!;
  const pageSize = size === 1 ? 65536 : size;
  const usable = pageSize - head[20]!;
  const pageCount = Number(allRows(db, 'PRAGMA page_count')[0]?.[0]);
  if (usable < 480 || pageSize < 512 || !(pageCount > 0)) return 'page size';
  if (pages.length < pageCount * pageSize) return 'a short file';
  return { pageSize, usable, pageCount };
}

/**
 * Lookups of one kind (a version's count, a call's timestamp) asked of SQLite before a walk is set
 * up for them: a comparison asks a handful, which setting the walk up (the table's layout, the
 * index's kind, cold code; 6-9 ms) would cost more than; a health report asks dozens.
 */
export const QUERIES_BEFORE_WALK = 8;

/** The size of the store `db` reads, in bytes (0 when the walks cannot read it). */
export function storeBytes(db: Database): number {
  return sources.get(db)?.length ?? 0;
}

/** Pages read at once when a walk reads on through the file (1 MiB of 4 KiB pages). */
const MAX_WINDOW = 256;

/**
 * Reads the pages of one b-tree, each at most once (a page met twice means a cycle: `Decline`),
 * a window of pages at a time while the walk goes on through the file.
 */
export class PageReader {
  readonly pageSize: number;
  /** Bytes of a page that hold data: the page less the reserved bytes at its end. */
  readonly usable: number;
  readonly pageCount: number;
  private readonly pages: PageSource;
  private readonly seen: Uint8Array;
  private readonly inMemory: boolean;
  private window = new Uint8Array(0);
  private first = 0;
  private count = 0;
  private size = 1;

  constructor(db: Database) {
    const pages = sources.get(db);
    if (!pages) throw new Decline('no pages to read');
    let shape = shapes.get(db);
    if (!shape) shapes.set(db, (shape = shapeOf(db, pages)));
    if (typeof shape === 'string') throw new Decline(shape);
    this.pageSize = shape.pageSize;
    this.usable = shape.usable;
    this.pageCount = shape.pageCount;
    this.pages = pages;
    this.inMemory = pages instanceof Uint8Array;
    this.seen = new Uint8Array(this.pageCount + 1);
  }

  /**
   * Starts another walk: every page may be read once more. The pages read ahead stay (the store
   * is read-only), so that walks over nearby pages read less.
   */
  restart(): void {
    this.seen.fill(0);
  }

  /** Page `n` of the b-tree (not page 1), valid until the next call. */
  page(n: number): Uint8Array {
    if (!(n >= 2 && n <= this.pageCount) || this.seen[n]) throw new Decline('page number');
    this.seen[n] = 1;
    const { pageSize } = this;
    if (this.inMemory) return this.pages.subarray((n - 1) * pageSize, n * pageSize);
    if (n < this.first || n >= this.first + this.count) {
      // On through the file (the next pages, or a few past them): read more at once.
      const near = n >= this.first + this.count && n < this.first + this.count + this.size;
      this.size = near ? Math.min(MAX_WINDOW, this.size * 2) : 1;
      const count = Math.min(this.size, this.pageCount - n + 1);
      if (this.window.length < count * pageSize) this.window = pageAligned(MAX_WINDOW * pageSize);
      const into = this.window.subarray(0, count * pageSize);
      if (this.pages.copy) this.pages.copy(into, (n - 1) * pageSize);
      else into.set(this.pages.subarray((n - 1) * pageSize, (n - 1 + count) * pageSize));
      this.first = n;
      this.count = count;
    }
    const at = (n - this.first) * pageSize;
    return this.window.subarray(at, at + pageSize);
  }

  private loose = new Uint8Array(0);

  /**
   * An overflow page, valid until the next call: read aside, so that the page whose cell it
   * continues stays as it is.
   */
  overflow(n: number): Uint8Array {
    if (!(n >= 2 && n <= this.pageCount)) throw new Decline('page number');
    const { pageSize } = this;
    const bytes = this.pages.subarray((n - 1) * pageSize, n * pageSize);
    if (this.inMemory) return bytes;
    if (this.loose.length !== pageSize) this.loose = new Uint8Array(pageSize);
    this.loose.set(bytes);
    return this.loose;
  }
}

/** The big-endian 32-bit number at `at`. */
export function u32(b: Uint8Array, at: number): number {
  return b[at]! * 0x1000000 + b[at + 1]! * 0x10000 + b[at + 2]! * 0x100 + b[at + 3]!;
}

/** The offset of cell `c` of a page whose header is `header` bytes, within its content area. */
export function cellAt(page: Uint8Array, header: number, c: number, usable: number): number {
  const at = page[header + 2 * c]! * 256 + page[header + 2 * c + 1]!;
  if (at < header + 2 * (page[3]! * 256 + page[4]!) || at > usable - 4)
    throw new Decline('cell offset');
  return at;
}

/**
 * The number of cells of a b-tree page whose header is `header` bytes, if they fit: their
 * pointers before the content area, the content area within the page (as SQLite checks).
 */
export function cellsOf(page: Uint8Array, header: number, usable: number): number {
  const cells = page[3]! * 256 + page[4]!;
  const content = page[5]! * 256 + page[6]! || 65536;
  if (header + 2 * cells > content || content > usable) throw new Decline('cell count');
  return cells;
}

/** One b-tree page as the walks read it. */
export interface BtreePage {
  readonly page: Uint8Array;
  readonly interior: boolean;
  /** Bytes of its header: 12 on an interior page (the right child's number), else 8. */
  readonly header: number;
  readonly cells: number;
}

/** Page `n` of a table's or an index's b-tree; a page of another kind declines. */
export function btreePage(reader: PageReader, n: number, kind: 'table' | 'index'): BtreePage {
  const page = reader.page(n);
  const [leaf, inner] = kind === 'table' ? [0x0d, 0x05] : [0x0a, 0x02];
  const type = page[0];
  if (type !== leaf && type !== inner) throw new Decline('page type');
  const interior = type === inner;
  const header = interior ? 12 : 8;
  return { page, interior, header, cells: cellsOf(page, header, reader.usable) };
}

/** The root page of a table or index, by its name (in any case, as SQLite names match). */
export function rootPage(db: Database, type: 'table' | 'index', name: string): number {
  const root = allRows(
    db,
    'SELECT rootpage FROM sqlite_schema WHERE type = ? AND lower(name) = lower(?)',
    [type, name],
  )[0]?.[0];
  if (typeof root !== 'number' || root < 2) throw new Decline('root page');
  return root;
}
