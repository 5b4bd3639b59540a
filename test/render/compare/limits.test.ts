import { describe, expect, it } from 'vitest';
import {
  CHECK_SUMMARY_LIMIT,
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  fitSummary,
  utf8Bytes,
} from '../../../src/format/limits.js';
import { fitMarkdown, trimMarkdown } from '../../../src/render/compare/limits.js';
import { renderCompareMarkdown } from '../../../src/render/compare/markdown.js';
import { regressionReport } from '../../report/fixtures-regression.js';
import { bigReport } from '../../report/fixtures-hostile.js';
import { expectSafeMarkdown, tables } from '../../report/safety.js';

const MARKER = '<!-- prompt-versioner-action:comment -->';
const NOTE = '**… report trimmed**';

describe('fitMarkdown', () => {
  it('returns the full report when it fits', () => {
    const report = regressionReport();
    const full = renderCompareMarkdown(report, { charts: true, marker: MARKER, detail: 'full' });
    expect(fitMarkdown(report, COMMENT_LIMIT, { charts: true, marker: MARKER })).toBe(full);
  });

  it('fits 300 candidates by dropping detail, with no trim note', () => {
    const report = bigReport(300, 15);
    const full = renderCompareMarkdown(report, { charts: true, marker: MARKER, detail: 'full' });
    expect(full.length).toBeGreaterThan(COMMENT_LIMIT);
    const fitted = fitMarkdown(report, COMMENT_LIMIT, { charts: true, marker: MARKER });
    expect(fitted.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(fitted).not.toContain(NOTE);
    expect(fitted).toContain('**No regression**: ');
    // Every regressed candidate keeps its table.
    expect(fitted.match(/### ❌ Regressed/g)).toHaveLength(20);
    expectSafeMarkdown(fitted, MARKER);
  });

  it('trims with a visible note only when even the minimal report overflows', () => {
    const report = bigReport(300, 1, 10_000);
    const minimal = renderCompareMarkdown(report, {
      charts: true,
      marker: MARKER,
      detail: 'minimal',
    });
    expect(minimal.length).toBeGreaterThan(COMMENT_LIMIT);
    for (const limit of [COMMENT_LIMIT, CHECK_SUMMARY_LIMIT, 5_000]) {
      const fitted = fitMarkdown(report, limit, { charts: true, marker: MARKER });
      expect(fitted.length).toBeLessThanOrEqual(limit);
      expect(fitted).toContain(NOTE);
      expect(fitted).toContain(
        `characters over GitHub's limit of ${limit.toLocaleString('en-US')}`,
      );
      expect(fitted.endsWith('(report-path).\n')).toBe(true);
      // Cut between candidates, not inside one: every table shown is whole.
      for (const table of tables(fitted)) expect(table).toHaveLength(5);
      const shown = (fitted.match(/^### /gm) ?? []).length;
      expect(fitted).toContain(`${NOTE}: ${300 - shown} more candidates not shown`);
      expectSafeMarkdown(fitted, MARKER);
    }
  });
});

describe('fitMarkdown on a report far over the limit (issue 13, rendering not bounded)', () => {
  it('renders no more candidates than could fit, and counts the rest in the note', () => {
    const n = 20_000;
    const report = bigReport(n, 1);
    // Counts the candidates whose metrics table is rendered: the table, and only the table,
    // reads a metric's sides (verdict lines and counts read its status).
    const rendered = new Set<number>();
    report.comparisons.forEach((c, i) => {
      for (const m of c.metrics) {
        const { baseline, candidate } = m;
        Object.defineProperty(m, 'baseline', { get: () => (rendered.add(i), baseline) });
        Object.defineProperty(m, 'candidate', { get: () => (rendered.add(i), candidate) });
      }
    });
    const whole = renderCompareMarkdown(report, { charts: false, detail: 'minimal' });
    expect(whole.match(/^### /gm)).toHaveLength(n);
    expect(rendered.size).toBe(n);
    rendered.clear();
    const fitted = fitMarkdown(report, COMMENT_LIMIT, { charts: false, marker: MARKER });
    // Rendered whole, then trimmed, it read every candidate; bounded, only as many as could fit
    // (a section takes at least 80 characters).
    expect(rendered.size).toBeLessThanOrEqual(Math.ceil(COMMENT_LIMIT / 80) + 1);
    expect(fitted.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    const shown = (fitted.match(/^### /gm) ?? []).length;
    expect(shown).toBeGreaterThan(0);
    expect(fitted).toContain(`${NOTE}: ${(n - shown).toLocaleString('en-US')} more candidates not shown`); // prettier-ignore
    expectSafeMarkdown(fitted, MARKER);
  });
});

describe('trimMarkdown', () => {
  const doc = [
    'verdict',
    '',
    '| a | b |',
    '| - | - |',
    '| 1 | 2 |',
    '| 3 | 4 |',
    '',
    '<details>',
    '<summary>s</summary>',
    '',
    '```mermaid',
    'x'.repeat(50),
    '```',
    '',
    '</details>',
    'tail '.repeat(40),
  ].join('\n');

  it('never leaves a <details> or a fence open, and keeps the note off the table', () => {
    for (let limit = 150; limit < doc.length; limit += 7) {
      const out = trimMarkdown(doc, limit, 'see the job summary');
      expect(out.length).toBeLessThanOrEqual(limit);
      expect(out.split('<details>').length).toBe(out.split('</details>').length);
      expect((out.match(/^```/gm) ?? []).length % 2).toBe(0);
      expect(out).toMatch(
        /\n\n\*\*… report trimmed\*\*: [\d,]+ characters over GitHub's limit of [\d,]+; see the job summary\.\n$/,
      );
      // Never half a table: the cut is at a blank line whenever one fits.
      const rows = out.split('\n').filter((l) => l.startsWith('|')).length;
      expect([0, 4]).toContain(rows);
    }
  });

  it('leaves short text alone', () => {
    expect(trimMarkdown(doc, doc.length, 'x')).toBe(doc);
  });
});

describe('fitSummary', () => {
  it('counts UTF-8 bytes as the runner does', () => {
    // Known counts: 1 byte to U+007F, 2 to U+07FF, 3 to U+FFFF, 4 past it (a surrogate pair).
    const known: [string, number][] = [['', 0], ['ascii', 5], ['é', 2], ['要約プロンプト', 21], ['😀 x', 6], ['a\u0800\u07ff\ud7ff\ue000\uffff', 15]]; // prettier-ignore
    for (const [text, bytes] of known) expect(utf8Bytes(text), text).toBe(bytes);
  });

  it('keeps a job summary of names in another script within its bytes, not its characters', () => {
    // 1,500 candidates named in Chinese: within the character budget, past 1 MiB in bytes.
    const report = bigReport(1500, 1);
    const named = {
      ...report,
      comparisons: report.comparisons.map((c, i) => ({
        ...c,
        prompt: `摘要提示词${i}`.padEnd(60, '模'),
      })),
    };
    const fit = (chars: number): string => fitMarkdown(named, chars, { charts: false });
    expect(utf8Bytes(fit(SUMMARY_LIMIT))).toBeGreaterThan(SUMMARY_LIMIT);
    const fitted = fitSummary(fit);
    expect(utf8Bytes(fitted)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    // Not cut further than it needs: most of the budget is used.
    expect(utf8Bytes(fitted)).toBeGreaterThan(SUMMARY_LIMIT * 0.8);
    expectSafeMarkdown(fitted);
  });
});
