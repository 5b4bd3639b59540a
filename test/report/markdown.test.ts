import { describe, it } from 'vitest';
import { renderCompareMarkdown } from '../../src/report/markdown.js';
import { regressionReport } from './fixtures-regression.js';
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
