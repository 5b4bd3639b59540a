// How a tested metric is decided: the sample-size note, and intervals that agree with the verdict.
import { describe, expect, it } from 'vitest';
import { decideFamily, metricStatus } from '../../src/analysis/classify.js';
import { rankReach, testMetric } from '../../src/analysis/metric-test.js';
import { compareStores } from '../../src/analysis/compare.js';
import type { AnalysisOptions } from '../../src/config/config.js';
import { METRIC_SPECS } from '../../src/metrics.js';
import type { CompareReport, Correction } from '../../src/report/types.js';
import { welchTTest } from '../../src/stats/index.js';
import { ANALYSIS } from './defaults.js';
import { makeCalls, memoryStore, type MemoryCall, type MemoryVersion } from './memory-store.js';

const options = (correction: Correction = 'holm'): AnalysisOptions => ({ ...ANALYSIS, correction });

const version = (v: string, calls: MemoryCall[]): MemoryVersion => ({
  name: 'summarizer',
  version: v,
  timestamp: v === '1.0.0' ? '2026-11-01T00:00:00+00:00' : '2026-11-26T00:00:00+00:00',
  calls,
});

function run(base: MemoryCall[], cand: MemoryCall[], correction?: Correction): CompareReport {
  const b = version('1.0.0', base);
  return compareStores({
    head: memoryStore('head', [b, version('1.1.0', cand)]),
    base: memoryStore('base', [b]),
    options: options(correction),
    failOn: 'regressed',
    generatedAt: '2026-11-27T00:00:00.000Z',
  });
}

const successOf = (r: CompareReport) =>
  r.comparisons[0]?.metrics.find((m) => m.metric === 'success');

describe('the sample-size note', () => {
  it('is a note, not a warning, for 100 % success on 40 calls a side', () => {
    const r = run(
      makeCalls(40, { seed: 1, start: '2026-11-01T00:00:00Z', success: 1 }),
      makeCalls(40, { seed: 2, start: '2026-11-26T00:00:00Z', success: 1 }),
    );
    const s = successOf(r);
    expect(s).toMatchObject({ status: 'unchanged', underpowered: true });
    // The interval reaches −5 pp: 40 calls cannot resolve it, and the note says how many would.
    expect(s?.ci?.[0]).toBeLessThan(-0.05);
    expect(s?.samples_needed).toBeGreaterThan(40);
    expect(r.comparisons[0]?.status).toBe('unchanged');
    expect(r.verdict).toBe('passed');
  });

  it('names, near the threshold, a size whose interval would clear it or zero', () => {
    // 40 calls a side, quality 0.80 against 0.75 (sd 0.12): estimates of a few percent worse,
    // intervals of about ±8 %. The size that tells 5 % from no change (about 42 a side) would
    // leave the interval as wide as it is; settling needs it narrower than the estimate's
    // distance to the threshold or to zero.
    let checked = 0;
    for (let i = 0; i < 12; i++) {
      const r = run(
        makeCalls(40, { seed: 300 + i, start: '2026-11-01T00:00:00Z', quality: [0.8, 0.12] }),
        makeCalls(40, { seed: 400 + i, start: '2026-11-26T00:00:00Z', quality: [0.75, 0.12] }),
      );
      const q = r.comparisons[0]?.metrics.find((m) => m.metric === 'quality_score');
      if (q?.status !== 'inconclusive' || !q.ci || q.baseline.mean === null) continue;
      const e = -(q.relative_change as number);
      const reach = -q.ci[0] / q.baseline.mean - e;
      const margin = Math.max(q.threshold - e, e);
      const n = Math.min(q.candidate.n, q.baseline.n);
      expect(q.samples_needed).toBeGreaterThanOrEqual(Math.floor(n * (reach / margin) ** 2));
      checked++;
    }
    expect(checked).toBeGreaterThan(3);
  });

  it('names the size at which an estimate past the threshold would be significant', () => {
    // Every 30th candidate call cost EUR 5 (runaway outputs): cost far past its threshold, but
    // with a spread that makes telling +20 % from no change a matter of tens of millions of
    // calls. The estimate settles once significant: about (interval reach / estimate)² × n.
    const cand = makeCalls(60, { seed: 2, start: '2026-11-26T00:00:00Z' }).map((c, i) =>
      i % 30 === 0 ? { ...c, values: { ...c.values, cost_eur: 5 } } : c,
    );
    const r = run(makeCalls(60, { seed: 1, start: '2026-11-01T00:00:00Z' }), cand);
    const cost = r.comparisons[0]?.metrics.find((m) => m.metric === 'cost_eur');
    expect(cost?.status).toBe('inconclusive');
    expect(cost?.relative_change).toBeGreaterThan(cost!.threshold);
    expect(cost?.samples_needed).toBeGreaterThan(60);
    expect(cost?.samples_needed).toBeLessThan(2000);
  });

  it('names a size when the interval clears zero but the exact test is not significant', () => {
    // 30 of 30 against 26 of 30: Newcombe's interval [−26.6, −2.4] pp lies below zero, Fisher's
    // exact test gives p = 0.056. The estimate, −13.3 pp, is past the threshold: it settles once
    // significant, at about (z at the level / z at p)² × n calls a side.
    const failing = (calls: MemoryCall[], k: number): MemoryCall[] =>
      calls.map((c, i) => (i < k ? { ...c, values: { ...c.values, success: 0 } } : c));
    const r = run(
      makeCalls(30, { seed: 1, start: '2026-11-01T00:00:00Z', success: 1 }),
      failing(makeCalls(30, { seed: 2, start: '2026-11-26T00:00:00Z', success: 1 }), 4),
      'none',
    );
    const s = successOf(r);
    expect(s).toMatchObject({ status: 'inconclusive', test: 'fisher_exact' });
    expect(s?.p_value).toBeCloseTo(0.0562, 3);
    expect(s?.ci?.[1]).toBeLessThan(0);
    expect(s?.samples_needed).toBeGreaterThan(30);
    expect(s?.samples_needed).toBeLessThan(40);
    // One failure against none (p = 0.5, give or take its last bits): the interval's size.
    for (const [n, k] of [
      [30, 1],
      [40, 1],
      [35, 1],
    ] as const) {
      const one = run(
        makeCalls(40, { seed: 3, start: '2026-11-01T00:00:00Z', success: 1 }),
        failing(makeCalls(n, { seed: 4, start: '2026-11-26T00:00:00Z', success: 1 }), k),
        'none',
      );
      const needed = successOf(one)?.samples_needed ?? 0;
      expect(Number.isSafeInteger(needed)).toBe(true);
      expect(needed).toBeLessThan(5000);
    }
  });

  it('stays inconclusive (a warning) when the estimate leans worse: 39 of 40', () => {
    const cand = makeCalls(40, { seed: 2, start: '2026-11-26T00:00:00Z', success: 1 });
    const first = cand[0] as MemoryCall;
    cand[0] = { ...first, values: { ...first.values, success: 0 } };
    const r = run(makeCalls(40, { seed: 1, start: '2026-11-01T00:00:00Z', success: 1 }), cand);
    expect(successOf(r)).toMatchObject({ status: 'inconclusive', underpowered: false });
    expect(r.verdict).toBe('warning');
  });

  it('calls a change of exactly the threshold regressed, whatever its last bits', () => {
    // 97 % to 92 %: 0.97 - 0.92 is 0.04999999999999993, five points all the same.
    const calls = (n: number, failures: number, seed: number, start: string) =>
      makeCalls(n, { seed, start, success: 1 }).map((c, i) =>
        i < failures ? { ...c, values: { ...c.values, success: 0 } } : c,
      );
    const r = run(
      calls(1000, 30, 1, '2026-11-01T00:00:00Z'),
      calls(1000, 80, 2, '2026-11-26T00:00:00Z'),
    );
    expect(successOf(r)).toMatchObject({ status: 'regressed', absolute_change: 0.92 - 0.97 });
    expect(
      metricStatus({ threshold: 0.2, worseBy: 0.19999999999999987 }, 0.01, 1, 0.3, 0.05),
    ).toMatchObject({ status: 'regressed' });
    expect(metricStatus({ threshold: 0.2, worseBy: 0.1999 }, 0.01, 1, 0.3, 0.05)).toMatchObject({
      status: 'degraded',
    });
  });

  it('follows the rule: not significant, interval reaches the threshold, estimate no worse', () => {
    const t = { threshold: 0.05 };
    expect(metricStatus({ ...t, worseBy: 0 }, 1, 1, 0.07, 0.05)).toEqual({
      status: 'unchanged',
      underpowered: true,
    });
    expect(metricStatus({ ...t, worseBy: -0.01 }, 1, 0.3, 0.06, 0.05).underpowered).toBe(true);
    expect(metricStatus({ ...t, worseBy: 0.001 }, 1, 1, 0.07, 0.05)).toEqual({
      status: 'inconclusive',
      underpowered: false,
    });
    // An interval that resolves the threshold needs no note.
    expect(metricStatus({ ...t, worseBy: 0 }, 1, 1, 0.04, 0.05)).toEqual({
      status: 'unchanged',
      underpowered: false,
    });
    expect(metricStatus({ ...t, worseBy: 0 }, null, null, null, 0.05).status).toBe(
      'insufficient_data',
    );
  });
});

describe('intervals that agree with the decision', () => {
  const welch = ['quality_score', 'cost_eur', 'total_tokens'] as const;

  it('put the worse end past zero exactly when the corrected test is significant (Welch)', () => {
    let significant = 0;
    for (let i = 0; i < 60; i++) {
      // Small shifts of quality, so that some runs are significant after Holm and some not.
      const r = run(
        makeCalls(200, { seed: 100 + i, start: '2026-11-01T00:00:00Z' }),
        makeCalls(60, {
          seed: 300 + i,
          start: '2026-11-26T00:00:00Z',
          quality: [0.85 - 0.0005 * i, 0.05],
        }),
      );
      for (const m of r.comparisons[0]?.metrics ?? []) {
        if (!(welch as readonly string[]).includes(m.metric) || m.ci === null) continue;
        // Wholly on the worse side: even the end on the better side is past zero.
        const higher = METRIC_SPECS[m.metric].better === 'higher';
        const pastZero = higher ? m.ci[1] < 0 : m.ci[0] > 0;
        expect(pastZero, `${m.metric} run ${i}`).toBe((m.p_value_adjusted as number) < 0.05);
        if (pastZero) significant += 1;
        // An unchanged metric never shows an interval wholly on the worse side.
        if (m.status === 'unchanged') expect(pastZero).toBe(false);
      }
    }
    expect(significant).toBeGreaterThan(5);
  });

  it('are the plain (1 − 2α) interval without a correction, and wider under Holm', () => {
    const base = makeCalls(200, { seed: 1, start: '2026-11-01T00:00:00Z' });
    const cand = makeCalls(60, { seed: 2, start: '2026-11-26T00:00:00Z' });
    const values = (calls: MemoryCall[]) =>
      Float64Array.from(calls.map((c) => c.values.quality_score as number));
    const plain = welchTTest(values(cand), values(base), 'less', 0.9).ci;
    const quality = (r: CompareReport) =>
      r.comparisons[0]?.metrics.find((m) => m.metric === 'quality_score');
    const none = quality(run(base, cand, 'none'));
    expect(none?.ci?.[0]).toBeCloseTo(plain[0], 12);
    expect(none?.ci?.[1]).toBeCloseTo(plain[1], 12);
    expect(none?.ci_alpha).toEqual([0.05, 0.05]);
    const holm = quality(run(base, cand, 'holm'));
    // Five tests, none significant: every end at Holm's first-step level, α/5.
    expect(holm?.ci_alpha).toEqual([0.01, 0.01]);
    const wide = welchTTest(values(cand), values(base), 'less', 0.98).ci;
    expect(holm?.ci?.[0]).toBeCloseTo(wide[0], 12);
    expect(holm?.ci?.[1]).toBeCloseTo(wide[1], 12);
  });
});

describe('a rank interval of too few calls for its level', () => {
  it('rules no change out with a latency interval only at the level it has', () => {
    const settings = { minSamples: 2, threshold: 0.2 };
    // Two calls a side, each 5 ms slower: the Hodges-Lehmann interval is the pairwise
    // differences' [min, max], each end wrong 1 time in C(4, 2) = 6, yet it was labelled at
    // alpha 0.05 and made the metric "unchanged". scipy.stats.mannwhitneyu(c, b,
    // alternative="greater", method="asymptotic"): p = 0.34926767915166934.
    const two = testMetric('latency_ms', Float64Array.of(500, 510), Float64Array.of(505, 515), settings); // prettier-ignore
    const [m] = decideFamily([[two]], { alpha: 0.05, correction: 'none' })[0]!;
    expect(m).toMatchObject({ status: 'inconclusive', ci: [-5, 15] });
    expect(m!.p_value).toBeCloseTo(0.34926767915166934, 12);
    expect(m!.ci_alpha).toEqual([1 / 6, 1 / 6]);
    // 1 / C(2n, n) <= 0.05 from 3 a side on (1/20).
    expect(m!.samples_needed).toBe(3);
    // Five a side reach 1 % (1/252): the level asked, and the interval may rule it out.
    expect(rankReach(5, 5)).toBeCloseTo(1 / 252, 15);
    expect(rankReach(2, 2)).toBeCloseTo(1 / 6, 15);
    const five = testMetric(
      'latency_ms',
      Float64Array.of(500, 510, 520, 530, 540),
      Float64Array.of(505, 515, 525, 535, 545),
      settings,
    );
    const [f] = decideFamily([[five]], { alpha: 0.01, correction: 'none' })[0]!;
    expect(f).toMatchObject({ status: 'unchanged', ci_alpha: [0.01, 0.01] });
  });
});
