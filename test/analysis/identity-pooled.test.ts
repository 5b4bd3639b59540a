// One new text saved under two version strings in one change is one candidate, its calls pooled.
import { describe, expect, it } from 'vitest';
import type { RowSpec, VersionSpec } from '../../scripts/store-writer.mjs';
import { compareStores } from '../../src/analysis/compare.js';
import { renderCompareText } from '../../src/render/compare/text.js';
import { open } from '../store/helpers.js';
import { ANALYSIS, compareMemory } from './defaults.js';
import { loggedVersion, type MemoryVersion } from './memory-store.js';

const logged = (
  v: string,
  text: string,
  at: string,
  n: number,
  seed: number,
  q: number,
  tags: string[] = [],
): MemoryVersion => loggedVersion({ version: v, text, at, calls: n, seed, quality: q, tags });

describe('one text under two version strings', () => {
  const live = logged('1.0.0', 'Summarize: {text}', '2026-11-20T09:00:00', 200, 1, 0.8, ['production']); // prettier-ignore
  // The change saved 1.1.0, then re-saved the same text as 1.1.1: 20 calls each.
  const first = logged('1.1.0', 'Summarize tersely: {text}', '2026-11-26T09:00:00', 20, 2, 0.68);
  const again = logged('1.1.1', 'Summarize tersely: {text}', '2026-11-26T13:00:00', 20, 3, 0.68);

  it('compares them once, with the calls of both', () => {
    const r = compareMemory([live], [again, first]);
    expect(r.comparisons).toHaveLength(1);
    const [c] = r.comparisons;
    expect(c?.candidate).toMatchObject({ version: '1.1.1', n: 40, pooled: ['1.1.0'] });
    // 40 calls are enough to test (min-samples 30): the drop is found, not left untested.
    expect(c?.status).toBe('regressed');
    expect(r.verdict).toBe('regressed');
    const text = renderCompareText(r);
    expect(text).toContain('Also saved as 1.1.0 with the very same prompt text');
    expect(text).not.toContain('Superseded');
  });

  it('pools a new prompt too, and keeps different texts apart', () => {
    const fresh = compareMemory(
      [],
      [
        { ...again, name: 'other' },
        { ...first, name: 'other' },
      ],
    );
    expect(fresh.comparisons.map((c) => [c.candidate.version, c.candidate.n])).toEqual([['1.1.1', 40]]); // prettier-ignore
    const other = { ...again, text: 'Summarize in a line: {text}' };
    expect(compareMemory([live], [other, first]).comparisons).toHaveLength(2);
  });
});

describe('pooled calls paired by case (SQLite store)', () => {
  it('pairs the cases of both version strings as one candidate', async () => {
    const T0 = Date.parse('2026-11-01T00:00:00Z');
    const T1 = Date.parse('2026-11-20T00:00:00Z');
    // Cases 0-39 of the evaluation, a minute apart; `drop` off each score.
    const run = (from: number, to: number, start: number, drop: number): RowSpec[] =>
      Array.from({ length: to - from }, (_, i) => ({
        timestamp: new Date(start + i * 60_000).toISOString(),
        quality_score: 0.95 - (((from + i) * 37) % 11) / 20 - drop,
        metadata: JSON.stringify({ case_id: `case-${from + i}` }),
      }));
    const version = (v: string, at: number, prompt: string, rows: RowSpec[]): VersionSpec => ({
      version: v,
      timestamp: new Date(at).toISOString(),
      systemPrompt: prompt,
      calls: [{ rows }],
    });
    const live = version('1', T0, 'Answer.', run(0, 40, T0, 0));
    const base = await open({ prompts: [{ name: 'p', versions: [live] }] });
    const head = await open({
      prompts: [
        {
          name: 'p',
          versions: [
            live,
            version('2', T1, 'Answer briefly.', run(0, 20, T1, 0.2)),
            version('2.1', T1 + 3_600_000, 'Answer briefly.', run(20, 40, T1 + 3_600_000, 0.2)),
          ],
        },
      ],
    });
    try {
      const r = compareStores({
        head,
        base,
        options: { ...ANALYSIS, pairBy: 'case_id' },
        failOn: 'regressed',
        generatedAt: '2026-11-25T00:00:00.000Z',
      });
      expect(r.comparisons).toHaveLength(1);
      const [c] = r.comparisons;
      expect(c?.candidate).toMatchObject({ version: '2.1', n: 40, pooled: ['2'] });
      expect(c?.pairing).toMatchObject({ paired: true, matched_cases: 40 });
      expect(c?.status).toBe('regressed');
    } finally {
      base.close();
      head.close();
    }
  });
});
