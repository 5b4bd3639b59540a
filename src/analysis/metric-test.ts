import { METRIC_SPECS, type Metric, type MetricSpec, type PrimaryTest } from '../metrics.js';
import type { AnalysisOptions } from '../config/config.js';
import type { SecondaryTest, SideStats } from '../report/types.js';
import type { Samples } from '../store/types.js';
import {
  fisherExact,
  hodgesLehmann,
  mannWhitneyU,
  mean,
  median,
  newcombeInterval,
  samplesForMeans,
  samplesForMedians,
  samplesForRates,
  variance,
  welchTTest,
} from '../stats/index.js';

/** Settings one metric's test needs. */
export interface TestSettings {
  readonly alpha: number;
  readonly minSamples: number;
  readonly threshold: number;
}

/** One metric's test before the run-wide correction decides its status. */
export interface MetricTest {
  readonly metric: Metric;
  readonly spec: MetricSpec;
  readonly baseline: SideStats;
  readonly candidate: SideStats;
  readonly relativeChange: number | null;
  readonly absoluteChange: number | null;
  /** One-sided p-values; null when a side has fewer than the minimum samples. */
  readonly pWorse: number | null;
  readonly pBetter: number | null;
  readonly ci: readonly [number, number] | null;
  readonly secondary: readonly SecondaryTest[];
  readonly threshold: number;
  /** How much worse the point estimate is, in threshold units (positive = worse). */
  readonly worseBy: number | null;
  /** How much worse the interval's worst end is, in threshold units. */
  readonly worstCaseWorseBy: number | null;
  /** Samples per side to detect the threshold at 80 % power, given the per-test alpha. */
  readonly samplesNeeded: (testAlpha: number) => number | null;
  /** The test that decided, when not the spec's unpaired one (a paired comparison). */
  readonly test?: PrimaryTest;
  /** With `pair-by`: whether this metric was paired, and its case counts (report fields). */
  readonly pairing?: {
    readonly paired: boolean;
    readonly matched_cases: number;
    readonly baseline_only_cases: number;
    readonly candidate_only_cases: number;
  };
}

function side(values: Float64Array, spec: MetricSpec): SideStats {
  if (values.length === 0) return { n: 0, mean: null, median: null };
  return {
    n: values.length,
    mean: mean(values),
    median: spec.center === 'rate' ? null : median(values),
  };
}

function center(s: SideStats, spec: MetricSpec): number | null {
  return spec.center === 'median' ? s.median : s.mean;
}

/** A change of the center in threshold units, signed so that positive means worse. */
export function toWorse(diff: number, base: number, spec: MetricSpec): number {
  const signed = spec.better === 'higher' ? -diff : diff;
  if (spec.threshold === 'points') return signed;
  if (base !== 0) return signed / Math.abs(base);
  return signed === 0 ? 0 : signed > 0 ? Infinity : -Infinity;
}

function successes(values: Float64Array): number {
  let k = 0;
  for (const v of values) if (v !== 0) k += 1;
  return k;
}

/** Runs a metric's primary test (and secondary tests) on baseline and candidate values. */
export function testMetric(
  metric: Metric,
  baselineValues: Float64Array,
  candidateValues: Float64Array,
  settings: TestSettings,
): MetricTest {
  const spec = METRIC_SPECS[metric];
  const baseline = side(baselineValues, spec);
  const candidate = side(candidateValues, spec);
  const cb = center(baseline, spec);
  const cc = center(candidate, spec);
  const absoluteChange = cb !== null && cc !== null ? cc - cb : null;
  const relativeChange =
    absoluteChange !== null && cb !== null && cb !== 0 ? absoluteChange / Math.abs(cb) : null;
  const base = {
    metric,
    spec,
    baseline,
    candidate,
    relativeChange,
    absoluteChange,
    threshold: settings.threshold,
    worseBy: absoluteChange !== null && cb !== null ? toWorse(absoluteChange, cb, spec) : null,
  };
  const enough = baseline.n >= settings.minSamples && candidate.n >= settings.minSamples;
  if (!enough || cb === null) {
    return {
      ...base,
      pWorse: null,
      pBetter: null,
      ci: null,
      secondary: [],
      worstCaseWorseBy: null,
      samplesNeeded: () => null,
    };
  }
  const worse = spec.better === 'higher' ? 'less' : 'greater';
  const better = spec.better === 'higher' ? 'greater' : 'less';
  const ciLevel = 1 - 2 * settings.alpha;
  let pWorse: number;
  let pBetter: number;
  let ci: readonly [number, number];
  let secondary: SecondaryTest[] = [];
  let samplesNeeded: (a: number) => number;
  const delta =
    spec.threshold === 'points' ? settings.threshold : settings.threshold * Math.abs(cb);
  if (spec.test === 'fisher_exact') {
    const ks = successes(candidateValues);
    const kb = successes(baselineValues);
    pWorse = fisherExact(ks, candidate.n, kb, baseline.n, worse).pValue;
    pBetter = fisherExact(ks, candidate.n, kb, baseline.n, better).pValue;
    ci = newcombeInterval(ks, candidate.n, kb, baseline.n, ciLevel);
    const rate = kb / baseline.n;
    samplesNeeded = (a) => samplesForRates(rate, Math.max(0, rate - delta), a);
  } else if (spec.test === 'mann_whitney_u') {
    pWorse = mannWhitneyU(candidateValues, baselineValues, worse).pValue;
    pBetter = mannWhitneyU(candidateValues, baselineValues, better).pValue;
    ci = hodgesLehmann(candidateValues, baselineValues, ciLevel).ci;
    secondary = [
      {
        test: 'welch_t',
        p_value: welchTTest(candidateValues, baselineValues, worse, ciLevel).pValue,
      },
    ];
    const sdC = Math.sqrt(variance(candidateValues));
    const sdB = Math.sqrt(variance(baselineValues));
    samplesNeeded = (a) => samplesForMedians(sdC, sdB, delta, a);
  } else {
    const w = welchTTest(candidateValues, baselineValues, worse, ciLevel);
    pWorse = w.pValue;
    pBetter = welchTTest(candidateValues, baselineValues, better, ciLevel).pValue;
    ci = w.ci;
    secondary = [
      {
        test: 'mann_whitney_u',
        p_value: mannWhitneyU(candidateValues, baselineValues, worse).pValue,
      },
    ];
    const sdC = Math.sqrt(variance(candidateValues));
    const sdB = Math.sqrt(variance(baselineValues));
    samplesNeeded = (a) => samplesForMeans(sdC, sdB, delta, a);
  }
  const worstEnd = spec.better === 'higher' ? ci[0] : ci[1];
  return {
    ...base,
    pWorse,
    pBetter,
    ci,
    secondary,
    worstCaseWorseBy: toWorse(worstEnd, cb, spec),
    samplesNeeded,
  };
}

/**
 * Tests every metric that has a value on either side, baseline against candidate, with the
 * run's alpha, minimum samples and per-metric threshold. Metrics with no value on either side
 * (say, `accuracy` never logged) are left out rather than reported as too few calls.
 */
export function testMetrics(
  metrics: readonly Metric[],
  baseline: Samples,
  candidate: Samples,
  options: AnalysisOptions,
): MetricTest[] {
  const values = (s: Samples, m: Metric): Float64Array => s.values[m] ?? new Float64Array();
  return metrics
    .filter((m) => values(baseline, m).length + values(candidate, m).length > 0)
    .map((m) =>
      testMetric(m, values(baseline, m), values(candidate, m), {
        alpha: options.alpha,
        minSamples: options.minSamples,
        threshold: options.thresholds[m],
      }),
    );
}
