// A short run of the store fuzzer (scripts/fuzz-stores.mjs) on a fresh bundle, with the seed of
// record: every case must end in a report or a one-line error within the limit, never a crash,
// a hang or a report with wrong data. `npm run fuzz` runs the long version.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, runFuzz } from '../../scripts/fuzz-stores.mjs';
import { freshDist } from '../e2e/harness.js';

const CASES = 150;

function hasSqlite3(): boolean {
  try {
    execFileSync('sqlite3', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('fuzzed stores through the bundled CLI', () => {
  it(`${CASES} cases from seed ${DEFAULT_SEED}: no failure`, async () => {
    // The oracle needs an independent SQLite; skipping silently would hide a missing check.
    expect(hasSqlite3(), 'sqlite3 must be installed (apt-get install -y sqlite3)').toBe(true);
    const summary = await runFuzz({ dist: freshDist(), seed: DEFAULT_SEED, count: CASES, jobs: 2 });
    expect(summary.failures).toEqual([]);
    expect(summary.cases).toBe(CASES);
    // The run exercised both sides: reports checked against native SQLite, and refusals.
    const count = (prefix: string): number =>
      Object.entries(summary.outcomes)
        .filter(([k]) => k.startsWith(prefix))
        .reduce((s, [, n]) => s + n, 0);
    expect(count('report, as')).toBeGreaterThan(CASES / 5);
    expect(count('refused:')).toBeGreaterThan(CASES / 5);
    expect(Object.keys(summary.mutations).length).toBeGreaterThanOrEqual(15);
  }, 1_800_000);
});
