// Stores for the end-to-end tests, written in the documented schema by the repo's store writer.
import type { BatchSpec, StoreSpec, VersionSpec } from '../../scripts/store-writer.mjs';
import { writeStore } from '../../scripts/store-writer.mjs';

/** A batch of calls on gpt-4o, ten minutes apart, with this mean quality. */
export const calls = (start: string, count: number, quality: number, seed = 0): BatchSpec => ({
  count,
  start,
  spacingSeconds: 600 + seed,
  model: 'gpt-4o',
  temperature: 0.2,
  quality: { mean: quality, sd: 0.05 },
  latency: { median: 400, sigma: 0.3 },
  success: { p: 0.98 },
  tokens: { input: { mean: 300, sd: 30 }, output: { mean: 120, sd: 20 } },
  cost: { perKInput: 0.0025, perKOutput: 0.01 },
});

const v110: VersionSpec = {
  version: '1.1.0',
  timestamp: '2026-10-31T00:00:00+00:00',
  calls: [calls('2026-10-31T00:00:00+00:00', 200, 0.85)],
};

/** The store on the base branch: summarizer 1.1.0 with 200 calls. */
export function baseSpec(): StoreSpec {
  return { seed: 11, prompts: [{ name: 'summarizer', versions: [v110] }] };
}

/** The store after the pull request's evaluation: 1.2.0 added with a given mean quality. */
export function headSpec(candidateQuality: number, name = 'summarizer'): StoreSpec {
  const v120: VersionSpec = {
    version: '1.2.0',
    timestamp: '2026-11-26T10:00:00+00:00',
    calls: [calls('2026-11-26T10:00:00+00:00', 80, candidateQuality, 1)],
  };
  const prompts =
    name === 'summarizer'
      ? [{ name, versions: [v110, v120] }]
      : [
          { name: 'summarizer', versions: [v110] },
          { name, versions: [v120] },
        ];
  return { seed: 12, prompts };
}

/** Bytes of a store. */
export function storeBytes(spec: StoreSpec): Promise<Uint8Array> {
  return writeStore(spec);
}
