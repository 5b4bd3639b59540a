// The worker the CLI starts ahead (worker/spare.ts): a request takes it when it fits, and starts
// its own otherwise. Stand-in workers say which one answered; the bundled one answers for real.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writeStore } from '../../scripts/store-writer.mjs';
import { parseConfig } from '../../src/config/config.js';
import { inputName } from '../../src/config/parse.js';
import { executeRequest } from '../../src/engine.js';
import { DEFAULT_MAX_STORE_BYTES } from '../../src/store/header.js';
import { memoryLimits } from '../../src/worker/limits.js';
import { runInWorker } from '../../src/worker/run.js';
import { SpareWorker, offerSpare } from '../../src/worker/spare.js';
import { freshDist } from '../e2e/harness.js';
import { compareRequest, pairSpec } from './stores.js';

const MIB = 1024 * 1024;
const dir = mkdtempSync(path.join(tmpdir(), 'pv-spare-'));
const config = parseConfig(() => undefined, inputName);
const heapMb = (maxStoreBytes: number): number => memoryLimits(maxStoreBytes).heapMb;

const request = compareRequest;

// Answers with who it is: a spare from its message, a worker started for the request from its
// workerData. A spare that never gets its message never answers.
const standIn = path.join(dir, 'stand-in.mjs');
writeFileSync(
  standIn,
  `import { parentPort, workerData } from 'node:worker_threads';
const reply = (who, input) => parentPort.postMessage({ ok: true, report: { who, kind: input.request.kind, heapMb: input.limits.heapMb } });
if (workerData.spare) parentPort.once('message', (input) => reply('spare', input));
else reply('started', workerData);`,
);
const diesAsSpare = path.join(dir, 'dies.mjs');
writeFileSync(
  diesAsSpare,
  `import { parentPort, workerData } from 'node:worker_threads';
if (workerData.spare) process.exit(3);
parentPort.postMessage({ ok: true, report: { who: 'started' } });`,
);

const exited = (spare: SpareWorker): Promise<number> =>
  new Promise((resolve) => spare.worker.once('exit', resolve));

afterEach(() => offerSpare(null));

describe('a spare worker', () => {
  it('takes the request as a message when its file and heap limit fit, once', async () => {
    const spare = SpareWorker.start(standIn, heapMb(64 * MIB))!;
    offerSpare(spare);
    const first = await runInWorker(request('h', 'b'), { timeoutMs: 10_000, workerFile: standIn });
    expect(first).toEqual({ who: 'spare', kind: 'compare', heapMb: heapMb(64 * MIB) });
    const second = await runInWorker(request('h', 'b'), { timeoutMs: 10_000, workerFile: standIn });
    expect(second).toMatchObject({ who: 'started' });
  });

  it('is left, and terminated, when the request needs another heap limit or file', async () => {
    const spare = SpareWorker.start(standIn, heapMb(64 * MIB))!;
    const gone = exited(spare);
    offerSpare(spare);
    const big = request('h', 'b', 2048 * MIB);
    expect(await runInWorker(big, { timeoutMs: 10_000, workerFile: standIn })).toEqual({
      who: 'started',
      kind: 'compare',
      heapMb: heapMb(2048 * MIB),
    });
    await gone;
    const other = SpareWorker.start(diesAsSpare, heapMb(64 * MIB))!;
    offerSpare(other);
    expect(
      await runInWorker(request('h', 'b'), { timeoutMs: 10_000, workerFile: standIn }),
    ).toMatchObject({ who: 'started' });
    // It exits on its own (or is terminated, being of another file): on a loaded machine the
    // exit may come after the answer.
    if (other.alive) await exited(other);
    expect(other.alive).toBe(false);
  });

  it('that died before it was asked is not used', async () => {
    const spare = SpareWorker.start(diesAsSpare, heapMb(64 * MIB))!;
    expect(await exited(spare)).toBe(3);
    offerSpare(spare);
    const report = await runInWorker(request('h', 'b'), {
      timeoutMs: 10_000,
      workerFile: diesAsSpare,
    });
    expect(report).toEqual({ who: 'started' });
  });

  it("is started with the heap limit of the CLI's default store size", () => {
    expect(config.maxStoreBytes).toBe(DEFAULT_MAX_STORE_BYTES);
  });

  it('replaces, and terminates, a spare offered before it', async () => {
    const first = SpareWorker.start(standIn, heapMb(64 * MIB))!;
    const gone = exited(first);
    offerSpare(first);
    offerSpare(SpareWorker.start(standIn, heapMb(64 * MIB)));
    await gone;
    expect(first.alive).toBe(false);
  });
});

describe('the bundled worker as a spare', () => {
  let workerFile = '';
  let head = '';
  let base = '';
  beforeAll(async () => {
    workerFile = path.join(freshDist(), 'worker.js');
    head = path.join(dir, 'head.sqlite');
    base = path.join(dir, 'base.sqlite');
    writeFileSync(head, await writeStore(pairSpec(true)));
    writeFileSync(base, await writeStore(pairSpec(false)));
  }, 600_000);

  it('answers as the engine does in this thread, with the CLI default limits', async () => {
    const asked = request(head, base, DEFAULT_MAX_STORE_BYTES);
    offerSpare(SpareWorker.start(workerFile, heapMb(DEFAULT_MAX_STORE_BYTES)));
    const report = await runInWorker(asked, { timeoutMs: 30_000, workerFile });
    expect(report).toEqual(await executeRequest(asked));
  });

  it('turns a store it cannot read into the same error as a worker started for it', async () => {
    const missing = request(path.join(dir, 'none.sqlite'), base, DEFAULT_MAX_STORE_BYTES);
    const started = await runInWorker(missing, { timeoutMs: 30_000, workerFile }).catch(
      (e: unknown) => e,
    );
    offerSpare(SpareWorker.start(workerFile, heapMb(DEFAULT_MAX_STORE_BYTES)));
    const spared = await runInWorker(missing, { timeoutMs: 30_000, workerFile }).catch(
      (e: unknown) => e,
    );
    expect(spared).toBeInstanceOf(Error);
    expect(spared).toEqual(started);
    expect((spared as Error).name).toBe((started as Error).name);
  });
});
