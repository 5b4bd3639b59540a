// runInWorker with the real bundled worker (dist/worker.js of a fresh build), and with small
// stand-in workers that die in the ways a hostile store can make a worker die.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeStore } from '../../scripts/store-writer.mjs';
import { SelectionError } from '../../src/analysis/select.js';
import { parseConfig } from '../../src/config/config.js';
import { inputName } from '../../src/config/parse.js';
import { executeRequest, type EngineRequest, type HealthRequest } from '../../src/engine.js';
import { StoreError } from '../../src/store/errors.js';
import { StoreLimitError } from '../../src/worker/limits.js';
import { runInWorker } from '../../src/worker/run.js';
import { freshDist } from '../e2e/harness.js';
import { rejection } from '../store/helpers.js';
import { compareRequest, hugeStringStore, pairSpec, slowStore } from './stores.js';

const MIB = 1024 * 1024;
const dir = mkdtempSync(path.join(tmpdir(), 'pv-worker-'));
const config = parseConfig(() => undefined, inputName);
let workerFile = '';
const file = (name: string, bytes: Uint8Array | string): string => {
  writeFileSync(path.join(dir, name), bytes);
  return path.join(dir, name);
};

const compare = compareRequest;

let head = '';
let base = '';
beforeAll(async () => {
  workerFile = path.join(freshDist(), 'worker.js');
  head = file('head.sqlite', await writeStore(pairSpec(true)));
  base = file('base.sqlite', await writeStore(pairSpec(false)));
}, 600_000);

describe('the bundled worker', () => {
  it('answers every request as the engine does in this thread', async () => {
    const health: HealthRequest = {
      kind: 'health',
      store: { path: head },
      options: config.analysis,
      health: config.health,
      failOn: 'never',
      now: '2026-10-11T00:00:00.000Z',
      maxStoreBytes: 64 * MIB,
    };
    const requests: EngineRequest[] = [
      compare(head, base),
      {
        kind: 'summary',
        store: { path: head },
        generatedAt: '2026-11-01T00:00:00Z',
        maxStoreBytes: MIB,
      },
      health,
    ];
    for (const request of requests) {
      const report = await runInWorker(request, { timeoutMs: 30_000, workerFile });
      expect(report).toEqual(await executeRequest(request));
    }
  });

  it('moves store bytes instead of copying them, and copies a view of a shared buffer', async () => {
    const bytes = await writeStore(pairSpec(true));
    const expected = await executeRequest({
      ...compare(head, base),
      head: { bytes: bytes.slice(), label: 'head.sqlite' },
    });
    const request = { ...compare(head, base), head: { bytes, label: 'head.sqlite' } };
    expect(await runInWorker(request, { timeoutMs: 30_000, workerFile })).toEqual(expected);
    expect(bytes.byteLength).toBe(0);
    const again = await writeStore(pairSpec(true));
    const shared = new Uint8Array(again.length + 8);
    shared.set(again, 8);
    const view = {
      ...compare(head, base),
      head: { bytes: shared.subarray(8), label: 'head.sqlite' },
    };
    expect(await runInWorker(view, { timeoutMs: 30_000, workerFile })).toEqual(expected);
    expect(shared.byteLength).toBe(again.length + 8);
  });

  it("keeps the class and message of the engine's errors", async () => {
    const missing = compare(path.join(dir, 'nope.sqlite'), base);
    const inWorker = await rejection(runInWorker(missing, { timeoutMs: 30_000, workerFile }));
    const here = await rejection(executeRequest(missing));
    expect(inWorker).toBeInstanceOf(StoreError);
    expect(inWorker).toMatchObject({ code: 'unreadable', message: here.message });
    const selection = {
      ...compare(head, null),
      selection: { prompt: 'nope', candidate: '1.1.0', baseline: null },
    };
    const notFound = await rejection(runInWorker(selection, { timeoutMs: 30_000, workerFile }));
    expect(notFound).toBeInstanceOf(SelectionError);
    expect(notFound.message).toBe((await rejection(executeRequest(selection))).message);
  });

  it('terminates the worker when query-timeout passes, on a valid store that reads for minutes', async () => {
    const slow = file('slow.sqlite', await slowStore());
    const started = Date.now();
    const error = await rejection(
      runInWorker(compare(slow, base), { timeoutMs: 1500, workerFile }),
    );
    const elapsed = Date.now() - started;
    expect(error).toBeInstanceOf(StoreLimitError);
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(
      `Reading the stores ${JSON.stringify(slow)} and ${JSON.stringify(base)} took longer than ` +
        "input 'query-timeout' (1.5s): the store may be hostile or far too large; raise input " +
        "'query-timeout' if it is genuine.",
    );
    expect(elapsed).toBeGreaterThanOrEqual(1500);
    expect(elapsed).toBeLessThan(1500 + 5000);
  });

  it("stops a store that builds a 1 GB string at SQLite's heap limit", async () => {
    const huge = file('huge.sqlite', await hugeStringStore());
    const error = await rejection(
      runInWorker(compare(huge, base), { timeoutMs: 60_000, workerFile }),
    );
    expect(error).toBeInstanceOf(StoreLimitError);
    expect(error.kind).toBe('memory');
    expect(error.message).toContain("256 MiB for SQLite, both set from input 'max-store-size'");
  });
});

describe('a worker that dies', () => {
  const standIn = (name: string, code: string) => file(name, code);

  it('at the JavaScript heap limit is reported as the memory limit', async () => {
    const hog = standIn(
      'hog.mjs',
      'const keep = []; for (;;) keep.push(new Array(1e5).fill(1.5));',
    );
    const error = await rejection(
      runInWorker(compare(head, base, MIB), { timeoutMs: 60_000, workerFile: hog }),
    );
    expect(error).toMatchObject({ name: 'StoreLimitError', kind: 'memory' });
    expect(error.message).toContain('258 MiB of JavaScript heap');
  });

  it('by exiting or throwing is reported in one line, its stderr included', async () => {
    const exits = standIn(
      'exit.mjs',
      "process.stderr.write('Aborted(OOM)\\nat x\\n'); process.exit(7);",
    );
    const exited = await rejection(
      runInWorker(compare(head, base), { timeoutMs: 30_000, workerFile: exits }),
    );
    expect(exited).toMatchObject({ kind: 'crash' });
    expect(exited.message).toMatch(/stopped unexpectedly \(exit code 7(: Aborted\(OOM\) at x)?\)/);
    const throws = standIn('throw.mjs', "throw new TypeError('boom');");
    const thrown = await rejection(
      runInWorker(compare(head, base), { timeoutMs: 30_000, workerFile: throws }),
    );
    expect(thrown.message).toContain('stopped unexpectedly (TypeError: boom)');
    for (const e of [exited, thrown]) expect(e.message).not.toContain('\n');
  });

  it('or is missing from the bundle is a clear error', async () => {
    const error = await rejection(
      runInWorker(compare(head, base), { timeoutMs: 1000, workerFile: path.join(dir, 'none.js') }),
    );
    expect(error.message).toMatch(/the bundle is incomplete: .*none\.js is missing/);
  });
});

describe('from sources (no bundle)', () => {
  it('runs the engine in this thread, with the same answer', async () => {
    const request = compare(head, base);
    expect(await runInWorker(request, { timeoutMs: 30_000 })).toEqual(
      await executeRequest(request),
    );
  });

  it('still refuses an answer that came after the limit', async () => {
    const error = await rejection(runInWorker(compare(head, base), { timeoutMs: 1 }));
    expect(error).toMatchObject({ name: 'StoreLimitError', kind: 'timeout' });
  });
});
