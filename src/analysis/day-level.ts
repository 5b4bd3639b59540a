/**
 * Tests that respect days: when the baseline spans several days, a candidate (the health
 * window, or a pull request's evaluation run) is judged against the spread of the baseline's
 * daily means, not against its pooled calls, because the candidate ran on a day of its own.
 */
import { reachesThreshold, type Metric } from '../metrics.js';
import type { SecondaryTest } from '../report/types.js';
import {
  dayLevelInterval,
  dayLevelShift,
  dayLevelTest,
  momentsOf,
  shiftPValue,
  type DayLevelResult,
  type DayLevelShift,
  type DayMoments,
} from '../stats/index.js';
import { LOG_METRICS } from '../store/blocks.js';
import type { BlockMoments, Samples, StoreBlockReader, StoreReader } from '../store/types.js';
import { DAY_MS, instantAfter, parseInstant, toIso } from '../time.js';
import { oneSidedEnds, type MetricTest } from './metric-test.js';
import { toWorse } from './worse.js';

/** Fewer baseline days with values than this: the day-to-day spread is not estimated. */
export const DAY_LEVEL_MIN_DAYS = 5;

/** At most this many history blocks (a 1-minute window over 28 days would make 40,320). */
export const DAY_LEVEL_MAX_BLOCKS = 1000;

/** Fewer values than this in a day: the day says too little about its own mean to count. */
const DAY_LEVEL_MIN_CALLS = 2;

/** The usable moments of one metric in some blocks (in the order given). */
export function metricDays(blocks: readonly BlockMoments[], metric: Metric): DayMoments[] {
  return blocks
    .map((b) => b.metrics[metric])
    .filter((m): m is DayMoments => m !== undefined && m.n >= DAY_LEVEL_MIN_CALLS);
}

interface Judged {
  readonly r: DayLevelResult;
  readonly worseBy: number;
  readonly pWorse: number;
}

// How much worse a shift is, in the threshold's units (a ratio of geometric means for latency).
function worseOfShift(t: Pick<MetricTest, 'metric' | 'spec'>, s: DayLevelShift): number {
  const log = LOG_METRICS.has(t.metric);
  const base = log ? Math.exp(s.reference) : s.reference;
  const diff = log ? base * Math.expm1(s.diff) : s.diff;
  return toWorse(diff, base, t.spec);
}

function judge(t: Pick<MetricTest, 'metric' | 'spec'>, r: DayLevelResult): Judged {
  return {
    r,
    worseBy: worseOfShift(t, r),
    pWorse: t.spec.better === 'higher' ? r.pLess : r.pGreater,
  };
}

/** How a day compares with the days before it (see `dayAgainst`). */
type DayVerdict = 'regressed' | 'worse' | 'ok';

/**
 * A day against the days before it: `regressed` when worse by at least the threshold,
 * significantly at `alpha`; `worse` when significantly worse by less; `ok` otherwise.
 */
function dayAgainst(
  t: Pick<MetricTest, 'metric' | 'spec' | 'threshold'>,
  day: DayMoments,
  before: readonly DayMoments[],
  alpha: number,
): DayVerdict {
  if (before.length < DAY_LEVEL_MIN_DAYS) return 'ok';
  const s = dayLevelShift(day, before);
  if (s === null) return 'ok';
  // Most days are not worse at all: their p-value (a t distribution's tail) is never needed.
  if (!(worseOfShift(t, s) > 0)) return 'ok';
  if (!(shiftPValue(s, t.spec.better === 'higher' ? 'less' : 'greater') < alpha)) return 'ok';
  return reachesThreshold(worseOfShift(t, s), t.threshold) ? 'regressed' : 'worse';
}

/**
 * True when a day is worse than the days before it by at least the threshold, significantly
 * at `alpha`: a day that already regressed.
 */
export function regressedDay(
  t: Pick<MetricTest, 'metric' | 'spec' | 'threshold'>,
  day: DayMoments,
  before: readonly DayMoments[],
  alpha: number,
): boolean {
  return dayAgainst(t, day, before, alpha) === 'regressed';
}

/** How one metric's reference days were taken from the history's blocks. */
export interface ReferenceDays {
  readonly days: DayMoments[];
  /** Blocks left out as already regressed: each in a run of at least two worse blocks. */
  readonly excluded: number;
}

/**
 * The reference days of one metric for a candidate day (the health window): the history's days,
 * oldest first, each tested against the days kept before it. A run of days that regressed (worse
 * by the threshold, significantly) is a new level, left out: two or more of them, or the newest
 * one when the candidate (the day after it) regressed too. Replaying what every earlier run saw
 * keeps the reference at the level before a step, so a step keeps alerting while it lasts,
 * instead of fading as it enters the history. The newest days, while all of them are still
 * significantly worse, are one new level when half of them or more regressed: a step near the
 * threshold measures some days above it and some below (a success rate down 6 points against a
 * threshold of 5 alerted for 12 days, then the days below widened the reference until none
 * regressed). An episode that has ended counts only its regressed runs, so that a weekend's dip
 * stays in the reference it belongs to. A lone regressed day is a bad day, not a new level: it
 * stays, and with it the spread of days such days belong to. Leaving every one of them out kept
 * only the calm days, and the reference then shrank with each day it lost until an ordinary day
 * read as a regression (in one simulated fleet, 9 of 28 days of cost left out, and a window that
 * was the 4th highest of 29 days alerted as +38 % at p = 0.0002).
 */
export function referenceDays(
  t: Pick<MetricTest, 'metric' | 'spec' | 'threshold'>,
  history: readonly DayMoments[],
  candidate: DayMoments | undefined,
  alpha: number,
): ReferenceDays {
  const early = earlyEpisode(t, history, alpha);
  if (early.size === 0) return replay(t, history, candidate, alpha);
  const ref = replay(
    t,
    history.filter((_, i) => !early.has(i)),
    candidate,
    alpha,
  );
  return { days: ref.days, excluded: ref.excluded + early.size };
}

/**
 * The days (their indices) of an episode under way in the history's first DAY_LEVEL_MIN_DAYS
 * days. The replay keeps those days untested, as the first reference there is: an outage that
 * began three days into the history went in as reference, the days of it after them then read
 * as ordinary against it, and a second outage three weeks later read as "healthy" (quality down
 * 29 %, day-level p = 0.11, call-level p = 3e-33). Replayed newest first, such days are a run
 * that regressed against the days after it; only a run reaching into those first days is taken,
 * as the forward replay judged every later day.
 */
function earlyEpisode(
  t: Pick<MetricTest, 'metric' | 'spec' | 'threshold'>,
  history: readonly DayMoments[],
  alpha: number,
): Set<number> {
  const out = new Set<number>();
  if (history.length <= DAY_LEVEL_MIN_DAYS) return out;
  const back = replay(t, [...history].reverse(), undefined, alpha);
  if (back.excluded === 0) return out;
  const kept = new Set(back.kept.map((i) => history.length - 1 - i));
  // The left-out days from the oldest on, while the run of them started among the first days.
  for (let i = 0; i < history.length; i++) {
    if (kept.has(i)) {
      if (out.size > 0 || i >= DAY_LEVEL_MIN_DAYS - 1) break;
      continue;
    }
    if (out.size === 0 && i >= DAY_LEVEL_MIN_DAYS) break;
    out.add(i);
  }
  return out;
}

/** The replay of {@link referenceDays}, with the indices of the days it kept. */
function replay(
  t: Pick<MetricTest, 'metric' | 'spec' | 'threshold'>,
  history: readonly DayMoments[],
  candidate: DayMoments | undefined,
  alpha: number,
): ReferenceDays & { readonly kept: number[] } {
  const kept: number[] = [];
  const days: DayMoments[] = [];
  const keep = (i: number): void => {
    kept.push(i);
    days.push(history[i]!);
  };
  let excluded = 0;
  // The current episode: consecutive days each significantly worse than the days kept before.
  let run: { i: number; regressed: boolean }[] = [];
  for (let i = 0; i < history.length; i++) {
    const verdict = dayAgainst(t, history[i]!, days, alpha);
    if (verdict !== 'ok') {
      run.push({ i, regressed: verdict === 'regressed' });
      continue;
    }
    excluded += closeEpisode(run, keep);
    keep(i);
    run = [];
  }
  const next =
    candidate === undefined || run.length === 0 ? 'ok' : dayAgainst(t, candidate, days, alpha);
  // Still worse on the newest days: a new level when it lasted two days or more and half of them
  // regressed (the candidate's counts, when it is worse against the same days). A step below the
  // threshold, whose days regress only when noise pushes them over, stays in the reference: a
  // +25 % latency against a 30 % threshold otherwise alerted on its noisiest days for weeks.
  const length = run.length + (next === 'ok' ? 0 : 1);
  const regressed = run.filter((d) => d.regressed).length + (next === 'regressed' ? 1 : 0);
  if (run.some((d) => d.regressed) && length >= 2 && 2 * regressed >= length)
    return { days, kept, excluded: excluded + run.length };
  // Otherwise as an ended episode, but for a newest day that regressed alone: a run with the
  // candidate, if it regressed against the same days too.
  const lone = run.length > 0 && run.at(-1)!.regressed && next === 'regressed';
  const held = lone ? run.slice(0, -1) : run;
  const out = closeEpisode(held, keep) + (lone ? 1 : 0);
  return { days, kept, excluded: excluded + out };
}

/** Keeps an ended episode's days but its runs of two or more regressed days; how many it left out. */
function closeEpisode(
  run: readonly { i: number; regressed: boolean }[],
  keep: (i: number) => void,
): number {
  let excluded = 0;
  for (let i = 0; i < run.length;) {
    let j = i;
    while (j < run.length && run[j]!.regressed === run[i]!.regressed) j++;
    if (run[i]!.regressed && j - i >= 2) excluded += j - i;
    else for (const d of run.slice(i, j)) keep(d.i);
    i = j;
  }
  return excluded;
}

/**
 * Whether a metric's test may be redone at the day level at all: it was run, on unmatched calls
 * (a metric compared on matched cases keeps its paired test: the cases, not the days, are the
 * unit). When no test may, no day needs to be read.
 */
export function dayLevelMayRun(t: Pick<MetricTest, 'pWorse' | 'pairing'>): boolean {
  return t.pWorse !== null && !t.pairing?.paired;
}

/**
 * Whether a metric's test may be redone at the day level (dayLevelMayRun) and the candidate has
 * calls. When not, its reference days need not be worked out.
 */
export function dayLevelMayApply(
  t: Pick<MetricTest, 'pWorse' | 'pairing'>,
  candidate: DayMoments | undefined,
): candidate is DayMoments {
  return dayLevelMayRun(t) && candidate !== undefined;
}

/**
 * The metric's test redone at the day level: the candidate's mean (of logs, for latency)
 * against the random-effects prediction of a new day from the baseline days. The centers,
 * change, interval and p-values become the day-level ones; the call-level test is kept as a
 * secondary. The test as given when it was not run (too few calls) or the baseline has fewer
 * than DAY_LEVEL_MIN_DAYS days.
 */
export function dayLevelMetricTest(
  t: MetricTest,
  candidate: DayMoments | undefined,
  days: readonly DayMoments[],
): MetricTest {
  if (!dayLevelMayApply(t, candidate)) return t;
  if (days.length < DAY_LEVEL_MIN_DAYS) return t;
  const r = dayLevelTest(candidate, days);
  if (r === null) return t;
  const log = LOG_METRICS.has(t.metric);
  const { worseBy, pWorse } = judge(t, r);
  const base = log ? Math.exp(r.reference) : r.reference;
  const center = log ? Math.exp(candidate.mean) : candidate.mean;
  const units = (d: number): number => (log ? base * Math.expm1(d) : d);
  // The interval at any level, in the metric's units (a ratio of geometric means for latency).
  // A difference of two rates lies within ±1: the t interval of a rate near 0 or 1 may reach
  // past it (98.8 % to 0 % read [−103.0 pp, −94.6 pp]).
  const [lowest, highest] = t.spec.center === 'rate' ? [-1, 1] : [-Infinity, Infinity];
  const at = (level: number): readonly [number, number] => {
    const ci = dayLevelInterval(r, level);
    return [Math.max(lowest, units(ci[0])), Math.min(highest, units(ci[1]))];
  };
  const worseOf = (effect: number): number => toWorse(effect, base, t.spec);
  const absoluteChange = center - base;
  const own: SecondaryTest[] =
    t.test === 'day_level_t' || t.pWorse === null ? [] : [{ test: t.spec.test, p_value: t.pWorse }];
  return {
    ...t,
    test: 'day_level_t',
    // The calls of the reference days and their centre: the other centre, of the calls the
    // call-level test read (the newest baseline-max-samples), would describe other calls.
    baseline: {
      n: r.components.calls,
      mean: log ? null : base,
      median: log ? base : null,
    },
    candidate: log ? { ...t.candidate, median: center } : { ...t.candidate, mean: center },
    absoluteChange,
    relativeChange: base !== 0 ? absoluteChange / Math.abs(base) : null,
    worseBy,
    worseOf,
    pWorse,
    pBetter: t.spec.better === 'higher' ? r.pGreater : r.pLess,
    interval: oneSidedEnds(at, t.spec),
    // The day-level t interval reaches every level: no reach of the call-level one holds.
    minAlpha: 0,
    secondary: [...own, ...t.secondary],
  };
}

/** Days of a history baseline, back from its newest call, that the day-level test reads. */
const HISTORY_BASELINE_DAYS = 28;

/** Moments of a side's values (logs for latency), for the day-level test. */
function sideMoments(metric: Metric, values: Float64Array | undefined): DayMoments {
  const xs = values ?? new Float64Array();
  return momentsOf(LOG_METRICS.has(metric) ? xs.filter((x) => x > 0).map(Math.log) : xs);
}

/** Where a history baseline's calls are, to read them day by day. */
export interface HistoryBaseline {
  readonly store: StoreReader & Partial<StoreBlockReader>;
  readonly versionId: number;
  /** The baseline's newest call (ISO 8601); the days are the 24 h blocks that end just after it. */
  readonly newestCall: string | null;
  readonly models: readonly string[] | null;
  /** Calls before this instant are left out (baseline-since). */
  readonly since: string | null;
}

/**
 * A pull request's tests redone at the day level when the baseline is history spread over at
 * least DAY_LEVEL_MIN_DAYS days: the evaluation ran on a day of its own, and the history's
 * day-to-day spread is part of what it may differ by with no change at all. The number of
 * baseline days used (0 when the tests are left as they were).
 */
export function historyDayLevel(
  tests: readonly MetricTest[],
  where: HistoryBaseline,
  candidate: Samples,
): { tests: MetricTest[]; days: number } {
  const read = where.store.blocks?.bind(where.store);
  // Up to and with the newest call, as SQLite reads its time (see instantAfter).
  const end = where.newestCall === null ? NaN : instantAfter(where.newestCall);
  if (!read || !Number.isFinite(end)) return { tests: [...tests], days: 0 };
  const since = where.since === null ? -Infinity : parseInstant(where.since);
  const blocks = read({
    versionId: where.versionId,
    metrics: tests.map((t) => t.metric),
    until: toIso(end),
    blockMs: DAY_MS,
    count: HISTORY_BASELINE_DAYS,
    ...(where.models ? { models: where.models } : {}),
  }).filter((b) => end - (b.index + 1) * DAY_MS >= since);
  let days = 0;
  const decided = tests.map((t) => {
    const ref = metricDays(blocks, t.metric);
    const out = dayLevelMetricTest(t, sideMoments(t.metric, candidate.values[t.metric]), ref);
    if (out !== t) days = Math.max(days, ref.length);
    return out;
  });
  return { tests: decided, days };
}
