import { describe, expect, it } from 'vitest';
import { checkConclusion, checkTitle, renderCheckOutput } from '../../src/report/check.js';
import { fitMarkdown, CHECK_SUMMARY_LIMIT } from '../../src/report/limits.js';
import { report } from './fixtures.js';
import { regressionReport, translatorImproved } from './fixtures-regression.js';
import { bigReport } from './fixtures-hostile.js';
import { noChangesReport, warningReport } from './fixtures-warning.js';
import { expectGolden } from './golden.js';

/** A check output as one reviewable file: the title, then the summary as GitHub shows it. */
function asFile(output: { title: string; summary: string; text?: string }): string {
  return `<!-- title: ${output.title} -->\n\n${output.summary}`;
}

describe('check output', () => {
  it('maps verdicts to conclusions', () => {
    expect(checkConclusion('regressed')).toBe('failure');
    expect(checkConclusion('warning')).toBe('neutral');
    expect(checkConclusion('passed')).toBe('success');
    expect(checkConclusion('no_changes')).toBe('success');
  });

  it('titles each verdict in one short line', () => {
    expect(checkTitle(regressionReport())).toBe(
      '1 regression: summarizer 1.2.0: quality −14.7 %, p < 1e-10',
    );
    expect(checkTitle(warningReport())).toBe('No regression; 1 degraded, 1 inconclusive');
    expect(checkTitle(report('passed', [translatorImproved()]))).toBe(
      'No regression in 1 changed prompt, 1 improved',
    );
    expect(checkTitle(noChangesReport())).toBe('No prompt versions added');
    const many = bigReport(300, 3, 500);
    expect(checkTitle(many)).toMatch(
      /^100 regressions: prompt-000-x+… 1\.0\.0: quality −14\.7 %, p < 1e-10 \(\+99 more\)$/,
    );
    expect(Array.from(checkTitle(many)).length).toBeLessThanOrEqual(100);
  });

  it('names the policy when degraded candidates fail it', () => {
    const r = warningReport();
    const strict = {
      ...r,
      verdict: 'regressed' as const,
      settings: { ...r.settings, fail_on: 'degraded' as const },
    };
    expect(checkTitle(strict)).toBe(
      '1 failing prompt: support-bot 3.1.0: latency +12.0 %, p = 5.3e-4',
    );
  });

  it('uses the fitted Markdown report as the summary', () => {
    const r = bigReport(300, 15);
    const out = renderCheckOutput(r);
    expect(out.summary).toBe(fitMarkdown(r, CHECK_SUMMARY_LIMIT, { charts: false }));
    expect(out.summary.length).toBeLessThanOrEqual(CHECK_SUMMARY_LIMIT);
    expect(out.text).toBeUndefined();
  });

  it('goldens', () => {
    expectGolden('check-regression.md', asFile(renderCheckOutput(regressionReport())));
    expectGolden('check-warning.md', asFile(renderCheckOutput(warningReport(), { charts: true })));
  });
});
