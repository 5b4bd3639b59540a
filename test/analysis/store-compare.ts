// A comparison of two stores written by the store writer and read through SQLite, as the
// engine runs it (the analysis defaults, one generation time).
import { writeStore, type StoreSpec } from '../../scripts/store-writer.mjs';
import { compareStores } from '../../src/analysis/compare.js';
import type { CompareReport } from '../../src/report/types.js';
import { openStore } from '../../src/store/open.js';
import { ANALYSIS } from './defaults.js';

export async function compareSpecs(base: StoreSpec, head: StoreSpec): Promise<CompareReport> {
  const [b, h] = await Promise.all([writeStore(base), writeStore(head)]);
  const [bs, hs] = await Promise.all([
    openStore(b, { label: 'base.sqlite' }),
    openStore(h, { label: 'head.sqlite' }),
  ]);
  try {
    return compareStores({
      head: hs,
      base: bs,
      options: ANALYSIS,
      failOn: 'regressed',
      generatedAt: '2026-11-27T12:00:00Z',
    });
  } finally {
    bs.close();
    hs.close();
  }
}
