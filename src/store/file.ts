import { stat } from 'node:fs/promises';
import { StoreError, oneLine } from './errors.js';
import { DEFAULT_MAX_STORE_BYTES, tooLarge } from './header.js';
import { LazyFile } from './lazy.js';
import { openStore, type Store } from './open.js';

function code(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : '';
}

// Refuses what is not a regular file, or one above `maxBytes`, before reading a byte of it; tells
// whether a non-empty `<path>-wal` file exists (in WAL mode, part of the data may live only there).
async function checkFile(path: string, maxBytes: number): Promise<{ walPresent: boolean }> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new StoreError('unreadable', path, 'it is not a regular file.');
    size = info.size;
  } catch (error) {
    throw unreadable(path, error);
  }
  if (size > maxBytes) throw tooLarge(path, size, maxBytes);
  const wal = await stat(`${path}-wal`).catch(() => undefined);
  return { walPresent: wal !== undefined && wal.size > 0 };
}

function unreadable(path: string, error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const missing = code(error) === 'ENOENT';
  return new StoreError(
    'unreadable',
    path,
    missing ? 'no such file.' : `cannot read it (${oneLine(String(error))}).`,
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
  options: { readonly maxBytes?: number } = {},
): Promise<Store> {
  const { walPresent } = await checkFile(path, options.maxBytes ?? DEFAULT_MAX_STORE_BYTES);
  let file: LazyFile;
  try {
    file = new LazyFile(path);
  } catch (error) {
    throw unreadable(path, error);
  }
  try {
    return await openStore(file, { label: path, maxBytes: options.maxBytes, walPresent });
  } catch (error) {
    file.close();
    throw error;
  }
}
