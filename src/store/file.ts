import { readFile, stat } from 'node:fs/promises';
import { StoreError, oneLine } from './errors.js';
import { DEFAULT_MAX_STORE_BYTES, tooLarge } from './header.js';
import { openStore, type Store } from './open.js';

/** A store file's bytes and what lies beside it. */
export interface StoreFile {
  readonly bytes: Uint8Array;
  /** A non-empty `<path>-wal` file exists: in WAL mode, part of the data may live only there. */
  readonly walPresent: boolean;
}

function code(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : '';
}

/** Reads a store file, refusing one above `maxBytes` before reading a byte of it. */
export async function readStoreFile(
  path: string,
  options: { readonly maxBytes?: number } = {},
): Promise<StoreFile> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_STORE_BYTES;
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new StoreError('unreadable', path, 'it is not a regular file.');
    size = info.size;
  } catch (error) {
    if (error instanceof StoreError) throw error;
    const missing = code(error) === 'ENOENT';
    throw new StoreError(
      'unreadable',
      path,
      missing ? 'no such file.' : `cannot read it (${oneLine(String(error))}).`,
    );
  }
  if (size > maxBytes) throw tooLarge(path, size, maxBytes);
  const wal = await stat(`${path}-wal`).catch(() => undefined);
  return { bytes: await readFile(path), walPresent: wal !== undefined && wal.size > 0 };
}

/** Reads and opens a store file in one step (the CLI's and the action's common case). */
export async function openStoreFile(
  path: string,
  options: { readonly maxBytes?: number } = {},
): Promise<Store> {
  const { bytes, walPresent } = await readStoreFile(path, options);
  return openStore(bytes, { label: path, maxBytes: options.maxBytes, walPresent });
}
