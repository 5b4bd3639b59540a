// Comparisons paired by case (`pair-by`). When an evaluation runs the same test cases for the
// baseline and the candidate, most of the spread in a metric comes from the cases (hard or
// easy), not from the prompt; a test on per-case differences removes it.
//
// Several calls of one case on one side are averaged per case first, so that each case weighs
// once whatever its number of calls: repeated calls measure run-to-run noise of the same case,
// and counting them as separate pairs would overstate the evidence (they are not independent).
// The paired tests then see one difference per matched case. `success` becomes a per-case
// success rate: with one call per case and side McNemar's exact test decides; with more calls
// on either side the stratified exact test (each case a stratum: its successes and calls) does,
// since counting only which way each case moved would weigh a flaky baseline case the candidate
// passed (+0.25) as much as a case it lost (−1); where it leans another way than the change
// shown (numbers of calls that differ from case to case), the t-test on the per-case differences.
import type { AnalysisOptions } from '../config/config.js';
import { METRIC_SPECS, PAIRED_TEST, type Metric, type PairedTest } from '../metrics.js';
import type { CasePairing, SideStats } from '../report/types.js';
import {
  caseDifferences,
  casesForDifferences,
  casesForMcNemar,
  mcnemarExact,
  mean,
  median,
  pairedTTest,
  sortedCopy,
  stratifiedInterval,
  stratifiedLean,
  stratifiedT,
  stratifiedTails,
  variance,
  walshInterval,
  walshReach,
  wilcoxonSignedRank,
} from '../stats/index.js';
import { MAX_METADATA } from '../store/case-ids.js';
import type { MetadataHint, Samples } from '../store/types.js';
import {
  oneSidedEnds,
  testMetrics,
  type IntervalAt,
  type MetricTest,
  type TestSettings,
} from './metric-test.js';
import { toWorse } from './worse.js';
import { plural } from '../wording/labels.js';
import { formatCount } from '../format/numbers.js';

/**
 * A metric is paired only while the candidate's values without a case id are below this share
 * of its values: past it, the calls the pairs leave out could change the verdict.
 */
export const MAX_UNPAIRED_SHARE = 0.05;

/** One side's values of a metric without a case id, those of them that are 0, and all its values. */
function withoutCase(
  samples: Samples,
  metric: Metric,
): { calls: number; zeros: number; of: number } {
  const codes = samples.cases?.codes[metric];
  const values = samples.values[metric] ?? new Float64Array();
  const of = values.length;
  let calls = 0;
  let zeros = 0;
  for (let i = 0; i < of; i++)
    if (!codes || (codes[i] as number) < 0) {
      calls++;
      if (values[i] === 0) zeros++;
    }
  return { calls, zeros, of };
}

/** Matched per-case means of one metric, in the same case order on both sides. */
export interface MatchedCases {
  readonly baseline: Float64Array;
  readonly candidate: Float64Array;
  readonly baselineOnly: number;
  readonly candidateOnly: number;
  /** Per matched case, the largest magnitude among its values on either side (its rounding scale). */
  readonly scale: Float64Array;
  /** Per matched case, in the same order: each side's calls, and those with the value 1. */
  readonly calls?: { readonly baseline: Int32Array; readonly candidate: Int32Array };
  readonly ones?: { readonly baseline: Int32Array; readonly candidate: Int32Array };
  /** Every value of the matched cases on both sides is 0 or 1 (successes to count). */
  readonly binary?: boolean;
}

/** One case's values of a metric on one side: their mean, number, and how many are 1. */
interface CaseValues {
  readonly mean: number;
  readonly n: number;
  readonly ones: number;
  readonly binary: boolean;
  /** The largest |value|: what the rounding of the mean is relative to. */
  readonly scale: number;
}

// Per-case mean of one metric's values, by case id; values without a case id are left out.
// Each case's values are sorted and averaged with describe's mean, so that the same scores give
// the same mean bit for bit on both sides, whatever their number and order: a plain sum / n
// turns three calls scored 0.7 into 0.6999999999999998, and a paired test on differences that
// are all that last bit (no spread at all) reports a "significant" worsening at p < 1e-10.
function perCaseMeans(samples: Samples, metric: Metric): Map<string, CaseValues> {
  const values = samples.values[metric] ?? new Float64Array();
  const codes = samples.cases?.codes[metric];
  const ids = samples.cases?.ids ?? [];
  const byCase = new Map<number, number[]>();
  if (!codes) return new Map();
  for (let i = 0; i < values.length; i++) {
    const code = codes[i] as number;
    if (code < 0) continue;
    const acc = byCase.get(code);
    if (acc) acc.push(values[i] as number);
    else byCase.set(code, [values[i] as number]);
  }
  return new Map(
    [...byCase].map(([code, xs]) => [
      ids[code] as string,
      {
        mean: mean(sortedCopy(xs)),
        n: xs.length,
        ones: xs.filter((x) => x === 1).length,
        binary: xs.every((x) => x === 0 || x === 1),
        scale: xs.reduce((m, x) => Math.max(m, Math.abs(x)), 0),
      },
    ]),
  );
}

/** Matches the two sides' per-case means of one metric by case id. */
export function matchCases(baseline: Samples, candidate: Samples, metric: Metric): MatchedCases {
  const b = perCaseMeans(baseline, metric);
  const c = perCaseMeans(candidate, metric);
  // Sorted ids: the result does not depend on the order the store returned calls in.
  const shared = [...c.keys()].filter((id) => b.has(id)).sort();
  const of = (side: Map<string, CaseValues>, field: 'mean' | 'n' | 'ones'): Float64Array =>
    Float64Array.from(shared, (id) => side.get(id)![field]);
  return {
    baseline: of(b, 'mean'),
    candidate: of(c, 'mean'),
    baselineOnly: b.size - shared.length,
    candidateOnly: c.size - shared.length,
    scale: Float64Array.from(shared, (id) => Math.max(b.get(id)!.scale, c.get(id)!.scale)),
    calls: { baseline: Int32Array.from(of(b, 'n')), candidate: Int32Array.from(of(c, 'n')) },
    ones: { baseline: Int32Array.from(of(b, 'ones')), candidate: Int32Array.from(of(c, 'ones')) },
    binary: shared.every((id) => b.get(id)!.binary && c.get(id)!.binary),
  };
}

function side(values: Float64Array, rate: boolean): SideStats {
  return { n: values.length, mean: mean(values), median: rate ? null : median(values) };
}

/**
 * One metric's primary test on matched cases: paired t-test (means), Wilcoxon signed-rank
 * with the Hodges-Lehmann interval of the differences (latency, judged on medians), McNemar's
 * exact test (success). The change is what the test estimates from the per-case differences
 * (their mean; for latency their Hodges-Lehmann estimate), relative to the baseline's mean (for
 * latency its median) of the matched cases' per-case means, and the threshold works on it as in
 * the unpaired test; `unpaired` (the test on all calls) becomes secondary.
 */
function testPairedMetric(
  metric: Metric,
  cases: MatchedCases,
  settings: TestSettings,
  unpaired: MetricTest | null,
): MetricTest {
  const spec = METRIC_SPECS[metric];
  const { baseline: b, candidate: c } = cases;
  const n = b.length;
  if (n < 2) throw new RangeError(`a paired test needs at least 2 matched cases, got ${n}`);
  const rate = spec.center === 'rate';
  const baseline = side(b, rate);
  const candidate = side(c, rate);
  const pick = (s: SideStats): number => (spec.center === 'median' ? s.median : s.mean) as number;
  const cb = pick(baseline);
  // Rounding-level differences are zeros for every test and interval below (caseDifferences).
  const d = caseDifferences(b, c, cases.scale);
  // The change the tests estimate: for means and rates the mean per-case difference (the centre
  // of the t interval), equal on paper to the difference of the sides' means, but exactly 0 when
  // every case's difference is rounding. For latency, the Hodges-Lehmann estimate of the
  // differences (the centre of the Walsh-average interval, the signed-rank test's own estimate):
  // the difference of the sides' medians can lean the other way (five middle cases 120 ms faster
  // and the rest 15 ms slower read -11 % beside a test that found the candidate slower).
  const absoluteChange = spec.test === 'mann_whitney_u' ? walshInterval(d).estimate : mean(d);
  const worse = spec.better === 'higher' ? 'less' : 'greater';
  const better = spec.better === 'higher' ? 'greater' : 'less';
  const delta =
    spec.threshold === 'points' ? settings.threshold : settings.threshold * Math.abs(cb);
  const sd = Math.sqrt(variance(d));
  let pWorse: number;
  let pBetter: number;
  let at: IntervalAt;
  let samplesNeeded: (a: number) => number;
  let test: PairedTest = PAIRED_TEST[spec.test];
  let minAlpha: number | undefined;
  const repeated =
    cases.calls && [cases.calls.baseline, cases.calls.candidate].some((n) => n.some((k) => k > 1));
  if (spec.test === 'fisher_exact' && repeated) {
    // More than one call of a case on a side: each case a stratum of its calls (see the header).
    const strata = Array.from({ length: n }, (_, i) => ({
      kc: cases.ones!.candidate[i]!,
      nc: cases.calls!.candidate[i]!,
      kb: cases.ones!.baseline[i]!,
      nb: cases.calls!.baseline[i]!,
    }));
    const same = (a: Int32Array): boolean => a.every((k) => k === a[0]);
    const balanced = same(cases.calls.candidate) && same(cases.calls.baseline);
    // With numbers of calls that differ from case to case (a crashed call), the stratified test
    // weighs the busier cases more than the change shown does: it decides only while it leans
    // the way the change shown does (always so when every case has the same numbers).
    const sign = (x: number): number => (Math.abs(x) < 1e-12 ? 0 : Math.sign(x));
    const agrees = balanced || sign(stratifiedLean(strata)) === sign(mean(d));
    if (cases.binary && agrees) {
      const tails = stratifiedTails(strata);
      test = tails.exact ? 'cmh_exact' : 'cmh_normal';
      [pWorse, pBetter] = [tails[worse], tails[better]];
    } else {
      // The two lean opposite ways (a drop on the single-call cases read "improved" beside a
      // rise on the busy ones), or values other than 0 and 1 are no successes to count: the
      // t-test on the per-case differences tests what is shown.
      test = 'paired_t';
      [pWorse, pBetter] = [stratifiedT(d, strata, worse), stratifiedT(d, strata, better)];
    }
    // The interval of the change shown, the mean of the per-case rate differences.
    at = (level) => stratifiedInterval(d, strata, level).ci;
    samplesNeeded = (a) => casesForDifferences(stratifiedInterval(d, strata, 0.95).sd, delta, a);
  } else if (spec.test === 'fisher_exact') {
    let up = 0;
    let down = 0;
    for (const x of d) {
      if (x > 0) up++;
      else if (x < 0) down++;
    }
    pWorse = mcnemarExact(up, down, n, worse).pValue;
    pBetter = mcnemarExact(up, down, n, better).pValue;
    at = (level) => mcnemarExact(up, down, n, worse, level).ci;
    samplesNeeded = (a) => casesForMcNemar((up + down) / n, delta, a);
  } else if (spec.test === 'mann_whitney_u') {
    pWorse = wilcoxonSignedRank(d, worse).pValue;
    pBetter = wilcoxonSignedRank(d, better).pValue;
    at = (level) => walshInterval(d, level).ci;
    // The signed-rank test and its interval reach a level a only from log2(1/a) cases on.
    samplesNeeded = (a) =>
      Math.max(casesForDifferences(sd, delta, a, 0.8, true), Math.ceil(-Math.log2(a)));
    minAlpha = walshReach(n);
  } else {
    pWorse = pairedTTest(d, worse).pValue;
    pBetter = pairedTTest(d, better).pValue;
    at = (level) => pairedTTest(d, worse, level).ci;
    samplesNeeded = (a) => casesForDifferences(sd, delta, a);
  }
  return {
    metric,
    spec,
    test,
    baseline,
    candidate,
    relativeChange: cb !== 0 ? absoluteChange / Math.abs(cb) : null,
    absoluteChange,
    threshold: settings.threshold,
    worseBy: toWorse(absoluteChange, cb, spec),
    pWorse,
    pBetter,
    interval: oneSidedEnds(at, spec),
    ...(minAlpha !== undefined ? { minAlpha } : {}),
    secondary: unpaired?.pWorse != null ? [{ test: spec.test, p_value: unpaired.pWorse }] : [],
    worseOf: (effect: number) => toWorse(effect, cb, spec),
    worseEnd: spec.better === 'higher' ? 0 : 1,
    samplesNeeded,
    pairing: pairingOf(cases, true),
  };
}

function pairingOf(cases: MatchedCases, paired: boolean): NonNullable<MetricTest['pairing']> {
  return {
    paired,
    matched_cases: cases.baseline.length,
    baseline_only_cases: cases.baselineOnly,
    candidate_only_cases: cases.candidateOnly,
  };
}

/** The tests of one comparison with `pair-by`, and what the report says about the pairing. */
export interface PairedTests {
  readonly tests: MetricTest[];
  readonly pairing: CasePairing;
  readonly notes: string[];
}

function caseCounts(baseline: Samples, candidate: Samples): [number, number, number] {
  const b = new Set(baseline.cases?.ids ?? []);
  const c = new Set(candidate.cases?.ids ?? []);
  const matched = sharedCases(baseline, candidate);
  return [matched, b.size - matched, c.size - matched];
}

/** Case ids both sides have a call of. */
export function sharedCases(baseline: Samples, candidate: Samples): number {
  const b = new Set(baseline.cases?.ids ?? []);
  return [...new Set(candidate.cases?.ids ?? [])].filter((id) => b.has(id)).length;
}

/**
 * Tests every metric as `testMetrics` does, on matched cases where at least `minSamples` cases
 * have the metric on both sides, and unpaired on all calls otherwise (with a note saying why).
 * The cases are matched against `keyed`, the baseline's calls that have a case id when they were
 * read apart (see readSides); the unpaired tests read `baseline`.
 */
export function testMetricsPaired(
  metrics: readonly Metric[],
  baseline: Samples,
  candidate: Samples,
  options: AnalysisOptions & { readonly pairBy: string },
  keyed: Samples = baseline,
  /** Reads the baseline's success values from its first to its last call with a case id (readSides). */
  span?: () => Samples | undefined,
): PairedTests {
  const key = options.pairBy;
  const unpaired = testMetrics(metrics, baseline, candidate, options);
  const fallback: Metric[] = [];
  const outside: { metric: Metric; calls: number; failures: number; of: number }[] = [];
  // The baseline's failures logged without a case id between its calls with one: an older
  // harness's error path, which the pairs leave out, showing the baseline better than it was; or
  // production traffic, which they rightly leave out. Said when the paired success rate leans
  // worse; the test stays paired (sent unpaired, traffic's failures hid real regressions).
  let baselineOutside = 0;
  let spanRead: Samples | undefined;
  const tests = unpaired.map((u) => {
    const cases = matchCases(keyed, candidate, u.metric);
    // Values too large for the arithmetic stay untested, paired or not.
    if (u.notTested !== undefined || cases.baseline.length < Math.max(2, options.minSamples)) {
      if (u.pWorse !== null) fallback.push(u.metric);
      return { ...u, pairing: pairingOf(cases, false) };
    }
    // Candidate calls without a case id cannot be paired, and a test on the pairs alone would
    // not see them: a failure logged on an error path, without the case's metadata, is one. Any
    // such failure counts, however few: 6 failures in 126 calls turned a regression green.
    const unkeyed = withoutCase(candidate, u.metric);
    const failures = u.metric === 'success' ? unkeyed.zeros : 0;
    if (
      u.pWorse !== null &&
      unkeyed.calls > 0 &&
      (unkeyed.calls >= unkeyed.of * MAX_UNPAIRED_SHARE || failures > 0)
    ) {
      outside.push({ metric: u.metric, calls: unkeyed.calls, failures, of: unkeyed.of });
      return { ...u, pairing: pairingOf(cases, false) };
    }
    const settings = {
      minSamples: options.minSamples,
      threshold: u.threshold,
    };
    // A baseline-max-samples given, reached before the baseline's calls of some of the
    // candidate's cases: past MAX_UNPAIRED_SHARE of them, the pairs cannot pass the change.
    const capped = options.baselineMaxGiven === true && keyed.rows >= options.baselineMaxSamples;
    const leftOut =
      capped &&
      cases.candidateOnly >= (cases.baseline.length + cases.candidateOnly) * MAX_UNPAIRED_SHARE
        ? cases.candidateOnly
        : 0;
    const tested = testPairedMetric(u.metric, cases, settings, u);
    const paired = leftOut > 0 ? { ...tested, leftOut } : tested;
    if (u.metric === 'success' && (paired.worseBy ?? 0) > 0) {
      spanRead = span?.();
      if (spanRead) baselineOutside = withoutCase(spanRead, 'success').zeros;
    }
    return paired;
  });
  const [matched, baselineOnly, candidateOnly] = caseCounts(keyed, candidate);
  const pairing: CasePairing = {
    key,
    paired: tests.some((t) => t.pairing?.paired),
    matched_cases: matched,
    baseline_only_cases: baselineOnly,
    candidate_only_cases: candidateOnly,
    baseline_calls_without_case: baseline.cases?.withoutKey ?? baseline.rows,
    candidate_calls_without_case: candidate.cases?.withoutKey ?? candidate.rows,
  };
  const hints = { baseline: baseline.cases?.hint, candidate: candidate.cases?.hint };
  const notes = pairingNotes(pairing, fallback, options.minSamples, hints);
  // The pairs read at most a baseline-max-samples given of the baseline's calls with a case id:
  // when the read reached it, the candidate's unmatched cases may be among its older calls.
  if (options.baselineMaxGiven && candidateOnly > 0 && keyed.rows >= options.baselineMaxSamples)
    notes.push(
      `Pairing by ${key} read the baseline's newest ${plural(options.baselineMaxSamples, 'call')} with one (baseline-max-samples): ${formatCount(candidateOnly)} of the candidate's ${formatCount(matched + candidateOnly)} cases ${candidateOnly === 1 ? 'is' : 'are'} not among them${pairing.paired ? `, left out of the paired tests${tests.some((t) => (t.leftOut ?? 0) > 0) ? ': untested, so no metric paired on the rest passes (inconclusive unless significantly worse)' : ''}` : ', too few matched cases left to pair'}. Its older calls may have them: raise baseline-max-samples to pair them.`,
    );
  // Metadata too long to read has no case id for the pairs, whatever it holds: said as such.
  const tooLong = candidate.cases?.tooLong ?? 0;
  const why =
    tooLong > 0
      ? `${plural(tooLong, 'call')} of the candidate ${tooLong === 1 ? 'has' : 'have'} metadata longer than ${formatCount(MAX_METADATA)} characters, which is not read: log long texts elsewhere than in metadata`
      : 'an error path logging without it?';
  for (const o of outside)
    notes.push(
      `Not paired by ${key} (${METRIC_SPECS[o.metric].label.toLowerCase()}): ${formatCount(o.calls)} of the candidate's ${formatCount(o.of)} calls have no ${key}${o.failures > 0 ? `, ${formatCount(o.failures)} of them failed` : ''} (${why}), and the pairs alone would leave them out; tested unpaired on all calls instead.`,
    );
  if (baselineOutside > 0)
    notes.push(
      `Success rate, paired by ${key}: ${plural(baselineOutside, 'call')} of the baseline without a ${key}, logged between its first and last call with one (${spanRead!.from!.slice(0, 10)} to ${spanRead!.to!.slice(0, 10)}), failed and ${baselineOutside === 1 ? 'is' : 'are'} left out of the pairs. If ${baselineOutside === 1 ? 'it is' : 'they are'} its evaluation's failures logged without the case (an error path), the baseline's rate reads better than it was and the change worse; if production traffic, nothing is amiss.`,
    );
  // Sides that share no case id: a few of each side's, so that 0 against 0.0 or "7" against 7
  // shows at once.
  if (fallback.length > 0 && matched === 0 && baselineOnly > 0 && candidateOnly > 0)
    notes.push(
      `${key} values seen, compared as JSON text: baseline ${someIds(keyed)}; candidate ${someIds(candidate)}.`,
    );
  return { tests, pairing, notes };
}

/** A few of a side's case ids, each the JSON text of its value, cut short. */
function someIds(side: Samples): string {
  const ids = side.cases?.ids ?? [];
  const shown = ids.slice(0, 3).map((id) => (id.length > 40 ? `${id.slice(0, 40)}…` : id));
  return ids.length > 3 ? `${shown.join(', ')}, …` : shown.join(', ');
}

/** Why metrics fell back to unpaired tests: warnings, since the run asked for pairs. */
function pairingNotes(
  p: CasePairing,
  fallback: readonly Metric[],
  minSamples: number,
  hints: Readonly<Record<'baseline' | 'candidate', MetadataHint | undefined>>,
): string[] {
  const notes: string[] = [];
  if (fallback.length > 0) {
    const names = fallback.map((m) => METRIC_SPECS[m].label.toLowerCase()).join(', ');
    const sides = [
      p.baseline_calls_without_case > 0 && p.matched_cases + p.baseline_only_cases === 0
        ? 'baseline'
        : '',
      p.candidate_calls_without_case > 0 && p.matched_cases + p.candidate_only_cases === 0
        ? 'candidate'
        : '',
    ].filter((side): side is 'baseline' | 'candidate' => side !== '');
    // The version has calls with the key, but none among those compared (on other models, or
    // before baseline-since): its metadata's keys would name the very key.
    const elsewhere = sides.filter((side) => hints[side]?.keys.includes(p.key));
    const said = bothAlike(sides, hints)
      ? [hintText('both', hints.baseline)!]
      : sides.flatMap((side) => hintText(side, hints[side]) ?? []);
    const why =
      elsewhere.length > 0
        ? `the ${elsewhere.join(' and the ')}'s calls that have a ${p.key} are not among those compared (on other models, or before baseline-since)`
        : sides.length > 0
          ? `no call of the ${sides.join(' or the ')} has a ${p.key} in its metadata` +
            (said.length > 0 ? ` (${said.join('; ')})` : '')
          : p.matched_cases === 0
            ? `the two sides share no ${p.key}`
            : `fewer than ${minSamples} matched cases have a value on both sides`;
    notes.push(`Not paired by ${p.key} (${names}): ${why}; tested unpaired on all calls instead.`);
  }
  return notes;
}

/** Both sides lack the key and their metadata reads alike: one hint says it for both. */
function bothAlike(
  sides: readonly string[],
  hints: Readonly<Record<'baseline' | 'candidate', MetadataHint | undefined>>,
): boolean {
  const [b, c] = [hints.baseline, hints.candidate];
  return (
    sides.length === 2 &&
    b !== undefined &&
    c !== undefined &&
    b.unusable === 0 &&
    c.unusable === 0 &&
    b.keys.join('\0') === c.keys.join('\0')
  );
}

/** What one side's metadata, or both sides' alike, holds instead of the key; null: unknown. */
function hintText(
  side: 'baseline' | 'candidate' | 'both',
  hint: MetadataHint | undefined,
): string | null {
  if (hint === undefined) return null;
  const owner = side === 'both' ? "both sides'" : `the ${side}'s`;
  const parts: string[] = [];
  if (hint.keys.length > 0) {
    const keys = hint.keys.map((k) => JSON.stringify(k)).join(', ');
    parts.push(`${owner} metadata has ${hint.keys.length === 1 ? 'the key' : 'the keys'} ${keys}`);
  }
  // Both sides alike have none (bothAlike): the count is always one side's.
  if (hint.unusable > 0)
    parts.push(`${plural(hint.unusable, `${side} call`)} with metadata that is not a JSON object`);
  if (parts.length === 0)
    return side === 'both'
      ? "neither side's calls have metadata"
      : `${owner} calls have no metadata`;
  return parts.join(', ');
}
