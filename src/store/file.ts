import { closeSync, existsSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { StoreError, oneLine } from './errors.js';
import { DEFAULT_MAX_STORE_BYTES, tooLarge } from './header.js';
import { LazyFile, changeCounter, changedError } from './lazy.js';
import { openStore, type Store } from './open.js';

function code(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : '';
}

// Synchronous, as every read of the store is (SQLite reads its pages synchronously): the worker
// then loads no promise-based file system module and starts no thread pool for three stat calls.
// A file beside the store that cannot be examined counts as absent, as it always did.
function statOrNone(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

// Refuses what is not a regular file, or one above `maxBytes`, before reading a byte of it; tells
// whether a non-empty `<path>-wal` file exists (in WAL mode, part of the data may live only there).
function checkFile(path: string, maxBytes: number): { walPresent: boolean } {
  let size: number;
  try {
    const info = statSync(path);
    if (info.isDirectory()) throw new StoreError('unreadable', path, folderHint(path));
    if (!info.isFile()) throw new StoreError('unreadable', path, 'it is not a regular file.');
    size = info.size;
  } catch (error) {
    throw unreadable(path, error);
  }
  if (size > maxBytes) throw tooLarge(path, size, maxBytes);
  const wal = statOrNone(`${path}-wal`);
  return { walPresent: wal !== undefined && wal.size > 0 };
}

/**
 * The `-journal` file beside the store, if any (a writer killed inside a transaction leaves it:
 * see journal.ts). It holds one copy of each page the transaction changed, so the store's cap
 * bounds it too.
 */
function journalBeside(path: string, maxBytes: number): Uint8Array | undefined {
  const journal = `${path}-journal`;
  const info = statOrNone(journal);
  if (!info?.isFile() || info.size === 0) return undefined;
  if (info.size > maxBytes) throw tooLarge(journal, info.size, maxBytes);
  try {
    return readFileSync(journal);
  } catch (error) {
    // Committed and deleted since it was seen: the caller finds the store changed, and reads again.
    if (code(error) === 'ENOENT') return undefined;
    throw unreadable(journal, error);
  }
}

/** Reads of a store and its journal tried before a store that keeps changing is refused. */
const SNAPSHOT_TRIES = 8;

// A file's identity and last change, or null when it is absent.
function stamp(path: string): string | null {
  try {
    const s = statSync(path, { bigint: true });
    return `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
  } catch {
    return null;
  }
}

// The store's change counter (see changeCounter): it shows a commit within one tick of the clock,
// which leaves the file's times alone.
function counter(path: string): number {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    return changeCounter(fd);
  } catch {
    return -1;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

// The store and its journal as they are now: taken before and after both are read.
const state = (path: string): string =>
  `${stamp(path)}|${counter(path)}|${stamp(`${path}-journal`)}`;

// The store and its journal read as one state: neither changed while both were read. A program
// that logs into the store commits every few milliseconds, and its journal comes and goes: a
// journal read before a commit and a store read after it are two states, which rolled back
// together make a corrupt database. A store up to 8 MiB is read whole within that span (see
// lazy.ts); a larger one is checked after every query.
async function snapshot(
  path: string,
  maxBytes: number,
  wholeUpTo?: number,
): Promise<{ readonly file: LazyFile; readonly journal: Uint8Array | undefined }> {
  for (let attempt = 1; ; attempt++) {
    const before = state(path);
    const journal = journalBeside(path, maxBytes);
    let file: LazyFile;
    try {
      file = new LazyFile(path, wholeUpTo);
    } catch (error) {
      throw unreadable(path, error);
    }
    file.head(100);
    if (state(path) === before && file.unchanged()) return { file, journal };
    file.close();
    if (attempt === SNAPSHOT_TRIES) throw changedError(path);
    await new Promise((resolve) => setTimeout(resolve, 5 * attempt));
  }
}

/** A store path that names a folder: point at the store file inside it, when there is one. */
function folderHint(path: string): string {
  for (const inside of ['db.sqlite', '.prompt_versions/db.sqlite']) {
    const file = join(path, inside);
    if (existsSync(file)) return `it is a folder; the store is the file inside it: ${file}.`;
  }
  return 'it is a folder, not a store file; give the path of the db.sqlite file.';
}

/** The one-line refusal of a store path that could not be read: the error code says why. */
export function unreadable(path: string, error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const why = code(error);
  return new StoreError(
    'unreadable',
    path,
    why === 'ENOENT' && /^~[/\\]/.test(path)
      ? 'no such file: the shell leaves a ~ after = as it is (--store=~/db.sqlite); write --store ~/db.sqlite, or the whole path.'
      : why === 'ENOENT'
        ? 'no such file. Check the path (a relative one starts at the working folder); Prompt Versioner writes .prompt_versions/db.sqlite under the folder its script runs in.'
        : why === 'EACCES' || why === 'EPERM'
          ? 'this user may not read it (or a folder on its path): give it read permission, or run as a user who may.'
          : why === 'ENAMETOOLONG'
            ? 'its path, or a name in it, is longer than the system allows (ENAMETOOLONG): check how it was built, or give a shorter path.'
            : why === 'ELOOP'
              ? 'its path goes round a loop of symbolic links (ELOOP): give the path of the store file itself.'
              : `cannot read it (${oneLine(String(error))}).`,
  );
}

/**
 * Opens a store file in one step (the CLI's and the action's common case), refusing one above
 * `maxBytes` before reading a byte of it. SQLite reads its pages from the file as queries need
 * them: memory stays far below the file's size, and a comparison reads little more than the
 * indexes and the two versions' calls.
 */
export async function openStoreFile(
  path: string,
  options: {
    readonly maxBytes?: number;
    readonly textsWhenAsked?: boolean;
    /** Read a file up to this size whole at open (see LazyFile). */
    readonly wholeUpTo?: number;
  } = {},
): Promise<Store> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_STORE_BYTES;
  const { walPresent } = checkFile(path, maxBytes);
  const { file, journal } = await snapshot(path, maxBytes, options.wholeUpTo);
  try {
    return await openStore(file, {
      label: path,
      maxBytes: options.maxBytes,
      walPresent,
      ...(journal ? { journal } : {}),
      ...(options.textsWhenAsked ? { textsWhenAsked: true } : {}),
    });
  } catch (error) {
    // A store a program commits to while its checks read it can look corrupt or cut short: the
    // reason to give is that it changed.
    const changed = error instanceof StoreError && error.code !== 'changed' && !file.unchanged();
    file.close();
    throw changed ? changedError(path) : error;
  }
}
