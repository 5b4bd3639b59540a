// The analysis settings the analysis tests start from, and the comparison they run most.
import { compareStores, type CompareInput } from '../../src/analysis/compare.js';
import type { AnalysisOptions } from '../../src/config/config.js';
import { DEFAULT_THRESHOLDS } from '../../src/metrics.js';
import type { CompareReport } from '../../src/report/types.js';
import { memoryStore, type MemoryVersion } from './memory-store.js';

/** The action's default analysis settings. */
export const ANALYSIS: AnalysisOptions = {
  alpha: 0.05,
  minSamples: 30,
  correction: 'holm',
  thresholds: DEFAULT_THRESHOLDS,
  baselineMaxSamples: 1000,
  baselineSince: null,
  baselineSamples: 'auto',
};

/** Compares an in-memory head store with a base store (or none), with the default settings. */
export function compareMemory(
  base: MemoryVersion[] | null,
  head: MemoryVersion[],
  extra: Partial<CompareInput> = {},
): CompareReport {
  return compareStores({
    head: memoryStore('head.sqlite', head),
    base: base ? memoryStore('base.sqlite', base) : null,
    options: ANALYSIS,
    failOn: 'regressed',
    generatedAt: '2026-11-27T00:00:00.000Z',
    ...extra,
  });
}
