import { SILENCE_MIN_EXPECTED } from '../../report/policy.js';
import type {
  HealthAlert,
  PromptHealth,
  PromptStatus,
  TimeRange,
  TrendResult,
} from '../../report/health-types.js';
import type { MetricResult } from '../../report/types.js';
import { worstStatus } from '../../report/policy.js';
import {
  degradedNote,
  metricAlert,
  untestedAlert,
  silentAlert,
  sortAlerts,
  trendAlert,
  variantAlert,
  type Against,
  type Spans,
} from './alerts.js';
import type { Metric } from '../../metrics.js';
import { releaseSide, type ReleaseReference } from './release.js';
import type { VariantPlan, VariantResult } from './variants.js';
import type { VersionRow } from '../../store/types.js';
import { formatSignificant } from '../../format/numbers.js';
import { formatDuration } from '../../wording/health.js';
import type { LivePick } from './live.js';
import { endedNote, promptNotes, releaseNote } from './notes.js';
import type { TrendTest } from './trends.js';
import type { WindowPlan } from './window.js';

/** One prompt's reads and tests, before the run-wide corrections. */
export interface Planned {
  /** The prompt's versions, newest first. */
  readonly versions: readonly VersionRow[];
  readonly pick: LivePick;
  readonly plan: WindowPlan;
  /** The version a release within the history replaced, for the metrics it regressed on. */
  readonly release: ReleaseReference | null;
  /** Such a reference that the history let go within the last few days (see endedRelease). */
  readonly ended: ReleaseReference | null;
  readonly daily: PromptHealth['daily'];
  readonly trends: readonly TrendTest[];
  /** The trend tests on the series the previous day's run saw (for hysteresis). */
  readonly previousTrends: readonly TrendTest[];
  /** The trend tests on the series a week before (see `trendConfirmed`). */
  readonly weekTrends: readonly TrendTest[];
  /** Calls of the live version in the window before this one. */
  readonly previousWindowCalls: number;
  /** A silent window whose hours had no call in this many earlier weeks either (see quietWeeks). */
  readonly quietWeeks: number;
  /** For a silent live version: the calls the same hours had on average before (see expectedCalls). */
  readonly expectedCalls: number | null;
  /** The versions called in the window beside the live one, with their tests against it. */
  readonly variants?: readonly VariantPlan[];
}

function sum(values: Float64Array | undefined): number {
  let s = 0;
  if (values) for (let i = 0; i < values.length; i++) s += values[i]!;
  return s;
}

function meanOf(values: Float64Array | undefined): number | null {
  return values && values.length > 0 ? sum(values) / values.length : null;
}

function statusOf(
  alerts: readonly HealthAlert[],
  metrics: readonly MetricResult[],
  trends: readonly TrendResult[],
): PromptStatus {
  if (alerts.some((a) => a.kind !== 'silent')) return 'alert';
  if (alerts.length > 0) return 'silent';
  const tested = metrics.some((m) => m.p_value !== null) || trends.some((t) => t.p_value !== null);
  return tested ? 'healthy' : 'insufficient_data';
}

/** The decided trends of the previous day's series and of the series a week before. */
export interface EarlierTrends {
  readonly day: readonly TrendResult[];
  readonly week: readonly TrendResult[];
  readonly alpha: number;
}

/** A trend this strong is confirmed by the previous day's alone (see `trendConfirmed`). */
const STRONG_TREND_SHARE = 0.2;

/**
 * A worsening trend confirmed, to open the tracking issue: worsening on the previous day's series
 * too, and either strong (p under a fifth of alpha) or worsening on the series a week before as
 * well. The previous day's series shares 13 of its 14 days, so on its own it confirmed nearly
 * every trend that noise made: a stable prompt whose daily latency swings by 12 % opened the
 * issue 4 times in 90 days, at p of 0.01-0.04, while steady declines reached p of 0.002-0.006.
 */
export function trendConfirmed(t: TrendResult, earlier: EarlierTrends): boolean {
  const worsening = (ts: readonly TrendResult[]): boolean =>
    ts.some((b) => b.metric === t.metric && b.status === 'worsening');
  if (!worsening(earlier.day)) return false;
  const p = t.p_value_adjusted;
  return (p !== null && p < STRONG_TREND_SHARE * earlier.alpha) || worsening(earlier.week);
}

/** One prompt's health from its reads and its corrected window and trend results. */
export function promptHealth(
  p: Planned,
  metrics: readonly MetricResult[],
  variants: readonly VariantResult[],
  trends: readonly TrendResult[],
  earlier: EarlierTrends,
  spans: Spans,
  window: TimeRange,
  baselineMax: number,
): PromptHealth {
  const { pick, plan } = p;
  const live = pick.version;
  const quiet = pick.windowCalls === 0 && pick.historyCalls > 0;
  // None of the few calls those hours had before: chance, not an outage (e^-3 is 5 %).
  const few = quiet && p.expectedCalls !== null && p.expectedCalls < SILENCE_MIN_EXPECTED;
  const usual = quiet && (p.quietWeeks > 0 || few);
  const silent =
    quiet && !usual
      ? [
          silentAlert(
            live.name,
            live.version,
            pick.historyCalls,
            spans,
            pick.activeOther?.version ?? null,
            p.previousWindowCalls === 0,
          ),
        ]
      : [];
  const tokens = metrics.find((m) => m.metric === 'total_tokens');
  const against = (metric: Metric): Against | undefined => {
    const r = p.release;
    if (r?.metrics.includes(metric))
      return {
        version: r.version.version,
        release: {
          released: r.released,
          days: r.days,
          tested: r.tested,
          since: r.testedSince,
          reference: r.plan.historyRange.since,
        },
      };
    return plan.historyVersion ? { version: plan.historyVersion.version } : undefined;
  };
  // Every call of the window failed: its other metrics are the failures', said by success.
  const allFailed = metrics.some((m) => m.metric === 'success' && m.candidate.n > 0 && m.candidate.mean === 0); // prettier-ignore
  const alerts = sortAlerts(
    [
      ...metrics.map((m) =>
        metricAlert(live.name, live.version, m, spans, against(m.metric), tokens),
      ),
      ...metrics.map((m) => untestedAlert(live.name, live.version, m, spans, allFailed)),
      ...variants.flatMap((v) =>
        v.metrics.map((m) =>
          variantAlert(
            live.name,
            live.version,
            { ...v, version: v.version.version },
            m,
            spans,
            v.confirmed.has(m.metric),
          ),
        ),
      ),
      ...trends.map((t) => trendAlert(live.name, live.version, t, trendConfirmed(t, earlier))),
      ...silent,
    ].filter((a): a is HealthAlert => a !== null),
  );
  return {
    prompt: live.name,
    live: {
      version: live.version,
      chosen_by: pick.chosenBy,
      timestamp: live.timestamp,
      git_commit: live.gitCommit,
    },
    status: statusOf(alerts, metrics, trends),
    window_status: worstStatus(metrics),
    window: {
      ...window,
      n: plan.window.rows,
      models: plan.windowModels,
      first_call: plan.window.from,
      last_call: plan.window.to,
    },
    history: {
      ...plan.historyRange,
      n: plan.history.rows,
      models: plan.historyModels,
      first_call: plan.history.from,
      last_call: plan.history.to,
      ...(plan.historyVersion ? { version: plan.historyVersion.version } : {}),
    },
    cross_model: plan.crossModel,
    ...(p.release ? { release: releaseSide(p.release) } : {}),
    ...(p.ended
      ? {
          release_ended: {
            version: p.ended.version.version,
            released: p.ended.released,
            days: p.ended.days,
            metrics: p.ended.metrics,
          },
        }
      : {}),
    metrics,
    trends,
    daily: p.daily,
    cost: {
      per_call_window: meanOf(plan.window.values.cost_eur),
      per_call_history: meanOf(plan.history.values.cost_eur),
      window_total: sum(plan.window.values.cost_eur),
    },
    alerts,
    notes: [
      ...(usual && p.quietWeeks > 0
        ? [
            `No calls in the last ${formatDuration(spans.windowMs)}, as in the same hours of each of the ${p.quietWeeks} weeks before: a usual quiet time, not an alert.`,
          ]
        : usual
          ? [
              `No calls in the last ${formatDuration(spans.windowMs)}; the same hours of the week had ${formatSignificant(p.expectedCalls ?? 0, 2)} ${p.expectedCalls === 1 ? 'call' : 'calls'} on average in the weeks before: too few for none to be an alert.`,
            ]
          : []),
      ...promptNotes(pick, plan, spans, baselineMax),
      ...(p.release ? [releaseNote(live.version, p.release, spans)] : []),
      ...(p.ended ? [endedNote(live.version, p.ended, spans)] : []),
      ...metrics
        .map((m) => degradedNote(m, spans, live.version, against(m.metric)))
        .filter((n): n is string => n !== null),
    ],
    ...(variants.length > 0
      ? {
          also_called: variants.map((v) => ({
            version: v.version.version,
            calls: v.calls,
            status: v.tested ? worstStatus(v.metrics) : null,
            live_calls: v.liveCalls,
            models: v.models,
            metrics: v.metrics,
          })),
        }
      : {}),
  };
}
