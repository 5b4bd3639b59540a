// A short sample of the store fuzzer for `npm test`: a few cases from the seed of record, enough
// that a broken reader or oracle shows before a commit; fuzz.slow.test.ts runs 150.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from '../../scripts/fuzz-stores.mjs';
import { countOutcomes, fuzzBundle } from './run.js';

const CASES = 4;

describe('fuzzed stores through the bundled CLI (sample)', () => {
  it(`${CASES} cases from seed ${DEFAULT_SEED}: no failure, both reports and refusals`, async () => {
    const summary = await fuzzBundle(DEFAULT_SEED, CASES);
    expect(summary.failures).toEqual([]);
    expect(summary.cases).toBe(CASES);
    expect(countOutcomes(summary, 'report, as')).toBeGreaterThan(0);
    expect(countOutcomes(summary, 'refused:')).toBeGreaterThan(0);
  }, 600_000);
});
