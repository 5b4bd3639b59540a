import { describe, expect, it } from 'vitest';
import { renderCompareText } from '../../../src/render/compare/text.js';
import { renderJson } from '../../../src/report/json.js';
import { regressionReport } from '../../report/fixtures-regression.js';
import { noChangesReport, warningReport } from '../../report/fixtures-warning.js';
import { expectGolden } from '../../report/golden.js';

describe('renderCompareText', () => {
  it('goldens', () => {
    expectGolden('text-regression.txt', renderCompareText(regressionReport()));
    expectGolden('text-warning.txt', renderCompareText(warningReport()));
    expectGolden('text-no-changes.txt', renderCompareText(noChangesReport()));
  });

  it('has no colour unless asked, and no Markdown', () => {
    const text = renderCompareText(regressionReport());
    expect(text).not.toContain('\u001b[');
    expect(text).not.toMatch(/\*\*|<sub>|^\||^#/m);
    const coloured = renderCompareText(regressionReport(), { color: true });
    expect(coloured).toContain('\u001b[31mREGRESSED\u001b[0m');
    expect(coloured).toContain('\u001b[32mimproved\u001b[0m');
    // Without the colour codes it is the same report.
    // eslint-disable-next-line no-control-regex -- control characters are what is checked
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(text);
  });

  it('aligns the status column of every table', () => {
    const lines = renderCompareText(warningReport()).split('\n');
    const starts = lines.flatMap((l, i) => (l.trimStart().startsWith('Metric ') ? [i] : []));
    expect(starts.length).toBeGreaterThan(3);
    // By index, not by text: two tables may have the same header line.
    for (const start of starts) {
      const at = (lines[start] ?? '').indexOf('Status');
      const end = lines.indexOf('', start);
      expect(end).toBeGreaterThan(start + 3);
      for (const row of lines.slice(start + 1, end)) {
        expect(row.slice(at)).toMatch(
          /^(regressed|degraded|inconclusive|too few calls|unchanged|improved)$/,
        );
      }
    }
  });
});

describe('renderJson', () => {
  it('is the report value itself', () => {
    const r = regressionReport();
    const json = renderJson(r);
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(json)).toEqual(r);
  });

  it('notes versions that only relabel text the base already ran, under the verdict', () => {
    const r = {
      ...regressionReport(),
      same_text: [{ prompt: 'classifier', version: '2.1.0', same_as: '2.0.0' }],
    };
    const lines = renderCompareText(r, { width: 200 }).split('\n');
    expect(lines[2]).toBe(
      'Note: Not a prompt change, so not tested: classifier 2.1.0 has the same prompt text as 2.0.0 in the base store (a new version string for text that already ran).',
    );
  });
});

describe('a side without calls', () => {
  it('says "no calls", not "0 calls on an unknown model"', () => {
    const report = regressionReport();
    const first = report.comparisons[0]!;
    const empty = {
      ...report,
      comparisons: [
        {
          ...first,
          candidate: { ...first.candidate, n: 0, models: [] },
          baseline: first.baseline && { ...first.baseline, n: 0, models: [] },
        },
      ],
    };
    const text = renderCompareText(empty, { width: 200 });
    expect(text).toMatch(/\n {2}no calls, against no calls of \S+ \(/);
    expect(text).not.toMatch(/unknown model/);
  });
});
