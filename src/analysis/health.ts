/**
 * The scheduled health report: every prompt's live version, its recent window against its own
 * preceding history (the pull-request check's tests, thresholds, statuses and correction),
 * gradual trends of its daily series, silence, and the run's cost against its budgets.
 */
import type { AnalysisOptions, HealthOptions } from '../config/config.js';
import { METRICS } from '../metrics.js';
import type {
  HealthReport,
  PromptHealth,
  PromptStatus,
  TimeRange,
} from '../report/health-types.js';
import type { FailOn } from '../report/types.js';
import type { StoreReader, StoreTrendReader, VersionRow } from '../store/types.js';
import { DAY_MS, parseInstant, toIso } from '../time.js';
import { decideFamily } from './classify.js';
import { regressedUncorrected } from './metric-test.js';
import { byName } from './select.js';
import { taggedProduction } from './live-version.js';
import type { Spans } from './health/alerts.js';
import { costReport } from './health/cost.js';
import { allAlerts } from './health/fingerprint.js';
import { alsoCalled, pickLive } from './health/live.js';
import { promptHealth, type Planned } from './health/prompt.js';
import type { TrendTest } from './health/trends.js';
import {
  MIN_TREND_DAYS,
  TREND_DAYS,
  TREND_MIN_TRAFFIC,
  TREND_HORIZON_DAYS,
  TREND_METRICS,
  dailyPoints,
  decideTrends,
  testTrend,
  trendSeries,
} from './health/trends.js';
import {
  callsIn,
  expectedCalls,
  quietWeeks,
  replacedVersion,
  sameTextVersion,
} from './health/live.js';
import { DAY_LEVEL_MIN_DAYS } from './day-level.js';
import { planWindow } from './health/window.js';
import {
  checkRelease,
  daysBefore,
  endedRelease,
  firstBlock,
  ENDED_NOTICE_DAYS,
  mayLookBack,
  withRelease,
} from './health/release.js';
import { planVariants, variantConfirmed, type VariantResult } from './health/variants.js';
import { failsPolicy } from '../report/policy.js';

export { alertsFingerprint, allAlerts } from './health/fingerprint.js';

/** Whether a version tagged production, and not retired, has calls in the window. */
function stillRuns(
  store: StoreReader,
  versions: readonly VersionRow[],
  window: TimeRange,
): boolean {
  return versions.some(
    (v) => taggedProduction(v) && !v.tags.some(isRetiredTag) && callsIn(store, v, window) > 0,
  );
}

/**
 * The tag on a prompt's newest version that takes the prompt out of the health report: `retired`
 * in any case and without the spaces around it, as the production tag is read (isProductionTag).
 */
export const RETIRED_TAG = 'retired';
const isRetiredTag = (tag: string): boolean => tag.trim().toLowerCase() === RETIRED_TAG;

/** The largest epoch milliseconds a Date holds. */
const MAX_DATE_MS = 8.64e15;

/** What one health run reads and how it decides. */
export interface HealthInput {
  readonly analysis: AnalysisOptions;
  readonly health: HealthOptions;
  /** The health report's default is `never`: the alert is the signal, not a red run. */
  readonly failOn: FailOn;
  /** ISO 8601 instant the window ends at (excluded); also the report's time stamp. */
  readonly now: string;
  /**
   * `now` is this run's own clock, not a time asked for (`--now`): calls stamped after it come
   * from a logging host whose clock runs ahead, and are worth a warning.
   */
  readonly clock?: boolean;
}

/** How far past the run's clock a store's newest call may lie before it is said (clock skew). */
const CLOCK_SLACK_MS = 5 * 60_000;

/**
 * A warning when the store's newest call lies well after the run's clock: those calls are left
 * out of every window, so a host whose clock runs ahead would hide its newest calls.
 */
export function clockAhead(store: StoreReader, nowMs: number): string[] {
  const last = store.lastCallMs();
  if (last === null || !(last - nowMs > CLOCK_SLACK_MS)) return [];
  const ahead = last - nowMs;
  const [n, unit] =
    ahead >= 2 * DAY_MS
      ? [Math.round(ahead / DAY_MS), 'day']
      : ahead >= 2 * 3_600_000
        ? [Math.round(ahead / 3_600_000), 'hour']
        : [Math.round(ahead / 60_000), 'minute'];
  return [
    `The store's newest call (${(store.lastCallAt() ?? '').slice(0, 40)}) is ${n} ${unit}s after this run's time: calls stamped after it are left out. Is the clock of the host that logs them ahead?`,
  ];
}

const RANK: Readonly<Record<PromptStatus, number>> = {
  alert: 1,
  silent: 2,
  insufficient_data: 3,
  healthy: 4,
};

function rank(p: PromptHealth): number {
  return p.alerts.some((a) => a.severity === 'critical') ? 0 : RANK[p.status];
}

/**
 * Why a store with no live version called in the window may be the wrong store, or `now` wrong:
 * it has no calls, its newest call is older than the window, or no prompt was checked. (A call
 * in the window answers all three: the store's newest call, which a big store finds only by
 * reading its last days' calls, is then not asked for.)
 */
export function staleStore(store: StoreReader, window: TimeRange, checked: boolean): string[] {
  const warnings: string[] = [];
  const last = store.lastCallAt();
  if (last === null) warnings.push('The store has no calls at all.');
  // The instant as SQLite reads it: a shape JavaScript cannot parse still dates the store.
  else if ((store.lastCallMs() ?? Infinity) < parseInstant(window.since))
    warnings.push(
      `The store's newest call (${last.slice(0, 40)}) is older than the window: is this the production store, and is the time right?`,
    );
  // Nothing checked is not healthy: a wrong store or clock must not pass, nor close the issue.
  if (!checked && last !== null)
    warnings.push(
      'No prompt has calls in the window or the history: nothing was checked. Is this the production store, and is the time right?',
    );
  return warnings;
}

/**
 * The first day the live version had calls (YYYY-MM-DD), for `quietWeeks`; null when it had them
 * from the history's first day and was registered before it: it ran before the history too.
 */
function firstRan(
  daily: readonly { readonly day: string; readonly calls: number }[],
  history: TimeRange,
  v: { readonly timestamp: string },
): string | null | undefined {
  const first = daily.find((d) => d.calls > 0)?.day;
  const before = parseInstant(v.timestamp) < parseInstant(history.since);
  return first === history.since.slice(0, 10) && before ? null : first;
}

/** A baseline start at or after the window's start leaves every history empty: say so. */
function baselineAfterWindow(since: string | null, window: TimeRange): string[] {
  if (since === null || parseInstant(since) < parseInstant(window.since)) return [];
  return [
    `The baseline start (baseline-since, ${since}) is not before the window's start (${window.since}): every history is empty, so no window is tested. Give an earlier time, or leave it out.`,
  ];
}

/** The health report of one store at `now`. Reads only the live versions' calls in range. */
export function healthReport(
  store: StoreReader & StoreTrendReader,
  input: HealthInput,
): HealthReport {
  const nowMs = parseInstant(input.now);
  if (!Number.isFinite(nowMs))
    throw new RangeError(`now must be an ISO 8601 time, got ${input.now}`);
  const { analysis, health } = input;
  const spans: Spans = { windowMs: health.windowMs, historyMs: health.historyMs };
  const window = { since: toIso(nowMs - health.windowMs), until: toIso(nowMs) };
  const history = { since: toIso(nowMs - health.windowMs - health.historyMs), until: window.since };
  const metrics = METRICS.filter((m) => store.metrics.has(m));
  const trendMetrics = TREND_METRICS.filter((m) => store.metrics.has(m));

  // Every question about a version's calls below (window, history, the window before, daily
  // series, day-level blocks) lies in [history's start or the window before's, now): say so, and
  // the store reads each version's calls there once. A second of slack covers the blocks' own.
  // A week earlier when a version may look back for a release whose comparison ended
  // (endedRelease): read outside that range, its calls took a 15,200-call report from 0.6 to 0.78 s.
  const byPrompt = byName(store.versions());
  const lookBack = [...byPrompt.values()].some((vs) => vs.some((v) => mayLookBack(vs, v, history)));
  const earlier = lookBack ? ENDED_NOTICE_DAYS * DAY_MS : 0;
  const focusMs = Math.min(
    nowMs - health.windowMs - health.historyMs - earlier,
    nowMs - 2 * health.windowMs,
  );
  if (Math.abs(focusMs - 1000) <= MAX_DATE_MS) store.focus?.(toIso(focusMs - 1000), window.until);

  // The window before this one: a silent version's previous calls, a variant's confirmation.
  const before = { since: toIso(nowMs - 2 * health.windowMs), until: window.since };
  const planned: Planned[] = [];
  let inactive = 0;
  // Grouped by prompt, in the reader's order (newest first within a prompt).
  let retired = 0;
  for (const versions of byPrompt.values()) {
    // Retired on purpose: its silence is no news, and its old history nothing to report on.
    // A losing A/B arm tagged retired while a production version still runs is not the prompt.
    const newest = versions[0];
    const retiredNewest = newest?.tags.some(isRetiredTag) ? newest : undefined;
    if (retiredNewest && !stillRuns(store, versions, window)) {
      retired += 1;
      continue;
    }
    const picked = pickLive(store, versions, window, history);
    const pick = picked && retiredNewest ? { ...picked, retiredNewest } : picked;
    if (!pick) {
      inactive += 1;
      continue;
    }
    const daily = dailyPoints(store.daily(pick.version.id, history.since, window.until));
    // A live version with too few days of its own (a rollout), or too few calls on them for a
    // window it can test (a canary's), is measured against the history of the version it
    // replaced: a release worse than its predecessor is a regression.
    const days = daysBefore(daily, window);
    const firstDays = firstBlock(days, analysis.minSamples);
    const firstDay = daily.find((d) => d.calls > 0)?.day ?? window.since.slice(0, 10);
    const young =
      days.length < DAY_LEVEL_MIN_DAYS || (!firstDays && pick.windowCalls >= analysis.minSamples);
    const replaced = young
      ? replacedVersion(store, versions, pick.version, history, firstDay, analysis.minSamples)
      : null;
    let plan = planWindow(store, pick.version, window, history, metrics, analysis, replaced);
    // A young rollback to an earlier text: also against that text's own history, so that a
    // rollback that fixed nothing does not read healthy against the version it replaced. The
    // texts are read only then (a health report otherwise never reads them).
    if (replaced && !regressedUncorrected(plan.tests, analysis.alpha)) {
      const same = sameTextVersion(store, versions, pick.version, history, analysis.minSamples);
      const against =
        same && same !== replaced
          ? planWindow(store, pick.version, window, history, metrics, analysis, same)
          : null;
      if (against && regressedUncorrected(against.tests, analysis.alpha)) plan = against;
    }
    // With days of its own: the metrics its first days read worse on than the version it
    // replaced stay compared with that version, or a bad release would soon read healthy.
    const check = replaced
      ? null
      : checkRelease(store, versions, pick, firstDays, window, history, metrics, analysis);
    const release = check?.reference ?? null;
    if (release) plan = withRelease(plan, release);
    // A release compared with what it replaced until the history let that go reads healthy
    // from that morning on, though nothing changed: said for a few days.
    const ended = check?.outOfReach
      ? endedRelease(store, versions, pick, window, history, metrics, analysis)
      : null;
    // Too few calls to test the window: a level that moved and stayed is left to the trends.
    const untestable = Math.min(plan.window.rows, plan.history.rows) < analysis.minSamples;
    const trendsAt = (lag: number): TrendTest[] => {
      const series = trendSeries(daily, nowMs, lag);
      return trendMetrics.map((m) => testTrend(m, series, analysis.thresholds[m], untestable));
    };
    const silent = pick.windowCalls === 0;
    const ranFrom = silent ? firstRan(daily, history, pick.version) : undefined;
    planned.push({
      versions,
      pick,
      plan,
      release,
      ended,
      daily,
      trends: trendsAt(0),
      previousTrends: trendsAt(1),
      weekTrends: trendsAt(7),
      previousWindowCalls: pick.windowCalls > 0 ? 0 : callsIn(store, pick.version, before),
      quietWeeks: silent ? quietWeeks(store, pick.version, window, ranFrom) : 0,
      expectedCalls: silent ? expectedCalls(store, pick.version, window, ranFrom) : null,
    });
  }
  // Versions called beside the live ones, asked once for the whole store after its reads, each
  // tested against its live version's calls in the same window.
  alsoCalled(store, planned, window).forEach((others, i) => {
    const p = planned[i]!;
    if (others)
      planned[i] = {
        ...p,
        pick: { ...p.pick, alsoCalled: others },
        variants: planVariants(store, p.versions, p.pick, others, window, metrics, analysis),
      };
  });
  const decided = decideFamily(
    planned.map((p) => p.plan.tests),
    analysis,
  );
  // The variants' tests are a family of their own: a canary must not change a live version's
  // verdict (what fail-on judges) by widening its correction.
  const family = decideFamily(
    planned.flatMap((p) => (p.variants ?? []).map((v) => v.tests)),
    analysis,
  );
  let next = 0;
  const variants = planned.map((p) =>
    (p.variants ?? []).map((v): VariantResult => {
      const results = family[next++] ?? [];
      const regressed = results.filter((m) => m.status === 'regressed').map((m) => m.metric);
      const confirmed = variantConfirmed(store, p.pick.version, v, before, regressed, analysis);
      return { ...v, metrics: results, confirmed };
    }),
  );
  const trends = decideTrends(
    planned.map((p) => p.trends),
    analysis,
  );
  const previousTrends = decideTrends(
    planned.map((p) => p.previousTrends),
    analysis,
  );
  const weekTrends = decideTrends(
    planned.map((p) => p.weekTrends),
    analysis,
  );
  const prompts = planned
    .map((p, i) =>
      promptHealth(
        p,
        decided[i] ?? [],
        variants[i] ?? [],
        trends[i] ?? [],
        { day: previousTrends[i] ?? [], week: weekTrends[i] ?? [], alpha: analysis.alpha },
        spans,
        window,
        analysis.baselineMaxSamples,
      ),
    )
    .sort((a, b) => rank(a) - rank(b) || (a.prompt < b.prompt ? -1 : a.prompt > b.prompt ? 1 : 0));
  const cost = costReport(store, nowMs, health);

  const calledInWindow = planned.some((p) => p.pick.windowCalls > 0);
  const warnings = [
    ...(calledInWindow ? [] : staleStore(store, window, prompts.length > 0)),
    ...(input.clock ? clockAhead(store, nowMs) : []),
    ...baselineAfterWindow(analysis.baselineSince, window),
  ];
  const alerts = allAlerts({ prompts, cost });
  const n = (s: PromptStatus): number => prompts.filter((p) => p.status === s).length;
  const failing = prompts.some((p) => failsPolicy(p.window_status, input.failOn));
  // Untested is never green: a run in which no live prompt had the calls to test passes nothing.
  const untested = prompts.every((p) => p.status === 'insufficient_data');
  return {
    schema: 1,
    kind: 'health',
    verdict: failing ? 'regressed' : alerts.length > 0 || untested ? 'warning' : 'passed',
    generated_at: window.until,
    window,
    history,
    settings: {
      alpha: analysis.alpha,
      correction: analysis.correction,
      min_samples: analysis.minSamples,
      fail_on: input.failOn,
      thresholds: analysis.thresholds,
      window_ms: health.windowMs,
      history_ms: health.historyMs,
      baseline_max_samples: analysis.baselineMaxSamples,
      daily_budget: health.dailyBudget,
      monthly_budget: health.monthlyBudget,
      min_trend_days: MIN_TREND_DAYS,
      trend_days: TREND_DAYS,
      trend_min_traffic: TREND_MIN_TRAFFIC,
      trend_horizon_days: TREND_HORIZON_DAYS,
    },
    counts: {
      prompts: prompts.length,
      healthy: n('healthy'),
      alert: n('alert'),
      silent: n('silent'),
      insufficient_data: n('insufficient_data'),
      inactive,
      retired,
      alerts: alerts.length,
      critical: alerts.filter((a) => a.severity === 'critical').length,
      warnings: alerts.filter((a) => a.severity === 'warning').length,
      confirmed: alerts.filter((a) => a.confirmed).length,
    },
    prompts,
    cost,
    warnings,
  };
}
