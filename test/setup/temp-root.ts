import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Vitest's global setup: every temp folder a test makes (workspaces, stores, the action's
 * runner temp) goes under one folder of this run, removed when the run ends, so that running
 * the tests before each commit leaves nothing behind in the machine's temp folder. Set
 * before any test thread starts; threads and child processes inherit it.
 * `PV_KEEP_TEST_TMP=1` keeps the folder to look into after a failure.
 */
export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'pv-test-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    if (process.env.PV_KEEP_TEST_TMP === '1') console.log(`test temp folder kept: ${root}`);
    else rmSync(root, { recursive: true, force: true });
  };
}
