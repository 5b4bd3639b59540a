// A hot rollback journal, read the way SQLite's pager plays it back (pager.c, pager_playback):
// a writer killed inside a transaction leaves `<db>-journal` holding the original content of
// every page it had changed; the committed database is the main file with those pages put back
// and cut to its size before the transaction. Format: https://www.sqlite.org/fileformat.html §4.4.
import { StoreError } from './errors.js';

const MAGIC = [0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7];
/** SQLite's lock byte lies on this offset; its page is never journaled (PAGER_SJ_PGNO). */
const PENDING_BYTE = 0x40000000;
/** Largest sector size SQLite accepts in a journal header (MAX_SECTOR_SIZE). */
const MAX_SECTOR = 0x10000;

/** What a hot journal says about the committed state of its database. */
export interface Rollback {
  readonly pageSize: number;
  /** Pages of the database before the interrupted transaction (its committed size). */
  readonly pages: number;
  /** Original content of the pages the transaction changed, by page number (1-based). */
  readonly original: ReadonlyMap<number, Uint8Array>;
}

const u32 = (b: Uint8Array, at: number): number =>
  ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;

function hasMagic(b: Uint8Array, at: number): boolean {
  return at + 8 <= b.length && MAGIC.every((m, i) => b[at + i] === m);
}

/** SQLite's page checksum: the nonce plus every 200th byte, from the end (pager_cksum). */
function checksum(nonce: number, page: Uint8Array): number {
  let sum = nonce;
  for (let i = page.length - 200; i > 0; i -= 200) sum = (sum + page[i]!) >>> 0;
  return sum;
}

/**
 * The super-journal name a multi-database transaction writes at the journal's end: with one, the
 * journal is hot only while the super-journal file exists, which bytes alone cannot tell.
 */
function namesSuperJournal(b: Uint8Array): boolean {
  const n = b.length;
  if (n < 16 || !hasMagic(b, n - 8)) return false;
  const len = u32(b, n - 16);
  return len > 0 && len <= n - 24;
}

/**
 * The rollback a journal asks for, or null when it is not hot (empty, or its header zeroed by a
 * commit in PERSIST mode), as SQLite decides. `fix` is the remedy sentence of the refusal when
 * the journal cannot be played back here.
 */
export function readJournal(journal: Uint8Array, label: string, fix: string): Rollback | null {
  if (!hasMagic(journal, 0)) return null;
  const refuse = (why: string): StoreError =>
    new StoreError(
      'hot_journal',
      label,
      `a writer was interrupted inside a transaction and left a rollback journal (-journal) that ${why}; ${fix}`,
    );
  if (journal.length < 28) throw refuse('is truncated');
  const sector = u32(journal, 20);
  const pageSize = u32(journal, 24);
  const power = (n: number): boolean => (n & (n - 1)) === 0;
  if (
    pageSize < 512 ||
    pageSize > 65536 ||
    !power(pageSize) ||
    sector < 32 ||
    sector > MAX_SECTOR ||
    !power(sector)
  )
    // prettier-ignore
    throw refuse(`has a corrupt header (page size ${pageSize}, sector size ${sector})`);
  if (namesSuperJournal(journal)) throw refuse('belongs to a transaction over several databases');

  const lockPage = Math.floor(PENDING_BYTE / pageSize) + 1;
  const original = new Map<number, Uint8Array>();
  const record = pageSize + 8;
  let pages = 0;
  let header = 0;
  let first = true;
  // Segment by segment; each header starts on a sector boundary after the previous records.
  playback: while (header + sector <= journal.length && hasMagic(journal, header)) {
    let count = u32(journal, header + 8);
    const nonce = u32(journal, header + 12);
    if (first) pages = u32(journal, header + 16);
    first = false;
    let at = header + sector;
    // 0xffffffff: written with synchronous=OFF, the records run to the end of the file.
    if (count === 0xffffffff) count = Math.floor((journal.length - at) / record);
    for (let i = 0; i < count; i++, at += record) {
      // A record cut short: the crash came before the database page was written.
      if (at + record > journal.length) break playback;
      const pgno = u32(journal, at);
      const data = journal.subarray(at + 4, at + 4 + pageSize);
      // Page 0, the lock page or a bad checksum marks the end of what was synced.
      if (pgno === 0 || pgno === lockPage) break playback;
      if (checksum(nonce, data) !== u32(journal, at + 4 + pageSize)) break playback;
      if (pgno <= pages) original.set(pgno, data);
    }
    header = Math.ceil(at / sector) * sector;
  }
  return { pageSize, pages, original };
}

/** The committed database: `bytes` with the journal's pages put back, cut to the committed size. */
export function applyRollback(bytes: Uint8Array, rollback: Rollback): Uint8Array {
  const out = new Uint8Array(rollback.pages * rollback.pageSize);
  out.set(bytes.subarray(0, out.length));
  for (const [pgno, data] of rollback.original) out.set(data, (pgno - 1) * rollback.pageSize);
  return out;
}

/**
 * Reads `[start, start + length)` of the committed database, where `read` reads the main file:
 * pages the journal holds come from it, the rest from the file, nothing past the committed size.
 */
export function readRolledBack(
  rollback: Rollback,
  start: number,
  length: number,
  read: (position: number, length: number) => Uint8Array,
): Uint8Array {
  const out = new Uint8Array(length);
  const end = Math.min(start + length, rollback.pages * rollback.pageSize);
  if (end <= start) return out;
  out.set(read(start, end - start));
  const { pageSize } = rollback;
  for (let p = Math.floor(start / pageSize); p * pageSize < end; p++) {
    const data = rollback.original.get(p + 1);
    if (!data) continue;
    const from = Math.max(start, p * pageSize);
    const to = Math.min(end, (p + 1) * pageSize);
    out.set(data.subarray(from - p * pageSize, to - p * pageSize), from - start);
  }
  return out;
}
