// Same models, other shares: the mix alone can move a metric, and the comparison must say so;
// a share that moved by chance, or by little, must not be news.
import { describe, expect, it } from 'vitest';
import { modelMixWarning } from '../../src/analysis/model-mix.js';
import type { CallContext } from '../../src/store/types.js';
import { compareMemory } from './defaults.js';
import { makeCalls, type MemoryVersion } from './memory-store.js';

const mix = (...counts: [string | null, number][]): CallContext[] =>
  counts.map(([model, calls]) => ({ model, temperature: 0.2, maxTokens: null, calls }));

describe('modelMixWarning', () => {
  it('names both mixes when a model’s share clearly moved', () => {
    expect(modelMixWarning(mix(['gpt-4o', 154], ['gpt-4o-mini', 46]), mix(['gpt-4o', 12], ['gpt-4o-mini', 48]))).toBe(
      'The model mix differs: baseline 77 % gpt-4o, 23 % gpt-4o-mini; candidate 20 % gpt-4o, 80 % gpt-4o-mini. A difference between the sides may come from the mix rather than the prompt.',
    ); // prettier-ignore
    // Groups of one model (other temperatures) count together; NULL is a model of its own.
    const split = [...mix(['a', 50], ['a', 50]), ...mix([null, 100])];
    expect(modelMixWarning(split, mix(['a', 90], [null, 10]))).toMatch(
      /baseline 50 % a, 50 % unset/,
    );
  });

  it('says nothing for a mix that moved by chance, by little, or of other models', () => {
    // The same mix, sampled: 75 % against 77 %.
    expect(modelMixWarning(mix(['a', 154], ['b', 46]), mix(['a', 45], ['b', 15]))).toBeNull();
    // 15 points on 20 calls a side: not sure enough.
    expect(modelMixWarning(mix(['a', 12], ['b', 8]), mix(['a', 9], ['b', 11]))).toBeNull();
    // Sure, but under 10 points: 50 % against 45 % on 20,000 calls.
    expect(
      modelMixWarning(mix(['a', 10000], ['b', 10000]), mix(['a', 9000], ['b', 11000])),
    ).toBeNull();
    // One model, or other model sets (which have their own warning).
    expect(modelMixWarning(mix(['a', 100]), mix(['a', 10]))).toBeNull();
    expect(modelMixWarning(mix(['a', 100], ['b', 100]), mix(['a', 10], ['c', 90]))).toBeNull();
  });

  it('warns beside the regression a mix makes in a comparison', () => {
    // Per model the prompts are equal: 0.9 on the large model, 0.7 on the small one.
    const side = (seed: number, start: string, large: number, small: number): MemoryVersion['calls'] => [
      ...makeCalls(large, { seed, start, model: 'large', quality: [0.9, 0.03] }),
      ...makeCalls(small, { seed: seed + 1, start, model: 'small', quality: [0.7, 0.03] }),
    ]; // prettier-ignore
    const base: MemoryVersion = { name: 'p', version: '1.0.0', timestamp: '2026-10-01T00:00:00Z', calls: side(1, '2026-10-01T00:00:00Z', 150, 50) }; // prettier-ignore
    const cand: MemoryVersion = { name: 'p', version: '1.1.0', timestamp: '2026-11-26T00:00:00Z', calls: side(3, '2026-11-26T01:00:00Z', 12, 48) }; // prettier-ignore
    const r = compareMemory([base], [base, cand]);
    expect(r.comparisons[0]?.metrics.find((m) => m.metric === 'quality_score')?.status).toBe(
      'regressed',
    );
    expect(r.comparisons[0]?.warnings.join(' ')).toMatch(/^The model mix differs: baseline 75 % large, 25 % small; candidate 20 % large, 80 % small/); // prettier-ignore
  });
});
