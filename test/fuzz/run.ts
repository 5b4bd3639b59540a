// What the fuzz tests share: a fresh bundle, the sqlite3 oracle, and the outcome counts.
import { execFileSync } from 'node:child_process';
import { expect } from 'vitest';
import { runFuzz, type FuzzSummary } from '../../scripts/fuzz-stores.mjs';
import { freshDist } from '../e2e/harness.js';

function hasSqlite3(): boolean {
  try {
    execFileSync('sqlite3', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Runs `count` fuzz cases from `seed` against a bundle of the current sources. */
export async function fuzzBundle(seed: number, count: number): Promise<FuzzSummary> {
  // The oracle needs an independent SQLite; skipping silently would hide a missing check.
  expect(hasSqlite3(), 'sqlite3 must be installed (apt-get install -y sqlite3)').toBe(true);
  return runFuzz({ dist: freshDist(), seed, count, jobs: 2 });
}

/** How many cases ended in an outcome whose label starts with `prefix`. */
export function countOutcomes(summary: FuzzSummary, prefix: string): number {
  return Object.entries(summary.outcomes)
    .filter(([k]) => k.startsWith(prefix))
    .reduce((s, [, n]) => s + n, 0);
}
