import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { enableCompileCache, flushCompileCache } from './worker/compile-cache.js';

// The worker thread's entry, bundled as dist/worker.js: one request in, one reply out. It turns
// V8's compile cache on for this thread, then loads the worker's code (dist/worker-main.js).
enableCompileCache();
// Joined from parts so that ncc leaves the import to run time (see store/sqljs.ts).
const MAIN = ['worker-main', 'js'].join('.');
const file = path.join(path.dirname(fileURLToPath(import.meta.url)), MAIN);
const worker = (await import(
  /* webpackIgnore: true */ pathToFileURL(file).href
)) as typeof import('./worker/main.js');
// Now: the thread is terminated once it has replied, before Node would write the cache itself.
flushCompileCache();
await worker.serveRequest();
