import { describe, expect, it } from 'vitest';
import { rederiveReport, stricterPolicy } from '../../src/report/rederive.js';
import type { CompareReport } from '../../src/report/types.js';
import { renderJson } from '../../src/report/json.js';
import { ReportInvalidError } from '../../src/report/validate.js';
import { ANALYSIS, compareMemory } from '../analysis/defaults.js';
import { makeCalls, rng } from '../analysis/memory-store.js';
import { regressionReport } from './fixtures-regression.js';
import { noChangesReport, warningReport } from './fixtures-warning.js';

type Mutable = { -readonly [K in keyof CompareReport]: CompareReport[K] };

function edited(report: CompareReport, edit: (r: Mutable) => void): CompareReport {
  const copy = structuredClone(report) as Mutable;
  edit(copy);
  return copy;
}

function refusal(
  report: CompareReport,
  failOn: CompareReport['settings']['fail_on'] = 'regressed',
) {
  expect(() => rederiveReport(report, failOn)).toThrow(ReportInvalidError);
  try {
    rederiveReport(report, failOn);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

describe('rederiveReport', () => {
  it('keeps the genuine reports as they are under their own policy', () => {
    for (const report of [regressionReport(), warningReport(), noChangesReport()]) {
      expect(rederiveReport(report, report.settings.fail_on)).toEqual(report);
    }
  });

  it('counts a new prompt never called as untested, and takes a report that passed it', () => {
    const silent = compareMemory(null, [
      { name: 'classifier', version: '1.0.0', timestamp: '2026-11-20T10:00:00Z', calls: [] },
    ]);
    expect(silent.verdict).toBe('warning');
    // Counted as the verdict counts it: not tested (and new).
    expect(silent.counts).toMatchObject({ untested: 1, new_prompts: 1 });
    expect(rederiveReport(silent, 'regressed').verdict).toBe('warning');
    // An engine before that counted it as new only: still a report that holds.
    const counted = edited(silent, (r) => (r.counts = { ...r.counts, untested: 0 }));
    expect(rederiveReport(counted, 'regressed').counts.untested).toBe(1);
    expect(refusal(edited(silent, (r) => (r.counts = { ...r.counts, untested: 2 })))).toMatch(/^counts\.untested is 2, but the comparisons give 1/); // prettier-ignore
    // An engine before the rule passed it: still its own verdict, judged anew when published.
    const older = edited(silent, (r) => {
      r.verdict = 'passed';
      delete r.no_baseline_store;
    });
    expect(rederiveReport(older, 'regressed').verdict).toBe('warning');
    expect(rederiveReport(older, 'untested').verdict).toBe('regressed');
  });

  it('keeps a report with no baseline store from passing', () => {
    const called = compareMemory(null, [
      {
        name: 'classifier',
        version: '1.0.0',
        timestamp: '2026-11-20T10:00:00Z',
        calls: makeCalls(40, { seed: 3, start: '2026-11-20T10:00:00Z' }),
      },
    ]);
    expect(called).toMatchObject({ verdict: 'warning', no_baseline_store: true });
    expect(rederiveReport(called, 'regressed').verdict).toBe('warning');
    const claimed = edited(called, (r) => (r.verdict = 'passed'));
    expect(refusal(claimed)).toMatch(/verdict is passed, but its comparisons give warning/);
  });

  it('refuses a verdict its comparisons do not give', () => {
    const report = edited(regressionReport(), (r) => (r.verdict = 'passed'));
    expect(refusal(report)).toBe(
      'verdict is passed, but its comparisons give regressed under its own fail-on regressed.',
    );
  });

  it('keeps a report whose head store lost a live version from passing', () => {
    const lost = edited(noChangesReport(), (r) => {
      r.lost_versions = [{ prompt: 'summarizer', version: '1.1.0', live: true }];
      r.verdict = 'warning';
    });
    expect(rederiveReport(lost, 'regressed').verdict).toBe('warning');
    const claimed = edited(lost, (r) => {
      r.verdict = 'no_changes';
    });
    expect(refusal(claimed)).toMatch(/verdict is no_changes, but its comparisons give warning/);
  });

  it('refuses a candidate status or a count its metrics do not give', () => {
    const report = regressionReport();
    const i = report.comparisons.findIndex((c) => c.status === 'regressed');
    const status = edited(report, (r) => {
      r.comparisons = r.comparisons.map((c, k) => (k === i ? { ...c, status: 'unchanged' } : c));
    });
    expect(refusal(status)).toBe(
      `comparisons[${i}].status is unchanged, but its metrics make it regressed.`,
    );
    const count = edited(report, (r) => (r.counts = { ...r.counts, improved: 7 }));
    expect(refusal(count)).toMatch(/^counts\.improved is 7, but the comparisons give \d+\.$/);
  });

  it('refuses a metric status that its adjusted p-value contradicts', () => {
    const report = regressionReport();
    const i = report.comparisons.findIndex((c) => c.status === 'regressed');
    const j = report.comparisons[i]!.metrics.findIndex((m) => m.status === 'regressed');
    const lie = edited(report, (r) => {
      const c = r.comparisons[i]!;
      const metrics = c.metrics.map((m, k) => (k === j ? { ...m, status: 'unchanged' as const } : m)); // prettier-ignore
      r.comparisons = r.comparisons.map((x, k) => (k === i ? { ...c, metrics } : x));
    });
    expect(refusal(lie)).toMatch(
      new RegExp(
        `^comparisons\\[${i}\\]\\.metrics\\[${j}\\] \\(\\w+\\) is unchanged with an adjusted p-value of`,
      ),
    );
  });

  it('refuses a metric said to have too few calls that had enough on both sides', () => {
    const report = regressionReport();
    const i = report.comparisons.findIndex((c) => c.status === 'regressed');
    const lie = edited(report, (r) => {
      const c = r.comparisons[i]!;
      const metrics = c.metrics.map((m) => ({ ...m, status: 'insufficient_data' as const, p_value: null, p_value_adjusted: null })); // prettier-ignore
      r.comparisons = r.comparisons.map((x, k) => (k === i ? { ...c, metrics, status: 'insufficient_data' as const } : x)); // prettier-ignore
    });
    expect(refusal(lie)).toMatch(
      new RegExp(`^comparisons\\[${i}\\]\\.metrics\\[0\\] \\(\\w+\\) is insufficient_data with \\d+ and \\d+ calls, against min_samples 30\\.$`), // prettier-ignore
    );
  });

  it('refuses a significant metric whose status its change and threshold contradict', () => {
    const report = regressionReport();
    const i = report.comparisons.findIndex((c) => c.status === 'regressed');
    const j = report.comparisons[i]!.metrics.findIndex((m) => m.status === 'regressed');
    // Relabelled degraded (with the counts and verdict to match), its change left as it was.
    const relabel = (status: 'degraded' | 'regressed', threshold?: number) =>
      edited(report, (r) => {
        const c = r.comparisons[i]!;
        const metrics = c.metrics.map((m, k) => (k === j ? { ...m, status, threshold: threshold ?? m.threshold } : m)); // prettier-ignore
        r.comparisons = r.comparisons.map((x, k) => (k === i ? { ...c, metrics, status } : x));
      });
    expect(refusal(relabel('degraded'))).toMatch(
      new RegExp(`^comparisons\\[${i}\\]\\.metrics\\[${j}\\] \\(\\w+\\) is degraded with a change of [0-9.]+ in the worse direction against its threshold 0\\.1\\.$`), // prettier-ignore
    );
    // A threshold raised past the change leaves "regressed" below it.
    expect(refusal(relabel('regressed', 5))).toMatch(/is regressed with a change of .* against its threshold 5\.$/); // prettier-ignore
  });

  it('refuses too few calls with enough on both sides under pair_by too', () => {
    const report = regressionReport();
    const i = report.comparisons.findIndex((c) => c.status === 'regressed');
    const lie = edited(report, (r) => {
      r.settings = { ...r.settings, pair_by: 'case_id' };
      const c = r.comparisons[i]!;
      const metrics = c.metrics.map((m) => ({ ...m, status: 'insufficient_data' as const, p_value: null, p_value_adjusted: null })); // prettier-ignore
      r.comparisons = r.comparisons.map((x, k) => (k === i ? { ...c, metrics, status: 'insufficient_data' as const } : x)); // prettier-ignore
    });
    expect(refusal(lie)).toMatch(/is insufficient_data with \d+ and \d+ calls, against min_samples 30\.$/); // prettier-ignore
  });

  it("accepts the engine's own reports: shifts around the thresholds, small samples, zero baselines", () => {
    const r = rng(7);
    const seen = new Set<string>();
    for (let k = 0; k < 60; k++) {
      const n = 20 + Math.floor(r.uniform() * 60);
      const shift = (r.uniform() - 0.5) * 0.5;
      const calls = (seed: number, f: number, count: number, start: string) =>
        makeCalls(count, {
          seed,
          start,
          quality: [0.8 * (1 + f), 0.06],
          latency: [400 * (1 - f), 80],
          cost: k % 5 === 0 ? [0, 0] : [0.002 * (1 - f), 0.0004],
          success: Math.min(1, 0.95 * (1 + f / 3)),
        });
      const base = [{ name: 'p', version: '1.0.0', timestamp: '2026-10-01T00:00:00+00:00', calls: calls(k * 2 + 1, 0, 200, '2026-10-01T00:00:00Z') }]; // prettier-ignore
      const head = [...base, { name: 'p', version: '1.1.0', timestamp: '2026-11-26T10:00:00+00:00', calls: calls(k * 2 + 2, shift, n, '2026-11-26T11:00:00Z') }]; // prettier-ignore
      // As the publisher reads it: through JSON (the in-memory store's hashes are not the store's).
      const report = JSON.parse(renderJson(compareMemory(base, head))) as CompareReport;
      expect(() => rederiveReport(report, 'regressed'), `case ${k}`).not.toThrow();
      for (const m of report.comparisons[0]?.metrics ?? []) seen.add(m.status);
    }
    // Every status the checks read came up.
    expect([...seen].sort()).toEqual(expect.arrayContaining(['degraded', 'improved', 'insufficient_data', 'regressed', 'unchanged'])); // prettier-ignore
  });

  describe("under the publisher's own settings, where stricter", () => {
    const live = { name: 'p', version: '1.0.0', timestamp: '2026-10-01T00:00:00+00:00', calls: makeCalls(200, { seed: 1, start: '2026-10-01T00:00:00Z', quality: [0.85, 0.05] }) }; // prettier-ignore
    const worse = { name: 'p', version: '1.1.0', timestamp: '2026-11-26T10:00:00+00:00', calls: makeCalls(80, { seed: 2, start: '2026-11-26T11:00:00Z', quality: [0.7, 0.05] }) }; // prettier-ignore
    // The fork's run, honest numbers, its own settings.
    const forkReport = (o: Partial<typeof ANALYSIS>) =>
      JSON.parse(renderJson(compareMemory([live], [live, worse], { options: { ...ANALYSIS, ...o } }))) as CompareReport; // prettier-ignore
    const quality = (r: CompareReport) => r.comparisons[0]?.metrics.find((m) => m.metric === 'quality_score'); // prettier-ignore

    it('re-judges a drop the fork called degraded under a threshold of 100 %', () => {
      const lax = forkReport({ thresholds: { ...ANALYSIS.thresholds, quality_score: 1 } });
      expect(quality(lax)?.status).toBe('degraded');
      const notes: string[] = [];
      const judged = rederiveReport(lax, 'regressed', ANALYSIS, notes);
      expect(quality(judged)).toMatchObject({ status: 'regressed', threshold: 0.1 });
      expect(judged.verdict).toBe('regressed');
      expect(judged.counts.regressed).toBe(1);
      expect(judged.settings.thresholds.quality_score).toBe(0.1);
      expect(notes).toEqual([
        "The report was made with the quality_score threshold 1 (this workflow: 0.1): this workflow's settings, which flag more, apply, and changed the status of 1 metric (intervals stay at the report's levels).",
      ]);
      expect(judged.warnings.at(-1)).toBe(notes[0]);
    });

    it('re-judges at the larger alpha', () => {
      // A noisier drop: significant at 0.05, not at the fork's 1e-6.
      const noisy = (seed: number, mean: number, n: number, start: string) => makeCalls(n, { seed, start, quality: [mean, 0.2] }); // prettier-ignore
      const a = { ...live, calls: noisy(3, 0.85, 200, '2026-10-01T00:00:00Z') };
      const b = { ...worse, calls: noisy(4, 0.72, 80, '2026-11-26T11:00:00Z') };
      const strict = JSON.parse(renderJson(compareMemory([a], [a, b], { options: { ...ANALYSIS, alpha: 1e-6 } }))) as CompareReport; // prettier-ignore
      expect(['unchanged', 'inconclusive']).toContain(quality(strict)?.status);
      const judged = quality(rederiveReport(strict, 'regressed', ANALYSIS));
      // Significant now: regressed or degraded by its change against the threshold.
      expect(judged?.status).toBe(
        (judged?.relative_change ?? 0) <= -0.1 ? 'regressed' : 'degraded',
      );
    });

    it('says which metrics a larger min-samples left untested, and keeps them untested', () => {
      const untested = forkReport({ minSamples: 100_000 });
      const notes: string[] = [];
      const judged = rederiveReport(untested, 'regressed', ANALYSIS, notes);
      expect(quality(judged)?.status).toBe('insufficient_data');
      expect(judged.verdict).toBe('warning');
      expect(notes[0]).toMatch(/^The report left 5 metrics untested under its min-samples 100000, with enough calls for this workflow's 30: p quality_score; p latency_ms; p success; …\. They stay untested \(not passing\); give both workflows the same min-samples\.$/); // prettier-ignore
    });

    it('leaves untested a metric that passed on fewer calls than its min-samples', () => {
      // The fork's run on 10 calls a side, under min-samples 5: as good as the live version.
      const few = (seed: number, start: string) => makeCalls(10, { seed, start, quality: [0.85, 0.001], latency: [400, 1], cost: [0.002, 0.000001], success: 1 }); // prettier-ignore
      const a = { ...live, calls: few(5, '2026-10-01T00:00:00Z') };
      const b = { ...worse, calls: few(6, '2026-11-26T11:00:00Z') };
      const small = JSON.parse(renderJson(compareMemory([a], [a, b], { options: { ...ANALYSIS, minSamples: 5 } }))) as CompareReport; // prettier-ignore
      const before = small.comparisons[0]?.metrics.map((m) => m.status) ?? [];
      expect(before).toContain('unchanged');
      const notes: string[] = [];
      const judged = rederiveReport(small, 'regressed', ANALYSIS, notes);
      const after = judged.comparisons[0]?.metrics.map((m) => m.status);
      expect(after).toEqual(before.map((s) => (['unchanged', 'improved'].includes(s) ? 'insufficient_data' : s))); // prettier-ignore
      const untested = judged.comparisons[0]?.metrics.find((m) => m.status === 'insufficient_data');
      expect(untested).toMatchObject({ p_value: null, p_value_adjusted: null, ci: null });
      expect(judged.verdict).toBe('warning');
      expect(judged.settings.min_samples).toBe(30);
      expect(notes[0]).toMatch(/^The report was made with min-samples 5 \(this workflow: 30\): .* \(\d+ of them untested: too few calls for this workflow's min-samples\)/); // prettier-ignore
      // A drop found on those few calls stays what it was: stricter never passes more.
      const drop = { ...worse, calls: makeCalls(10, { seed: 6, start: '2026-11-26T11:00:00Z', quality: [0.5, 0.05] }) }; // prettier-ignore
      const found = JSON.parse(renderJson(compareMemory([a], [a, drop], { options: { ...ANALYSIS, minSamples: 5 } }))) as CompareReport; // prettier-ignore
      expect(quality(found)?.status).toBe('regressed');
      expect(rederiveReport(found, 'regressed', ANALYSIS).verdict).toBe('regressed');
    });

    it('keeps a report made stricter than the publisher as it is', () => {
      const tight = forkReport({ alpha: 0.1, thresholds: { ...ANALYSIS.thresholds, quality_score: 0.05 } }); // prettier-ignore
      const notes: string[] = [];
      expect(rederiveReport(tight, 'regressed', ANALYSIS, notes)).toEqual(rederiveReport(tight, 'regressed')); // prettier-ignore
      expect(notes).toEqual([]);
    });
  });

  it('judges by the stricter of the two policies, and says which in the settings', () => {
    const lenient = edited(regressionReport(), (r) => {
      r.settings = { ...r.settings, fail_on: 'never' };
      r.verdict = 'warning';
    });
    const judged = rederiveReport(lenient, 'regressed');
    expect(judged.verdict).toBe('regressed');
    expect(judged.settings.fail_on).toBe('regressed');
    const warning = warningReport();
    expect(rederiveReport(warning, 'inconclusive').verdict).toBe('regressed');
    expect(rederiveReport(warning, 'never').verdict).toBe(warning.verdict);
  });

  it('orders policies from lenient to strict', () => {
    expect(stricterPolicy('never', 'regressed')).toBe('regressed');
    expect(stricterPolicy('degraded', 'regressed')).toBe('degraded');
    expect(stricterPolicy('inconclusive', 'degraded')).toBe('inconclusive');
    expect(stricterPolicy('never', 'never')).toBe('never');
    // untested fails on everything inconclusive does, and on too few calls.
    expect(stricterPolicy('untested', 'inconclusive')).toBe('untested');
    expect(stricterPolicy('regressed', 'untested')).toBe('untested');
  });
});
