import { DEFAULT_MAX_STORE_BYTES } from './cap.js';
import { StoreError, oneLine } from './errors.js';

export { DEFAULT_MAX_STORE_BYTES };

const MAGIC = 'SQLite format 3\0';
/** How a Git LFS pointer file starts: the store committed through LFS, not fetched. */
const LFS_POINTER = 'version https://git-lfs.github.com/spec/';

/** Options of the byte-level checks. */
interface HeaderCheckOptions {
  readonly maxBytes: number;
  /** A non-empty `-wal` file lies beside the store. */
  readonly walPresent: boolean;
  /**
   * The store is a file on this machine, which sqlite3 can open by its label; else its bytes came
   * from an artifact or a commit, to be mended where the store is written.
   */
  readonly onDisk?: boolean;
}

/** Formats a byte count for messages. */
export function formatSize(bytes: number): string {
  if (bytes < 1048576) return `${bytes} bytes`;
  return `${(bytes / 1048576).toFixed(bytes % 1048576 === 0 ? 0 : 1)} MiB`;
}

/** The size-cap refusal, shared with the file reader (which checks before reading). */
export function tooLarge(label: string, size: number, maxBytes: number): StoreError {
  return new StoreError(
    'too_large',
    label,
    `the file is ${formatSize(size)}, above the ${formatSize(maxBytes)} limit; raise it with the ` +
      'action input max-store-size or the CLI option --max-store-size.',
  );
}

/** A path quoted for a shell command in a message: the remedy is meant to be pasted. */
export function shellQuote(text: string): string {
  return /^[\w./-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}

/** Whether `bytes` begin as every SQLite database file does ("SQLite format 3", NUL). */
export function startsAsSqlite(bytes: Uint8Array): boolean {
  return String.fromCharCode(...bytes.subarray(0, MAGIC.length)) === MAGIC;
}

/** The header's length {@link startsAsSqlite} reads. */
export const SQLITE_MAGIC_BYTES = MAGIC.length;

/** Archives a store often comes in (an artifact downloaded by hand, a compressed copy). */
const ARCHIVES: readonly { readonly magic: readonly number[]; readonly kind: string; readonly fix: string }[] = [
  { magic: [0x50, 0x4b, 0x03, 0x04], kind: 'a zip archive', fix: 'unzip it and give the db.sqlite inside' },
  { magic: [0x1f, 0x8b], kind: 'a gzip file', fix: 'decompress it (gunzip) and give the file inside' },
  { magic: [0x28, 0xb5, 0x2f, 0xfd], kind: 'a zstd file', fix: 'decompress it (zstd -d) and give the file inside' },
  { magic: [0x42, 0x5a, 0x68], kind: 'a bzip2 file', fix: 'decompress it (bunzip2) and give the file inside' },
  { magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], kind: 'an xz file', fix: 'decompress it (unxz) and give the file inside' },
]; // prettier-ignore

/** Why a file that does not start as SQLite's does is not a store, and what to do. */
function notSqlite(bytes: Uint8Array): string {
  if (String.fromCharCode(...bytes.subarray(0, LFS_POINTER.length)) === LFS_POINTER)
    return 'it is a Git LFS pointer, not the store itself: fetch the store with git lfs pull (in a workflow, actions/checkout with lfs: true).';
  const archive = ARCHIVES.find((a) => a.magic.every((b, i) => bytes[i] === b));
  if (archive) return `it is ${archive.kind}, not the store itself: ${archive.fix}.`;
  return 'not a SQLite database (it does not start with "SQLite format 3").';
}

/**
 * Refuses what can be told from the file's size and first 100 bytes (`bytes`, or a longer
 * prefix) alone, before SQLite parses anything.
 */
export function checkHeader(
  bytes: Uint8Array,
  size: number,
  label: string,
  opts: HeaderCheckOptions,
): void {
  if (size === 0)
    throw new StoreError(
      'empty',
      label,
      'the file is empty (0 bytes), not a Prompt Versioner store.',
    );
  if (size > opts.maxBytes) throw tooLarge(label, size, opts.maxBytes);
  if (!startsAsSqlite(bytes)) throw new StoreError('not_sqlite', label, notSqlite(bytes));
  if (size < 100 || bytes.length < 100)
    throw new StoreError('truncated', label, `the SQLite file is truncated (${size} bytes).`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, 100);
  const raw = view.getUint16(16);
  const pageSize = raw === 1 ? 65536 : raw;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0)
    throw new StoreError('corrupt', label, `the SQLite header is corrupt (page size ${raw}).`);
  // The pages the header announces; that count is trustworthy only when its "version valid for"
  // matches the change counter (an old SQLite leaves it stale).
  const counted = view.getUint32(28);
  const pageCount = counted > 0 && view.getUint32(92) === view.getUint32(24) ? counted : null;
  const expected = pageCount === null ? pageSize : pageCount * pageSize;
  if (expected > size)
    throw new StoreError(
      'truncated',
      label,
      `the SQLite file is truncated: its header announces ${expected} bytes, the file has ` +
        `${size}; copy the whole file again.`,
    );
  // The header's read/write versions say WAL mode. SQLite reads a -wal it finds whatever they
  // say (a store in rollback mode beside a -wal left by a copy reads with its frames), so a -wal
  // is refused either way: the rows read here would not be the ones SQLite sees.
  const wal = bytes[18] === 2 || bytes[19] === 2;
  if (opts.walPresent)
    throw new StoreError(
      'wal_pending',
      label,
      `${wal ? 'the store is in WAL mode and a -wal file lies beside it' : 'a -wal file lies beside the store (its header says rollback mode, but SQLite reads a -wal it finds)'}, which may hold changes not yet in the main file (only SQLite can tell); ` +
        (opts.onDisk
          ? `run sqlite3 ${shellQuote(oneLine(label))} 'PRAGMA wal_checkpoint(TRUNCATE)' while nothing writes to it, then retry.`
          : "where the store is written, before it is uploaded or committed, run sqlite3 db.sqlite 'PRAGMA wal_checkpoint(TRUNCATE)' once the writer has finished (or switch the store out of WAL mode with 'PRAGMA journal_mode=DELETE'), then retry."),
    );
}
