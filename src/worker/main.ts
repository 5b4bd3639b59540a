// The worker's code, bundled as dist/worker-main.js and loaded by dist/worker.js.
export { serveRequest } from './serve.js';
