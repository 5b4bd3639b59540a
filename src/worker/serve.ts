// The worker thread's side: run one engine request on a possibly hostile store, post one reply.
import { parentPort, workerData } from 'node:worker_threads';
import { executeRequest, type EngineRequest } from '../engine.js';
import { requestLabels } from './labels.js';
import { StoreError } from '../store/errors.js';
import { loadSqlJs } from '../store/sqljs.js';
import { crashError, memoryError, type MemoryLimits } from './limits.js';
import type { SpareData } from './spare.js';

/** What the starting thread hands the worker: its `workerData`, or a spare's one message. */
export interface WorkerInput {
  readonly request: EngineRequest;
  readonly limits: MemoryLimits;
  /** How messages name the store-size setting (`input 'max-store-size'`, `--max-store-size`). */
  readonly sizeSetting: string;
}

/** A thrown error as plain data: structured cloning keeps neither custom classes nor fields. */
export interface WireError {
  readonly name: string;
  readonly message: string;
  /** String fields worth keeping: StoreError's code, label and sqlite, StoreLimitError's kind. */
  readonly fields: Readonly<Record<string, string>>;
}

/** The worker's only message. */
export type WorkerReply =
  | { readonly ok: true; readonly report: unknown }
  | { readonly ok: false; readonly error: WireError };

const KEPT_FIELDS = ['code', 'label', 'sqlite', 'kind'] as const;
// What sql.js throws for SQLITE_NOMEM, which SQLite's hard heap limit answers.
const SQLITE_NOMEM = 'out of memory';

/** An error as it crosses the thread boundary; SQLite's and wasm's failures become limit errors. */
export function toWire(thrown: unknown, input: WorkerInput): WireError {
  if (!(thrown instanceof Error))
    return { name: 'Error', message: `unexpected error: ${String(thrown)}`, fields: {} };
  const labels = requestLabels(input.request);
  let error = thrown;
  // SQLite's message, as sql.js threw it or as the store code kept it when it wrapped the failure.
  const sqlite = error instanceof StoreError ? error.sqlite : error.message;
  if (sqlite === SQLITE_NOMEM) error = memoryError(labels, input.limits, input.sizeSetting);
  // A wasm trap or an emscripten abort leaves sql.js unusable: nothing more can be read.
  else if (error.name === 'RuntimeError')
    error = crashError(labels, `${error.name}: ${error.message}`);
  const fields: Record<string, string> = {};
  for (const key of KEPT_FIELDS) {
    const value: unknown = (error as unknown as Record<string, unknown>)[key];
    if (typeof value === 'string') fields[key] = value;
  }
  return { name: error.name, message: error.message, fields };
}

// The limit is global to sql.js' wasm instance, and this worker is its only user.
async function limitSqliteHeap(bytes: number): Promise<void> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database();
  try {
    db.run(`PRAGMA hard_heap_limit = ${Math.floor(bytes)}`);
  } finally {
    db.close();
  }
}

/** Runs the request in `workerData` and posts the one reply; the thread then ends by itself. */
export async function serveRequest(): Promise<void> {
  const port = parentPort;
  if (!port) {
    process.stderr.write('pv-check: worker.js is started by the action and the CLI, not alone.\n');
    process.exitCode = 2;
    return;
  }
  const data = workerData as WorkerInput | SpareData;
  let input: WorkerInput;
  if ('spare' in data) {
    // Started ahead (spare.ts): sql.js is loaded while the request is still being worked out.
    const message = new Promise<WorkerInput>((resolve) => port.once('message', resolve));
    await Promise.resolve()
      .then(loadSqlJs)
      .catch(() => undefined); // met again, and reported, below
    input = await message;
  } else input = data;
  let reply: WorkerReply;
  try {
    await limitSqliteHeap(input.limits.sqliteBytes);
    reply = { ok: true, report: await executeRequest(input.request) };
  } catch (error) {
    reply = { ok: false, error: toWire(error, input) };
  }
  try {
    port.postMessage(reply);
  } catch (error) {
    // A report that cannot be cloned is our bug, but it must still end as one line.
    port.postMessage({ ok: false, error: toWire(error, input) } satisfies WorkerReply);
  }
}
