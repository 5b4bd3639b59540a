import {
  METRIC_SPECS,
  reachesThreshold,
  type Metric,
  type MetricSpec,
  type PrimaryTest,
} from '../metrics.js';
import type { AnalysisOptions } from '../config/config.js';
import type { SecondaryTest, SideStats } from '../report/types.js';
import type { Samples } from '../store/types.js';
import {
  type Alternative,
  fisherExact,
  hodgesLehmann,
  mannWhitneyUs,
  mean,
  medianOfSorted,
  newcombeInterval,
  samplesForMeans,
  samplesForMedians,
  samplesForRates,
  sortedSides,
  type SortedSides,
  variance,
  welch,
} from '../stats/index.js';
import { toWorse } from './worse.js';
import { formatSignificant } from '../format/numbers.js';

/** Settings one metric's test needs (its interval's levels come later, from the correction). */
export interface TestSettings {
  readonly minSamples: number;
  readonly threshold: number;
  /**
   * Test only a metric whose estimate is worse by the threshold or more (others get no p-value),
   * and give the sides no median where the metric's centre is its mean: for a caller that asks
   * only whether a metric regressed, which needs both.
   */
  readonly worseOnly?: boolean;
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
  /**
   * The interval for the effect with each end a one-sided bound at its own level. The end on
   * the better side is at `worseAlpha`: it is the bound that must pass zero for the test of
   * "worse" to reject; the end on the worse side is at `betterAlpha`. Null when not tested.
   */
  readonly interval:
    ((worseAlpha: number, betterAlpha: number) => readonly [number, number]) | null;
  readonly secondary: readonly SecondaryTest[];
  readonly threshold: number;
  /** How much worse the point estimate is, in threshold units (positive = worse). */
  readonly worseBy: number | null;
  /** How much worse an effect (candidate minus baseline) is, in threshold units. */
  readonly worseOf: (effect: number) => number;
  /** Which end of the interval is the worse one. */
  readonly worseEnd: 0 | 1;
  /**
   * The smallest one-sided error rate an end of `interval` can have, when some levels are out of
   * its reach (the signed-rank interval of n cases is at best their [min, max], each end at
   * 2^-n): asked for less, the interval is that one, and it cannot rule a change out.
   */
  readonly minAlpha?: number;
  /**
   * With `pair-by` and a `baseline-max-samples` given: the candidate's cases of this metric that
   * the capped read of the baseline left unpaired, when they are a material share of its cases.
   * The pairs cannot speak for them: a significant worsening still decides, nothing else passes.
   */
  readonly leftOut?: number;
  /** Samples per side to detect the threshold at 80 % power, given the per-test alpha. */
  readonly samplesNeeded: (testAlpha: number) => number | null;
  /** Why the metric was not tested although both sides had enough values. */
  readonly notTested?: string;
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

/** An interval at a two-sided level, from one of the stats functions. */
export type IntervalAt = (level: number) => readonly [number, number];

// Each end from the two-sided interval at 1 - 2a, whose end is the one-sided bound at level a;
// one computation when both ends share a level.
function endsAt(at: IntervalAt, lowerAlpha: number, upperAlpha: number): [number, number] {
  // A one-sided bound at 0.5 is the estimate itself: the interval's limit as its level nears 0
  // (alpha may be 0.5, and Holm gives its last test all of it).
  const level = (alpha: number): number => Math.max(1 - 2 * alpha, 1e-12);
  const lower = at(level(lowerAlpha));
  const upper = upperAlpha === lowerAlpha ? lower : at(level(upperAlpha));
  return [lower[0], upper[1]];
}

/** A metric's `interval`, each end at the level of the direction it decides. */
export function oneSidedEnds(
  at: IntervalAt,
  spec: MetricSpec,
): NonNullable<MetricTest['interval']> {
  // Where higher is better, "worse" is proven by the upper end falling below zero.
  return (worseAlpha, betterAlpha) =>
    spec.better === 'higher'
      ? endsAt(at, betterAlpha, worseAlpha)
      : endsAt(at, worseAlpha, betterAlpha);
}

/**
 * Largest magnitude the tests take: squares and sums of a million values stay finite in doubles
 * (1e150 squared is 1e300). Beyond it means, variances and differences overflow to Infinity.
 */
export const MAX_TESTED_MAGNITUDE = 1e150;

function largest(a: Float64Array, b: Float64Array): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) if (Math.abs(a[i]!) > max) max = Math.abs(a[i]!);
  for (let i = 0; i < b.length; i++) if (Math.abs(b[i]!) > max) max = Math.abs(b[i]!);
  return max;
}

/** The largest of some values; -Infinity for none. */
export function highest(values: Float64Array): number {
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) if (values[i]! > max) max = values[i]!;
  return max;
}

/** A quality score this high is on another scale than the library's 0 to 1, not a 1.02. */
const OTHER_SCALE_FROM = 1.5;

/**
 * Quality scores of one side all on the library's 0-to-1 scale and some of the other's far past
 * it: a scale of its own, or scores logged wrong (a few at 5 among 0.6s read as an improvement of
 * half). The change would be the scale's, so quality is not tested: why, or null.
 */
function otherScale(baseline: Float64Array, candidate: Float64Array): string | null {
  // The low side on the 0-to-1 scale: some score strictly between 0 and 1. Scores of 1 only (or
  // 0 and 1) are as well the bottom of a 1-to-5 or 0-to-10 scale: a broken candidate graded 1
  // throughout is a regression to test, not another scale. A baseline of such scores is not
  // tested against one past them: as a 0/1 grade against stars, a candidate of mostly one star
  // read as +168 % and passed; left untested, a true gain on one scale only warns.
  const fractional = (v: Float64Array): boolean => v.some((x) => x > 0 && x < 1);
  const [b, c] = [highest(baseline), highest(candidate)];
  const past = (v: Float64Array): number =>
    v.reduce((n, x) => (x >= OTHER_SCALE_FROM ? n + 1 : n), 0);
  const say = (side: string, v: Float64Array, top: number, other: string): string =>
    `${past(v)} of the ${side}'s ${v.length} scores ${past(v) === 1 ? 'is' : 'are'} ${OTHER_SCALE_FROM} or more (up to ${top.toPrecision(3)}), while the ${other}'s stay within about 0 to 1: another scale, or scores logged wrong; log both on one scale`;
  if (b < OTHER_SCALE_FROM && c >= OTHER_SCALE_FROM && (b <= 1 || fractional(baseline)))
    return say('candidate', candidate, c, 'baseline');
  if (c < OTHER_SCALE_FROM && b >= OTHER_SCALE_FROM && fractional(candidate))
    return say('baseline', baseline, b, 'candidate');
  return null;
}

/**
 * Success values other than 0 and 1 on either side: the library logs a call's success as a
 * boolean, so a 2 or a 0.5 was logged some other way. Its rate would be the mean of those values
 * (a 200 % rate, or half failures and half 2s read as no change) while the test counted every
 * value but 0 as a success: not tested, and why; or null.
 */
function notBoolean(baseline: Float64Array, candidate: Float64Array): string | null {
  const odd = (v: Float64Array): number => v.reduce((n, x) => (x === 0 || x === 1 ? n : n + 1), 0);
  const [c, b] = [odd(candidate), odd(baseline)];
  if (c + b === 0) return null;
  const [name, v, n] = c > 0 ? (['candidate', candidate, c] as const) : (['baseline', baseline, b] as const); // prettier-ignore
  const example = v.find((x) => x !== 0 && x !== 1)!;
  const also = c > 0 && b > 0 ? " (and some of the baseline's too)" : '';
  return `${n} of the ${name}'s ${v.length} success values ${n === 1 ? 'is' : 'are'} neither 0 nor 1 (${example.toPrecision(3)})${also}: a call succeeds or not; log success as True or False`;
}

/** Median latencies this many times apart are in another unit, or a cache came or went. */
export const OTHER_UNIT_RATIO = 100;

/**
 * A candidate's median latency a hundred times below the baseline's: seconds logged as
 * milliseconds read as a vast improvement, which would pass a slower prompt, so latency is not
 * tested: why, or null. The other way round the test runs: a slowdown that large fails either
 * way, and a lost cache must.
 */
function otherUnit(baseline: number | null, candidate: number | null): string | null {
  if (baseline === null || candidate === null || !(candidate >= 0)) return null;
  // A median of 0 (whole seconds rounded down, calls not timed) against one of a millisecond or
  // more is as far apart.
  if (candidate === 0 ? baseline < 1 : baseline < OTHER_UNIT_RATIO * candidate) return null;
  const times = candidate === 0 ? 'far' : `${Math.round(baseline / candidate)} times`;
  return `the candidate's median latency is ${times} lower than the baseline's (${candidate.toPrecision(3)} against ${baseline.toPrecision(3)}): seconds logged as milliseconds, or a cache that came; log both in milliseconds`;
}

// A mean that overflowed is no mean: shown as missing rather than as Infinity.
const finiteOrNull = (v: number | null): number | null =>
  v !== null && Number.isFinite(v) ? v : null;

function side(
  values: Float64Array,
  spec: MetricSpec,
  sorted: () => Float64Array,
  medians: boolean,
): SideStats {
  if (values.length === 0) return { n: 0, mean: null, median: null };
  return {
    n: values.length,
    mean: finiteOrNull(mean(values)),
    median: spec.center === 'rate' || !medians ? null : finiteOrNull(medianOfSorted(sorted())),
  };
}

function center(s: SideStats, spec: MetricSpec): number | null {
  return spec.center === 'median' ? s.median : s.mean;
}

function successes(values: Float64Array): number {
  let k = 0;
  for (let i = 0; i < values.length; i++) if (values[i] !== 0) k += 1;
  return k;
}

/** One primary test on a metric's values: its one-sided p-value, interval, power and secondary. */
interface Primary {
  readonly p: (alternative: Alternative) => number;
  readonly at: IntervalAt;
  readonly samplesNeeded: (testAlpha: number) => number;
  /** The smallest one-sided error rate an end of `at` can have (see MetricTest's minAlpha). */
  readonly minAlpha?: number;
  /** Tests shown beside the primary one, each with its one-sided p-value. */
  readonly secondary: readonly (readonly [
    SecondaryTest['test'],
    (alternative: Alternative) => number,
  ])[];
}

const sd = (values: Float64Array): number => Math.sqrt(variance(values));

// The unpaired tests by name: each knows its p-value, its interval and the samples it needs
// to detect `delta` (the threshold in the metric's units).
const PRIMARY: Record<
  MetricSpec['test'],
  (
    baseline: Float64Array,
    candidate: Float64Array,
    delta: number,
    sorted: () => SortedSides,
  ) => Primary
> = {
  fisher_exact: (b, c, delta) => {
    const ks = successes(c);
    const kb = successes(b);
    const rate = kb / b.length;
    return {
      p: (alt) => fisherExact(ks, c.length, kb, b.length, alt).pValue,
      at: (level) => newcombeInterval(ks, c.length, kb, b.length, level),
      samplesNeeded: (a) => samplesForRates(rate, Math.max(0, rate - delta), a),
      secondary: [],
    };
  },
  mann_whitney_u: (b, c, delta, sorted) => {
    const sdC = sd(c);
    const sdB = sd(b);
    // Each worked out once, for every alternative asked.
    const u = once(() => mannWhitneyUs(c, b, sorted()));
    const t = once(() => welch(c, b));
    return {
      p: (alt) => u()(alt).pValue,
      at: (level) => hodgesLehmann(c, b, level, sorted()).ci,
      // Its interval reaches a level a only with 1 / C(n1 + n2, n1) <= a: per side, the n that
      // does with n calls each.
      samplesNeeded: (a) => {
        let n = 1;
        while (rankReach(n, n) > a) n++;
        return Math.max(samplesForMedians(sdC, sdB, delta, a), n);
      },
      minAlpha: rankReach(c.length, b.length),
      secondary: [['welch_t', (alt) => t().p(alt)]],
    };
  },
  welch_t: (b, c, delta, sorted) => {
    const sdC = sd(c);
    const sdB = sd(b);
    const t = once(() => welch(c, b));
    const u = once(() => mannWhitneyUs(c, b, sorted()));
    return {
      p: (alt) => t().p(alt),
      // The interval is two-sided whatever the alternative.
      at: (level) => t().ci(level),
      samplesNeeded: (a) => samplesForMeans(sdC, sdB, delta, a),
      secondary: [['mann_whitney_u', (alt) => u()(alt).pValue]],
    };
  },
};

/**
 * The one-sided error rate of the widest Hodges-Lehmann interval of n1 and n2 values, the
 * smallest and largest of their pairwise differences: 1 / C(n1 + n2, n1), the chance that every
 * candidate value lies above every baseline one when nothing changed (1/6 for 2 and 2).
 */
export function rankReach(n1: number, n2: number): number {
  const [k, m] = n1 < n2 ? [n1, n2] : [n2, n1];
  let r = 1;
  for (let i = 1; i <= k && r > 0; i++) r *= i / (m + i);
  return r;
}

/** A value worked out on first use, then kept. */
export function once<T>(make: () => T): () => T {
  let value: { readonly v: T } | undefined;
  return () => (value ??= { v: make() }).v;
}

/** Runs a metric's primary test (and secondary tests) on baseline and candidate values. */
export function testMetric(
  metric: Metric,
  baselineValues: Float64Array,
  candidateValues: Float64Array,
  settings: TestSettings,
): MetricTest {
  const spec = METRIC_SPECS[metric];
  // Both samples sorted once, for their medians, the rank test and its interval.
  const sorted = once(() => sortedSides(candidateValues, baselineValues));
  // Asked only whether it regressed: a median is of use only as the metric's centre.
  const medians = !settings.worseOnly || spec.center === 'median';
  const baseline = side(baselineValues, spec, () => sorted().baseline, medians);
  const candidate = side(candidateValues, spec, () => sorted().candidate, medians);
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
    worseOf: (effect: number) => toWorse(effect, cb ?? 0, spec),
    worseEnd: spec.better === 'higher' ? (0 as const) : (1 as const),
  };
  const enough = baseline.n >= settings.minSamples && candidate.n >= settings.minSamples;
  const untested = {
    ...base,
    pWorse: null,
    pBetter: null,
    interval: null,
    secondary: [],
    samplesNeeded: () => null,
  };
  const material = base.worseBy !== null && reachesThreshold(base.worseBy, settings.threshold);
  if (settings.worseOnly && !material) return untested;
  const max = enough ? largest(baselineValues, candidateValues) : 0;
  if (max > MAX_TESTED_MAGNITUDE)
    return {
      ...untested,
      worseBy: null,
      notTested: `a value of ${max.toPrecision(3)} is too large to test (the limit is ±${MAX_TESTED_MAGNITUDE.toPrecision(1)}); check how it was logged`,
    };
  const scales = enough && metric === 'quality_score' ? otherScale(baselineValues, candidateValues) : null; // prettier-ignore
  if (scales !== null) return { ...untested, worseBy: null, notTested: scales };
  const flags = enough && metric === 'success' ? notBoolean(baselineValues, candidateValues) : null; // prettier-ignore
  if (flags !== null) return { ...untested, worseBy: null, notTested: flags };
  const unit = enough && metric === 'latency_ms' ? otherUnit(cb, cc) : null;
  if (unit !== null) return { ...untested, worseBy: null, notTested: unit };
  if (!enough || cb === null) return untested;
  const delta =
    spec.threshold === 'points' ? settings.threshold : settings.threshold * Math.abs(cb);
  const primary = PRIMARY[spec.test](baselineValues, candidateValues, delta, sorted);
  const worse = spec.better === 'higher' ? 'less' : 'greater';
  const better = spec.better === 'higher' ? 'greater' : 'less';
  const secondary: SecondaryTest[] = primary.secondary.map(([test, p]) => ({
    test,
    p_value: p(worse),
  }));
  return {
    ...base,
    pWorse: primary.p(worse),
    pBetter: primary.p(better),
    interval: oneSidedEnds(primary.at, spec),
    ...(primary.minAlpha !== undefined ? { minAlpha: primary.minAlpha } : {}),
    secondary,
    samplesNeeded: primary.samplesNeeded,
  };
}

/** The baseline has a metric on this share of its calls or more; the candidate, below, lacks it. */
const LOGGED = 0.9;
/** Candidate calls without a value, at least, before they are said to lack it. */
const MISSING_CALLS = 5;

/**
 * The candidate's calls without a usable value of a metric (NULL, text, or not a finite number)
 * when the baseline has it on nearly every call and the candidate on far fewer; 0 otherwise.
 */
export function lacksValues(baseline: Samples, candidate: Samples, metric: Metric): number {
  if (baseline.rows === 0) return 0;
  const share = (s: Samples): number => (s.rows > 0 ? (s.values[metric]?.length ?? 0) / s.rows : 1);
  const missing = candidate.rows - (candidate.values[metric]?.length ?? 0);
  return share(baseline) >= LOGGED && share(candidate) < LOGGED && missing >= MISSING_CALLS
    ? missing
    : 0;
}

/** Calls of a side whose success is 0. */
function failures(s: Samples): number {
  const v = s.values.success;
  let n = 0;
  if (v) for (let i = 0; i < v.length; i++) if (v[i] === 0) n++;
  return n;
}

/** What a call of a metric that is left out may hide, and how to log it instead. */
const UNMEASURED: Partial<Record<Metric, { readonly what: string; readonly hides: string }>> = {
  latency_ms: {
    what: 'latency (NULL, text, or not a finite number, such as a timeout logged as infinity)',
    hides: "the slowest calls may be the ones left out; log a timeout's real duration",
  },
  quality_score: {
    what: 'quality score (NULL, text, or not a finite number, such as a failure scored as -infinity)',
    hides:
      'the worst calls may be the ones left out; score every call, a bad answer with a low score',
  },
};

/**
 * A call takes time, and an answer that came back can be scored: one without a latency is one
 * that was not timed, or a timeout logged as infinity, NULL or text, and one without a quality
 * score one the judge could not (or would not) score. Left out, the worst calls would vanish
 * from the test (40 timeouts of 100 calls read "latency unchanged", a quarter of the answers
 * scored -infinity read "quality unchanged"), so such a metric is not tested when the candidate
 * lacks it on a tenth of its calls or more, beyond those that failed (the library logs a failure
 * without one, and the success rate counts those), while the baseline has it on nearly every call.
 */
function unmeasured(metric: Metric, baseline: Samples, candidate: Samples): string | null {
  const said = UNMEASURED[metric];
  if (said === undefined) return null;
  const unexplained = (s: Samples): number =>
    Math.max(0, s.rows - (s.values[metric]?.length ?? 0) - failures(s));
  const missing = unexplained(candidate);
  const lacks =
    baseline.rows > 0 &&
    unexplained(baseline) < (1 - LOGGED) * baseline.rows &&
    missing >= (1 - LOGGED) * candidate.rows &&
    missing >= MISSING_CALLS;
  return lacks
    ? `${missing} of the candidate's ${candidate.rows} calls that did not fail have no ${said.what}, though the baseline has one on nearly every call: ${said.hides}`
    : null;
}

/** Metrics no call can have below 0, and what a negative one is called. */
const NEVER_NEGATIVE: Partial<Record<Metric, string>> = {
  latency_ms: 'latency',
  cost_eur: 'cost',
  total_tokens: 'token count',
};

/**
 * Negative values weigh from this share: of a side's total size for a metric judged on its mean,
 * of its calls for latency, judged on ranks (which one value cannot move, but a timer that runs
 * backwards on many calls can: a sign flipped on every call read as latency improved).
 */
const NEGATIVE_WEIGHT = 0.01;

/**
 * A latency, cost or token count below 0 is no measurement: a usage-accounting bug (the library
 * prices negative token counts as a negative cost), a timer that ran backwards, and a few of
 * them outweigh the rest of a mean (six calls at -20,000 tokens turned a cost up 252 % into
 * "-778 %, unchanged"). Not tested when they weigh (NEGATIVE_WEIGHT): why, or null. One small
 * one among a thousand (a clock step) moves nothing the test could see.
 */
function negative(metric: Metric, baseline: Samples, candidate: Samples): string | null {
  const what = NEVER_NEGATIVE[metric];
  if (what === undefined) return null;
  for (const [side, s] of [
    ['candidate', candidate],
    ['baseline', baseline],
  ] as const) {
    const v = s.values[metric];
    let n = 0;
    let low = 0;
    let below = 0;
    let size = 0;
    if (v)
      for (let i = 0; i < v.length; i++) {
        size += Math.abs(v[i]!);
        if (v[i]! < 0) [n, low, below] = [n + 1, Math.min(low, v[i]!), below - v[i]!];
      }
    const weighs = metric === 'latency_ms' ? n >= NEGATIVE_WEIGHT * (v?.length ?? 0) : below >= NEGATIVE_WEIGHT * size; // prettier-ignore
    if (n > 0 && weighs)
      return `${n} of the ${side}'s ${v!.length} calls ${n === 1 ? 'has' : 'have'} a negative ${what} (down to ${formatSignificant(low, 3)}), which no call can have: check how it was logged${metric === 'cost_eur' ? ' (the token counts and prices it comes from)' : ''}`;
  }
  return null;
}

/**
 * A call without a success value (NULL, text) where the baseline has one on nearly every call:
 * a failure logged with `success=None` beside its error reads as no call at all, so the rate of
 * the rest could pass a candidate that fails a third of the time; not tested: why, or null.
 */
function unflagged(baseline: Samples, candidate: Samples): string | null {
  const missing = lacksValues(baseline, candidate, 'success');
  return missing > 0
    ? `${missing} of the candidate's ${candidate.rows} calls have no success value (NULL or text), though the baseline has one on nearly every call: they may be its failures; log a failed call with success=False`
    : null;
}

/** The metrics a failed call still has, and what they are called in a reason. */
const OF_THE_CALL: Partial<Record<Metric, string>> = {
  latency_ms: 'latencies',
  cost_eur: 'costs',
  total_tokens: 'token counts',
};

/** Every call of the side failed: a success value on nearly every call, and none of them 1. */
function neverSucceeded(s: Samples): boolean {
  const n = s.values.success?.length ?? 0;
  return n > 0 && n >= LOGGED * s.rows && failures(s) === n;
}

/**
 * When every call of a side failed, its latency, cost and tokens are those of failures (an
 * exception raised at once, a timeout), not of the prompt: compared, microseconds of noise
 * decided the verdict when both sides failed throughout, and a prompt that fixed a broken one
 * read as a latency regression. Not tested: why, or null. The success rate still is.
 */
function failedThroughout(
  metric: Metric,
  baseline: Samples,
  candidate: Samples,
  failed: () => readonly [boolean, boolean],
): string | null {
  const what = OF_THE_CALL[metric];
  if (what === undefined) return null;
  const [b, c] = failed();
  if (!b && !c) return null;
  if (b && c)
    return `every call of both versions failed (success 0): their ${what} are those of failures, not of the prompts; make the calls succeed and evaluate again`;
  const [side, n] = b ? ['baseline', baseline.rows] : ['candidate', candidate.rows];
  return `every one of the ${side}'s ${n} calls failed (success 0): its ${what} are those of failures, not comparable with ones of calls that succeeded`;
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
  worseOnly = false,
): MetricTest[] {
  const values = (s: Samples, m: Metric): Float64Array => s.values[m] ?? new Float64Array();
  // Whether each side failed throughout: asked of latency, cost and tokens, scanned once.
  let failed: readonly [boolean, boolean] | undefined;
  const sidesFailed = (): readonly [boolean, boolean] =>
    (failed ??= [neverSucceeded(baseline), neverSucceeded(candidate)]);
  return metrics
    .filter((m) => values(baseline, m).length + values(candidate, m).length > 0)
    .map((m) => {
      const t = testMetric(m, values(baseline, m), values(candidate, m), {
        minSamples: options.minSamples,
        threshold: options.thresholds[m],
        worseOnly,
      });
      // Too few values among enough calls: the calls may hold what was left out (a scorer that
      // stopped scoring reads "too few values" otherwise, which a health window passes over).
      const short =
        values(candidate, m).length < options.minSamples &&
        candidate.rows >= options.minSamples &&
        values(baseline, m).length >= options.minSamples;
      const why =
        t.pWorse === null
          ? short
            ? m === 'success'
              ? unflagged(baseline, candidate)
              : unmeasured(m, baseline, candidate)
            : null
          : m === 'success'
            ? unflagged(baseline, candidate)
            : (negative(m, baseline, candidate) ??
              failedThroughout(m, baseline, candidate, sidesFailed) ??
              unmeasured(m, baseline, candidate));
      return why === null
        ? t
        : {
            ...t,
            pWorse: null,
            pBetter: null,
            interval: null,
            secondary: [],
            worseBy: null,
            notTested: why,
          };
    });
}

/** Whether a test found its metric worse by the threshold or more, significantly (uncorrected). */
export function regressedUncorrected(tests: readonly MetricTest[], alpha: number): boolean {
  return tests.some(
    (t) =>
      t.pWorse !== null &&
      t.pWorse < alpha &&
      t.worseBy !== null &&
      reachesThreshold(t.worseBy, t.threshold),
  );
}
