// A store file that a program commits to while it is read: the request runs again, a few times,
// within its time limit. Stand-in workers count their runs in a file and answer `changed` first.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/store/errors.js';
import { SNAPSHOT_MAX_BYTES, runInWorker } from '../../src/worker/run.js';
import { compareRequest } from './stores.js';

const dir = mkdtempSync(path.join(tmpdir(), 'pv-changed-'));

/** A stand-in worker that answers `changed` on its first `failures` runs, then a report. */
function standIn(name: string, failures: number): { file: string; runs: () => number } {
  const count = path.join(dir, `${name}.count`);
  writeFileSync(count, '0');
  const file = path.join(dir, `${name}.mjs`);
  writeFileSync(
    file,
    `import { readFileSync, writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
const runs = Number(readFileSync(${JSON.stringify(count)}, 'utf8')) + 1;
writeFileSync(${JSON.stringify(count)}, String(runs));
parentPort.postMessage(runs <= ${failures}
  ? { ok: false, error: { name: 'StoreError', message: 'Cannot read store "s": the file changed while it was being read', fields: { code: 'changed', label: 's' } } }
  : { ok: true, report: { runs } });`,
  );
  return { file, runs: () => Number(readFileSync(count, 'utf8')) };
}

describe('a store that changed while it was read', () => {
  it('is read again, and the run that read one state answers', async () => {
    const w = standIn('twice', 2);
    const report = await runInWorker(compareRequest('h', 'b'), { timeoutMs: 10_000, workerFile: w.file }); // prettier-ignore
    expect(report).toEqual({ runs: 3 });
  });

  it('is read whole, as one state, in the runs after one saw it change', async () => {
    const seen = path.join(dir, 'whole.seen');
    writeFileSync(seen, '');
    const file = path.join(dir, 'whole.mjs');
    writeFileSync(
      file,
      `import { appendFileSync, readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
appendFileSync(${JSON.stringify(seen)}, String(workerData.request.wholeUpTo ?? 'pages') + '\\n');
const runs = readFileSync(${JSON.stringify(seen)}, 'utf8').trim().split('\\n').length;
parentPort.postMessage(runs === 1
  ? { ok: false, error: { name: 'StoreError', message: 'Cannot read store "s": the file changed while it was being read', fields: { code: 'changed', label: 's' } } }
  : { ok: true, report: { runs } });`,
    );
    const report = await runInWorker(compareRequest('h', 'b'), { timeoutMs: 10_000, workerFile: file }); // prettier-ignore
    expect(report).toEqual({ runs: 2 });
    expect(readFileSync(seen, 'utf8').trim().split('\n')).toEqual([
      'pages',
      String(SNAPSHOT_MAX_BYTES),
    ]);
  });

  it('is refused after three runs that all saw it change', async () => {
    const w = standIn('always', 99);
    const run = runInWorker(compareRequest('h', 'b'), { timeoutMs: 10_000, workerFile: w.file });
    await expect(run).rejects.toBeInstanceOf(StoreError);
    await expect(run).rejects.toThrow(/changed while it was being read/);
    expect(w.runs()).toBe(3);
  });

  it('is not read again when it came as bytes, which do not change', async () => {
    const w = standIn('bytes', 99);
    const request = { ...compareRequest('h', null), head: { bytes: new Uint8Array(8), label: 'h' } }; // prettier-ignore
    await expect(runInWorker(request, { timeoutMs: 10_000, workerFile: w.file })).rejects.toThrow(
      /changed while it was being read/,
    );
    expect(w.runs()).toBe(1);
  });
});
