// The live text re-run by the pull request's evaluation is the baseline, under any version string,
// even beside the live version's own row in a copied store.
import { describe, expect, it } from 'vitest';
import { ANALYSIS, compareMemory as run } from './defaults.js';
import { makeCalls, type MemoryVersion } from './memory-store.js';

/** A version of summarizer registered at `at` (UTC, no zone), `n` calls from then of quality `q`. */
const logged = (v: string, text: string, at: string, n: number, seed: number, q: number, tags: string[] = []): MemoryVersion => ({ name: 'summarizer', version: v, text, timestamp: `${at}+00:00`, calls: makeCalls(n, { seed, start: `${at}Z`, quality: [q, 0.05] }), tags }); // prettier-ignore

describe('a re-run of the live text saved under a bumped version string', () => {
  // main: 1.0.0 tagged production, scored three days ago. The pull request's evaluation, in a copy
  // of the store, saves the live text again (bump_type: 1.1.0) and the change (1.2.0), both today.
  const base = (q: number) => [logged('1.0.0', 'Summarize: {text}', '2026-11-01T09:00:00', 300, 1, q, ['production'])]; // prettier-ignore
  const head = (history: number, rerun: number, change: number) => [
    ...base(history),
    logged('1.1.0', 'Summarize: {text}', '2026-11-04T09:00:00', 60, 2, rerun),
    logged('1.2.0', 'Summarize briefly: {text}', '2026-11-04T20:00:00', 60, 3, change),
  ];

  it('takes today’s re-run as the baseline, not the copied row’s history', () => {
    // Today's judge scores everything lower: no change between the two texts.
    const r = run(base(0.85), head(0.85, 0.7, 0.7));
    expect(r.comparisons.map((c) => [c.candidate.version, c.baseline?.source, c.baseline?.n])).toEqual([['1.2.0', 'fresh', 60]]); // prettier-ignore
    expect(r.verdict).not.toBe('regressed');
    // Asked for fresh calls alone, the same 60.
    const fresh = run(base(0.85), head(0.85, 0.7, 0.7), { options: { ...ANALYSIS, baselineSamples: 'fresh' } }); // prettier-ignore
    expect(fresh.comparisons[0]?.baseline).toMatchObject({ source: 'fresh', n: 60 });
    // The other way round: a change 17 % worse than today's re-run is not hidden by old history.
    expect(run(base(0.7), head(0.7, 0.9, 0.75)).comparisons.map((c) => c.status)).toEqual(['regressed']); // prettier-ignore
  });

  it('still prefers the live row’s own string when it ran again too', () => {
    const [live] = base(0.85);
    const again = { ...live!, calls: [...live!.calls, ...makeCalls(60, { seed: 4, start: '2026-11-04T21:00:00Z', quality: [0.7, 0.05] })] }; // prettier-ignore
    const r = run(base(0.85), [again, ...head(0.85, 0.5, 0.7).slice(1)]);
    expect(r.comparisons[0]?.baseline).toMatchObject({ version: '1.0.0', source: 'fresh', n: 60 });
    expect(r.comparisons.map((c) => c.status)).not.toContain('regressed');
  });
});
