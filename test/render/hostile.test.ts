import { describe, expect, it } from 'vitest';
import { checkTitle, renderCheckOutput } from '../../src/render/compare/check.js';
import { COMMENT_LIMIT } from '../../src/format/limits.js';
import { fitMarkdown } from '../../src/render/compare/limits.js';
import { renderCompareMarkdown } from '../../src/render/compare/markdown.js';
import { renderCompareText } from '../../src/render/compare/text.js';
import { renderSummary } from '../../src/render/summary/render.js';
import { HOSTILE, hostileReport, summaryReport } from '../report/fixtures-hostile.js';
import { expectGolden } from '../report/golden.js';
import { expectSafeMarkdown } from '../report/safety.js';

const MARKER = '<!-- prompt-versioner-action:comment -->';

describe('hostile store strings', () => {
  const report = hostileReport();

  it('cannot break out of the Markdown report at any detail', () => {
    for (const detail of ['full', 'compact', 'minimal'] as const) {
      const text = renderCompareMarkdown(report, { charts: true, marker: MARKER, detail });
      expectSafeMarkdown(text, MARKER);
      expect(text.length).toBeLessThan(COMMENT_LIMIT);
    }
    expectGolden(
      'compare-hostile.md',
      renderCompareMarkdown(report, { charts: true, marker: MARKER, detail: 'full' }),
    );
  });

  it("shows a fork's pair-by key literally in the method paragraph", () => {
    // The key is an input of the run that wrote the report: in a fork's, the fork's own.
    const paired = { ...report, settings: { ...report.settings, pair_by: HOSTILE } };
    for (const detail of ['full', 'compact'] as const)
      expectSafeMarkdown(renderCompareMarkdown(paired, { charts: false, marker: MARKER, detail }), MARKER); // prettier-ignore
    expectSafeMarkdown(renderCheckOutput(paired, { charts: false }).summary);
    // In the terminal, on one line (text wraps it, so only its start is looked for).
    expect(renderCompareText(paired, { width: 1000 })).toContain(
      'metadata (evil|name <img src=x onerror=alert(1)> @octocat',
    );
  });

  it('caps a 10,000-character name', () => {
    const text = renderCompareMarkdown(report, { charts: false, detail: 'full' });
    expect(text).not.toContain('A'.repeat(201));
    expect(text).toContain('A'.repeat(150));
  });

  it('stays safe in the check output and fitted comment', () => {
    const check = renderCheckOutput(report, { charts: true });
    expect(check.title).not.toMatch(/[\n\r\u202E\u200B]/);
    expect(Array.from(check.title).length).toBeLessThanOrEqual(100);
    expectSafeMarkdown(check.summary);
    expectSafeMarkdown(
      fitMarkdown(report, COMMENT_LIMIT, { charts: true, marker: MARKER }),
      MARKER,
    );
    expect(checkTitle(report)).toBe(check.title);
  });

  it('puts no escape sequence, bidi control or line break of the store into terminal text', () => {
    const text = renderCompareText(report);
    // eslint-disable-next-line no-control-regex -- control characters are what is checked
    expect(text).not.toMatch(/[\u001B\u202A-\u202E\u2066-\u2069\u200B]/);
    // The store's newlines are shown as ␤: the hostile name is on one line.
    expect(text).toContain(
      'evil|name <img src=x onerror=alert(1)> @octocat `code` ]]> <!-- \u2424| a | b |\u2424```\u2424',
    );
    const summary = renderSummary(
      { ...summaryReport(), versions: [{ ...summaryReport().versions[0]!, prompt: HOSTILE }] },
      'markdown',
    );
    expectSafeMarkdown(summary);
  });
});
