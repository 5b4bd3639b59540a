import { serveRequest } from './worker/serve.js';

// The worker thread's entry, bundled alone as dist/worker.js: one request in, one reply out.
await serveRequest();
