// Comparisons paired by case on real stores: the pairs read the baseline's calls that have a case
// id, whatever the newest baseline-max-samples calls hold.
import { describe, expect, it } from 'vitest';
import type { RowSpec, VersionSpec } from '../../scripts/store-writer.mjs';
import { compareStores } from '../../src/analysis/compare.js';
import type { AnalysisOptions } from '../../src/config/config.js';
import { open } from '../store/helpers.js';
import { ANALYSIS } from './defaults.js';

const MINUTE = 60_000;
/** A case's own difficulty: most of a score's spread is the case's. */
const hardness = (c: number): number => ((c * 37) % 11) / 20;

/** `repeats` calls of each case, one a minute from `startMs`; `drop` off every score of cases below `worseBelow`. */
function evaluation(
  cases: number,
  repeats: number,
  startMs: number,
  drop = 0,
  worseBelow = cases,
): RowSpec[] {
  return Array.from({ length: cases * repeats }, (_, i) => {
    const c = i % cases;
    return {
      timestamp: new Date(startMs + i * MINUTE).toISOString(),
      quality_score: 0.95 - hardness(c) - (c < worseBelow ? drop : 0) + ((i % 3) - 1) / 200,
      metadata: JSON.stringify({ case_id: `case-${c}` }),
    };
  });
}

/** Production calls: no case id, scores far from the evaluation's. */
function traffic(n: number, startMs: number): RowSpec[] {
  return Array.from({ length: n }, (_, i) => ({
    timestamp: new Date(startMs + i * MINUTE).toISOString(),
    quality_score: 0.97 - (i % 5) / 100,
    metadata: JSON.stringify({ user: `u${i % 17}` }),
  }));
}

const T0 = Date.parse('2026-11-01T00:00:00Z');
const T1 = Date.parse('2026-11-20T00:00:00Z');

async function compare(
  baseRows: RowSpec[],
  rerun: RowSpec[],
  candidateRows: RowSpec[],
  extra: Partial<AnalysisOptions> = {},
) {
  const live = (rows: RowSpec[]): VersionSpec => ({
    version: '1',
    timestamp: '2026-11-01T00:00:00Z',
    systemPrompt: 'Answer.',
    calls: [{ rows }],
  });
  const candidate: VersionSpec = {
    version: '2',
    timestamp: '2026-11-20T00:00:00Z',
    systemPrompt: 'Answer briefly.',
    calls: [{ rows: candidateRows }],
  };
  const base = await open({ prompts: [{ name: 'p', versions: [live(baseRows)] }] });
  const head = await open({
    prompts: [{ name: 'p', versions: [live([...baseRows, ...rerun]), candidate] }],
  });
  // Reads of the baseline's span between its calls with a case id (success only, bounded).
  let spanReads = 0;
  const samples = base.samples.bind(base);
  base.samples = (q) => {
    if (q.until !== undefined && q.metrics.join() === 'success') spanReads++;
    return samples(q);
  };
  try {
    const report = compareStores({
      head,
      base,
      options: { ...ANALYSIS, pairBy: 'case_id', ...extra },
      failOn: 'regressed',
      generatedAt: '2026-11-25T00:00:00.000Z',
    });
    const c = report.comparisons[0]!;
    const quality = c.metrics.find((m) => m.metric === 'quality_score');
    return { c, quality, warnings: c.warnings.join('\n'), spanReads };
  } finally {
    base.close();
    head.close();
  }
}

describe('pairs on a store whose newest calls are not the evaluation', () => {
  it("pairs with the baseline's evaluation behind newer production calls", async () => {
    // 40 cases x 3 evaluated, then 1,500 production calls: the newest 1,000 have no case id.
    const base = [...evaluation(40, 3, T0), ...traffic(1500, T0 + 200 * MINUTE)];
    const { c, quality, warnings } = await compare(base, [], evaluation(40, 3, T1));
    expect(c.pairing).toMatchObject({ paired: true, matched_cases: 40, baseline_only_cases: 0 });
    expect(quality?.test).toBe('paired_t');
    expect(c.status).toBe('unchanged');
    expect(warnings).not.toMatch(/no call of the baseline has a case_id/);
  });

  it('pairs on no more than baseline-max-samples calls, saying which cases that left out', async () => {
    // The pull request re-runs both versions on 300 cases; the cap, 100, keeps the newest 100
    // (cases 200 to 299). The pairs once read 1,200 calls, past the input's promise.
    const rerun = evaluation(300, 1, T1);
    const { c, quality, warnings } = await compare(
      evaluation(300, 1, T0),
      rerun,
      evaluation(300, 1, T1 + 400 * MINUTE),
      { baselineMaxSamples: 100, baselineMaxGiven: true },
    );
    expect(c.pairing).toMatchObject({
      paired: true,
      matched_cases: 100,
      candidate_only_cases: 200,
    });
    // The 200 cases left out are untested: no pass (it read "unchanged" with a note), a warning.
    expect(quality).toMatchObject({ test: 'paired_t', status: 'inconclusive' });
    expect(quality?.p_value).toBeGreaterThan(0.05);
    expect(c.status).toBe('inconclusive');
    expect(quality?.baseline.n).toBe(100);
    expect(warnings).toContain(
      "Pairing by case_id read the baseline's newest 100 calls with one (baseline-max-samples): 200 of the candidate's 300 cases are not among them, left out of the paired tests: untested, so no metric paired on the rest passes (inconclusive unless significantly worse). Its older calls may have them: raise baseline-max-samples to pair them.",
    );
  });

  it('still finds a regression on the pairs a cap left, and passes a few cases left out', async () => {
    // Every case 0.3 worse: the 100 pairs the cap leaves prove it, whatever the other 200 did.
    const worse = await compare(
      evaluation(300, 1, T0),
      evaluation(300, 1, T1),
      evaluation(300, 1, T1 + 400 * MINUTE, 0.3),
      { baselineMaxSamples: 100, baselineMaxGiven: true },
    );
    expect(worse.quality).toMatchObject({ test: 'paired_t', status: 'regressed' });
    // A cap of 290 leaves 10 of 300 cases (3 %, under 5 %) out: the pairs still pass the change.
    const few = await compare(
      evaluation(300, 1, T0),
      evaluation(300, 1, T1),
      evaluation(300, 1, T1 + 400 * MINUTE),
      { baselineMaxSamples: 290, baselineMaxGiven: true },
    );
    expect(few.c.pairing).toMatchObject({ matched_cases: 290, candidate_only_cases: 10 });
    expect(few.quality).toMatchObject({ test: 'paired_t', status: 'unchanged' });
    expect(few.warnings).toContain(
      "10 of the candidate's 300 cases are not among them, left out of the paired tests. Its older",
    );
  });

  it('pairs every case of a re-run larger than the default cap', async () => {
    // The same re-run of 300 cases with the cap at its default (not given): the pairs read as
    // many of the baseline's calls with a case id as the candidate's cases need.
    const { c, quality } = await compare(
      evaluation(300, 1, T0),
      evaluation(300, 1, T1),
      evaluation(300, 1, T1 + 400 * MINUTE, 0.3, 150),
      { baselineMaxSamples: 100 },
    );
    expect(c.pairing).toMatchObject({ paired: true, matched_cases: 300, candidate_only_cases: 0 });
    expect(quality).toMatchObject({ test: 'paired_t', status: 'regressed' });
    expect(quality?.baseline.n).toBe(300);
  });

  it('compares the newest baseline-max-samples calls, as unpaired, not older runs', async () => {
    // Ten runs of 30 cases; the nine older ones scored 0.08 higher (the grader changed since).
    // With a cap of 30, unpaired and paired alike compare the newest run: no change. The pairs
    // once read 120 calls, the older runs among them, and found a -6.6 % "degraded" quality.
    const runs = evaluation(30, 10, T0).map((r, i) =>
      i < 270 ? { ...r, quality_score: r.quality_score! + 0.08 } : r,
    );
    const { c, quality, warnings } = await compare(runs, [], evaluation(30, 1, T1), {
      baselineMaxSamples: 30,
      baselineMaxGiven: true,
    });
    expect(c.baseline?.n).toBe(30);
    expect(quality).toMatchObject({ test: 'paired_t', status: 'unchanged', matched_cases: 30 });
    expect(quality?.baseline.n).toBe(30);
    expect(warnings).not.toMatch(/baseline-max-samples/);
  });
});

describe('a re-run of a few of the cases', () => {
  it('pairs with the history when the re-run shares too few cases with the candidate', async () => {
    // The history ran 40 cases x 3; the pull request re-ran the live version on the 12 easiest
    // only (36 calls, over min-samples) and the candidate on all 40, with no change.
    const all = evaluation(40, 3, T0);
    const easiest = [...Array(40).keys()].sort((a, b) => hardness(a) - hardness(b)).slice(0, 12);
    const smoke = evaluation(40, 3, T1).filter((r) =>
      easiest.includes(Number((JSON.parse(r.metadata!) as { case_id: string }).case_id.slice(5))),
    );
    const { c, warnings } = await compare(all, smoke, evaluation(40, 3, T1 + 200 * MINUTE));
    expect(c.baseline).toMatchObject({ source: 'history' });
    expect(c.pairing).toMatchObject({ paired: true, matched_cases: 40 });
    expect(c.status).toBe('unchanged');
    expect(warnings).toMatch(/re-ran the live version on 12 cases the candidate ran/);
  });
});

describe("the baseline's failures logged without a case id", () => {
  /** An evaluation in which every 7th call failed; `keyFailures` says whether those name their case. */
  const failing = (startMs: number, keyFailures: boolean): RowSpec[] =>
    evaluation(40, 3, startMs).map((r, i) =>
      i % 7 === 0
        ? { ...r, success: false, quality_score: null, ...(keyFailures ? {} : { metadata: null }) }
        : { ...r, success: true },
    );

  it('keeps the success rate paired and says the baseline may read better than it was', async () => {
    // An older harness logged the baseline's failures on an error path without the case; the
    // candidate's harness names the case on every call, at the same failure rate. The pairs
    // alone see a baseline that never failed; the note says why the change may read worse.
    // (Of its 18 failures, the first and the last call are outside the span of its calls with
    // a case id.)
    const { c, warnings } = await compare(failing(T0, false), [], failing(T1, true));
    expect(c.metrics.find((m) => m.metric === 'success')?.paired).toBe(true);
    expect(warnings).toMatch(
      /Success rate, paired by case_id: 16 calls of the baseline without a case_id, logged between its first and last call with one \(2026-11-01 to 2026-11-01\), failed and are left out of the pairs\. If they are its evaluation's failures logged without the case/,
    );
    expect(warnings).not.toMatch(/Not paired/);
  });

  it('keeps a real regression on the cases when traffic ran beside the evaluation', async () => {
    // Every second baseline call is production traffic (no case id, every 7th failing); the
    // evaluation's own calls all succeeded, and the candidate fails a case in five.
    const evaluated = evaluation(40, 3, T0).map((r) => ({ ...r, success: true }));
    const between = evaluated.map((r, i) => ({
      ...r,
      timestamp: new Date(Date.parse(r.timestamp) + 30_000).toISOString(),
      metadata: null,
      success: i % 7 !== 0,
    }));
    const candidate = evaluation(40, 3, T1).map((r, i) => ({ ...r, success: i % 5 !== 0 }));
    const { c, warnings } = await compare([...evaluated, ...between], [], candidate);
    const success = c.metrics.find((m) => m.metric === 'success');
    expect(success).toMatchObject({ paired: true, status: 'regressed' });
    expect(warnings).toMatch(/if production traffic, nothing is amiss/);
  });

  it('pairs the success rate when the unkeyed failures are traffic after the evaluation', async () => {
    const traffic = failing(T0 + 500 * MINUTE, false).map((r) => ({ ...r, metadata: null }));
    const { c, warnings } = await compare(
      [...failing(T0, true), ...traffic],
      [],
      failing(T1, true),
    );
    expect(c.metrics.find((m) => m.metric === 'success')?.paired).toBe(true);
    expect(warnings).not.toMatch(/Not paired/);
  });

  it('reads the span only when the paired success rate leans worse', async () => {
    // A candidate that never failed: its paired success rate leans better.
    const allPass = evaluation(40, 3, T1).map((r) => ({ ...r, success: true }));
    const same = await compare(failing(T0, false), [], allPass);
    expect(same.c.metrics.find((m) => m.metric === 'success')?.paired).toBe(true);
    expect(same.spanReads).toBe(0);
    const worse = await compare(failing(T0, false), [], failing(T1, true));
    expect(worse.spanReads).toBe(1);
  });
});

describe("the age of the baseline's calls that the pairs compare", () => {
  it('says when they are old although traffic logged since is recent', async () => {
    // Evaluated 40 days before the candidate; production calls without a case id up to the day
    // before it: the newest calls are recent, the pairs are not.
    const evaluated = T1 - 40 * 1440 * MINUTE;
    const base = [...evaluation(40, 1, evaluated), ...traffic(1500, T1 - 1500 * MINUTE)];
    const { c, warnings } = await compare(base, [], evaluation(40, 1, T1));
    expect(c.pairing).toMatchObject({ paired: true, matched_cases: 40 });
    expect(c.baseline?.age_days).toBeLessThan(1);
    expect(warnings).toMatch(
      /The baseline's calls with a case_id, which the paired tests compare, are 40 days older than the candidate's \(the newest of them 2026-10-11\)/,
    );
  });

  it('says nothing when they are recent', async () => {
    const base = [...evaluation(40, 1, T1 - 3 * 1440 * MINUTE), ...traffic(100, T1 - 200 * MINUTE)];
    const { c, warnings } = await compare(base, [], evaluation(40, 1, T1));
    expect(c.pairing).toMatchObject({ paired: true });
    expect(warnings).not.toMatch(/older than the candidate/);
  });
});

describe('a baseline whose calls with a case id are not among those compared', () => {
  it('says so, rather than that no call has the key', async () => {
    // The live version was evaluated with case ids on an older model; its traffic on the
    // candidate's model has none, and like is compared with like.
    const onModel = (rows: RowSpec[], model: string): RowSpec[] =>
      rows.map((r) => ({ ...r, model_name: model }));
    const base = [
      ...onModel(evaluation(40, 1, T0), 'old-model'),
      ...onModel(traffic(200, T1 - 300 * MINUTE), 'gpt-4o'),
    ];
    const { c, warnings } = await compare(base, [], onModel(evaluation(40, 1, T1), 'gpt-4o'));
    expect(c.pairing).toMatchObject({ paired: false });
    expect(warnings).toMatch(
      /Not paired by case_id \(.*\): the baseline's calls that have a case_id are not among those compared/,
    );
    expect(warnings).not.toMatch(/no call of the baseline has a case_id/);
  });
});
