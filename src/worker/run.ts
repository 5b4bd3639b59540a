// The thread that starts the worker: a store is untrusted input, so its queries run in a worker
// thread with a wall-clock limit and memory limits, and the worker is terminated when one passes.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { SelectionError } from '../analysis/selection-error.js';
import { ConfigError, inputName, type Namer } from '../config/parse.js';
import { InstallError, UserError } from '../errors.js';
import { SourceError } from '../sources/errors.js';
import type { EngineRequest, ReportOf, StoreInput } from '../engine.js';
import { StoreError, oneLine } from '../store/errors.js';
import { requestLabels } from './labels.js';
import { crashError, memoryError, memoryLimits, StoreLimitError, timeoutError } from './limits.js';
import type { WireError, WorkerInput, WorkerReply } from './serve.js';
import { takeSpare } from './spare.js';

/** How to run a request in a worker. */
export interface WorkerOptions {
  /** Wall-clock limit in milliseconds (`config.queryTimeoutMs`), worker start included. */
  readonly timeoutMs: number;
  /** How messages name settings: `inputName` in the action (default), `optionName` in the CLI. */
  readonly namer?: Namer;
  /** The bundled worker to start; default: worker.js beside the running bundle. */
  readonly workerFile?: string;
}

// Joined from parts so that ncc does not resolve it at build time (see sqljs.ts).
const WORKER_FILE = ['worker', 'js'].join('.');
// The engine, for runInProcess (from sources only): a name ncc leaves alone (see above).
const ENGINE = ['..', 'engine.js'].join('/');
// setTimeout fires at once for longer delays (a '7w' query-timeout would otherwise time out at 1 ms).
const MAX_TIMER_MS = 2 ** 31 - 1;

/** The bundled worker beside the running bundle; null when running from sources (tests). */
function bundledWorkerFile(): string | null {
  const self = fileURLToPath(import.meta.url);
  return self.endsWith('.ts') ? null : path.join(path.dirname(self), WORKER_FILE);
}

/** Every UserError subclass by name: a user error keeps its class across the thread. */
export const USER_ERRORS: Readonly<Record<string, { readonly prototype: UserError }>> = {
  UserError,
  StoreError,
  SelectionError,
  ConfigError,
  StoreLimitError,
  SourceError,
  InstallError,
};

/** An error from the worker, rebuilt with its name, message, class and string fields. */
export function revive(wire: WireError): Error {
  const error = new Error(wire.message);
  const cls = USER_ERRORS[wire.name];
  if (cls) Object.setPrototypeOf(error, cls.prototype);
  Object.defineProperty(error, 'name', { value: wire.name, writable: true, configurable: true });
  return Object.assign(error, wire.fields);
}

// Store bytes are moved, not copied: a store may be hundreds of MiB. An array that shares its
// buffer with other data (a Buffer pool slice) is copied once, so only our own buffer moves.
function movable(input: StoreInput | null, transfer: Set<ArrayBuffer>): StoreInput | null {
  if (input === null || 'path' in input) return input;
  const b = input.bytes;
  const whole =
    b.buffer instanceof ArrayBuffer && b.byteOffset === 0 && b.byteLength === b.buffer.byteLength;
  const bytes = whole ? b : new Uint8Array(b);
  transfer.add(bytes.buffer as ArrayBuffer);
  // A journal is small next to its store, and may share its buffer (a zip's pool): copied. The
  // other fields (label, walPresent) go as they are.
  return { ...input, bytes, ...(input.journal ? { journal: input.journal.slice() } : {}) };
}

function movableRequest(request: EngineRequest): [EngineRequest, ArrayBuffer[]] {
  const transfer = new Set<ArrayBuffer>();
  const moved: EngineRequest =
    request.kind === 'compare'
      ? {
          ...request,
          head: movable(request.head, transfer) as StoreInput,
          base: movable(request.base, transfer),
        }
      : { ...request, store: movable(request.store, transfer) as StoreInput };
  return [moved, [...transfer]];
}

/** Runs of a request whose store files changed while they were read, before it gives up. */
const CHANGED_TRIES = 3;

/**
 * After a first run found a store file changed (a program logging into it commits several times
 * a second), files up to this size are read whole at open, as one state, instead of page by page
 * over the whole run: the snapshot takes a fraction of the run, and fits between commits.
 */
export const SNAPSHOT_MAX_BYTES = 256 * 1024 * 1024;

// Whether every store of the request is a file (bytes in memory never change, and are moved).
function readsFilesOnly(request: EngineRequest): boolean {
  const inputs = request.kind === 'compare' ? [request.head, request.base] : [request.store];
  return inputs.every((input) => input === null || 'path' in input);
}

/**
 * Runs an engine request in a worker thread and returns its report. The worker is terminated when
 * `timeoutMs` passes; a time-out, an out-of-memory or a crash rejects with a one-line
 * StoreLimitError, and errors thrown in the worker keep their class, name and message.
 * Store bytes given as `{ bytes }` are transferred: the caller's array is detached afterwards.
 * From sources (tests), where no bundle exists, the engine runs in this thread instead.
 * A store file that a program committed to while it was read (the `changed` StoreError) is read
 * again, up to CHANGED_TRIES runs in all, within the same `timeoutMs`.
 */
export async function runInWorker<R extends EngineRequest>(
  request: R,
  options: WorkerOptions,
): Promise<ReportOf<R>> {
  const deadline = performance.now() + options.timeoutMs;
  let current: R = request;
  for (let attempt = 1; ; attempt++) {
    const left = attempt === 1 ? options.timeoutMs : deadline - performance.now();
    try {
      return await runOnce(current, options, left);
    } catch (error) {
      const changed = error instanceof StoreError && error.code === 'changed';
      if (!changed || attempt >= CHANGED_TRIES || !readsFilesOnly(request)) throw error;
      if (deadline - performance.now() < 1) throw error;
      current = { ...request, wholeUpTo: SNAPSHOT_MAX_BYTES };
    }
  }
}

function runOnce<R extends EngineRequest>(
  request: R,
  options: WorkerOptions,
  limitMs: number,
): Promise<ReportOf<R>> {
  const namer = options.namer ?? inputName;
  const labels = requestLabels(request);
  const timedOut = (): Error => timeoutError(labels, options.timeoutMs, namer('query-timeout'));
  const file = options.workerFile ?? bundledWorkerFile();
  if (file === null) return runInProcess(request, limitMs, timedOut);
  if (!existsSync(file))
    return Promise.reject(new Error(`the bundle is incomplete: ${file} is missing; reinstall it`));
  const limits = memoryLimits(request.maxStoreBytes);
  const sizeSetting = namer('max-store-size');
  const [moved, transferList] = movableRequest(request);
  const workerData: WorkerInput = { request: moved, limits, sizeSetting };
  return new Promise<ReportOf<R>>((resolve, reject) => {
    // A spare worker started ahead (spare.ts) takes the request as a message; else one starts.
    const spare = takeSpare(file, limits.heapMb);
    spare?.postMessage(workerData, transferList);
    const worker =
      spare ??
      new Worker(file, {
        workerData,
        transferList,
        resourceLimits: { maxOldGenerationSizeMb: limits.heapMb },
        // Captured, not inherited: an emscripten abort prints to stderr, and the CLI promises one line.
        stdout: true,
        stderr: true,
      });
    let stderr = '';
    worker.stdout.resume();
    worker.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-300)));
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // Also after a reply: the thread may still be tiering up wasm code, which delays exit.
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () => settle(() => reject(timedOut())),
      Math.min(limitMs, MAX_TIMER_MS),
    );
    worker.on('message', (reply: WorkerReply) =>
      settle(() => (reply.ok ? resolve(reply.report as ReportOf<R>) : reject(revive(reply.error)))),
    );
    worker.on('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? memoryError(labels, limits, sizeSetting)
            : error.code === 'ERR_MODULE_NOT_FOUND'
              ? new InstallError(oneLine(error.message, 300))
              : crashError(labels, `${error.name}: ${error.message}`),
        ),
      ),
    );
    worker.on('exit', (code) =>
      settle(() =>
        reject(crashError(labels, `exit code ${code}${stderr ? `: ${stderr.trim()}` : ''}`)),
      ),
    );
  });
}

// Without a bundle the engine runs here. SQL calls are synchronous, so the limit can interrupt
// only the asynchronous steps (reading files, loading sql.js); a late answer is refused as the
// worker's would have been, so tests see the same outcome either way.
async function runInProcess<R extends EngineRequest>(
  request: R,
  timeoutMs: number,
  timedOut: () => Error,
): Promise<ReportOf<R>> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timedOut()), Math.min(timeoutMs, MAX_TIMER_MS));
  });
  try {
    // Loaded here only: the bundles that start a worker do not carry the engine (sql.js, the
    // statistics), which only the worker runs.
    const engine = import(/* webpackIgnore: true */ ENGINE) as Promise<typeof import('../engine.js')>; // prettier-ignore
    const report = await Promise.race([engine.then((e) => e.executeRequest(request)), limit]);
    if (performance.now() - started > timeoutMs) throw timedOut();
    return report;
  } finally {
    clearTimeout(timer);
  }
}
