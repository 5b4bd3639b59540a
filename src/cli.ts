import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { enableCompileCache, flushCompileCache } from './worker/compile-cache.js';
import { lowerHelperThreads } from './worker/helper-threads.js';
import { DEFAULT_MAX_STORE_BYTES } from './store/cap.js';
import { memoryLimits } from './worker/memory.js';
import { SpareWorker } from './worker/spare.js';

// The CLI's entry, bundled as dist/cli.js: it turns V8's compile cache on, starts the worker that
// will read the store (on another core, while this thread goes on), then loads the CLI itself
// (dist/cli-main.js), which only then is compiled, or read back from the cache. V8's helper
// threads yield to the worker's (helper-threads.ts).
enableCompileCache();
lowerHelperThreads();
// Joined from parts so that ncc leaves the import to run time (see store/sqljs.ts).
const [MAIN, WORKER] = [['cli-main', 'js'].join('.'), ['worker', 'js'].join('.')];
const here = path.dirname(fileURLToPath(import.meta.url));
const file = path.join(here, MAIN);
// With the default store-size limit: another setting, or a command with no store, leaves it unused.
const spare = SpareWorker.start(
  path.join(here, WORKER),
  memoryLimits(DEFAULT_MAX_STORE_BYTES).heapMb,
);
// A report that could not be written is no report: a full disk must not leave a green step. (A
// reader that went away, as `| head`, is EPIPE: it took what it wanted.)
function unwritten(error: NodeJS.ErrnoException | null | undefined): void {
  if (!error || error.code === 'EPIPE') return;
  process.stderr.write(
    `pv-check: the report could not be written to standard output (${error.code ?? 'an error'}): check the disk and the redirection, or write it with --output FILE.\n`,
  );
  process.exit(2);
}
process.stdout.on('error', unwritten);
let code: number;
try {
  const cli = (await import(
    /* webpackIgnore: true */ pathToFileURL(file).href
  )) as typeof import('./cli/entry.js');
  flushCompileCache();
  code = await cli.main(process.argv.slice(2), spare);
} catch {
  process.stderr.write(`pv-check: the installation is incomplete (${file} is missing or unreadable): reinstall it.\n`); // prettier-ignore
  code = 2;
}
// Exit once the output is written, without waiting for the worker thread to be torn down (it may
// still be compiling wasm code in the background, which delays a natural exit).
process.stdout.write('', (error) => {
  unwritten(error);
  process.stderr.write('', () => process.exit(code));
});
