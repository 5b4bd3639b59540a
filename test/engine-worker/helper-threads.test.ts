import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  HELPER_NAME,
  HELPER_NICENESS,
  lowerHelperThreads,
} from '../../src/worker/helper-threads.js';

/** A folder laid out as /proc/self/task: one folder per thread id, each with its `comm`. */
function tasks(threads: Readonly<Record<string, string | null>>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pv-tasks-'));
  for (const [id, comm] of Object.entries(threads)) {
    mkdirSync(path.join(dir, id));
    if (comm !== null) writeFileSync(path.join(dir, id, 'comm'), `${comm}\n`);
  }
  return dir;
}

describe("V8's helper threads", () => {
  it('are given a lower priority, and no other thread is', () => {
    const dir = tasks({
      '101': 'MainThread',
      '102': HELPER_NAME,
      '103': 'WorkerThread',
      '104': HELPER_NAME,
      '105': 'DelayedTaskSche',
      self: HELPER_NAME,
    });
    const set = vi.fn();
    expect(lowerHelperThreads(dir, set)).toBe(2);
    expect([...set.mock.calls].sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [102, HELPER_NICENESS],
      [104, HELPER_NICENESS],
    ]);
    // Lower, not lowest: at 19 they starve under other work, and the report stays unoptimised.
    expect(HELPER_NICENESS).toBe(5);
  });

  it('never stop the run: a thread gone or refused is passed over, the others lowered', () => {
    const dir = tasks({ '201': null, '202': HELPER_NAME, '203': HELPER_NAME });
    const set = vi.fn((tid: number) => {
      if (tid === 202) throw Object.assign(new Error('EPERM'), { code: 'EPERM' });
    });
    expect(lowerHelperThreads(dir, set)).toBe(1);
    expect(set).toHaveBeenCalledTimes(2);
    expect(lowerHelperThreads(path.join(dir, 'missing'), set)).toBe(0);
  });

  it.runIf(process.platform === 'linux')("are found among this process's threads", () => {
    const set = vi.fn();
    expect(lowerHelperThreads(undefined, set)).toBeGreaterThan(0);
    for (const [, niceness] of set.mock.calls) expect(niceness).toBe(HELPER_NICENESS);
  });
});
