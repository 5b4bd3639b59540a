// V8's on-disk compile cache for the bundles (Node 22.1+): a laptop user runs pv-check often,
// and compiling the bundles again on every run is a large part of a small store's time.
import { lstatSync, mkdirSync } from 'node:fs';
import module from 'node:module';
import os from 'node:os';
import path from 'node:path';

/** What node:module offers for the cache, on the Node versions that have it. */
interface CacheApi {
  enableCompileCache?: (dir: string) => unknown;
  flushCompileCache?: () => void;
}

const api = module as unknown as CacheApi;

/**
 * The cache folder: one per user in the system's temp folder (it outlives a job on self-hosted
 * runners, where the runner's own temp folder is emptied), created private. Null when it cannot
 * be used safely: another user could plant compiled code in a folder that is not ours alone.
 */
export function cacheDir(base: string = os.tmpdir()): string | null {
  const uid = process.getuid?.() ?? -1;
  const dir = path.join(
    base,
    uid >= 0 ? `pv-check-compile-cache-${uid}` : 'pv-check-compile-cache',
  );
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const st = lstatSync(dir);
  if (!st.isDirectory()) return null;
  if (uid >= 0 && (st.uid !== uid || (st.mode & 0o022) !== 0)) return null;
  return dir;
}

/**
 * Turns the cache on for the modules loaded after this call (not the calling file). Never
 * throws: without a writable folder, or on a Node without the cache, pv-check is only slower.
 */
export function enableCompileCache(base?: string): void {
  try {
    if (typeof api.enableCompileCache !== 'function') return;
    const dir = cacheDir(base);
    if (dir) api.enableCompileCache(dir);
  } catch {
    // An unwritable temp folder, a read-only file system: run uncached.
  }
}

/**
 * Writes what was compiled so far to the cache (Node 22.10+): a worker is terminated rather than
 * left to exit, and the CLI exits at once, so neither waits for Node to write it at exit.
 */
export function flushCompileCache(): void {
  try {
    api.flushCompileCache?.();
  } catch {
    // As above: the cache is an optimisation.
  }
}
