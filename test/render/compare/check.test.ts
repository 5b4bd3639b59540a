import { describe, expect, it } from 'vitest';
import {
  checkConclusion,
  checkTitle,
  renderCheckOutput,
} from '../../../src/render/compare/check.js';
import { verdictLine } from '../../../src/render/compare/content.js';
import { TEXT_STYLE } from '../../../src/render/compare/text.js';
import { CHECK_SUMMARY_LIMIT } from '../../../src/format/limits.js';
import { fitMarkdown } from '../../../src/render/compare/limits.js';
import { report } from '../../report/fixtures.js';
import { regressionReport, translatorImproved } from '../../report/fixtures-regression.js';
import { bigReport } from '../../report/fixtures-hostile.js';
import { noChangesReport, warningReport } from '../../report/fixtures-warning.js';
import { expectGolden } from '../../report/golden.js';

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
    // Untested is never green: the title leads with the prompt that was not tested.
    expect(checkTitle(warningReport())).toBe(
      'Not tested: router 7494c5ca74a…: 12 candidate calls; 30 per side needed; 1 degraded, 1 inconclusive',
    );
    const tested = warningReport();
    const withoutUntested = report(
      'warning',
      tested.comparisons.filter((c) => c.status !== 'insufficient_data'),
    );
    expect(checkTitle(withoutUntested)).toBe('No regression; 1 degraded, 1 inconclusive');
    expect(checkTitle(report('passed', [translatorImproved()]))).toBe(
      'No regression in 1 changed prompt, 1 improved',
    );
    expect(checkTitle(noChangesReport())).toBe('No prompt changes');
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
    const untested = {
      ...r,
      verdict: 'regressed' as const,
      settings: { ...r.settings, fail_on: 'untested' as const },
    };
    expect(checkTitle(untested)).toBe(
      '3 failing prompts: support-bot 3.1.0: latency +12.0 %, p = 5.3e-4 (+2 more)',
    );
    expect(verdictLine(untested, TEXT_STYLE).detail).toMatch(
      /^3 of 5 changed prompts failed the check \(fail-on: untested\)/,
    );
    const router = r.comparisons.filter((c) => c.status === 'insufficient_data');
    const alone = { ...untested, comparisons: router };
    expect(checkTitle(alone)).toBe(
      '1 failing prompt: router 7494c5ca74a7667b: 12 candidate calls; 30 per side needed',
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
