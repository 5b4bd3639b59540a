import { describe, expect, it } from 'vitest';
import { decideFamily } from '../../src/analysis/classify.js';
import { matchCases, testMetricsPaired } from '../../src/analysis/paired.js';
import type { Metric } from '../../src/metrics.js';
import { pairedTTest } from '../../src/stats/paired-t.js';
import type { Samples } from '../../src/store/types.js';
import { expectClose } from '../stats/helpers.js';
import { ANALYSIS } from './defaults.js';
import { rng } from './memory-store.js';

const options = {
  ...ANALYSIS,
  pairBy: 'case_id',
};

/** Calls as [case id or null, value] per metric, coded as the store reader codes them. */
function samples(
  calls: Partial<Record<Metric, [string | null, number][]>>,
  rows?: number,
): Samples {
  const ids: string[] = [];
  const code = (id: string | null): number => {
    if (id === null) return -1;
    if (!ids.includes(id)) ids.push(id);
    return ids.indexOf(id);
  };
  const entries = Object.entries(calls) as [Metric, [string | null, number][]][];
  const values = Object.fromEntries(
    entries.map(([m, c]) => [m, Float64Array.from(c, (x) => x[1])]),
  );
  const codes = Object.fromEntries(
    entries.map(([m, c]) => [m, Int32Array.from(c, (x) => code(x[0]))]),
  );
  const first = entries[0]?.[1] ?? [];
  return {
    rows: rows ?? first.length,
    values,
    from: null,
    to: null,
    cases: { ids, codes, withoutKey: first.filter((x) => x[0] === null).length },
  };
}

// Cases whose difficulty spreads far more than the run-to-run noise, as the issue describes.
function evaluation(seed: number, cases: number, drop: number, callsPerCase = 1) {
  const r = rng(seed);
  const base: [string | null, number][] = [];
  const cand: [string | null, number][] = [];
  for (let i = 0; i < cases; i++) {
    const q = r.normal(0.8, 0.12);
    for (let k = 0; k < callsPerCase; k++) {
      base.push([`"case-${i}"`, q + r.normal(0, 0.04)]);
      cand.push([`"case-${i}"`, q * (1 - drop) + r.normal(0, 0.04)]);
    }
  }
  return { base, cand };
}

const status = (tests: Parameters<typeof decideFamily>[0][number]) =>
  decideFamily([tests], options)[0]!;

/** The paired test of quality alone, on calls given as [case id or null, value]. */
const pairedQuality = (base: [string | null, number][], cand: [string | null, number][]) =>
  testMetricsPaired(
    ['quality_score'],
    samples({ quality_score: base }),
    samples({ quality_score: cand }),
    options,
  );

describe('matchCases', () => {
  it('averages the calls of a case per side and matches cases by id, in id order', () => {
    const b = samples({
      quality_score: [
        ['"b"', 0.4],
        ['"a"', 0.2],
        ['"a"', 0.4],
        ['"x"', 1],
        [null, 9],
      ],
    });
    const c = samples({
      quality_score: [
        ['"a"', 0.5],
        ['"b"', 0.1],
        ['"b"', 0.3],
        ['"y"', 1],
        ['"z"', 1],
      ],
    });
    const m = matchCases(b, c, 'quality_score');
    expect([...m.baseline]).toEqual([0.30000000000000004, 0.4]);
    expect([...m.candidate]).toEqual([0.5, 0.2]);
    expect(m).toMatchObject({ baselineOnly: 1, candidateOnly: 2 });
  });
});

describe('testMetricsPaired', () => {
  it('decides on per-case differences, far more sharply than the unpaired test', () => {
    const { base, cand } = evaluation(7, 30, 0.2);
    const paired = pairedQuality(base, cand);
    const [q] = status(paired.tests);
    expect(q).toMatchObject({
      test: 'paired_t',
      status: 'regressed',
      paired: true,
      matched_cases: 30,
    });
    // The unpaired Welch test on the same calls is reported as secondary, and is far weaker.
    expect(q?.secondary[0]?.test).toBe('welch_t');
    expect(q?.secondary[0]?.p_value).toBeGreaterThan(100 * (q?.p_value ?? 1));
    // The decision is the t-test on the per-case differences.
    const d = cand.map(([, v], i) => v - (base[i]?.[1] ?? 0));
    expectClose(q?.p_value ?? NaN, pairedTTest(d, 'less').pValue, 1e-9);
    expect(paired.pairing).toMatchObject({ key: 'case_id', paired: true, matched_cases: 30 });
    // Pairing as asked is no warning: the renderers say it from \`pairing\`.
    expect(paired.notes).toEqual([]);
  });

  it('calls no change unchanged, per case means over repeated calls', () => {
    const { base, cand } = evaluation(11, 40, 0, 3);
    const paired = pairedQuality(base, cand);
    const [q] = status(paired.tests);
    expect(q).toMatchObject({ status: 'unchanged', matched_cases: 40, baseline: { n: 40 } });
  });

  it('finds no change when every case scores the same, however often and in what order', () => {
    // A deterministic grader: each case gets the same score on both sides, the candidate ran
    // three times per case, the repeated baseline in another order. Summed in call order,
    // 0.7 + 0.7 + 0.7 over 3 is 0.6999999999999998, and differences that are all that last
    // bit once made a "degraded" quality and cost at p < 1e-10.
    const scores = [0.7, 0.9, 0.6, 0.1, 0.3];
    const cost = 0.0034340000000000004;
    const base: [string, number][] = [];
    const cand: [string, number][] = [];
    const costs: [string, number][] = [];
    const costsC: [string, number][] = [];
    for (let i = 0; i < 40; i++) {
      const q = scores[i % scores.length]!;
      const other = scores[(i + 1) % scores.length]!;
      base.push([`${i}`, q], [`${i}`, other], [`${i}`, q]);
      cand.push([`${i}`, q], [`${i}`, q], [`${i}`, other]);
      costs.push([`${i}`, cost]);
      for (let k = 0; k < 7; k++) costsC.push([`${i}`, cost]);
    }
    const m = matchCases(
      samples({ quality_score: base }),
      samples({ quality_score: cand }),
      'quality_score',
    );
    expect([...m.candidate]).toEqual([...m.baseline]);
    const paired = testMetricsPaired(
      ['quality_score', 'cost_eur'],
      samples({ quality_score: base, cost_eur: costs }),
      samples({ quality_score: cand, cost_eur: costsC }),
      options,
    );
    for (const q of status(paired.tests)) {
      expect(q).toMatchObject({ paired: true, status: 'unchanged', absolute_change: 0 });
      expect(q.p_value).toBe(1);
    }
  });

  it('takes per-case means equal on paper, apart in the last bits, for no change', () => {
    // Two grades a case on a 0.1 grid: 30 cases graded alike on both sides, 5 graded 0.2 and 0.4
    // by the baseline and 0.3 twice by the candidate. (0.2 + 0.4) / 2 is 0.30000000000000004:
    // five differences of -5.6e-17 beside 30 zeros read a "degraded" quality at p = 0.012.
    const base: [string, number][] = [];
    const cand: [string, number][] = [];
    // Each case's grades on the baseline and on the candidate; the last 10 cases dropped.
    const grades = (i: number): [number[], number[]] => {
      const q = (3 + (i % 7)) / 10;
      if (i < 30) return [[q, q], [q, q]]; // prettier-ignore
      if (i < 35) return [[0.2, 0.4], [0.3, 0.3]]; // prettier-ignore
      return [[0.5, 0.7], [0.5, (7 - (1 + ((i - 35) % 3))) / 10]]; // prettier-ignore
    };
    for (let i = 0; i < 45; i++) {
      const [b, c] = grades(i);
      base.push(...b.map((v): [string, number] => [`${i}`, v]));
      cand.push(...c.map((v): [string, number] => [`${i}`, v]));
    }
    const noise = 70;
    const [same] = status(pairedQuality(base.slice(0, noise), cand.slice(0, noise)).tests);
    expect(same).toMatchObject({ test: 'paired_t', status: 'unchanged', absolute_change: 0 });
    expect(same?.p_value).toBe(1);
    expect(same?.ci).toEqual([0, 0]);
    // With 10 real drops beside them, scipy.stats.ttest_rel on the differences as written
    // (0, and -0.05 to -0.15), alternative="less".
    const [drop] = status(pairedQuality(base, cand).tests);
    expect(drop?.test).toBe('paired_t');
    expectClose(drop?.p_value ?? NaN, 0.0013613514400111152, 1e-9);
  });

  it('takes latencies equal on paper, apart in the last bits, for ties at zero', () => {
    // Two calls a case: the baseline's 0.1 ms either side of the candidate's. The means of 20
    // cases match on paper (some miss by two units in the last place, 5.7e-14 ms), 10 changed.
    const deltas = [7.5, -2.25, 11, 4.5, -1.5, 9, 13.25, 3, 6, -0.75];
    const base: [string, number][] = [];
    const cand: [string, number][] = [];
    for (let i = 0; i < 30; i++) {
      const x = Math.round((200 + 10 * i + 0.3) * 10) / 10;
      const [lo, hi] = [Math.round((x - 0.1) * 10) / 10, Math.round((x + 0.1) * 10) / 10];
      const c = i < 20 ? x : x + deltas[i - 20]!;
      base.push([`${i}`, lo], [`${i}`, hi]);
      cand.push([`${i}`, c], [`${i}`, c]);
    }
    const paired = testMetricsPaired(
      ['latency_ms'],
      samples({ latency_ms: base }),
      samples({ latency_ms: cand }),
      options,
    );
    const [latency] = status(paired.tests);
    expect(latency?.test).toBe('wilcoxon_signed_rank');
    // scipy.stats.wilcoxon on the differences as written (20 zeros dropped), alternative
    // "greater"; with the rounding read as 20 rises it was 0.0014.
    expectClose(latency?.p_value ?? NaN, 0.014208432087431874, 1e-9);
  });

  it('rules no change out with fewer matched cases than the signed-rank interval needs', () => {
    // Four cases, each 5 to 20 ms slower (+1 %): the interval is their [min, max], each end wrong
    // 1 time in 16, yet it read "unchanged" at a 5 % level it cannot reach. scipy.stats.wilcoxon
    // on the differences, alternative "greater": p = 0.0625 (n = 4), 0.25 (n = 2).
    const few = { ...options, minSamples: 2 };
    for (const [slower, p, alpha] of [
      [[10, 12, 5, 20], 0.0625, 0.0625],
      [[10, 5], 0.25, 0.25],
    ] as const) {
      const base = slower.map((_, i): [string, number] => [`"c${i}"`, 1000 + 100 * i]);
      const cand = slower.map((d, i): [string, number] => [`"c${i}"`, 1000 + 100 * i + d]);
      const paired = testMetricsPaired(
        ['latency_ms'],
        samples({ latency_ms: base }),
        samples({ latency_ms: cand }),
        few,
      );
      const [latency] = decideFamily([paired.tests], few)[0]!;
      expect(latency).toMatchObject({
        test: 'wilcoxon_signed_rank',
        p_value: p,
        ci: [Math.min(...slower), Math.max(...slower)],
        ci_alpha: [alpha, alpha],
        status: 'inconclusive',
        // 2^-5 is the first below 5 %.
        samples_needed: 5,
      });
    }
  });

  it("shows latency's change as the signed-rank test's estimate, not a difference of medians", () => {
    // 31 cases 400 to 1000 ms: 26 ran 15 ms slower, the 5 middle ones 120 ms faster. The medians
    // of the per-case means moved -80 ms (-11.4 %) while the signed-rank test found the
    // candidate slower: "slightly worse … latency -11.4 %".
    const base: [string, number][] = [];
    const cand: [string, number][] = [];
    for (let i = 0; i < 31; i++) {
      const b = 400 + 20 * i;
      base.push([`${i}`, b]);
      cand.push([`${i}`, i >= 13 && i < 18 ? b - 120 : b + 15]);
    }
    const [latency] = status(
      testMetricsPaired(
        ['latency_ms'],
        samples({ latency_ms: base }),
        samples({ latency_ms: cand }),
        options,
      ).tests,
    );
    // scipy.stats.wilcoxon(d, alternative="greater"); the median of the Walsh averages of d
    // (numpy), 15 ms, against the baseline's median of 700 ms.
    expect(latency).toMatchObject({ test: 'wilcoxon_signed_rank', status: 'degraded' });
    expectClose(latency?.p_value ?? NaN, 0.014692643264749854, 1e-9);
    expect(latency?.baseline.median).toBe(700);
    expect(latency?.absolute_change).toBe(15);
    expectClose(latency?.relative_change ?? NaN, 0.02142857142857143, 1e-12);
    const [low, high] = latency!.ci!;
    expect(low).toBeLessThanOrEqual(15);
    expect(high).toBeGreaterThanOrEqual(15);
  });

  it('tests latency with the signed-rank test and success with McNemar', () => {
    const r = rng(3);
    const lat: [string, number][] = [];
    const latC: [string, number][] = [];
    const ok: [string, number][] = [];
    const okC: [string, number][] = [];
    for (let i = 0; i < 40; i++) {
      const l = Math.exp(r.normal(6, 0.5));
      lat.push([`${i}`, l * Math.exp(r.normal(0, 0.05))]);
      latC.push([`${i}`, 1.6 * l * Math.exp(r.normal(0, 0.05))]);
      ok.push([`${i}`, 1]);
      okC.push([`${i}`, i < 12 ? 0 : 1]);
    }
    const paired = testMetricsPaired(
      ['latency_ms', 'success'],
      samples({ latency_ms: lat, success: ok }),
      samples({ latency_ms: latC, success: okC }),
      options,
    );
    const [latency, success] = status(paired.tests);
    expect(latency).toMatchObject({ test: 'wilcoxon_signed_rank', status: 'regressed' });
    // All 40 latencies rose: the exact one-sided p is 2^-40, before the correction.
    expect(latency?.p_value).toBe(2 ** -40);
    expect(success).toMatchObject({
      test: 'mcnemar_exact',
      status: 'regressed',
    });
    expect(success?.absolute_change).toBeCloseTo(-0.3, 12);
    expectClose(success?.p_value ?? NaN, 2 ** -12, 1e-12);
  });

  // Nightly runs of a 200-case suite on the baseline (4 calls a case), the candidate run once:
  // flaky baseline cases the candidate passed must not cancel the cases it lost.
  function nightly(seed: number, drop: number, baseCalls: number, candCalls: number, crashed = 0) {
    const r = rng(seed);
    const base: [string, number][] = [];
    const cand: [string, number][] = [];
    for (let i = 0; i < 200; i++) {
      // Most cases pass nearly always; some are flaky.
      const p = i % 10 === 0 ? 0.75 : 0.99;
      for (let k = 0; k < baseCalls; k++) base.push([`${i}`, r.uniform() < p ? 1 : 0]);
      for (let k = 0; k < candCalls; k++) cand.push([`${i}`, r.uniform() < p - drop ? 1 : 0]);
    }
    // Baseline calls that crashed before they were logged: a few cases have one call fewer.
    base.splice(0, crashed);
    return testMetricsPaired(
      ['success'],
      samples({ success: base }),
      samples({ success: cand }),
      options,
    );
  }

  it('tests success with repeated calls of a case on the calls, not on which way each moved', () => {
    const [dropped] = status(nightly(11, 0.1, 4, 1).tests);
    expect(dropped).toMatchObject({ test: 'cmh_exact', status: 'regressed' });
    // A call that crashed leaves the numbers unequal by one: the same test, the same verdict.
    expect(status(nightly(11, 0.1, 4, 1, 1).tests)[0]).toMatchObject({
      test: 'cmh_exact',
      status: 'regressed',
    });
    // The interval is about the change shown: the mean of the per-case rate differences.
    const change = dropped!.absolute_change!;
    expect(change).toBeLessThan(-0.05);
    const [low, high] = dropped!.ci!;
    expect(low).toBeLessThan(change);
    expect(high).toBeGreaterThan(change);
    expect(high).toBeLessThan(0);
    // No change, three calls a case on both sides: never a warning for want of evidence (the
    // sign test's interval was 0.3 wide here), at most the test's own false alarms.
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const [same] = status(nightly(seed, 0, 3, 3).tests);
      expect(same?.test).toBe('cmh_exact');
      expect(['unchanged', 'degraded', 'improved']).toContain(same?.status);
      expect(same!.ci![1] - same!.ci![0]).toBeLessThan(0.1);
    }
  });

  it('tests success with unequal calls per case, or values past 0 and 1, on the change shown', () => {
    // 40 cases run 10 times improve (85 % to 95 %), 40 run once drop (90 % to 50 %): the change
    // shown, each case once, is a drop; the stratified test, weighing calls, read "improved".
    const r = rng(21);
    const base: [string, number][] = [];
    const cand: [string, number][] = [];
    for (let i = 0; i < 80; i++) {
      const [calls, before, after] = i < 40 ? [10, 0.85, 0.95] : [1, 0.9, 0.5];
      for (let k = 0; k < calls; k++) {
        base.push([`${i}`, r.uniform() < before ? 1 : 0]);
        cand.push([`${i}`, r.uniform() < after ? 1 : 0]);
      }
    }
    const [mixed] = status(
      testMetricsPaired(
        ['success'],
        samples({ success: base }),
        samples({ success: cand }),
        options,
      ).tests,
    );
    expect(mixed?.test).toBe('paired_t');
    expect(mixed!.absolute_change!).toBeLessThan(0);
    expect(['regressed', 'inconclusive']).toContain(mixed?.status);
    // Failures logged as -1: not a success rate, so not tested, paired or not (and never green).
    const minus = (side: [string, number][]): [string, number][] =>
      side.map(([id, v]) => [id, v === 0 ? -1 : v]);
    const [negative] = status(
      testMetricsPaired(
        ['success'],
        samples({ success: minus(base) }),
        samples({ success: minus(cand) }),
        options,
      ).tests,
    );
    expect(negative?.status).toBe('inconclusive');
    expect(negative?.not_tested).toMatch(/success values are neither 0 nor 1 \(-1\.00\)/);
  });

  it('falls back to the unpaired tests, saying why, when too few cases match', () => {
    const { base, cand } = evaluation(5, 40, 0.12);
    const shifted = cand.map(([id, v], i): [string | null, number] => [
      i < 20 ? id : `"other-${i}"`,
      v,
    ]);
    const paired = pairedQuality(base, shifted);
    const [q] = status(paired.tests);
    expect(q).toMatchObject({
      test: 'welch_t',
      paired: false,
      matched_cases: 20,
      candidate_only_cases: 20,
    });
    expect(paired.pairing.paired).toBe(false);
    expect(paired.notes).toEqual([
      'Not paired by case_id (quality): fewer than 30 matched cases have a value on both sides; tested unpaired on all calls instead.',
    ]);
  });

  it("says when baseline-max-samples left too few of the baseline's cases to pair", () => {
    // The read of the baseline's calls with a case id stopped at the cap, 20 calls (too few for
    // the unpaired test too: no fallback note).
    const { base, cand } = evaluation(5, 40, 0.12);
    const paired = testMetricsPaired(
      ['quality_score'],
      samples({ quality_score: base.slice(20) }),
      samples({ quality_score: cand }),
      { ...options, baselineMaxSamples: 20, baselineMaxGiven: true },
    );
    expect(paired.pairing).toMatchObject({ paired: false, candidate_only_cases: 20 });
    expect(paired.notes).toEqual([
      "Pairing by case_id read the baseline's newest 20 calls with one (baseline-max-samples): 20 of the candidate's 40 cases are not among them, too few matched cases left to pair. Its older calls may have them: raise baseline-max-samples to pair them.",
    ]);
  });

  it("shows a few of each side's case ids when they share none", () => {
    // The library's json.dumps wrote the baseline's ids as floats, the candidate's as integers.
    const { base, cand } = evaluation(5, 40, 0);
    const floats = base.map(([, v], i): [string | null, number] => [`${i}.0`, v]);
    const ints = cand.map(([, v], i): [string | null, number] => [`${i}`, v]);
    const paired = pairedQuality(floats, ints);
    expect(paired.notes).toEqual([
      'Not paired by case_id (quality): the two sides share no case_id; tested unpaired on all calls instead.',
      'case_id values seen, compared as JSON text: baseline 0.0, 1.0, 2.0, …; candidate 0, 1, 2, ….',
    ]);
  });

  it('tests unpaired when failures without a case id would fall outside the pairs', () => {
    // Every case succeeds on both sides; the candidate also failed 15 times on an error path
    // that logged no metadata. The pairs alone see no change at all.
    const ok: [string | null, number][] = Array.from({ length: 60 }, (_, i) => [`"c${i}"`, 1]);
    const failures: [string | null, number][] = Array.from({ length: 15 }, () => [null, 0]);
    const paired = testMetricsPaired(
      ['success'],
      samples({ success: ok }),
      samples({ success: [...ok, ...failures] }),
      options,
    );
    const [success] = status(paired.tests);
    expect(success).toMatchObject({ test: 'fisher_exact', paired: false, status: 'regressed' });
    expect(paired.notes).toEqual([
      "Not paired by case_id (success rate): 15 of the candidate's 75 calls have no case_id, 15 of them failed (an error path logging without it?), and the pairs alone would leave them out; tested unpaired on all calls instead.",
    ]);
    // Under the share, a failure among them still counts: 6 in 126 calls were a regression.
    const some = testMetricsPaired(
      ['success'],
      samples({ success: ok }),
      samples({ success: [...ok, [null, 0]] }),
      options,
    );
    expect(status(some.tests)[0]).toMatchObject({ test: 'fisher_exact', paired: false });
    expect(some.notes[0]).toMatch(
      /1 of the candidate's 61 calls have no case_id, 1 of them failed/,
    );
    // Stray calls that succeeded, under the share: the pairs decide, and they are only counted.
    const one = testMetricsPaired(
      ['success'],
      samples({ success: ok }),
      samples({ success: [...ok, [null, 1]] }),
      options,
    );
    expect(status(one.tests)[0]).toMatchObject({ test: 'mcnemar_exact', paired: true });
    expect(one.notes).toEqual([]);
  });

  it('says when case ids were lost to metadata too long to read', () => {
    // 4 of 40 calls also logged a 120,000-character answer in their metadata: the store read
    // no case id from them, and the note blamed an error path.
    const { base, cand } = evaluation(5, 40, 0);
    const unread = (calls: [string | null, number][]) =>
      calls.map(([id, v], i): [string | null, number] => [i < 4 ? null : id, v]);
    const withTooLong = (s: Samples): Samples => ({ ...s, cases: { ...s.cases!, tooLong: 4 } });
    const paired = testMetricsPaired(
      ['quality_score'],
      withTooLong(samples({ quality_score: unread(base) })),
      withTooLong(samples({ quality_score: unread(cand) })),
      options,
    );
    expect(paired.notes).toEqual([
      "Not paired by case_id (quality): 4 of the candidate's 40 calls have no case_id (4 calls of the candidate have metadata longer than 100,000 characters, which is not read: log long texts elsewhere than in metadata), and the pairs alone would leave them out; tested unpaired on all calls instead.",
    ]);
  });

  it('says which side lacks case ids', () => {
    const { base, cand } = evaluation(5, 40, 0);
    const none = base.map(([, v]): [string | null, number] => [null, v]);
    const paired = pairedQuality(none, cand);
    expect(paired.pairing).toMatchObject({ paired: false, baseline_calls_without_case: 40 });
    expect(paired.notes[0]).toBe(
      'Not paired by case_id (quality): no call of the baseline has a case_id in its metadata; tested unpaired on all calls instead.',
    );
  });

  it('says what the metadata holds instead of the key, per side', () => {
    const { base, cand } = evaluation(5, 40, 0);
    const none = (calls: [string | null, number][]) =>
      calls.map(([, v]): [string | null, number] => [null, v]);
    const withHint = (s: Samples, hint: { keys: string[]; unusable: number }): Samples => ({
      ...s,
      cases: { ...s.cases!, hint },
    });
    const note = (
      b: { keys: string[]; unusable: number },
      c: { keys: string[]; unusable: number },
    ) =>
      testMetricsPaired(
        ['quality_score'],
        withHint(samples({ quality_score: none(base) }), b),
        withHint(samples({ quality_score: none(cand) }), c),
        options,
      ).notes[0];
    expect(note({ keys: ['case', 'split'], unusable: 0 }, { keys: [], unusable: 3 })).toBe(
      'Not paired by case_id (quality): no call of the baseline or the candidate has a case_id in its metadata (the baseline\'s metadata has the keys "case", "split"; 3 candidate calls with metadata that is not a JSON object); tested unpaired on all calls instead.',
    );
    expect(note({ keys: ['caseid'], unusable: 1 }, { keys: [], unusable: 0 })).toBe(
      'Not paired by case_id (quality): no call of the baseline or the candidate has a case_id in its metadata (the baseline\'s metadata has the key "caseid", 1 baseline call with metadata that is not a JSON object; the candidate\'s calls have no metadata); tested unpaired on all calls instead.',
    );
    // Alike on both sides: said once.
    expect(note({ keys: ['split'], unusable: 0 }, { keys: ['split'], unusable: 0 })).toBe(
      'Not paired by case_id (quality): no call of the baseline or the candidate has a case_id in its metadata (both sides\' metadata has the key "split"); tested unpaired on all calls instead.',
    );
    expect(note({ keys: [], unusable: 0 }, { keys: [], unusable: 0 })).toBe(
      "Not paired by case_id (quality): no call of the baseline or the candidate has a case_id in its metadata (neither side's calls have metadata); tested unpaired on all calls instead.",
    );
  });
});
