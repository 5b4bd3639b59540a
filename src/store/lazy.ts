import { closeSync, fstatSync, openSync, readSync, type BigIntStats } from 'node:fs';
import { pageAligned } from './aligned.js';
import { StoreError, oneLine } from './errors.js';
import { readRolledBack, type Rollback } from './journal.js';

/** Read-ahead of sequential reads: first step and largest (bytes). */
const MIN_AHEAD = 64 * 1024;
const MAX_AHEAD = 1024 * 1024;

/**
 * A file up to this size is read whole at its first read, in one call: the full integrity check
 * reads every page of such a store anyway (open.ts, FULL_CHECK_MAX_BYTES), and the page walks then
 * take their pages from memory instead of a read of the file for each (a thousand at 10k rows).
 */
export const WHOLE_FILE_MAX_BYTES = 8 * 1024 * 1024;

/** The store `label` changed while it was read: pages of two states do not make one database. */
export function changedError(label: string): StoreError {
  return new StoreError(
    'changed',
    label,
    'the file changed while it was being read (is a program logging into it?): read a copy ' +
      "made with SQLite's backup, which waits for a consistent state (sqlite3 STORE '.backup " +
      "copy.sqlite', or Python's sqlite3 Connection.backup); retrying helps only when the " +
      'writer pauses.',
  );
}

/**
 * A store file's header change counter (bytes 24-27, big-endian), which every commit raises and
 * writes first, with page 1; -1 when it cannot be read. `into` takes the bytes.
 */
export function changeCounter(fd: number, into = new Uint8Array(4)): number {
  try {
    if (readSync(fd, into, 0, 4, 24) < 4) return -1;
  } catch {
    return -1;
  }
  return ((into[0]! << 24) | (into[1]! << 16) | (into[2]! << 8) | into[3]!) >>> 0;
}

/**
 * What sql.js' in-memory file system (MEMFS) needs of a file's contents: its length, and
 * `subarray(start, end)` whose bytes it copies at once into SQLite's page buffer.
 */
export interface PagedContents {
  readonly length: number;
  subarray(start: number, end: number): Uint8Array;
  /** Copies bytes from `start` into `target` (without a copy in between, when it can). */
  copy?(target: Uint8Array, start: number): void;
}

/**
 * The object to give `new SQL.Database(...)` so that sql.js reads `contents` in place: bytes in
 * memory or a file's pages, never a copy of them.
 *
 * How it plugs into sql.js 1.x: `new Database(data)` writes `data` into a new MEMFS file, and
 * MEMFS' first write to an empty file keeps `data.slice(0, length)`, a copy, as the file's
 * contents. We answer that `slice` with `contents` itself, whose `subarray` MEMFS then calls for
 * every read. The database is opened with query_only, so nothing ever writes through to them
 * (test/store/lazy.test.ts guards these assumptions against a sql.js upgrade).
 */
export function readInPlace(contents: PagedContents): Uint8Array {
  const subarray = (start: number, end: number): Uint8Array => contents.subarray(start, end);
  return { length: contents.length, subarray, slice: () => contents } as unknown as Uint8Array;
}

/**
 * A store file that SQLite reads page by page, when and where it asks, instead of a copy of the
 * whole file in memory: a comparison that reads two versions through the indexes touches a few
 * MB of a 150 MB store, and no command ever holds the file's bytes twice. sql.js reads the
 * file through a paged view (see readInPlace).
 */
export class LazyFile {
  /** Bytes handed out, and reads of the file made, for tests and the benchmark's notes. */
  bytesRead = 0;
  reads = 0;
  private fd: number | null;
  private readonly opened: BigIntStats;

  /** The file's path, which names the store in messages. */
  readonly label: string;

  constructor(
    path: string,
    /** Files up to this size are read whole (a store a program keeps committing to: run.ts). */
    wholeUpTo = WHOLE_FILE_MAX_BYTES,
  ) {
    this.label = path;
    this.fd = openSync(path, 'r');
    this.opened = fstatSync(this.fd, { bigint: true });
    this.openedCounter = this.changeCounter();
    this.whole = Number(this.opened.size) <= Math.max(wholeUpTo, WHOLE_FILE_MAX_BYTES);
  }

  /** Small enough to be read whole, at the first read (see WHOLE_FILE_MAX_BYTES). */
  private readonly whole: boolean;

  /** The committed state, when a hot journal lies beside the file (see {@link rollBack}). */
  private rollback: Rollback | null = null;

  /** The database's size: the file's when it was opened, or the committed size after a rollback. */
  get size(): number {
    return this.rollback ? this.rollback.pages * this.rollback.pageSize : Number(this.opened.size);
  }

  /**
   * Reads the committed state from now on: the journal's pages over the file's, cut to the
   * committed size. The file itself is never written.
   */
  rollBack(rollback: Rollback): void {
    this.rollback = rollback;
  }

  /** The first `n` bytes (fewer for a shorter file), copied: for the header checks. */
  head(n: number): Uint8Array {
    return this.read(0, Math.min(n, this.size)).slice();
  }

  /** The file's pages as sql.js reads them (give `readInPlace` of this to `new SQL.Database`). */
  pages(): PagedContents {
    return {
      length: this.size,
      subarray: (start, end) => this.read(start, end - start),
      copy: (target, start) => this.copy(target, start),
    };
  }

  /** Reads `target.length` bytes from `start` straight into `target` (a walk's window of pages). */
  private copy(target: Uint8Array, start: number): void {
    if (this.rollback || this.whole) {
      target.set(this.read(start, target.length));
      return;
    }
    this.bytesRead += target.length;
    target.fill(0, this.fill(target, start));
  }

  /**
   * Throws when the file changed since it was opened: pages read before and after a write do
   * not make one database. Called after every query, so a result never mixes two states.
   */
  verify(): void {
    if (this.failure !== undefined)
      throw new StoreError('unreadable', this.label, `reading it failed (${this.failure}).`);
    // A file read whole, unchanged over that read, is one state whatever happens to it later.
    if (this.fd === null || this.settled) return;
    if (!this.unchanged()) throw changedError(this.label);
  }

  /** Read whole and unchanged over that read: nothing more is read from the file. */
  private settled = false;

  /**
   * Whether the file's size, times and change counter are still those it was opened with. The
   * counter (the header's bytes 24-27) goes up at every commit, and is written first, with page
   * 1: a commit within the clock tick of the open, which leaves the times as they were, still
   * shows.
   */
  unchanged(): boolean {
    if (this.fd === null) return false;
    const now = fstatSync(this.fd, { bigint: true });
    return (
      now.size === this.opened.size &&
      now.mtimeNs === this.opened.mtimeNs &&
      now.ctimeNs === this.opened.ctimeNs &&
      this.changeCounter() === this.openedCounter
    );
  }

  /** The header's file change counter as the file holds it now (read past any copy). */
  private changeCounter(): number {
    return this.fd === null ? -1 : changeCounter(this.fd, this.counterBytes);
  }

  /** The change counter when the file was opened. */
  private readonly openedCounter: number;
  private readonly counterBytes = new Uint8Array(4);

  /** Closes the file; reads after this see zeros (the database is closed first). */
  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  /** A read that failed (the file vanished, an I/O error), reported by the next verify(). */
  private failure: string | undefined;

  private read(position: number, length: number): Uint8Array {
    if (!this.rollback) return this.readFile(position, length);
    return readRolledBack(this.rollback, position, length, (p, n) => this.readFile(p, n));
  }

  // Reads that follow one another are served from a chunk read ahead, doubling up to 1 MiB: a
  // scan over the table then costs a few hundred reads instead of one per page. A read elsewhere
  // reads only what was asked (a comparison seeks through the indexes). MEMFS copies the bytes
  // out before it asks again, so the chunk can be reused.
  private chunk = pageAligned(65536);
  private chunkStart = 0;
  private chunkEnd = 0;
  private nextPosition = -1;
  private ahead = 0;

  private readFile(position: number, length: number): Uint8Array {
    this.bytesRead += length;
    if (this.whole) return this.fromWhole(position, length);
    const sequential = position === this.nextPosition;
    this.nextPosition = position + length;
    if (position >= this.chunkStart && position + length <= this.chunkEnd)
      return this.chunk.subarray(position - this.chunkStart, position - this.chunkStart + length);
    this.ahead = sequential ? Math.min(MAX_AHEAD, Math.max(MIN_AHEAD, this.ahead * 2)) : 0;
    const want = Math.max(length, Math.min(this.ahead, Number(this.opened.size) - position));
    if (this.chunk.length < want) this.chunk = pageAligned(want);
    const got = this.fill(this.chunk.subarray(0, want), position);
    this.chunkStart = position;
    this.chunkEnd = position + got;
    const view = this.chunk.subarray(0, length);
    view.fill(0, Math.min(got, length));
    return view;
  }

  private wholeRead = false;

  // The file read whole into the chunk at the first read; past its end, zeros (a rolled-back
  // store may be longer than the file).
  private fromWhole(position: number, length: number): Uint8Array {
    if (!this.wholeRead) {
      this.wholeRead = true;
      this.chunk = pageAligned(Number(this.opened.size));
      this.chunkStart = 0;
      this.chunkEnd = this.fill(this.chunk, 0);
      this.settled = this.unchanged();
    }
    if (position + length <= this.chunkEnd) return this.chunk.subarray(position, position + length);
    const view = new Uint8Array(length);
    if (position < this.chunkEnd) view.set(this.chunk.subarray(position, this.chunkEnd));
    return view;
  }

  // Reads into `view` from `position`; returns the bytes read (fewer at the end of the file).
  private fill(view: Uint8Array, position: number): number {
    this.reads += 1;
    let got = 0;
    try {
      while (this.fd !== null && got < view.length) {
        const n = readSync(this.fd, view, got, view.length - got, position + got);
        if (n === 0) break;
        got += n;
      }
    } catch (error) {
      // Thrown through SQLite's stack there is no clean way back: leave zeros, verify() says why.
      this.failure ??= oneLine(error instanceof Error ? error.message : String(error));
    }
    return got;
  }
}
