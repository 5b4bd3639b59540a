import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { enableCompileCache, flushCompileCache } from './worker/compile-cache.js';

// The worker thread's entry, bundled as dist/worker.js: one request in, one reply out. It turns
// V8's compile cache on for this thread, then loads the worker's code (dist/worker-main.js).
enableCompileCache();
const here = path.dirname(fileURLToPath(import.meta.url));
// sql.js' WebAssembly is compiled by V8's own threads while this thread loads the worker's code,
// instead of after it. Joined from parts so that ncc leaves the file alone (see store/sqljs.ts).
const wasm = compileWasm(path.join(here, ['sql-wasm-browser', 'wasm'].join('.')));
// Likewise joined from parts, so that ncc leaves the import to run time.
const MAIN = ['worker-main', 'js'].join('.');
const file = path.join(here, MAIN);
const worker = (await import(
  /* webpackIgnore: true */ pathToFileURL(file).href
)) as typeof import('./worker/main.js');
// Now: the thread is terminated once it has replied, before Node would write the cache itself.
flushCompileCache();
await worker.serveRequest(wasm);

/** The part of the global WebAssembly API used here (the lib settings do not type it). */
interface WasmApi {
  compile(bytes: Uint8Array): Promise<object>;
}

// Null when the file cannot be read here: sql.js then reads and compiles it itself, and says why.
function compileWasm(file: string): Promise<object> | null {
  try {
    const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
    const compiling = wasm.compile(readFileSync(file));
    compiling.catch(() => undefined); // awaited (and reported) by loadSqlJs, if at all
    return compiling;
  } catch {
    return null;
  }
}
