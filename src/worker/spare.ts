// A worker started before it is asked for: the CLI starts one as it begins, so that the thread's
// own start (Node's bootstrap, the worker's bundle, sql.js' wasm) runs on another core while the
// CLI loads its code and reads its arguments. It then waits for its one request as a message.
import { Worker } from 'node:worker_threads';

/** What a spare worker is told at its start, as its `workerData`. */
export interface SpareData {
  readonly spare: true;
}

/** A worker waiting for its request, and the heap limit it was started with. */
export class SpareWorker {
  private dead = false;

  constructor(
    readonly worker: Worker,
    /** The worker's file: a request for another file starts its own. */
    readonly file: string,
    /** `resourceLimits.maxOldGenerationSizeMb`: a request needing another limit starts its own. */
    readonly heapMb: number,
  ) {
    // Listening from the start: a worker that died before it was asked for is never handed out.
    worker.once('exit', () => (this.dead = true));
    worker.once('error', () => (this.dead = true));
  }

  /** Whether it can still take a request. */
  get alive(): boolean {
    return !this.dead;
  }

  /**
   * Starts the bundled worker `file` with the heap limit `heapMb`; null when it cannot be started
   * (the request then starts its own, which says what is wrong).
   */
  static start(file: string, heapMb: number): SpareWorker | null {
    try {
      const worker = new Worker(file, {
        workerData: { spare: true } satisfies SpareData,
        resourceLimits: { maxOldGenerationSizeMb: heapMb },
        // As a request's own worker (run.ts): its output is captured, not inherited.
        stdout: true,
        stderr: true,
      });
      // Not kept waiting for: a command that needs no worker ends without it.
      worker.unref();
      return new SpareWorker(worker, file, heapMb);
    } catch {
      return null;
    }
  }
}

let offered: SpareWorker | null = null;

/** Hands a spare worker to the next request that can use it (one at most; a second replaces it). */
export function offerSpare(spare: SpareWorker | null): void {
  if (offered && offered !== spare) void offered.worker.terminate();
  offered = spare;
}

/**
 * The spare worker, when it is alive and was started from `file` with the heap limit `heapMb`,
 * else null; it is handed out once. Another spare is terminated: it would never be used.
 */
export function takeSpare(file: string, heapMb: number): Worker | null {
  const spare = offered;
  offered = null;
  if (!spare) return null;
  if (spare.alive && spare.file === file && spare.heapMb === heapMb) {
    spare.worker.ref();
    return spare.worker;
  }
  void spare.worker.terminate();
  return null;
}
