// A change that puts a prompt back to a text the base ran before is labelled a revert.
import { describe, expect, it } from 'vitest';
import { renderCompareText } from '../../src/render/compare/text.js';
import { compareMemory } from './defaults.js';
import { loggedVersion, type MemoryVersion } from './memory-store.js';

const logged = (
  v: string,
  text: string,
  at: string,
  n: number,
  seed: number,
  tags: string[] = [],
): MemoryVersion => loggedVersion({ version: v, text, at, calls: n, seed, tags });

describe('a reverted text', () => {
  const old = logged('1.0.0', 'Summarize: {text}', '2026-11-10T09:00:00', 200, 1);
  const live = logged('1.1.0', 'Summarize well: {text}', '2026-11-20T09:00:00', 200, 2, ['production']); // prettier-ignore

  it('names the version it reverts to, under a new version string', () => {
    const r = compareMemory([live, old], [logged('1.2.0', 'Summarize: {text}', '2026-11-26T09:00:00', 60, 3)]); // prettier-ignore
    expect(r.comparisons[0]?.candidate.reverts_to).toBe('1.0.0');
    expect(r.comparisons[0]?.baseline?.version).toBe('1.1.0');
    const text = renderCompareText(r);
    expect(text).toMatch(/summarizer 1\.2\.0 \(reverts to 1\.0\.0\) vs 1\.1\.0\n/);
  });

  it('says revert, not "new text", under the baseline\'s own version string', () => {
    // A fresh store per job with a version string the change did not bump.
    const r = compareMemory([live, old], [logged('1.1.0', 'Summarize: {text}', '2026-11-26T09:00:00', 60, 3)]); // prettier-ignore
    const text = renderCompareText(r);
    expect(text).toContain('summarizer 1.1.0 (reverts to 1.0.0) vs 1.1.0 (base)');
    expect(text).not.toContain('(new text)');
  });

  it('keeps "new text" for a text the base never had', () => {
    const r = compareMemory([live, old], [logged('1.1.0', 'Summarize in a line: {text}', '2026-11-26T09:00:00', 60, 3)]); // prettier-ignore
    expect(r.comparisons[0]?.candidate.reverts_to).toBeUndefined();
    expect(renderCompareText(r)).toContain('summarizer 1.1.0 (new text) vs 1.1.0 (base)');
  });
});
