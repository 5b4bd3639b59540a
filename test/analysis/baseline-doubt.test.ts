// A baseline that may not be what runs makes a passing comparison a warning, never green.
import { describe, expect, it } from 'vitest';
import { verdictLine } from '../../src/render/compare/content.js';
import { TEXT_STYLE } from '../../src/render/compare/text.js';
import { rederiveReport } from '../../src/report/rederive.js';
import { validateCompareReport } from '../../src/report/validate.js';
import { compareMemory } from './defaults.js';
import { loggedVersion, makeCalls, type MemoryVersion } from './memory-store.js';

const logged = (
  v: string,
  at: string,
  n: number,
  seed: number,
  tags: string[] = [],
): MemoryVersion =>
  loggedVersion({ version: v, text: `Summarize (${v}): {text}`, at, calls: n, seed, tags });

describe('a baseline in doubt', () => {
  const cand = logged('1.2.0', '2026-11-26T09:00:00', 60, 9);

  it('warns when the production tag stayed on a version a newer one took the calls from', () => {
    const tagged = logged('1.0.0', '2026-11-01T00:00:00', 200, 1, ['production']);
    const newer = logged('1.1.0', '2026-11-10T00:00:00', 200, 7);
    const r = compareMemory([newer, tagged], [cand]);
    const [c] = r.comparisons;
    expect(c?.status).toBe('unchanged');
    expect(c?.baseline).toMatchObject({ version: '1.0.0', doubt: 'tag_not_moved' });
    expect(r.verdict).toBe('warning');
    expect(verdictLine(r, TEXT_STYLE).detail).toContain(
      'summarizer 1.2.0 against 1.0.0, tagged production but not called since a newer version took the calls',
    );
    // Read back (relay, publisher): the verdict is derived again the same way.
    const back = rederiveReport(
      // The memory store's hashes are not the library's 16 hex digits.
      validateCompareReport(
        JSON.parse(JSON.stringify(r).replace(/"prompt_hash":"[^"]*"/g, '"prompt_hash":null')),
      ),
      'regressed',
    );
    expect(back.verdict).toBe('warning');
    // The tag on what runs: green.
    const moved = compareMemory([{ ...newer, tags: ['production'] }, tagged], [cand]);
    expect(moved.comparisons[0]?.baseline?.doubt).toBeUndefined();
    expect(moved.verdict).toBe('passed');
  });

  it('warns when, untagged, newer versions were passed over for too few calls', () => {
    const older = logged('1.0.0', '2026-11-20T09:00:00', 60, 1);
    const small = logged('1.1.0', '2026-11-22T09:00:00', 20, 6);
    const r = compareMemory([small, older], [cand]);
    const [c] = r.comparisons;
    expect(c?.status).toBe('unchanged');
    expect(c?.baseline).toMatchObject({ version: '1.0.0', doubt: 'newer_few_calls' });
    expect(r.verdict).toBe('warning');
    expect(verdictLine(r, TEXT_STYLE).detail).toContain('passed over newer versions with fewer calls than min-samples'); // prettier-ignore
    // A regression against it stays a regression.
    const worse = { ...cand, calls: makeCalls(60, { seed: 9, start: '2026-11-26T09:00:00Z', quality: [0.6, 0.05] }) }; // prettier-ignore
    expect(compareMemory([small, older], [worse]).verdict).toBe('regressed');
  });
});
