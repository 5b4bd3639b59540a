// A prompt renamed in a change is compared with its old name's live version, not passed as new.
import { describe, expect, it } from 'vitest';
import { renderCompareText } from '../../src/render/compare/text.js';
import { compareMemory } from './defaults.js';
import { loggedVersion, type MemoryVersion } from './memory-store.js';

const logged = (
  name: string,
  v: string,
  text: string,
  at: string,
  n: number,
  seed: number,
  q: number,
): MemoryVersion => loggedVersion({ name, version: v, text, at, calls: n, seed, quality: q });

describe('a renamed prompt', () => {
  const old = { ...logged('summarizer', '1.0.0', 'Summarize: {text}', '2026-11-20T09:00:00', 200, 1, 0.8), tags: ['production'] }; // prettier-ignore

  it('is compared with the old name when it keeps its very text', () => {
    const renamed = logged('summary', '1.0.0', 'Summarize: {text}', '2026-11-26T09:00:00', 60, 2, 0.8); // prettier-ignore
    const r = compareMemory([old], [renamed]);
    const [c] = r.comparisons;
    expect(c?.status).not.toBe('new_prompt');
    expect(c?.baseline).toMatchObject({ prompt: 'summarizer', version: '1.0.0', chosen_by: 'same_text' }); // prettier-ignore
    expect(c?.warnings[0]).toMatch(
      /^Renamed from "summarizer"\? The base store has no prompt "summary"/,
    );
    expect(renderCompareText(r)).toContain('summary 1.0.0 vs summarizer 1.0.0');
  });

  it('is not compared with a prompt removed in a copied head when its name and text differ', () => {
    // The head holds the base's other prompt as it was; "summarizer" is gone, "translator" new:
    // an unrelated prompt, not to be failed against the removed one.
    const other = logged('classifier', '1.0.0', 'Classify: {text}', '2026-11-20T09:00:00', 50, 3, 0.8); // prettier-ignore
    const added = logged('translator', '1.0.0', 'Translate to French: {text}', '2026-11-26T09:00:00', 60, 4, 0.6); // prettier-ignore
    const r = compareMemory([old, other], [added, other]);
    const [c] = r.comparisons;
    expect(c?.status).toBe('new_prompt');
    expect(c?.baseline).toBeNull();
    expect(c?.warnings.join(' ')).toMatch(/no longer has the base's "summarizer"/);
    // The removed prompt's live version is said lost: the run warns, it neither fails nor passes.
    expect(r.lost_versions?.map((l) => l.prompt)).toEqual(['summarizer']);
    expect(r.verdict).toBe('warning');
  });

  it('stays new in a fresh store that only lacks the old name (no sign of a rename)', () => {
    const changed = logged('summary', '1.0.0', 'Summarize tersely: {text}', '2026-11-26T09:00:00', 60, 4, 0.6); // prettier-ignore
    const [c] = compareMemory([old], [changed]).comparisons;
    expect(c?.status).toBe('new_prompt');
    expect(c?.baseline).toBeNull();
    expect(c?.warnings.join(' ')).toMatch(/no longer has the base's "summarizer"/);
  });
});
