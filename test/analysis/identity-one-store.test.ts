// One store holding both sides (pv-check compare --store S --prompt P --candidate V).
import { describe, expect, it } from 'vitest';
import { ANALYSIS, compareMemory } from './defaults.js';
import { makeCalls, type MemoryVersion } from './memory-store.js';

const at = (
  v: string,
  text: string,
  timestamp: string,
  calls: MemoryVersion['calls'],
  tags: string[] = [],
): MemoryVersion => ({
  name: 'summarizer',
  version: v,
  text,
  timestamp: `${timestamp}+00:00`,
  tags,
  calls,
});
const q = (n: number, seed: number, start: string, quality: number) =>
  makeCalls(n, { seed, start: `${start}Z`, quality: [quality, 0.05] });

describe('one store', () => {
  // 1.1.0 ran for weeks at 0.85; today the evaluation re-ran it beside the candidate 1.2.0, both
  // at 0.72 (today's inputs are harder): the candidate changes nothing.
  const live = at('1.1.0', 'Summarize well: {text}', '2026-11-01T09:00:00', [
    ...q(300, 1, '2026-11-01T09:00:00', 0.85),
    ...q(60, 2, '2026-11-26T10:00:00', 0.72),
  ], ['production']); // prettier-ignore
  const cand = at('1.2.0', 'Summarize tersely: {text}', '2026-11-26T09:00:00', q(60, 3, '2026-11-26T10:00:00', 0.72)); // prettier-ignore
  const sel = (candidate: string) => ({ selection: { prompt: 'summarizer', candidate } });

  it("compares with the baseline's calls beside the candidate, not mixed with its history", () => {
    const r = compareMemory(null, [cand, live], sel('1.2.0'));
    const [c] = r.comparisons;
    expect(c?.baseline).toMatchObject({ version: '1.1.0', source: 'fresh', n: 60 });
    expect(c?.status).not.toBe('regressed');
    // Asked for its history: the 300 calls before the candidate, without today's re-run.
    const past = compareMemory(null, [cand, live], { ...sel('1.2.0'), options: { ...ANALYSIS, baselineSamples: 'history' } }); // prettier-ignore
    expect(past.comparisons[0]?.baseline).toMatchObject({ source: 'history', n: 300 });
  });

  it('honours --baseline-samples fresh: no calls beside the candidate leave it untested', () => {
    const noRerun = { ...live, calls: live.calls.slice(0, 300) };
    const options = { ...ANALYSIS, baselineSamples: 'fresh' as const };
    const r = compareMemory(null, [cand, noRerun], { ...sel('1.2.0'), options });
    expect(r.comparisons[0]?.baseline).toMatchObject({ source: 'fresh', n: 0 });
    expect(r.comparisons[0]?.status).toBe('insufficient_data');
    expect(r.verdict).toBe('warning');
  });

  it('compares a re-save of the live text with the live version, not an older one', () => {
    const old = at('1.0.0', 'Summarize: {text}', '2026-10-01T09:00:00', q(200, 4, '2026-10-01T09:00:00', 0.7)); // prettier-ignore
    const again = at('1.1.1', 'Summarize well: {text}', '2026-11-26T12:00:00', q(60, 5, '2026-11-26T12:00:00', 0.85)); // prettier-ignore
    const r = compareMemory(null, [again, cand, live, old], sel('1.1.1'));
    const [c] = r.comparisons;
    expect(c?.baseline).toMatchObject({ version: '1.1.0', chosen_by: 'production_tag' });
    expect(c?.warnings.join(' ')).toContain("has the candidate's very text");
  });
});
