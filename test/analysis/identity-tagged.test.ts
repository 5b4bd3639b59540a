// Several versions tagged production: which one the pull-request check takes as live.
import { describe, expect, it } from 'vitest';
import { compareMemory } from './defaults.js';
import { makeCalls, type MemoryVersion } from './memory-store.js';

const text = (v: string): string => `Summarize (${v}): {text}`;
const at = (v: string, timestamp: string, calls: MemoryVersion['calls']): MemoryVersion => ({
  name: 'summarizer',
  version: v,
  text: text(v),
  timestamp,
  tags: ['production'],
  calls,
});

describe('several versions tagged production', () => {
  // 1.0.0 served until 1.1.0 took the traffic; a client pinned to 1.0.0 still calls it, last.
  const old = at('1.0.0', '2026-11-10T09:00:00+00:00', [
    ...makeCalls(200, { seed: 1, start: '2026-11-10T09:00:00Z', quality: [0.8, 0.05] }),
    ...makeCalls(3, { seed: 3, start: '2026-11-25T23:00:00Z', quality: [0.8, 0.05] }),
  ]);
  const now = at(
    '1.1.0',
    '2026-11-20T09:00:00+00:00',
    makeCalls(800, { seed: 2, start: '2026-11-20T09:00:00Z', quality: [0.7, 0.05] }),
  );
  const head: MemoryVersion = {
    name: 'summarizer',
    version: '1.2.0',
    text: text('1.2.0'),
    timestamp: '2026-11-26T09:00:00+00:00',
    calls: makeCalls(60, { seed: 4, start: '2026-11-26T09:00:00Z', quality: [0.7, 0.05] }),
  };

  it('takes the one serving most recent calls, not a pinned client called last', () => {
    const r = compareMemory([now, old], [head]);
    const [c] = r.comparisons;
    expect(c?.baseline?.version).toBe('1.1.0');
    expect(c?.baseline?.chosen_by).toBe('production_tag');
    // Against the version that runs, the candidate is no worse.
    expect(r.verdict).not.toBe('regressed');
    const note = c?.warnings.find((w) => w.startsWith('Also tagged production'));
    expect(note).toContain('"1.0.0" (3 calls) in the 24 hours');
    expect(note).toContain('the baseline is "1.1.0" (');
    expect(note).toContain('the one serving most of their calls');
  });

  it('keeps the older one when both serve about as many calls (a rollout tagged early)', () => {
    const half = at('1.0.0', '2026-11-10T09:00:00+00:00', [
      ...makeCalls(200, { seed: 1, start: '2026-11-10T09:00:00Z', quality: [0.8, 0.05] }),
      ...makeCalls(70, { seed: 5, start: '2026-11-25T12:00:00Z', stepMinutes: 15, quality: [0.8, 0.05] }), // prettier-ignore
    ]);
    const r = compareMemory([now, half], [head]);
    const [c] = r.comparisons;
    expect(c?.baseline?.version).toBe('1.0.0');
    expect(c?.warnings.find((w) => w.startsWith('Also tagged'))).toContain(
      'the oldest of those serving at least half as many calls',
    );
  });
});
