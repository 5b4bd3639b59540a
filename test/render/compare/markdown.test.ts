import { describe, expect, it } from 'vitest';
import { renderCompareMarkdown } from '../../../src/render/compare/markdown.js';
import { baseline, comparison, metric, report } from '../../report/fixtures.js';
import {
  classifierUnchanged,
  regressionReport,
  translatorImproved,
} from '../../report/fixtures-regression.js';
import { noChangesReport, warningReport } from '../../report/fixtures-warning.js';
import { compareMemory } from '../../analysis/defaults.js';
import { makeCalls } from '../../analysis/memory-store.js';
import { expectGolden } from '../../report/golden.js';

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

  it('gives the change in euros when the baseline cost nothing', () => {
    const cost = metric('cost_eur', {
      status: 'regressed',
      base: [200, 0],
      cand: [60, 0.0112],
      p: 1e-12,
      padj: 1e-12,
      ci: [0.0108, 0.0116],
    });
    const text = renderCompareMarkdown(
      report('regressed', [comparison('p', '1.1.0', 60, baseline('1.0.0', 200), [cost])]),
      { charts: false, detail: 'full' },
    );
    expect(text).toMatch(
      /^❌ \*\*Prompt regression\*\*: .*\(p 1\.1\.0: cost \+€0\.011, p < 1e-10\)/,
    );
    expect(text).toContain('| Cost (mean) | €0 | €0.0112 | +€0.011 |');
  });

  it('says when the baseline was logged after the candidate', () => {
    const older = baseline('1.2.0', 40, { source: 'history', age_days: -6 });
    const text = renderCompareMarkdown(
      report('passed', [comparison('p', '1.0.0', 40, older, [])]),
      {
        charts: false,
        detail: 'full',
      },
    );
    expect(text).toContain(
      "(newest version called; calls logged later, the newest 6 days after the candidate's)",
    );
    const facts = text.split('\n').find((l) => l.startsWith('40 calls on'));
    expect(facts).not.toMatch(/earlier|before the candidate/);
  });

  it('says neither earlier nor later within a day, where the rounded age cannot tell', () => {
    const say = (age: number) =>
      renderCompareMarkdown(
        report('warning', [comparison('p', '1.1.0', 40, baseline('1.0.0', 40, { source: 'history', age_days: age }), [])]), // prettier-ignore
        { charts: false, detail: 'full' },
      );
    // An hour after the candidate's newest call rounds to -0: it read "logged earlier".
    for (const age of [-0, 0, 0.4, -0.4, 0.5, -0.9])
      expect(say(age)).toContain(
        "calls logged within a day of the candidate's, the newest less than a day apart",
      );
    expect(say(2)).toContain("calls logged earlier, the newest 2 days before the candidate's");
  });

  it('claims nothing of a baseline it read no call of', () => {
    const say = (b: ReturnType<typeof baseline>) =>
      renderCompareMarkdown(report('warning', [comparison('p', '1.1.0', 40, b, [])]), {
        charts: false,
        detail: 'full',
      });
    // baseline-samples fresh with no re-run, baseline-since past every call: said as such.
    expect(say(baseline('1.0.0', 0, { source: 'fresh' }))).toContain('(newest version called; no re-run with this change)'); // prettier-ignore
    expect(say(baseline('1.0.0', 0, { source: 'history' }))).toContain('(newest version called; no calls read)'); // prettier-ignore
    expect(say(baseline('1.0.0', 0, { source: 'history' }))).not.toMatch(/nothing logged/);
  });

  it('says that nothing was compared when there is no baseline store', () => {
    const calls = makeCalls(40, { seed: 4, start: '2026-11-20T10:00:00Z' });
    const bare = compareMemory(null, [
      { name: 'summarizer', version: '1.0.0', timestamp: '2026-11-20T10:00:00Z', calls },
    ]);
    const text = renderCompareMarkdown(bare, { charts: false, detail: 'full' });
    expect(text).toMatch(
      /^⚠️ \*\*Nothing compared: no baseline store\*\*: 1 changed prompt: no baseline store, so 1 compared with nothing \(summarizer 1\.0\.0/,
    );
    expect(text).not.toMatch(/No regression/);
  });

  it('says so when a comparison has no metric to test', () => {
    const empty = comparison('p', '2.0.0', 40, baseline('1.0.0', 40), []);
    // As the analysis has it: nothing tested is too few calls, not unchanged.
    expect(empty.status).toBe('insufficient_data');
    const text = renderCompareMarkdown(report('warning', [empty]), {
      charts: true,
      detail: 'full',
    });
    expect(text).toContain('\n### ⏳ Too few calls: p 2.0.0 vs 1.0.0\n');
    expect(text).toContain('Not tested: no metric logged on both sides.');
    expect(text).toMatch(/^⚠️ \*\*Changed prompt not tested\*\*: 1 changed prompt: 1 not tested/);
    // Which side is short, with how many calls and how many are needed.
    const thin = comparison('p', '2.0.0', 0, baseline('1.0.0', 12), []);
    const short = renderCompareMarkdown(report('warning', [thin]), {
      charts: false,
      detail: 'full',
    });
    expect(short).toContain(
      'Not tested: 0 candidate calls and 12 calls of baseline 1.0.0; 30 per side needed.',
    );
    expect(text).not.toContain('| Metric |');
  });

  it('says when a version string was reused, and which versions only relabel old text', () => {
    const reused = comparison('summarizer', '1.0.0', 60, baseline('1.0.0', 200), [], {
      candidate: { ...classifierUnchanged().candidate, version: '1.0.0', version_reused: true },
    });
    const text = renderCompareMarkdown(
      report('warning', [reused], {
        same_text: [{ prompt: 'classifier', version: '2.1.0', same_as: '2.0.0' }],
      }),
      { charts: false, detail: 'full' },
    );
    // Never a heading that reads like a version compared with itself.
    expect(text).toContain('### ⏳ Too few calls: summarizer 1.0.0 (new text) vs 1.0.0 (base)\n');
    expect(text).toContain(
      "- ⚠️ The version string 1.0.0 was reused: the base store's 1.0.0 of this prompt has other prompt text",
    );
    expect(text).toContain(
      'ℹ️ Not a prompt change, so not tested: classifier 2.1.0 has the same prompt text as 2.0.0 in the base store',
    );
    const none = renderCompareMarkdown(
      noChangesReport({
        same_text: [{ prompt: 'classifier', version: '2.1.0', same_as: '2.0.0' }],
      }),
      { charts: false, detail: 'full' },
    );
    expect(none).toMatch(
      /^➖ \*\*No prompt changes\*\*: the head store has no prompt text that the base store lacks; classifier 2\.1\.0 has the same prompt text as 2\.0\.0, not tested\.\n/,
    );
  });

  it('counts versions and prompts apart', () => {
    const versions = ['1.1.0', '1.2.0', '1.3.0'].flatMap((v) =>
      ['a', 'b', 'c'].map((p) => comparison(p, v, 40, null, [])),
    );
    expect(
      renderCompareMarkdown(report('passed', versions), { charts: false, detail: 'full' }),
    ).toMatch(/^✅ \*\*No regression\*\*: 9 changed versions of 3 prompts checked: 9 new\./);
    expect(
      renderCompareMarkdown(report('passed', versions.slice(0, 1)), {
        charts: false,
        detail: 'full',
      }),
    ).toMatch(/^✅ \*\*No regression\*\*: 1 changed prompt checked: 1 new\./);
  });

  it('gives a sample-size note, not a warning, for an underpowered metric', () => {
    const c = comparison('bot', '2.0.0', 40, baseline('1.0.0', 40), [
      metric('success', {
        status: 'unchanged',
        base: [40, 1],
        cand: [40, 1],
        p: 1,
        padj: 1,
        ci: [-0.12, 0.088],
        needed: 290,
        underpowered: true,
      }),
    ]);
    const text = renderCompareMarkdown(report('passed', [c]), { charts: false, detail: 'full' });
    expect(text).toMatch(
      /^✅ \*\*No regression\*\*: 1 changed prompt checked: 1 unchanged, with a sample-size note\./,
    );
    expect(text).toContain(
      '- Success rate: no worse, but 40 calls per side cannot rule out a −5 pp change; about 290 per side would (a sample-size note, not a warning).',
    );
    // Sides of different sizes are each said, not the smaller as both.
    const uneven = comparison('bot', '2.0.0', 60, baseline('1.0.0', 80), [
      metric('success', { status: 'unchanged', base: [80, 1], cand: [60, 1], p: 1, padj: 1, ci: [-0.1, 0.07], needed: 290, underpowered: true }), // prettier-ignore
    ]);
    expect(
      renderCompareMarkdown(report('passed', [uneven]), { charts: false, detail: 'full' }),
    ).toContain(
      // prettier-ignore
      '- Success rate: no worse, but 60 candidate calls and 80 baseline ones cannot rule out a −5 pp change; about 290 per side would',
    );
  });

  it('counts matched cases, not calls per side, for a paired metric, and says the pairing as a fact', () => {
    const m = {
      ...metric('quality_score', {
        status: 'inconclusive',
        base: [30, 0.8],
        cand: [30, 0.78],
        p: 0.2,
        padj: 0.2,
        ci: [-0.09, 0.01],
        needed: 85,
      }),
      test: 'paired_t' as const,
      paired: true,
      matched_cases: 30,
    };
    const c = {
      ...comparison('bot', '2.0.0', 30, baseline('1.0.0', 30), [m]),
      pairing: {
        key: 'case_id',
        paired: true,
        matched_cases: 30,
        baseline_only_cases: 2,
        candidate_only_cases: 0,
        baseline_calls_without_case: 0,
        candidate_calls_without_case: 0,
      },
    };
    const text = renderCompareMarkdown(report('warning', [c]), { charts: false, detail: 'full' });
    expect(text).toContain(
      "- Paired by case\\_id: 30 matched cases, each case's calls averaged per side; left out of the paired tests: 2 cases only in the baseline.",
    );
    expect(text).not.toContain('⚠️ Paired by');
    expect(text).toContain(
      '- Quality (mean): inconclusive; about 85 matched cases would settle it.',
    );
  });

  it('says a signed-rank interval of a few cases is their [min, max], short of the level', () => {
    const m = {
      ...metric('latency_ms', {
        status: 'inconclusive',
        base: [4, 1150],
        cand: [4, 1162],
        p: 0.0625,
        padj: 0.0625,
        ci: [5, 20],
        ciAlpha: [0.0625, 0.0625],
        needed: 5,
      }),
      test: 'wilcoxon_signed_rank' as const,
      paired: true,
      matched_cases: 4,
    };
    const c = comparison('bot', '2.0.0', 4, baseline('1.0.0', 4), [m]);
    const text = renderCompareMarkdown(report('warning', [c]), { charts: false, detail: 'full' });
    expect(text).toContain(
      "- Latency (median): its interval is the smallest and largest of the 4 matched cases' differences, only a 87.5 % interval, short of the level asked: too few cases to rule a change out.",
    );
    // Five cases reach it: no such line.
    const five = { ...m, matched_cases: 5, ci_alpha: [0.05, 0.05] as const };
    const other = comparison('bot', '2.0.0', 5, baseline('1.0.0', 5), [five]);
    expect(
      renderCompareMarkdown(report('warning', [other]), { charts: false, detail: 'full' }),
    ).not.toContain('its interval is the smallest');
  });
});
