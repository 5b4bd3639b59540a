import { describe, expect, it } from 'vitest';
import { groupVersions, renderSummary } from '../../../src/render/summary/render.js';
import { summaryReport } from '../../report/fixtures-hostile.js';
import { expectGolden } from '../../report/golden.js';
import { expectSafeMarkdown } from '../../report/safety.js';

describe('renderSummary', () => {
  it('groups by prompt, newest version first', () => {
    const groups = groupVersions(summaryReport().versions);
    expect(groups.map(([p, vs]) => [p, vs.map((v) => v.version)])).toEqual([
      ['classifier', ['1.4.1']],
      ['router', ['7494c5ca74a7667b']],
      ['summarizer', ['1.2.0', '1.1.0', '1.0.1-SNAPSHOT']],
    ]);
  });

  it('goldens', () => {
    const md = renderSummary(summaryReport(), 'markdown');
    expectSafeMarkdown(md);
    expectGolden('summary.md', md);
    expectGolden('summary.txt', renderSummary(summaryReport(), 'text'));
  });

  it('says so when the store is empty', () => {
    const empty = { ...summaryReport(), prompts: 0, versions: [] };
    expect(renderSummary(empty, 'text')).toContain('The store has no prompt versions.');
    expect(renderSummary(empty, 'markdown')).toContain('The store has no prompt versions.');
  });
});
