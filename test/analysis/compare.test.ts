import { describe, expect, it } from 'vitest';
import { compareStores } from '../../src/analysis/compare.js';
import { SelectionError } from '../../src/analysis/select.js';
import { renderCompareMarkdown } from '../../src/render/compare/markdown.js';
import { renderCompareText } from '../../src/render/compare/text.js';
import type { AnalysisOptions } from '../../src/config/config.js';
import type { CompareReport, MetricResult } from '../../src/report/types.js';
import { ANALYSIS, compareMemory } from './defaults.js';
import { makeCalls, memoryStore, type MemoryVersion } from './memory-store.js';

const options = ANALYSIS;

const v100: MemoryVersion = {
  name: 'summarizer',
  version: '1.0.0',
  timestamp: '2026-10-01T00:00:00+00:00',
  calls: makeCalls(200, { seed: 1, start: '2026-10-01T00:00:00Z', quality: [0.8, 0.05] }),
};
const v110: MemoryVersion = {
  name: 'summarizer',
  version: '1.1.0',
  timestamp: '2026-10-31T00:00:00+00:00',
  calls: makeCalls(200, { seed: 2, start: '2026-10-31T00:00:00Z' }),
};

const run = compareMemory;

const metric = (r: CompareReport, name: string, i = 0): MetricResult => {
  const m = r.comparisons[i]?.metrics.find((x) => x.metric === name);
  if (!m) throw new Error(`no ${name}`);
  return m;
};

const candidate = (
  version: string,
  calls: MemoryVersion['calls'],
  name = 'summarizer',
): MemoryVersion => ({
  name,
  version,
  timestamp: '2026-11-26T10:00:00+00:00',
  calls,
});

// A comparison of a new version of `live` whose base store (only `live`) counts the times its
// newest call is asked for; the head store holds `live` as it is, and the candidate.
function withCountedBase(
  live: MemoryVersion,
  baselineSamples: AnalysisOptions['baselineSamples'] = 'auto',
): { readonly report: CompareReport; readonly asked: number } {
  const base = memoryStore('base.sqlite', [live]);
  let asked = 0;
  const counted = { ...base, lastCallMs: () => (asked++, base.lastCallMs()) };
  const cand = candidate('1.2.0', makeCalls(60, { seed: 11, start: '2026-11-26T11:00:00Z' }));
  const report = compareStores({
    head: memoryStore('head.sqlite', [live, cand]),
    base: counted,
    options: { ...ANALYSIS, baselineSamples },
    failOn: 'regressed',
    generatedAt: '2026-11-27T00:00:00.000Z',
  });
  return { report, asked };
}

describe('compareStores', () => {
  it('flags a material, significant quality drop as regressed and fails the run', () => {
    const head = [
      v100,
      v110,
      candidate(
        '1.2.0',
        makeCalls(60, { seed: 3, start: '2026-11-26T11:00:00Z', quality: [0.72, 0.05] }),
      ),
    ];
    const r = run([v100, v110], head);
    expect(r.verdict).toBe('regressed');
    expect(r.counts).toMatchObject({ candidates: 1, regressed: 1 });
    const c = r.comparisons[0];
    expect(c?.baseline).toMatchObject({
      version: '1.1.0',
      chosen_by: 'latest',
      source: 'history',
      n: 200,
    });
    expect(c?.status).toBe('regressed');
    const q = metric(r, 'quality_score');
    expect(q).toMatchObject({ status: 'regressed', test: 'welch_t' });
    expect(q.p_value).toBeLessThan(1e-10);
    expect(q.p_value_adjusted).toBeGreaterThanOrEqual(q.p_value ?? 1);
    expect(q.relative_change).toBeLessThan(-0.1);
    expect(q.ci?.[1]).toBeLessThan(0);
    for (const m of c?.metrics ?? [])
      if (m.metric !== 'quality_score') expect(m.status).not.toBe('regressed');
    expect(metric(r, 'latency_ms').test).toBe('mann_whitney_u');
    expect(metric(r, 'success').test).toBe('fisher_exact');
  });

  it('calls a significant drop below the threshold degraded: a warning, not a failure', () => {
    const head = [
      v110,
      candidate(
        '1.2.0',
        makeCalls(400, { seed: 4, start: '2026-11-26T11:00:00Z', quality: [0.81, 0.05] }),
      ),
    ];
    const r = run([v110], head);
    expect(metric(r, 'quality_score').status).toBe('degraded');
    expect(r.verdict).toBe('warning');
    expect(run([v110], head, { failOn: 'degraded' }).verdict).toBe('regressed');
  });

  it('warns when one side lacks a metric on many of its calls that the other logs on all', () => {
    // 40 of the candidate's 100 calls timed out, logged without a latency (or as inf, which a
    // store reads as none): left out of its test.
    const timeouts = makeCalls(100, { seed: 21, start: '2026-11-26T00:00:00Z' }).map((c, i) =>
      i % 5 < 2 ? { ...c, values: { ...c.values, latency_ms: null } } : c,
    );
    const r = run([v100], [v100, { ...v110, calls: timeouts }]);
    expect(r.comparisons[0]?.warnings).toContain(
      "Latency: 40 of the candidate's 100 calls have no usable value (NULL, text, or not a finite number, such as a timeout logged as infinity), though the baseline has it on nearly every call; the test reads only the calls that have one.",
    );
    // A few missing calls, or a metric both sides log on some calls only, is not news.
    const few = timeouts.map((c, i) =>
      i < 4 ? c : { ...c, values: { ...c.values, latency_ms: 400 } },
    );
    const quiet = run([v100], [v100, { ...v110, calls: few }]);
    expect(quiet.comparisons[0]?.warnings.filter((w) => w.startsWith('Latency'))).toEqual([]);
    // A baseline short of values (production calls scored now and then) is not news either.
    const swapped = run([{ ...v100, calls: timeouts }], [{ ...v100, calls: timeouts }, v110]);
    expect(swapped.comparisons[0]?.warnings.filter((w) => w.startsWith('Latency'))).toEqual([]);
    // Nor a baseline without a single call: it logs nothing, nearly every call or otherwise.
    const empty = run([{ ...v100, calls: [] }], [{ ...v100, calls: [] }, { ...v110, calls: timeouts }]); // prettier-ignore
    expect(empty.comparisons[0]?.warnings.filter((w) => w.startsWith('Latency'))).toEqual([]);
    // A candidate logging latency only: one line for the metrics it lacks on every call.
    const latencyOnly = makeCalls(60, { seed: 22, start: '2026-11-26T00:00:00Z' }).map((c) => ({ ...c, values: { latency_ms: c.values.latency_ms } })); // prettier-ignore
    const lacks = run([v100], [v100, { ...v110, calls: latencyOnly }]).comparisons[0]?.warnings.filter((w) => w.includes('no usable value')); // prettier-ignore
    expect(lacks).toEqual([
      "Quality, success rate, cost and tokens: 60 of the candidate's 60 calls have no usable value (NULL, text, or not a finite number, such as a timeout logged as infinity), though the baseline has them on nearly every call; the test reads only the calls that have one.",
    ]);
  });

  it('takes alpha 0.5, the largest allowed, whose one-sided bounds are the estimates', () => {
    const worse = candidate('1.2.0', makeCalls(200, { seed: 3, start: '2026-11-26T10:00:00Z', quality: [0.7, 0.05] })); // prettier-ignore
    const alone = run([v100], [v100, worse], { options: { ...options, alpha: 0.5, correction: 'none' } }); // prettier-ignore
    for (const m of alone.comparisons[0]!.metrics.filter((x) => x.ci !== null)) {
      // Each end at level 0.5: the point estimate (two neighbouring pairwise differences for
      // latency).
      expect(m.ci_alpha, m.metric).toEqual([0.5, 0.5]);
      expect(m.ci![1] - m.ci![0], m.metric).toBeLessThan(0.01 * Math.max(1, Math.abs(m.ci![0])));
    }
    expect(metric(alone, 'quality_score').status).toBe('regressed');
    // Under Holm, a test after all the others rejected is at the whole alpha, 0.5 again.
    const holm = run([v100], [v100, worse], { options: { ...options, alpha: 0.5 } });
    expect(metric(holm, 'quality_score').status).toBe('regressed');
  });

  it('marks improvements and passes', () => {
    const head = [
      v110,
      candidate(
        '1.2.0',
        makeCalls(100, { seed: 5, start: '2026-11-26T11:00:00Z', quality: [0.93, 0.03] }),
      ),
    ];
    const r = run([v110], head);
    expect(metric(r, 'quality_score').status).toBe('improved');
    expect(r.verdict).toBe('passed');
  });

  it('is inconclusive when a material regression cannot be ruled out, with a sample-size hint', () => {
    const noisy = makeCalls(30, { seed: 6, start: '2026-11-26T11:00:00Z', quality: [0.84, 0.3] });
    const r = run([v110], [v110, candidate('1.2.0', noisy)]);
    const q = metric(r, 'quality_score');
    expect(q.status).toBe('inconclusive');
    expect(q.samples_needed).toBeGreaterThan(30);
    expect(r.verdict).toBe('warning');
  });

  it('says insufficient_data below min-samples and does not test', () => {
    const r = run(
      [v110],
      [
        v110,
        candidate(
          '1.2.0',
          makeCalls(4, { seed: 7, start: '2026-11-26T11:00:00Z', quality: [0.5, 0.05] }),
        ),
      ],
    );
    const q = metric(r, 'quality_score');
    expect(q).toMatchObject({ status: 'insufficient_data', p_value: null, p_value_adjusted: null });
    expect(r.comparisons[0]?.status).toBe('insufficient_data');
    // Untested is never green.
    expect(r.verdict).toBe('warning');
    expect(r.counts).toMatchObject({ untested: 1, candidates: 1, prompts: 1 });
  });

  it('reports a prompt without an earlier version as new_prompt', () => {
    const r = run(
      [v110],
      [
        v110,
        candidate('1.0.0', makeCalls(60, { seed: 8, start: '2026-11-26T11:00:00Z' }), 'classifier'),
      ],
    );
    expect(r.comparisons[0]).toMatchObject({
      prompt: 'classifier',
      status: 'new_prompt',
      baseline: null,
      metrics: [],
    });
    expect(r.verdict).toBe('passed');
  });

  it('never passes a new prompt that was never called: untested, as a change with too few calls', () => {
    const silent = candidate('1.0.0', [], 'classifier');
    const r = run([v110], [v110, silent]);
    expect(r.comparisons[0]).toMatchObject({ status: 'new_prompt', candidate: { n: 0 } });
    expect(r.verdict).toBe('warning');
    expect(renderCompareText(r).replace(/\s+/g, ' ')).toContain(
      'Changed prompt not tested: 1 changed prompt: 1 not tested, too few calls (classifier 1.0.0: a new prompt, never called)',
    );
    // fail-on untested fails it, as it fails a changed prompt with too few calls.
    expect(run([v110], [v110, silent], { failOn: 'untested' }).verdict).toBe('regressed');
  });

  it('treats every version as new when the base has no store, and never passes it', () => {
    const r = run(null, [v110]);
    expect(r.comparisons.map((c) => c.status)).toEqual(['new_prompt']);
    // A store kept out of git reads so too: a changed prompt compared with nothing.
    expect(r.verdict).toBe('warning');
    expect(r.no_baseline_store).toBe(true);
    // Not "the base branch": a push's baseline is its before commit, the CLI's may be none.
    expect(r.warnings).toEqual([
      "No baseline store (none at the base commit, or none given): nothing was compared, every added version reads as new. Commit the store on the base branch, or give the base branch's store (baseline-artifact, or --base).",
    ]);
    // A base store that lacks the prompt: a new prompt, which passes as before.
    const fresh = run([v100], [v100, { ...v110, name: 'other' }]);
    expect(fresh.verdict).toBe('passed');
    expect(fresh.no_baseline_store).toBeUndefined();
    expect(run(null, []).verdict).toBe('no_changes');
  });

  it('says no_changes when the head adds no version', () => {
    expect(run([v100, v110], [v100, v110]).verdict).toBe('no_changes');
  });

  it('prefers the production-tagged version over a newer one', () => {
    const prod = { ...v100, tags: ['production'] };
    const r = run(
      [prod, v110],
      [prod, v110, candidate('1.2.0', makeCalls(60, { seed: 9, start: '2026-11-26T11:00:00Z' }))],
    );
    expect(r.comparisons[0]?.baseline).toMatchObject({
      version: '1.0.0',
      chosen_by: 'production_tag',
    });
    // As teams spell it: any case, `prod`, spaces around it; other tags do not count.
    for (const tag of ['Production', 'PROD', ' prod ']) {
      const spelt = { ...v100, tags: [tag] };
      const cand = candidate('1.2.0', makeCalls(60, { seed: 9, start: '2026-11-26T11:00:00Z' }));
      const b = run([spelt, v110], [spelt, v110, cand]).comparisons[0]?.baseline;
      expect(b, tag).toMatchObject({ version: '1.0.0', chosen_by: 'production_tag' });
    }
    // 1.0.0 has not been called since 1.1.0 was registered, which has 200 calls since: the tag
    // still decides (1.1.0 may be merged and not deployed), and the report says it may be stale.
    expect(r.comparisons[0]?.warnings).toContain(
      'The production tag is on "1.0.0", not called since "1.1.0" was registered after it (200 calls since): the baseline is the tagged "1.0.0". If "1.1.0" is what runs, move the tag to it or name it as the baseline; after a rollback to "1.0.0", nothing to do.',
    );
    // Called beside 1.1.0 (an A/B test), or 1.1.0 called too few times (staged): no word.
    const beside = { ...prod, calls: [...prod.calls, ...makeCalls(50, { seed: 3, start: '2026-11-02T00:00:00Z' })] }; // prettier-ignore
    const cand12 = candidate('1.2.0', makeCalls(60, { seed: 9, start: '2026-11-26T11:00:00Z' }));
    expect(run([beside, v110], [beside, v110, cand12]).comparisons[0]?.warnings.join('\n')).not.toMatch(/not called since/); // prettier-ignore
    const staged = { ...v110, calls: v110.calls.slice(0, 10) };
    expect(run([prod, staged], [prod, staged, cand12]).comparisons[0]?.warnings.join('\n')).not.toMatch(/not called since/); // prettier-ignore
    const staging = { ...v100, tags: ['staging', 'production-candidate'] };
    const cand = candidate('1.2.0', makeCalls(60, { seed: 9, start: '2026-11-26T11:00:00Z' }));
    expect(run([staging, v110], [staging, v110, cand]).comparisons[0]?.baseline?.version).toBe('1.1.0'); // prettier-ignore
  });

  it('uses the fresh re-run of the baseline in the head store when there are enough calls', () => {
    const fresh = makeCalls(60, { seed: 10, start: '2026-11-26T11:00:00Z', quality: [0.7, 0.05] });
    const again = { ...v110, calls: [...v110.calls, ...fresh] };
    const cand = candidate(
      '1.2.0',
      makeCalls(60, { seed: 11, start: '2026-11-26T11:00:00Z', quality: [0.7, 0.05] }),
    );
    const auto = run([v110], [again, cand]);
    expect(auto.comparisons[0]?.baseline).toMatchObject({ source: 'fresh', n: 60 });
    expect(auto.comparisons[0]?.baseline?.age_days).toBeLessThan(1);
    expect(metric(auto, 'quality_score').status).not.toBe('regressed');
    const history = run([v110], [again, cand], {
      options: { ...options, baselineSamples: 'history' },
    });
    expect(history.comparisons[0]?.baseline).toMatchObject({ source: 'history', n: 200 });
    expect(metric(history, 'quality_score').status).toBe('regressed');
    expect(history.comparisons[0]?.warnings.join(' ')).toMatch(/days older/);
  });

  it('says when the re-run of the baseline was too short to use, and how many calls it needs', () => {
    const fresh = makeCalls(20, { seed: 10, start: '2026-11-26T11:00:00Z', quality: [0.7, 0.05] });
    const again = { ...v110, calls: [...v110.calls, ...fresh] };
    const cand = candidate('1.2.0', makeCalls(60, { seed: 11, start: '2026-11-26T11:00:00Z' }));
    const r = run([v110], [again, cand]);
    expect(r.comparisons[0]?.baseline).toMatchObject({ source: 'history', n: 200 });
    const said = r.comparisons[0]?.warnings.join('\n') ?? '';
    expect(said).toMatch(
      /^The evaluation re-ran the live version on the candidate's models 20 times, fewer than the 30 needed \(min-samples\): the baseline is its history instead\.$/m,
    );
    expect(said).not.toMatch(/Re-run the live version/);
    expect(said).toMatch(/days older.*Log at least 30 calls of the live version/);
    // Enough of them: no such word (the test above uses them).
    const enough = { ...v110, calls: [...v110.calls, ...fresh, ...makeCalls(20, { seed: 12, start: '2026-11-26T12:00:00Z' })] }; // prettier-ignore
    const used = run([v110], [enough, cand]).comparisons[0];
    expect(used?.baseline?.source).toBe('fresh');
    expect(used?.warnings.join('\n')).not.toMatch(/re-ran the live version/);
  });

  it('reads the history, without finding the base store newest call, when the head copy adds none', () => {
    const auto = withCountedBase(v110);
    expect(auto.report.comparisons[0]?.baseline).toMatchObject({ source: 'history', n: 200 });
    expect(auto.asked).toBe(0);
    // Under `fresh` the instant is needed: the baseline's own newest call gives it.
    expect(withCountedBase(v110, 'fresh').asked).toBe(0);
  });

  it("counts as fresh the calls after the baseline's own newest call, whatever other prompts logged", () => {
    // Another prompt's calls in the base store stamped after the re-run (a host whose clock runs
    // ahead, another evaluation merged since the head was copied) do not make it stale.
    const rerun = makeCalls(60, { seed: 10, start: '2026-11-26T11:00:00Z' });
    const other: MemoryVersion = {
      name: 'classifier',
      version: '1.0.0',
      timestamp: '2026-10-01T00:00:00+00:00',
      calls: makeCalls(20, { seed: 12, start: '2026-11-26T23:00:00Z' }),
    };
    const cand = candidate('1.2.0', makeCalls(60, { seed: 11, start: '2026-11-26T11:00:00Z' }));
    const again = { ...v110, calls: [...v110.calls, ...rerun] };
    const r = run([v110, other], [again, other, cand]);
    expect(r.comparisons[0]?.baseline).toMatchObject({ source: 'fresh', n: 60 });
    const alone = run([v110], [again, cand]);
    expect(alone.comparisons[0]?.baseline).toMatchObject({ source: 'fresh', n: 60 });
    // Calls the base has of the live version itself, later than the re-run, do make it stale.
    const later = { ...v110, calls: [...v110.calls, ...makeCalls(5, { seed: 13, start: '2026-11-26T23:00:00Z' })] }; // prettier-ignore
    const stale = run([later], [{ ...v110, calls: [...v110.calls, ...rerun] }, cand]);
    expect(stale.comparisons[0]?.baseline).toMatchObject({ source: 'history', n: 205 });
  });

  it('asks for the base store newest call when a newest call is not a plain ISO 8601 instant', () => {
    // "+0000" reads the same in JavaScript here, but not every such shape does in SQLite.
    const odd = (calls: MemoryVersion['calls']): MemoryVersion['calls'] =>
      calls.map((c) => ({ ...c, timestamp: c.timestamp.replace(/Z$/, '+0000') }));
    const { report, asked } = withCountedBase({ ...v110, calls: odd(v110.calls) });
    expect(report.comparisons[0]?.baseline).toMatchObject({ source: 'history', n: 200 });
    expect(asked).toBe(1);
  });

  it('restricts the baseline to the candidate models, and warns when it must compare across models', () => {
    const mixed = {
      ...v110,
      calls: [
        ...makeCalls(200, { seed: 12, start: '2026-10-31T00:00:00Z', model: 'gpt-4o' }),
        ...makeCalls(200, {
          seed: 13,
          start: '2026-10-31T00:00:00Z',
          model: 'gpt-4o-mini',
          quality: [0.6, 0.05],
        }),
      ],
    };
    const same = run(
      [mixed],
      [
        mixed,
        candidate(
          '1.2.0',
          makeCalls(60, { seed: 14, start: '2026-11-26T11:00:00Z', model: 'gpt-4o' }),
        ),
      ],
    );
    expect(same.comparisons[0]).toMatchObject({
      cross_model: false,
      baseline: { n: 200, models: ['gpt-4o'] },
    });
    expect(metric(same, 'quality_score').status).not.toBe('improved');
    const other = run(
      [mixed],
      [
        mixed,
        candidate(
          '1.2.0',
          makeCalls(60, { seed: 15, start: '2026-11-26T11:00:00Z', model: 'claude' }),
        ),
      ],
    );
    expect(other.comparisons[0]?.cross_model).toBe(true);
    expect(other.comparisons[0]?.warnings.join(' ')).toMatch(/across models/);
  });

  it('compares only the candidate calls on the baseline models, and says which were left out', () => {
    // The baseline ran on gpt-4o only; the candidate is worse there, and scored high on claude.
    const cand = candidate('1.2.0', [
      ...makeCalls(60, { seed: 16, start: '2026-11-26T11:00:00Z', quality: [0.7, 0.05] }),
      ...makeCalls(60, {
        seed: 17,
        start: '2026-11-26T11:00:00Z',
        model: 'claude',
        quality: [0.95, 0.03],
      }),
    ]);
    const r = run([v110], [v110, cand]);
    expect(r.comparisons[0]).toMatchObject({
      cross_model: false,
      candidate: { n: 60, models: ['claude', 'gpt-4o'] },
      baseline: { models: ['gpt-4o'] },
    });
    expect(metric(r, 'quality_score').status).toBe('regressed');
    expect(r.comparisons[0]?.warnings).toContain(
      "Left out: the candidate's 60 calls on claude, a model the baseline has no call on; only its calls on gpt-4o are compared, like with like. Run the live version on it too to test it.",
    );
  });

  it('prefers a history on the candidate model to a re-run on another model only', () => {
    // The history has the candidate's model (mini, scoring lower than gpt-4o); the pull request's
    // re-run of the live version ran on gpt-4o alone: it is no baseline for a mini candidate.
    const live = {
      ...v110,
      calls: [
        ...makeCalls(200, { seed: 18, start: '2026-10-31T00:00:00Z' }),
        ...makeCalls(40, {
          seed: 19,
          start: '2026-10-31T00:00:00Z',
          model: 'gpt-4o-mini',
          quality: [0.7, 0.05],
        }),
      ],
    };
    const rerun = makeCalls(60, { seed: 20, start: '2026-11-26T11:00:00Z' });
    const cand = candidate(
      '1.2.0',
      makeCalls(60, {
        seed: 21,
        start: '2026-11-26T11:00:00Z',
        model: 'gpt-4o-mini',
        quality: [0.7, 0.05],
      }),
    );
    const r = run([live], [{ ...live, calls: [...live.calls, ...rerun] }, cand]);
    expect(r.comparisons[0]).toMatchObject({
      cross_model: false,
      baseline: { source: 'history', n: 40, models: ['gpt-4o-mini'] },
    });
    expect(metric(r, 'quality_score').status).not.toBe('regressed');
    expect(r.comparisons[0]?.warnings.join(' ')).not.toMatch(/re-ran the live version/);
  });

  it('warns when the two sides log quality or latency on different scales', () => {
    const pct = makeCalls(60, { seed: 30, start: '2026-11-26T11:00:00Z' }).map((c) => ({
      ...c,
      values: { ...c.values, quality_score: (c.values.quality_score ?? 0) * 100 },
    }));
    const r = run([v110], [v110, candidate('1.2.0', pct)]);
    expect(r.comparisons[0]?.warnings.join('\n')).toMatch(
      /^Quality scores on different scales: the baseline's lie within 0 to 1, the candidate's reach \d+(\.\d+)?; the change shown is the scale's\. Log both on one scale\.$/m,
    );
    const untimed = makeCalls(60, { seed: 31, start: '2026-11-26T11:00:00Z' }).map((c) => ({
      ...c,
      values: { ...c.values, latency_ms: 0 },
    }));
    const z = run([v110], [v110, candidate('1.2.0', untimed)]);
    expect(z.comparisons[0]?.warnings).toContain(
      "Latency is 0 on every call of the candidate (not timed?), and not on the baseline's: its test compares a measurement with none.",
    );
    // The same scale on both sides says nothing, nor a 0-1 score now and then a little over 1.
    const over = makeCalls(60, { seed: 32, start: '2026-11-26T11:00:00Z' }).map((c, i) =>
      i % 6 === 0 ? { ...c, values: { ...c.values, quality_score: 1.05 } } : c,
    );
    const same = run([v110], [v110, candidate('1.2.0', over)]);
    expect(same.comparisons[0]?.warnings.join(' ')).not.toMatch(/scales|not timed/);
  });

  it('says when baseline-since lies after the run, leaving every baseline empty', () => {
    const cand = candidate('1.2.0', makeCalls(60, { seed: 33, start: '2026-11-26T11:00:00Z' }));
    const r = run([v110], [v110, cand], { options: { ...options, baselineSince: '2099-01-01T00:00:00.000Z' } }); // prettier-ignore
    expect(r.verdict).not.toBe('passed');
    expect(r.warnings).toContain(
      "baseline-since (2099-01-01T00:00:00.000Z) is after this run's time (2026-11-27T00:00:00.000Z): it leaves out every call of every baseline's history. Set an earlier date, or leave it empty.",
    );
    const past = run([v110], [v110, cand], { options: { ...options, baselineSince: '2026-11-01T00:00:00.000Z' } }); // prettier-ignore
    expect(past.warnings.join(' ')).not.toMatch(/baseline-since/);
  });

  it('leaves cost out, and says why, when the candidate ran on a model the library could not price', () => {
    const base = [v100, v110];
    // The library stores cost 0 for a model missing from its price table (tokens are logged).
    const unpriced = candidate('1.2.0', makeCalls(60, { seed: 9, start: '2026-11-26T11:00:00Z', cost: [0, 0] })); // prettier-ignore
    const r = run(base, [...base, unpriced]);
    expect(r.comparisons[0]?.metrics.map((m) => m.metric)).not.toContain('cost_eur');
    expect(r.comparisons[0]?.warnings.join('\n')).toMatch(/^Cost is 0 on every call of the candidate though it logged tokens: the library stores 0 for a model missing from its price table \(gpt-4o\), cost_eur=0 was logged, or the model is free\. Cost is left out of the comparison/m); // prettier-ignore
    // The other way round (the live version at 0, the candidate priced): a free local model left
    // for a paid one does cost more, so cost is still compared, with the warning.
    const freeLive = { ...v110, calls: makeCalls(200, { seed: 2, start: '2026-10-31T00:00:00Z', cost: [0, 0] }) }; // prettier-ignore
    const priced = candidate('1.2.0', makeCalls(60, { seed: 9, start: '2026-11-26T11:00:00Z' }));
    const back = run([v100, freeLive], [v100, freeLive, priced]);
    expect(metric(back, 'cost_eur').status).toBe('regressed');
    expect(back.comparisons[0]?.warnings.join('\n')).toMatch(/^Cost is 0 on every call of the baseline though it logged tokens: its model is free, or one the library could not price \(gpt-4o\), or cost_eur=0 was logged\. The cost change is measured from 0/m); // prettier-ignore
    // Both sides at 0: said of both, in one sentence.
    const both = run([v100, freeLive], [v100, freeLive, unpriced]);
    expect(both.comparisons[0]?.warnings.join('\n')).toMatch(/^Cost is 0 on every call of both sides though they logged tokens:/m); // prettier-ignore
    // Priced on both sides: cost is compared as before.
    expect(run(base, [...base, priced]).comparisons[0]?.metrics.map((m) => m.metric)).toContain('cost_eur'); // prettier-ignore
  });

  it('judges an attempt the change replaced, and says how to leave it out', () => {
    const attempt = { ...candidate('1.2.0', makeCalls(60, { seed: 9, start: '2026-11-20T01:00:00Z', quality: [0.6, 0.05] })), timestamp: '2026-11-20T00:00:00+00:00' }; // prettier-ignore
    const final = { ...candidate('1.3.0', makeCalls(60, { seed: 10, start: '2026-11-21T01:00:00Z' })), timestamp: '2026-11-21T00:00:00+00:00' }; // prettier-ignore
    const r = run([v100, v110], [v100, v110, attempt, final]);
    const [first, last] = ['1.2.0', '1.3.0'].map((v) => r.comparisons.find((c) => c.candidate.version === v)); // prettier-ignore
    expect(first?.status).toBe('regressed');
    expect(first?.warnings.join('\n')).toMatch(/^Superseded in this change by "1\.3\.0", registered after it\. It is still judged: if it no longer runs, delete it from the head store/m); // prettier-ignore
    expect(last?.warnings.join('\n')).not.toMatch(/Superseded/);
    // The attempt the change tags production is what is meant to run: no word on it.
    const tagged = run([v100, v110], [v100, v110, { ...attempt, tags: ['production'] }, final]);
    expect(tagged.comparisons.find((c) => c.candidate.version === '1.2.0')?.warnings.join('\n')).not.toMatch(/Superseded/); // prettier-ignore
  });

  it('warns when temperature differs between the two sides', () => {
    const r = run(
      [v110],
      [
        v110,
        candidate(
          '1.2.0',
          makeCalls(60, { seed: 16, start: '2026-11-26T11:00:00Z', temperature: 0.9 }),
        ),
      ],
    );
    expect(r.comparisons[0]?.warnings.join(' ')).toMatch(
      /Temperature differs: baseline 0.2; candidate 0.9/,
    );
  });

  it('compares two named versions of one store, and names what is missing', () => {
    const store = [v100, v110];
    const r = run(null, store, {
      selection: { prompt: 'summarizer', candidate: '1.1.0', baseline: '1.0.0' },
    });
    expect(r.comparisons[0]?.baseline).toMatchObject({ version: '1.0.0', chosen_by: 'explicit' });
    expect(metric(r, 'quality_score').status).toBe('improved');
    const auto = run(null, store, { selection: { prompt: 'summarizer', candidate: '1.1.0' } });
    expect(auto.comparisons[0]?.baseline?.version).toBe('1.0.0');
    expect(() => run(null, store, { selection: { prompt: 'nope', candidate: '1' } })).toThrow(
      SelectionError,
    );
    expect(() =>
      run(null, store, { selection: { prompt: 'summarizer', candidate: '9.9.9' } }),
    ).toThrow(/"9.9.9".*"1.1.0", "1.0.0"/);
  });

  it('asks for a baseline when the named version is the live one and has none before it', () => {
    // The production version first, a newer draft after it: no earlier version to compare with.
    const live = { ...v100, tags: ['production'] };
    expect(() => run(null, [live, v110], { selection: { prompt: 'summarizer', candidate: '1.0.0' } })).toThrow(
      /^"1\.0\.0" is the live version of "summarizer" \(tagged production\) and no version was registered before it: name the version to compare it with as the baseline\.$/,
    ); // prettier-ignore
    // Untagged, the oldest version is compared with the live one (a rollback's question).
    const old = run(null, [v100, v110], {
      selection: { prompt: 'summarizer', candidate: '1.0.0' },
    });
    expect(old.comparisons[0]?.baseline?.version).toBe('1.1.0');
  });

  it('refuses a named comparison with nothing to compare, and an empty head store', () => {
    // A store holding only the candidate: "new prompt, passed" would answer nothing asked.
    expect(() => run(null, [v110], { selection: { prompt: 'summarizer', candidate: '1.1.0' } })).toThrow(
      /^There is no other version of "summarizer" to compare "1\.1\.0" with: name one as the baseline, or log calls of the live version first\.$/,
    ); // prettier-ignore
    // A head store the evaluation logged nothing into, beside a base with versions.
    expect(() => run([v100, v110], [])).toThrow(/^The head store head\.sqlite has no prompt versions, though the baseline store has 2: the evaluation logged nothing/); // prettier-ignore
    // Both empty: nothing to check, and nothing missing.
    expect(run([], []).verdict).toBe('no_changes');
  });

  it('refuses a version named as its own baseline', () => {
    const store = [v100, v110];
    const same = { prompt: 'summarizer', candidate: '1.1.0', baseline: '1.1.0' };
    expect(() => run(null, store, { selection: same })).toThrow(
      /baseline and the candidate are the same version "1.1.0" of "summarizer": name another/,
    );
    // In two stores the same version string names two versions: that is a comparison.
    const reused = { ...v110, text: 'rewritten in place' };
    const r = run([v110], [reused], { selection: same });
    expect(r.comparisons[0]?.baseline).toMatchObject({ version: '1.1.0', chosen_by: 'explicit' });
  });

  it('compares a named candidate with the base store’s live version, logged before it or not', () => {
    // The base branch moved on: its live version was registered after the candidate.
    const later: MemoryVersion = { ...v110, version: '1.3.0', timestamp: '2026-11-27T00:00:00Z' };
    const cand = candidate('1.2.0', makeCalls(60, { seed: 21, start: '2026-11-26T11:00:00Z' }));
    const r = run([v100, later], [v100, cand], {
      selection: { prompt: 'summarizer', candidate: '1.2.0' },
    });
    expect(r.comparisons[0]?.baseline).toMatchObject({ version: '1.3.0', chosen_by: 'latest' });
    // In one store, a version registered after the candidate is not what it replaced.
    const one = run(null, [v100, cand, later], {
      selection: { prompt: 'summarizer', candidate: '1.2.0' },
    });
    expect(one.comparisons[0]?.baseline?.version).toBe('1.0.0');
  });

  it('compares a named version whose earlier versions all share its text with the newest', () => {
    const text = { text: 'the same prompt, registered twice' };
    const first = { ...v100, ...text };
    const again = {
      ...candidate('1.0.1', makeCalls(60, { seed: 22, start: '2026-11-26T11:00:00Z', quality: [0.6, 0.05] })), // prettier-ignore
      ...text,
    };
    const r = run(null, [first, again], {
      selection: { prompt: 'summarizer', candidate: '1.0.1' },
    });
    expect(r.comparisons[0]?.baseline).toMatchObject({ version: '1.0.0', chosen_by: 'same_text' });
    expect(metric(r, 'quality_score').status).toBe('regressed');
    // An earlier version with other text is still the one compared with.
    const other = { ...v100, version: '0.9.0', timestamp: '2026-09-01T00:00:00+00:00' };
    const withOther = run(null, [other, first, again], {
      selection: { prompt: 'summarizer', candidate: '1.0.1' },
    });
    expect(withOther.comparisons[0]?.baseline).toMatchObject({ version: '0.9.0', chosen_by: 'latest' }); // prettier-ignore
    // Named with a base store that holds only its text, even under its own version string.
    const inBase = run([{ ...again, calls: first.calls }], [again], {
      selection: { prompt: 'summarizer', candidate: '1.0.1' },
    });
    expect(inBase.comparisons[0]?.baseline).toMatchObject({ version: '1.0.1', chosen_by: 'same_text' }); // prettier-ignore
    expect(metric(inBase, 'quality_score').status).toBe('regressed');
  });

  it('says when a new prompt may be a renamed one, and not otherwise', () => {
    const calls = makeCalls(60, { seed: 23, start: '2026-11-26T11:00:00Z' });
    const recased = { ...candidate('1.2.0', calls, 'Summarizer'), text: 'a new text' };
    const moved = { ...candidate('1.0.0', calls, 'summariser'), text: 'summarizer 1.0.0 text' };
    const fresh = { ...candidate('1.0.0', calls, 'translator'), text: 'another prompt' };
    const base = [{ ...v100, text: 'summarizer 1.0.0 text' }];
    // The head keeps "summarizer": the others are new prompts beside it (gone, it was renamed:
    // see identity-rename.test.ts).
    const r = run(base, [...base, recased, moved, fresh]);
    const warned = (name: string): string =>
      r.comparisons.find((c) => c.prompt === name)?.warnings.join(' ') ?? 'missing';
    expect(r.comparisons.every((c) => c.status === 'new_prompt')).toBe(true);
    expect(warned('Summarizer')).toMatch(
      /^The base store has no prompt "Summarizer", but has "summarizer", a name that differs only in case/,
    );
    expect(warned('summariser')).toMatch(
      /^The base store's "summarizer" "1.0.0" has this very text: if the prompt was renamed/,
    );
    expect(warned('translator')).toBe('');
    // A space picked up from a config file is a name alike too.
    const spaced = { ...candidate('1.2.0', calls, 'summarizer '), text: 'a new text' };
    expect(run(base, [...base, spaced]).comparisons[0]?.warnings.join(' ')).toMatch(/^The base store has no prompt "summarizer ", but has "summarizer", a name that differs only in case, surrounding spaces/); // prettier-ignore
    // The rendered reports carry them under the new prompt's line.
    expect(renderCompareMarkdown(r, { detail: 'full', charts: false })).toMatch(
      /- ⚠️ The base store has no prompt/,
    );
    expect(renderCompareText(r)).toMatch(/! The base store's "summarizer" "1\.0\.0" has this/);
  });

  it('says when the head dropped a base prompt and adds another, renamed with its text changed', () => {
    const calls = makeCalls(60, { seed: 23, start: '2026-11-26T11:00:00Z', quality: [0.6, 0.05] });
    const classifier = { ...v100, name: 'classifier', text: 'classify' };
    const renamed = { ...candidate('1.0.0', calls, 'summarizer_v2'), text: 'a worse text' };
    // A copy of the base that lost "summarizer" and gained "summarizer_v2", with another text:
    // nothing shows a rename, so it is new, and told; the run warns of the lost live version.
    const r = run([v100, v110, classifier], [classifier, renamed]);
    expect(r.comparisons[0]?.status).toBe('new_prompt');
    expect(r.comparisons[0]?.warnings).toEqual([
      'The head store no longer has the base\'s "summarizer": if this prompt is one of them renamed, it is not tested against it. Keep the prompt\'s name to have the change tested.',
    ]);
    expect(r.verdict).toBe('warning');
    // The one prompt of a fresh store renamed: nothing says it was, and it is still told.
    const one = run([v100, v110], [renamed]).comparisons[0];
    expect(one?.status).toBe('new_prompt');
    expect(one?.warnings).toEqual([
      'The head store no longer has the base\'s "summarizer": if this prompt is one of them renamed, it is not tested against it. Keep the prompt\'s name to have the change tested.',
    ]);
    // A fresh store that ran the new prompt only, beside a base of many prompts: no word.
    const many = ['a', 'b', 'c', 'd'].map((name) => ({ ...v100, name, text: name }));
    expect(run(many, [renamed]).comparisons[0]?.warnings).toEqual([]);
  });

  it('compares a variant the pull request tags production with the live version', () => {
    // An A/B test: the live 1.1.0 and a variant 1.2.0 called beside it, scoring lower.
    const live = { ...v110, tags: ['production'] };
    const variant = candidate(
      '1.2.0',
      makeCalls(200, { seed: 26, start: '2026-11-01T00:00:00Z', quality: [0.7, 0.05] }),
    );
    expect(run([live, variant], [live, variant]).verdict).toBe('no_changes');
    // The pull request moves the tag: the variant becomes what runs.
    const promoted = run([live, variant], [{ ...live, tags: [] }, { ...variant, tags: ['production'] }]); // prettier-ignore
    expect(promoted.comparisons[0]).toMatchObject({
      candidate: { version: '1.2.0' },
      baseline: { version: '1.1.0', chosen_by: 'production_tag' },
    });
    expect(metric(promoted, 'quality_score').status).toBe('regressed');
  });

  it('compares a promoted A/B arm with a re-run of the live version on its re-run calls only', () => {
    // The arm ran beside the live 1.1.0 in production at its level; the pull request tags it
    // production and its evaluation runs both on the evaluation set, the arm 15 % lower there.
    const live = { ...v110, tags: ['production'] };
    const arm = candidate(
      '1.2.0',
      makeCalls(600, { seed: 30, start: '2026-11-10T00:00:00Z', quality: [0.85, 0.04] }),
    );
    const evalLive = makeCalls(60, { seed: 31, start: '2026-11-26T11:00:00Z', quality: [0.8, 0.04] }); // prettier-ignore
    const evalArm = makeCalls(60, { seed: 32, start: '2026-11-26T11:00:00Z', quality: [0.68, 0.04] }); // prettier-ignore
    const head = [
      { ...live, tags: [], calls: [...live.calls, ...evalLive] },
      { ...arm, tags: ['production'], calls: [...arm.calls, ...evalArm] },
    ];
    const r = run([live, arm], head);
    expect(r.comparisons[0]).toMatchObject({
      candidate: { version: '1.2.0', n: 60 },
      baseline: { version: '1.1.0', source: 'fresh', n: 60 },
    });
    expect(metric(r, 'quality_score').status).toBe('regressed');
    expect(r.comparisons[0]?.warnings.join('\n')).toMatch(
      /an A\/B arm it promotes\): only its 60 calls after the base's newest one/,
    );
    // A fresh store per CI job: the head holds only this change's evaluation of both.
    const fresh = run([live, arm], [{ ...live, tags: [], calls: evalLive }, { ...arm, tags: ['production'], calls: evalArm }]); // prettier-ignore
    expect(fresh.comparisons[0]?.baseline).toMatchObject({ source: 'fresh', n: 60 });
    expect(metric(fresh, 'quality_score').status).toBe('regressed');
    // Too few re-run calls of the arm: production against production, said.
    const few = [head[0]!, { ...head[1]!, calls: [...arm.calls, ...evalArm.slice(0, 10)] }];
    const p = run([live, arm], few);
    expect(p.comparisons[0]?.baseline).toMatchObject({ source: 'history' });
    expect(p.comparisons[0]?.warnings.join('\n')).toMatch(/in production instead/);
  });

  it("compares with a rollback the production tag did not follow (the library's rollback())", () => {
    const good = { ...v100, text: 'the good text' };
    const bad = {
      ...v110,
      tags: ['production'],
      calls: makeCalls(200, { seed: 27, start: '2026-10-31T00:00:00Z', quality: [0.6, 0.05] }),
    };
    // rollback() registers the good text again as a new version; the tag stays on the bad one.
    const back: MemoryVersion = {
      name: 'summarizer',
      version: '1.2.0',
      timestamp: '2026-11-15T00:00:00+00:00',
      text: 'the good text',
      calls: makeCalls(100, { seed: 28, start: '2026-11-16T00:00:00Z', quality: [0.8, 0.05] }),
    };
    const cand = candidate(
      '1.3.0',
      makeCalls(60, { seed: 29, start: '2026-11-26T11:00:00Z', quality: [0.66, 0.05] }),
    );
    const r = run([good, bad, back], [good, bad, back, cand]);
    expect(r.comparisons[0]?.baseline).toMatchObject({ version: '1.2.0', chosen_by: 'latest' });
    expect(metric(r, 'quality_score').status).toBe('regressed');
    expect(r.comparisons[0]?.warnings).toContain(
      'The production tag is on "1.1.0", but "1.2.0", registered after it with the text of an earlier version (a rollback), has been called since its newest call: "1.2.0" is what runs, and the baseline. Move the production tag to it.',
    );
    // A newer version with a text of its own (a canary) leaves the tagged one the baseline.
    const canary = { ...back, text: 'a new text' };
    const tagged = run([good, bad, canary], [good, bad, canary, cand]);
    expect(tagged.comparisons[0]?.baseline).toMatchObject({ version: '1.1.0', chosen_by: 'production_tag' }); // prettier-ignore
  });

  it('says which other versions are tagged production besides the baseline', () => {
    const old = { ...v100, tags: ['production'] };
    const live = { ...v110, tags: ['production'] };
    const cand = candidate('1.2.0', makeCalls(60, { seed: 24, start: '2026-11-26T11:00:00Z' }));
    const r = run([old, live], [old, live, cand]);
    expect(r.comparisons[0]?.baseline).toMatchObject({ version: '1.1.0', chosen_by: 'production_tag' }); // prettier-ignore
    expect(r.comparisons[0]?.warnings).toContain(
      'Also tagged production: "1.0.0" (0 calls) in the 24 hours up to the newest call of a tagged version (2026-11-01T09:10Z); the baseline is "1.1.0" (145 calls), the one serving most of their calls, as the health report picks the live version. Untag the versions that are no longer live, or name the baseline.',
    );
    const one = run([v100, live], [v100, live, cand]);
    expect(one.comparisons[0]?.warnings.join(' ')).not.toMatch(/Also tagged/);
    // A rollback that tagged 1.0.0 again and ran it since: it is what runs, and the baseline.
    const back = {
      ...old,
      calls: [...old.calls, ...makeCalls(60, { seed: 25, start: '2026-11-20T00:00:00Z' })],
    };
    const rolled = run([back, live], [back, live, cand]);
    expect(rolled.comparisons[0]?.baseline).toMatchObject({ version: '1.0.0', chosen_by: 'production_tag' }); // prettier-ignore
    expect(rolled.comparisons[0]?.warnings).toContain(
      'Also tagged production: "1.1.0" (0 calls) in the 24 hours up to the newest call of a tagged version (2026-11-20T09:50Z); the baseline is "1.0.0" (60 calls), the one serving most of their calls, as the health report picks the live version. Untag the versions that are no longer live, or name the baseline.',
    );
  });

  it('keeps the false-alarm rate at or below alpha when nothing changed (200 pairs)', () => {
    let alarms = 0;
    for (let i = 0; i < 200; i++) {
      const base: MemoryVersion = {
        ...v110,
        calls: makeCalls(200, { seed: 1000 + i, start: '2026-10-31T00:00:00Z' }),
      };
      const cand = candidate(
        '1.2.0',
        makeCalls(60, { seed: 5000 + i, start: '2026-11-26T11:00:00Z' }),
      );
      const r = run([base], [base, cand]);
      if (
        r.comparisons[0]?.metrics.some((m) => m.status === 'regressed' || m.status === 'degraded')
      )
        alarms += 1;
    }
    expect(alarms / 200).toBeLessThanOrEqual(0.05);
  });
});

describe('new prompts', () => {
  it('still report the models their calls ran on', () => {
    const calls = makeCalls(40, { seed: 30, start: '2026-11-26T11:00:00Z', model: 'claude-x' });
    const r = compareStores({
      head: memoryStore('head', [v110, candidate('1.0.0', calls, 'brand new')]),
      base: memoryStore('base', [v110]),
      options,
      failOn: 'regressed',
      generatedAt: '2026-11-27T00:00:00.000Z',
    });
    expect(r.comparisons[0]?.candidate).toMatchObject({ models: ['claude-x'], n: 40 });
  });
});
