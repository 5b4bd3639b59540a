// The store fuzzer (scripts/fuzz-stores.mjs) on a fresh bundle, 150 cases from the seed of
// record: every case must end in a report or a one-line error within the limit, never a crash, a
// hang or a report with wrong data. `npm test` runs a short sample (fuzz.test.ts); `npm run fuzz`
// runs 2,000 cases.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from '../../scripts/fuzz-stores.mjs';
import { countOutcomes, fuzzBundle } from './run.js';

const CASES = 150;

describe('fuzzed stores through the bundled CLI', () => {
  it(`${CASES} cases from seed ${DEFAULT_SEED}: no failure`, async () => {
    const summary = await fuzzBundle(DEFAULT_SEED, CASES);
    expect(summary.failures).toEqual([]);
    expect(summary.cases).toBe(CASES);
    // The run exercised both sides: reports checked against native SQLite, and refusals.
    expect(countOutcomes(summary, 'report, as')).toBeGreaterThan(CASES / 5);
    expect(countOutcomes(summary, 'refused:')).toBeGreaterThan(CASES / 5);
    expect(Object.keys(summary.mutations).length).toBeGreaterThanOrEqual(15);
  }, 1_800_000);
});
