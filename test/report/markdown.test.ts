import { describe, expect, it } from 'vitest';
import { renderCompareMarkdown } from '../../src/report/markdown.js';
import { baseline, comparison, report } from './fixtures.js';
import {
  classifierUnchanged,
  regressionReport,
  translatorImproved,
} from './fixtures-regression.js';
import { noChangesReport, warningReport } from './fixtures-warning.js';
import { expectGolden } from './golden.js';

const MARKER = '<!-- prompt-versioner-action:comment -->';

describe('renderCompareMarkdown goldens', () => {
  it('regression, full, no charts', () => {
    expectGolden(
      'compare-regression.md',
      renderCompareMarkdown(regressionReport(), { charts: false, marker: MARKER, detail: 'full' }),
    );
  });
  it('regression, full, charts', () => {
    expectGolden(
      'compare-regression-charts.md',
      renderCompareMarkdown(regressionReport(), { charts: true, detail: 'full' }),
    );
  });
  it('regression, compact and minimal', () => {
    expectGolden(
      'compare-regression-compact.md',
      renderCompareMarkdown(regressionReport(), { charts: true, detail: 'compact' }),
    );
    expectGolden(
      'compare-regression-minimal.md',
      renderCompareMarkdown(regressionReport(), { charts: true, detail: 'minimal' }),
    );
  });
  it('warnings of every kind', () => {
    expectGolden(
      'compare-warning.md',
      renderCompareMarkdown(warningReport(), { charts: true, marker: MARKER, detail: 'full' }),
    );
  });
  it('no changes', () => {
    expectGolden(
      'compare-no-changes.md',
      renderCompareMarkdown(noChangesReport(), { charts: true, marker: MARKER, detail: 'full' }),
    );
  });
});

describe('renderCompareMarkdown content', () => {
  it('names the policy when it fails on more than regressions', () => {
    const r = warningReport();
    const strict = {
      ...r,
      verdict: 'regressed' as const,
      settings: { ...r.settings, fail_on: 'inconclusive' as const },
    };
    const text = renderCompareMarkdown(strict, { charts: false, detail: 'full' });
    expect(text.split('\n')[0]).toBe(
      '❌ **Prompt regression**: 2 of 5 changed prompts failed the check (fail-on: inconclusive) ' +
        '(support-bot 3.1.0: latency +12.0 %, p = 5.3e-4; invoice-extractor feature-invoices-1a2b3c4: ' +
        'quality −5.9 %, p = 0.83, and 1 more metric).',
    );
    expect(text).toContain(
      'The check fails when a candidate is regressed, degraded or inconclusive.',
    );
  });

  it('summarises a passing run', () => {
    const text = renderCompareMarkdown(
      report('passed', [translatorImproved(), classifierUnchanged()]),
      {
        charts: true,
        detail: 'full',
      },
    );
    expect(text.split('\n')[0]).toBe(
      '✅ **No regression**: 2 changed prompts checked: 1 improved, 1 unchanged.',
    );
    expect(text).not.toContain('```mermaid');
  });

  it('draws charts only for worsened candidates, only in full detail, from metric labels', () => {
    const r = regressionReport();
    const full = renderCompareMarkdown(r, { charts: true, detail: 'full' });
    expect(full.match(/```mermaid/g)).toHaveLength(1);
    const chart = /```mermaid\n([\s\S]*?)```/.exec(full)?.[1] ?? '';
    expect(chart).not.toContain('summarizer');
    expect(renderCompareMarkdown(r, { charts: false, detail: 'full' })).not.toContain('mermaid');
    expect(renderCompareMarkdown(r, { charts: true, detail: 'compact' })).not.toContain('mermaid');
  });

  it('says so when a comparison has no metric to test', () => {
    const empty = comparison('p', '2.0.0', 40, baseline('1.0.0', 40), []);
    // As the analysis has it: nothing tested is too few calls, not unchanged.
    expect(empty.status).toBe('insufficient_data');
    const text = renderCompareMarkdown(report('passed', [empty]), { charts: true, detail: 'full' });
    expect(text).toContain('\n### ⏳ Too few calls: p 2.0.0 vs 1.0.0\n');
    expect(text).toContain('No metric has values on both sides, so nothing was tested.');
    expect(text).not.toContain('| Metric |');
  });
});
