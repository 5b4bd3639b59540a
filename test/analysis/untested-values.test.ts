// Values that cannot be compared as they are: quality on two scales, latency missing from many calls.
import { describe, expect, it } from 'vitest';
import { verdictLine } from '../../src/render/compare/content.js';
import { TEXT_STYLE } from '../../src/render/compare/text.js';
import { compareMemory } from './defaults.js';
import { makeCalls, type MemoryCall, type MemoryVersion } from './memory-store.js';

const version = (v: string, calls: MemoryCall[]): MemoryVersion => ({
  name: 'summarizer',
  version: v,
  timestamp: v === '1.0.0' ? '2026-11-01T00:00:00+00:00' : '2026-11-26T00:00:00+00:00',
  calls,
});
/** Quality scores set call by call. */
const scored = (scores: number[], seed: number, start: string): MemoryCall[] =>
  makeCalls(scores.length, { seed, start }).map((c, i) => ({
    ...c,
    values: { ...c.values, quality_score: scores[i]! },
  }));
const spread = (n: number, center: number, step: number): number[] =>
  Array.from({ length: n }, (_, i) => center + ((i % 5) - 2) * step);

function quality(baseline: number[], candidate: number[]) {
  const base = version('1.0.0', scored(baseline, 1, '2026-11-01T00:00:00Z'));
  const report = compareMemory(
    [base],
    [base, version('1.1.0', scored(candidate, 2, '2026-11-26T00:00:00Z'))],
  );
  const q = report.comparisons[0]!.metrics.find((m) => m.metric === 'quality_score')!;
  return { report, q };
}

describe('quality scores far past 1 on one side only', () => {
  it('leaves quality untested, never passed, when a few scores of 5 hide a drop', () => {
    // 85 calls at 0.6 against 0.8, and 15 logged at 5: the mean reads +57 %.
    const { report, q } = quality(spread(200, 0.8, 0.02), [
      ...spread(85, 0.6, 0.02),
      ...Array<number>(15).fill(5),
    ]);
    expect(q).toMatchObject({ status: 'inconclusive', p_value: null });
    expect(q.not_tested).toMatch(
      /15 of the candidate's 100 scores are 1\.5 or more \(up to 5\.00\)/,
    );
    expect(report.verdict).not.toBe('passed');
    // The verdict names the metric not tested, not a change of +57 % that means nothing.
    expect(verdictLine(report, TEXT_STYLE).detail).toMatch(
      /not tested, values that cannot be compared as logged \(summarizer 1\.1\.0: quality not tested\)$/,
    );
  });

  it('says one score in the singular', () => {
    const { q } = quality(spread(100, 0.8, 0.02), [...spread(99, 0.6, 0.02), 5]);
    expect(q.not_tested).toMatch(/^1 of the candidate's 100 scores is 1\.5 or more/);
  });

  it('says so for a baseline on another scale too', () => {
    const { q } = quality(spread(100, 3, 0.5), spread(100, 0.8, 0.02));
    expect(q.not_tested).toMatch(/100 of the baseline's 100 scores are 1\.5 or more/);
  });

  it('leaves quality untested when a 0/1 grade meets stars, mostly one star', () => {
    // The baseline graded pass/fail (80 % pass), the candidate in 1 to 5 stars, 64 % one star.
    const grades = Array.from({ length: 100 }, (_, i) => (i % 5 === 0 ? 0 : 1));
    const stars = Array.from({ length: 100 }, (_, i) => (i < 64 ? 1 : 2 + (i % 4)));
    const { report, q } = quality(grades, stars);
    expect(q).toMatchObject({ status: 'inconclusive', p_value: null });
    expect(q.not_tested).toMatch(/of the candidate's 100 scores are 1\.5 or more/);
    expect(report.verdict).not.toBe('passed');
  });

  it('tests a candidate graded at the bottom of a 1 to 5 scale as a regression', () => {
    // A broken candidate: every call graded 1, against 4s and 5s.
    const { report, q } = quality(spread(100, 4, 0.5), Array<number>(100).fill(1));
    expect(q).toMatchObject({ status: 'regressed' });
    expect(q.not_tested).toBeUndefined();
    expect(report.verdict).toBe('regressed');
  });

  it('tests scores past 1 on both sides as they are (a 1 to 5 scale)', () => {
    const { q } = quality(spread(100, 4, 0.5), spread(100, 3, 0.5));
    expect(q).toMatchObject({ status: 'regressed' });
    expect(q.not_tested).toBeUndefined();
  });
});

describe('latency the candidate lacks on many calls', () => {
  const timed = (n: number, seed: number, start: string, untimed = 0): MemoryCall[] =>
    makeCalls(n, { seed, start, success: 1 }).map((c, i) =>
      i < untimed ? { ...c, values: { ...c.values, latency_ms: null } } : c,
    );
  const latency = (candidate: MemoryCall[]) => {
    const base = version('1.0.0', timed(200, 1, '2026-11-01T00:00:00Z'));
    const report = compareMemory([base], [base, version('1.1.0', candidate)]);
    return {
      report,
      l: report.comparisons[0]!.metrics.find((m) => m.metric === 'latency_ms')!,
    };
  };

  it('leaves latency untested, never passed, when 40 of 100 calls timed out unlogged', () => {
    // Timeouts logged as infinity (read as no value) with success left at 1: the 60 calls that
    // finished are as fast as ever.
    const { report, l } = latency(timed(100, 2, '2026-11-26T00:00:00Z', 40));
    expect(l).toMatchObject({ status: 'inconclusive', p_value: null });
    expect(l.not_tested).toMatch(
      /^40 of the candidate's 100 calls that did not fail have no latency/,
    );
    expect(report.verdict).not.toBe('passed');
  });

  it('tests latency as usual when the calls without one are failures', () => {
    // The library logs a failed call without a latency: 10 % failures on both sides.
    const failing = (n: number, seed: number, start: string, failed: number): MemoryCall[] =>
      makeCalls(n, { seed, start }).map((c, i) =>
        i < failed ? { ...c, values: { ...c.values, latency_ms: null, success: 0 } } : c,
      );
    const base = version('1.0.0', failing(600, 1, '2026-11-01T00:00:00Z', 54));
    const report = compareMemory(
      [base],
      [base, version('1.1.0', failing(600, 2, '2026-11-26T00:00:00Z', 62))],
    );
    const l = report.comparisons[0]!.metrics.find((m) => m.metric === 'latency_ms')!;
    expect(l.not_tested).toBeUndefined();
    expect(l.p_value).not.toBeNull();
  });

  it('tests latency as usual when a few calls lack it', () => {
    const { l } = latency(timed(100, 2, '2026-11-26T00:00:00Z', 4));
    expect(l.not_tested).toBeUndefined();
    expect(l.p_value).not.toBeNull();
  });
});

describe('quality the candidate lacks on many calls', () => {
  const base = version('1.0.0', makeCalls(200, { seed: 1, start: '2026-11-01T00:00:00Z', success: 1 })); // prettier-ignore
  const withQuality = (q: number | null, failed = false): MemoryCall[] =>
    makeCalls(60, { seed: 2, start: '2026-11-26T00:00:00Z', success: 1 }).map(
      (c, i) =>
      i < 15 ? { ...c, values: { ...c.values, quality_score: q, ...(failed ? { success: 0 } : {}) } } : c, // prettier-ignore
    );
  const quality = (calls: MemoryCall[]) => {
    const report = compareMemory([base], [base, version('1.1.0', calls)]);
    return { report, q: report.comparisons[0]!.metrics.find((m) => m.metric === 'quality_score')! }; // prettier-ignore
  };

  it('leaves quality untested, never passed, when a quarter of the answers were not scored', () => {
    // A judge that leaves an answer unscored (or scores it -infinity, which the store's reader
    // takes as no value): the 45 scored calls are as good as ever.
    for (const missing of [null]) {
      const { report, q } = quality(withQuality(missing));
      expect(q).toMatchObject({ status: 'inconclusive', p_value: null });
      expect(q.not_tested).toMatch(
        /^15 of the candidate's 60 calls that did not fail have no quality score .*: the worst calls may be the ones left out; score every call/,
      );
      expect(report.verdict).not.toBe('passed');
    }
  });

  it('says why, not "too few values", when no answer was scored at all', () => {
    const none = makeCalls(60, { seed: 2, start: '2026-11-26T00:00:00Z', success: 1 }).map((c) => ({ ...c, values: { ...c.values, quality_score: null } })); // prettier-ignore
    const { report, q } = quality(none);
    expect(q).toMatchObject({ status: 'inconclusive', p_value: null });
    expect(q.not_tested).toMatch(/^60 of the candidate's 60 calls that did not fail have no quality score/); // prettier-ignore
    expect(report.verdict).toBe('warning');
  });

  it('tests quality as usual when the calls without a score are failures', () => {
    const { q } = quality(withQuality(null, true));
    expect(q.not_tested).toBeUndefined();
    expect(q.p_value).not.toBeNull();
  });
});

describe('a latency, cost or token count below 0', () => {
  it('leaves the metric untested, never passed: a few negative costs outweigh a rise', () => {
    const base = version('1.0.0', makeCalls(200, { seed: 1, start: '2026-11-01T00:00:00Z', cost: [0.0017, 0.0003] })); // prettier-ignore
    // Costs up 250 %, but 6 calls priced from negative token counts.
    const calls = makeCalls(60, { seed: 2, start: '2026-11-26T00:00:00Z', cost: [0.006, 0.001] }).map((c, i) =>
      i < 6 ? { ...c, values: { ...c.values, cost_eur: -0.1708, total_tokens: -19706 } } : c,
    ); // prettier-ignore
    const report = compareMemory([base], [base, version('1.1.0', calls)]);
    const metric = (m: string) => report.comparisons[0]!.metrics.find((x) => x.metric === m)!;
    expect(metric('cost_eur')).toMatchObject({ status: 'inconclusive', p_value: null });
    expect(metric('cost_eur').not_tested).toBe(
      "6 of the candidate's 60 calls have a negative cost (down to −0.171), which no call can have: check how it was logged (the token counts and prices it comes from)",
    );
    expect(metric('total_tokens').not_tested).toMatch(/^6 of the candidate's 60 calls have a negative token count/); // prettier-ignore
    expect(report.verdict).not.toBe('passed');
  });

  it("names the baseline's, and tests on when a few small ones cannot move a mean", () => {
    const calls = makeCalls(100, { seed: 1, start: '2026-11-01T00:00:00Z', cost: [0.002, 0.0003] });
    calls[3] = { ...calls[3]!, values: { ...calls[3]!.values, cost_eur: -0.05 } };
    const cand = makeCalls(100, { seed: 2, start: '2026-11-26T00:00:00Z', cost: [0.002, 0.0003] });
    const metric = (b: MemoryCall[], m: string) => {
      const base = version('1.0.0', b);
      const r = compareMemory([base], [base, version('1.1.0', cand)]);
      return r.comparisons[0]!.metrics.find((x) => x.metric === m)!;
    };
    expect(metric(calls, 'cost_eur').not_tested).toBe(
      "1 of the baseline's 100 calls has a negative cost (down to −0.05), which no call can have: check how it was logged (the token counts and prices it comes from)",
    );
    // A clock step's -3 ms latency (judged on ranks), one -300 among a thousand token counts:
    // tested as usual.
    const stepped = makeCalls(1000, { seed: 1, start: '2026-11-01T00:00:00Z' });
    stepped[3] = { ...stepped[3]!, values: { ...stepped[3]!.values, latency_ms: -3, total_tokens: -300 } }; // prettier-ignore
    expect(metric(stepped, 'latency_ms').not_tested).toBeUndefined();
    // A timer that ran backwards on a tenth of the calls: not tested.
    const backwards = stepped.map((c, i) => (i % 10 === 0 ? { ...c, values: { ...c.values, latency_ms: -400 } } : c)); // prettier-ignore
    expect(metric(backwards, 'latency_ms').not_tested).toMatch(/^101 of the baseline's 1000 calls have a negative latency/); // prettier-ignore
    expect(metric(stepped, 'latency_ms').p_value).not.toBeNull();
    expect(metric(stepped, 'total_tokens').not_tested).toBeUndefined();
  });
});

describe('success the candidate lacks on many calls', () => {
  it('leaves the success rate untested when failures were logged with success=None', () => {
    const base = version('1.0.0', makeCalls(200, { seed: 1, start: '2026-11-01T00:00:00Z', success: 1 })); // prettier-ignore
    // 20 of 60 calls timed out, logged with an error and success None: the other 40 all passed.
    const calls = makeCalls(60, { seed: 2, start: '2026-11-26T00:00:00Z', success: 1 }).map((c, i) =>
      i < 20 ? { ...c, values: { ...c.values, success: null } } : c,
    ); // prettier-ignore
    const report = compareMemory([base], [base, version('1.1.0', calls)]);
    const s = report.comparisons[0]!.metrics.find((m) => m.metric === 'success')!;
    expect(s).toMatchObject({ status: 'inconclusive', p_value: null });
    expect(s.not_tested).toMatch(/^20 of the candidate's 60 calls have no success value .* log a failed call with success=False$/); // prettier-ignore
    expect(report.verdict).not.toBe('passed');
    // A few calls without one (under a tenth) are tested as usual.
    const few = calls.map((c, i) => (i < 20 && i >= 3 ? { ...c, values: { ...c.values, success: 1 } } : c)); // prettier-ignore
    const tested = compareMemory([base], [base, version('1.1.0', few)]);
    expect(tested.comparisons[0]!.metrics.find((m) => m.metric === 'success')?.not_tested).toBeUndefined(); // prettier-ignore
  });
});

describe('latency in another unit on one side', () => {
  it('does not pass a candidate 100 times faster, and fails one 100 times slower', () => {
    const base = version('1.0.0', makeCalls(200, { seed: 1, start: '2026-11-01T00:00:00Z' }));
    // Twice as slow, in seconds: about 1 against 400 ms. Tested as it is, that read "improved"
    // and passed a slower prompt: it is not tested, a warning. A cache lost reads like the
    // other way round, and that regression must fail: the test runs.
    const seconds = makeCalls(100, { seed: 2, start: '2026-11-26T00:00:00Z', latency: [0.8, 0.1] });
    const report = compareMemory([base], [base, version('1.1.0', seconds)]);
    const c = report.comparisons[0]!;
    const l = c.metrics.find((m) => m.metric === 'latency_ms')!;
    expect(l.not_tested).toMatch(/^the candidate's median latency is \d+ times lower than the baseline's \([\d.]+ against 4\d\d\): seconds logged as milliseconds/); // prettier-ignore
    expect(l.status).toBe('inconclusive');
    expect(report.verdict).toBe('warning');
    // Whole seconds, rounded down: a median of 0 against 400 ms is not tested either.
    const whole = seconds.map((c, i) => ({ ...c, values: { ...c.values, latency_ms: i % 4 === 0 ? 1 : 0 } })); // prettier-ignore
    const floored = compareMemory([base], [base, version('1.1.0', whole)]);
    expect(floored.comparisons[0]!.metrics.find((m) => m.metric === 'latency_ms')?.not_tested).toMatch(/^the candidate's median latency is far lower than the baseline's \(0\.00 against 4\d\d\)/); // prettier-ignore
    expect(c.warnings.join('\n')).toMatch(
      /^Latency: the candidate's median is [\d.]+, the baseline's 4\d\d, \d+ times more\. If one side logged seconds, log both in milliseconds/m,
    );
    const lost = makeCalls(100, { seed: 3, start: '2026-11-26T00:00:00Z', latency: [1500, 100] });
    const cached = version(
      '1.0.0',
      makeCalls(200, { seed: 4, start: '2026-11-01T00:00:00Z', latency: [12, 2] }),
    );
    const slow = compareMemory([cached], [cached, version('1.1.0', lost)]);
    expect(slow.comparisons[0]!.metrics.find((m) => m.metric === 'latency_ms')?.status).toBe(
      'regressed',
    );
    expect(slow.verdict).toBe('regressed');
  });
});

describe('every call of a side failed', () => {
  // The library's test runner, broken in one release, fails every call at once: no quality,
  // a latency of microseconds, success 0 on both sides.
  const failed = (n: number, seed: number, start: string, latency: [number, number]) =>
    makeCalls(n, { seed, start, success: 0, latency }).map((c) => ({
      ...c,
      values: { ...c.values, quality_score: null },
    }));

  it('does not let the latency of failures decide when both sides failed throughout', () => {
    const base = version('1.0.0', failed(120, 1, '2026-11-01T00:00:00Z', [0.0012, 0.0001]));
    // 40 % slower failures: tested, that read "latency +40 %, regressed" and failed the check.
    const head = version('1.1.0', failed(120, 2, '2026-11-26T00:00:00Z', [0.0017, 0.0001]));
    const report = compareMemory([base], [base, head]);
    const c = report.comparisons[0]!;
    const l = c.metrics.find((m) => m.metric === 'latency_ms')!;
    expect(l).toMatchObject({ status: 'inconclusive', p_value: null });
    expect(l.not_tested).toMatch(/^every call of both versions failed \(success 0\): their latencies are those of failures, not of the prompts; make the calls succeed/); // prettier-ignore
    expect(c.metrics.find((m) => m.metric === 'cost_eur')?.not_tested).toMatch(/their costs/);
    expect(c.metrics.find((m) => m.metric === 'success')).toMatchObject({ status: 'unchanged' });
    expect(report.verdict).toBe('warning');
  });

  it('does not fail a prompt that fixes one whose calls all failed on latency', () => {
    // Failing at once, in 5 ms; the fix answers in 400 ms: a "latency regression" before.
    const base = version('1.0.0', failed(120, 1, '2026-11-01T00:00:00Z', [5, 1]));
    const fixed = makeCalls(120, { seed: 2, start: '2026-11-26T00:00:00Z', success: 1 });
    const report = compareMemory([base], [base, version('1.1.0', fixed)]);
    const c = report.comparisons[0]!;
    expect(c.metrics.find((m) => m.metric === 'latency_ms')?.not_tested).toMatch(/^every one of the baseline's 120 calls failed \(success 0\): its latencies are those of failures, not comparable with ones of calls that succeeded$/); // prettier-ignore
    expect(c.metrics.find((m) => m.metric === 'success')).toMatchObject({ status: 'improved' });
    expect(report.verdict).not.toBe('regressed');
  });

  it('still fails a candidate whose calls all fail, and tests latency when some succeed', () => {
    const base = version('1.0.0', makeCalls(120, { seed: 1, start: '2026-11-01T00:00:00Z', success: 1 })); // prettier-ignore
    const broken = compareMemory([base], [base, version('1.1.0', failed(120, 2, '2026-11-26T00:00:00Z', [5, 1]))]); // prettier-ignore
    expect(broken.verdict).toBe('regressed');
    expect(broken.comparisons[0]!.metrics.find((m) => m.metric === 'success')).toMatchObject({ status: 'regressed' }); // prettier-ignore
    // One call in ten succeeding: latency is the prompt's again, and tested.
    const some = makeCalls(120, { seed: 3, start: '2026-11-26T00:00:00Z', success: 0.1 });
    const tested = compareMemory([base], [base, version('1.1.0', some)]);
    expect(tested.comparisons[0]!.metrics.find((m) => m.metric === 'latency_ms')?.not_tested).toBeUndefined(); // prettier-ignore
  });
});

describe('a metric with too few values beside a tested one', () => {
  it('is named in the verdict line, whatever the prompt status', () => {
    // 40 candidate calls, 29 of them scored (min-samples 30), and latency 60 % slower.
    const cand = makeCalls(40, { seed: 2, start: '2026-11-26T00:00:00Z', latency: [640, 60] }).map(
      (c, i) => (i < 11 ? { ...c, values: { ...c.values, quality_score: null } } : c),
    );
    // A baseline scored on a sample of its calls too (so the unscored calls are no news).
    const base = version('1.0.0', makeCalls(200, { seed: 1, start: '2026-11-01T00:00:00Z' }).map(
      (c, i) => (i % 4 === 0 ? { ...c, values: { ...c.values, quality_score: null } } : c),
    )); // prettier-ignore
    const report = compareMemory([base], [base, version('1.1.0', cand)]);
    const q = report.comparisons[0]!.metrics.find((m) => m.metric === 'quality_score')!;
    expect(q.status).toBe('insufficient_data');
    expect(report.comparisons[0]!.status).toBe('regressed');
    expect(verdictLine(report, TEXT_STYLE).detail).toMatch(
      /summarizer 1\.1\.0: latency \+[\d.]+ %, p [^;]*; quality not tested, too few values\)$/,
    );
  });
});

describe('candidate calls on models the baseline never ran', () => {
  const base = version('1.0.0', makeCalls(200, { seed: 1, start: '2026-11-01T00:00:00Z', model: 'gpt-4o', quality: [0.85, 0.05] })); // prettier-ignore
  const run = (others: number) => {
    const same = makeCalls(40, { seed: 2, start: '2026-11-26T00:00:00Z', model: 'gpt-4o', quality: [0.86, 0.05] }); // prettier-ignore
    const mini = makeCalls(others, { seed: 3, start: '2026-11-26T06:00:00Z', model: 'gpt-4o-mini', quality: [0.55, 0.05] }); // prettier-ignore
    return compareMemory([base], [base, version('1.1.0', [...same, ...mini])]);
  };

  it('never passes a candidate whose calls on a new model nothing tested', () => {
    // 100 of 140 calls on gpt-4o-mini at quality 0.55: left out, like with like.
    const r = run(100);
    const c = r.comparisons[0]!;
    expect(c.candidate.left_out).toEqual({ models: ['gpt-4o-mini'], calls: 100 });
    expect(c.status).toBe('unchanged');
    expect(r.verdict).toBe('warning');
    expect(r.counts.untested).toBe(1);
    expect(verdictLine(r, TEXT_STYLE)).toMatchObject({
      headline: 'Changed prompt not tested',
      detail:
        '1 changed prompt: 1 not tested on every model it ran (summarizer 1.1.0: 100 calls on gpt-4o-mini, which the baseline never ran)',
    });
    // fail-on untested fails it, as it fails a prompt with too few calls.
    const same = makeCalls(40, { seed: 2, start: '2026-11-26T00:00:00Z', model: 'gpt-4o' });
    const mini = makeCalls(100, { seed: 3, start: '2026-11-26T06:00:00Z', model: 'gpt-4o-mini' });
    const strict = compareMemory([base], [base, version('1.1.0', [...same, ...mini])], { failOn: 'untested' }); // prettier-ignore
    expect(strict.verdict).toBe('regressed');
  });

  it('passes as before when a few calls ran on another model', () => {
    const r = run(3);
    expect(r.comparisons[0]!.candidate.left_out).toEqual({ models: ['gpt-4o-mini'], calls: 3 });
    expect(r.verdict).toBe('passed');
  });
});

describe('success values other than 0 and 1', () => {
  /** Success set call by call. */
  const succeeded = (values: number[], seed: number, start: string): MemoryCall[] =>
    makeCalls(values.length, { seed, start }).map((c, i) => ({
      ...c,
      values: { ...c.values, success: values[i]! },
    }));
  function success(baseline: number[], candidate: number[]) {
    const base = version('1.0.0', succeeded(baseline, 1, '2026-11-01T00:00:00Z'));
    const report = compareMemory(
      [base],
      [base, version('1.1.0', succeeded(candidate, 2, '2026-11-26T00:00:00Z'))],
    );
    return { report, s: report.comparisons[0]!.metrics.find((m) => m.metric === 'success')! };
  }
  const ones = Array<number>(60).fill(1);

  it('leaves success untested, never passed, when half failures and half 2s read as no change', () => {
    const { report, s } = success(ones, [
      ...Array<number>(30).fill(0),
      ...Array<number>(30).fill(2),
    ]);
    expect(s).toMatchObject({ status: 'inconclusive', p_value: null });
    expect(s.not_tested).toBe(
      "30 of the candidate's 60 success values are neither 0 nor 1 (2.00): a call succeeds or not; log success as True or False",
    );
    expect(report.verdict).not.toBe('passed');
  });

  it('says so of the baseline, and of both sides', () => {
    const half = [...Array<number>(30).fill(1), ...Array<number>(30).fill(0.5)];
    expect(success(half, ones).s.not_tested).toMatch(/^30 of the baseline's 60 success values are neither 0 nor 1 \(0\.500\): /); // prettier-ignore
    expect(success(half, [...ones.slice(1), 3]).s.not_tested).toMatch(/^1 of the candidate's 60 success values is neither 0 nor 1 \(3\.00\) \(and some of the baseline's too\): /); // prettier-ignore
  });

  it('tests failures logged as 0 and 1 as usual', () => {
    const { report, s } = success(ones, [
      ...Array<number>(30).fill(0),
      ...Array<number>(30).fill(1),
    ]);
    expect(s.not_tested).toBeUndefined();
    expect(s.status).toBe('regressed');
    expect(report.verdict).toBe('regressed');
  });
});
