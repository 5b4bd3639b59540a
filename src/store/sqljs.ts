import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import initSqlJs from 'sql.js/dist/sql-wasm-browser.js';
import type { SqlJsStatic } from 'sql.js';

// The browser build is the one that survives ncc's ESM bundling (the Node build needs
// __dirname and CommonJS `module`). It loads no file itself: we hand it the wasm bytes.
// The file name is joined from parts so that ncc does not try to rewrite it into a stub.
const WASM_FILE = ['sql-wasm-browser', 'wasm'].join('.');

let sqlJs: Promise<SqlJsStatic> | undefined;

/** Path of sql.js' wasm file: next to the bundle in dist/, else the installed package's copy. */
function wasmPath(): string {
  const besideBundle = path.join(path.dirname(fileURLToPath(import.meta.url)), WASM_FILE);
  if (existsSync(besideBundle)) return besideBundle;
  const require = createRequire(import.meta.url);
  return require.resolve(['sql.js', 'dist', WASM_FILE].join('/'));
}

/**
 * The sql.js module, initialised once per process: from `compiled` when given (a module compiled
 * from the same file, see worker.ts), else from the wasm file.
 */
export function loadSqlJs(compiled: Promise<CompiledWasm> | null = null): Promise<SqlJsStatic> {
  sqlJs ??= compiled
    ? fromModule(compiled)
    : initSqlJs({ wasmBinary: readFileSync(wasmPath()) as unknown as ArrayBuffer });
  return sqlJs;
}

/** A compiled WebAssembly.Module, opaque here (the project's lib settings do not type it). */
export type CompiledWasm = object;

/** The part of the global WebAssembly API used here. */
interface WasmApi {
  instantiate(module: CompiledWasm, imports: object): Promise<object>;
}

/** Emscripten's hook for instantiating the module itself; sql.js' typings do not list it. */
interface InstantiateHook {
  instantiateWasm(imports: object, done: (instance: object) => void): object;
}

// sql.js instantiates through the hook; a failure must reject, as emscripten would wait forever.
async function fromModule(compiled: Promise<CompiledWasm>): Promise<SqlJsStatic> {
  const module = await compiled;
  return new Promise<SqlJsStatic>((resolve, reject) => {
    const hook: InstantiateHook = {
      instantiateWasm(imports, done) {
        const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
        wasm.instantiate(module, imports).then(done, reject);
        return {};
      },
    };
    initSqlJs(hook as Parameters<typeof initSqlJs>[0]).then(resolve, reject);
  });
}
