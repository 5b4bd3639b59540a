import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import initSqlJs from 'sql.js/dist/sql-wasm-browser.js';
import type { SqlJsStatic } from 'sql.js';
import { InstallError } from '../errors.js';

// The browser build is the one that survives ncc's ESM bundling (the Node build needs
// __dirname and CommonJS `module`). It loads no file itself: we hand it the wasm bytes.
// The file name is joined from parts so that ncc does not try to rewrite it into a stub.
const WASM_FILE = ['sql-wasm-browser', 'wasm'].join('.');

let sqlJs: Promise<SqlJsStatic> | undefined;

/** Path of sql.js' wasm file: next to the bundle in dist/, else the installed package's copy. */
function wasmPath(besideBundle: string): string {
  if (existsSync(besideBundle)) return besideBundle;
  const require = createRequire(import.meta.url);
  return require.resolve(['sql.js', 'dist', WASM_FILE].join('/'));
}

/** sql.js' wasm bytes; a copy that is gone is an incomplete installation, and said so. */
function wasmBytes(): Uint8Array {
  const besideBundle = path.join(path.dirname(fileURLToPath(import.meta.url)), WASM_FILE);
  try {
    return readFileSync(wasmPath(besideBundle));
  } catch {
    throw new InstallError(`${besideBundle} is missing or unreadable`);
  }
}

/** The sql.js module, initialised once per process. */
export function loadSqlJs(): Promise<SqlJsStatic> {
  sqlJs ??= Promise.resolve().then(() =>
    initSqlJs({ wasmBinary: wasmBytes() as unknown as ArrayBuffer }),
  );
  return sqlJs;
}
