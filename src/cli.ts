import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { enableCompileCache, flushCompileCache } from './worker/compile-cache.js';

// The CLI's entry, bundled as dist/cli.js: it turns V8's compile cache on, then loads the CLI
// itself (dist/cli-main.js), which only then is compiled, or read back from the cache.
enableCompileCache();
// Joined from parts so that ncc leaves the import to run time (see store/sqljs.ts).
const MAIN = ['cli-main', 'js'].join('.');
const file = path.join(path.dirname(fileURLToPath(import.meta.url)), MAIN);
let code: number;
try {
  const cli = (await import(
    /* webpackIgnore: true */ pathToFileURL(file).href
  )) as typeof import('./cli/entry.js');
  flushCompileCache();
  code = await cli.main(process.argv.slice(2));
} catch {
  process.stderr.write(`pv-check: the installation is incomplete (${file} is missing or unreadable): reinstall it.\n`); // prettier-ignore
  code = 2;
}
// Exit once the output is written, without waiting for the worker thread to be torn down (it may
// still be compiling wasm code in the background, which delays a natural exit).
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
