/**
 * The scheduled health report: for every prompt's live version, the recent window against its
 * own preceding history, gradual trends, silence, and the run's cost against its budgets.
 * JSON-serialisable; the single source of truth of every health rendering.
 */
import type { Metric } from '../metrics.js';
import type {
  MetricResult,
  MetricStatus,
  ReportContext,
  ReportSettings,
  Verdict,
} from './types.js';

/** A prompt's health: `alert` when it has an alert other than silence. */
export type PromptStatus = 'healthy' | 'alert' | 'silent' | 'insufficient_data';

/** What raised an alert. */
export type AlertKind =
  'regression' | 'degradation' | 'variant' | 'untested' | 'trend' | 'budget' | 'silent';

/** `critical`: act now (a regression, a budget already overrun); `warning`: look soon. */
export type AlertSeverity = 'critical' | 'warning';

/** Which budget check an alert is about. */
export type BudgetCheck = 'day' | 'today' | 'month' | 'projection';

/** How the live version was found. */
export type LiveChoice = 'production_tag' | 'latest_in_window' | 'latest_in_history';

/** The metrics whose daily series are tested for trends. */
export type TrendMetric = 'quality_score' | 'latency_ms' | 'success' | 'cost_eur';

/** Result of one trend test; `slight`: a significant worsening below half the threshold. */
export type TrendStatus = 'worsening' | 'slight' | 'improving' | 'stable' | 'insufficient_data';

/** One alert, with a plain-text message (render it through md() or plain(): it may quote versions). */
export interface HealthAlert {
  readonly kind: AlertKind;
  readonly severity: AlertSeverity;
  /** Null for run-wide (budget) alerts. */
  readonly prompt: string | null;
  readonly version: string | null;
  readonly metric: Metric | null;
  readonly budget: BudgetCheck | null;
  /** Relative change (fraction), or rate points for success; null when not a metric's change. */
  readonly change: number | null;
  /** EUR spent or projected (budget alerts). */
  readonly amount: number | null;
  /** The budget crossed, EUR (budget alerts). */
  readonly limit: number | null;
  readonly p_value_adjusted: number | null;
  /**
   * Whether the alert may open the tracking issue: critical alerts at once; a warning only when
   * it also held on the data of the run a window earlier (hysteresis). An open issue stays
   * open while any alert, confirmed or not, remains.
   */
  readonly confirmed: boolean;
  readonly message: string;
}

/** A half-open time range [since, until), ISO 8601 UTC. */
export interface TimeRange {
  readonly since: string;
  readonly until: string;
}

/** The calls of one side (window or history) that were tested. */
export interface HealthSide extends TimeRange {
  /** Calls read (the history keeps its newest `baseline-max-samples`). */
  readonly n: number;
  readonly models: readonly string[];
  readonly first_call: string | null;
  readonly last_call: string | null;
}

/** The version a prompt runs today. */
export interface LiveVersion {
  readonly version: string;
  readonly chosen_by: LiveChoice;
  readonly timestamp: string;
  readonly git_commit: string | null;
}

/** One UTC day of the live version's calls; nulls where the day had no value. */
export interface DailyPoint {
  readonly day: string;
  readonly calls: number;
  readonly quality_score: number | null;
  readonly latency_ms: number | null;
  readonly success: number | null;
  readonly cost_eur: number | null;
}

/**
 * A daily series that moved to another level and stayed there (two flat levels fit it far
 * better than a line), reported when the window has too few calls to be tested.
 */
export interface TrendStep {
  /** The first day at the new level (`YYYY-MM-DD`). */
  readonly day: string;
  /** Mean of the daily values before it, and from it on. */
  readonly before: number;
  readonly after: number;
  /** `after` against `before`, relative (rate points for success). */
  readonly change: number | null;
}

/** Mann-Kendall trend of one daily series, with Sen's slope. */
export interface TrendResult {
  readonly metric: TrendMetric;
  readonly status: TrendStatus;
  /** Days with a value. */
  readonly days: number;
  /** Median of the daily values (mean, p50, rate or cost per call). */
  readonly median: number | null;
  /** Sen's slope, in the metric's unit per day. */
  readonly slope_per_day: number | null;
  /** The trend line's value on the first day with a value (Sen's intercept at day offset 0). */
  readonly intercept: number | null;
  /** Days between the first and the last day with a value. */
  readonly span_days: number;
  /** slope × span: the change the trend line shows over the series. */
  readonly change: number | null;
  /** `change` relative to the median (fraction), or in rate points for success. */
  readonly relative_change: number | null;
  /** The slope kept up for `trend_horizon_days`, relative (points for success): what decides. */
  readonly projected_change: number | null;
  /** The first day of the tested series (`YYYY-MM-DD`), where `intercept` is; null without data. */
  readonly first_day: string | null;
  /** One-sided p-value in the worsening direction, and after the run's trend correction. */
  readonly p_value: number | null;
  readonly p_value_adjusted: number | null;
  /** One-sided p-value in the improving direction, after correction. */
  readonly p_better_adjusted: number | null;
  /** Present when the series is a step judged on its size (the window too thin to test). */
  readonly step?: TrendStep;
}

/** Cost per call of one prompt's live version. */
export interface PromptCost {
  readonly per_call_window: number | null;
  readonly per_call_history: number | null;
  /** EUR spent by the live version in the window. */
  readonly window_total: number;
}

/** A version called in the window beside the live one, and its test against it. */
export interface AlsoCalled {
  readonly version: string;
  /** Its calls in the window. */
  readonly calls: number;
  /**
   * Worst status of its metrics against the live version's calls in the same window (on its
   * models when the live version has calls on them); `insufficient_data` when either side had
   * fewer than min-samples calls. Null for a version registered before the live one (one on its
   * way out, or kept by a client on purpose), which is not tested. `metrics` is empty when
   * nothing was tested.
   */
  readonly status: MetricStatus | null;
  /** The live version's calls it was compared with. */
  readonly live_calls: number;
  /**
   * The models compared: those both ran, or, when they ran them in clearly different shares,
   * the one the variant ran most. Null when not tested, or compared across models.
   */
  readonly models: readonly string[] | null;
  readonly metrics: readonly MetricResult[];
}

/** One prompt's health. */
export interface PromptHealth {
  readonly prompt: string;
  readonly live: LiveVersion;
  readonly status: PromptStatus;
  /** Worst status of the window-vs-history tests (what `fail-on` judges). */
  readonly window_status: MetricStatus;
  readonly window: HealthSide;
  /**
   * The history compared with the window: the live version's own, or (`version` set) that of the
   * version it replaced, while the live one has too few days of its own (a new rollout).
   */
  readonly history: HealthSide & { readonly version?: string };
  /** True when the history had no calls on the window's models. */
  readonly cross_model: boolean;
  /**
   * A release within the history whose first days read worse than the version it replaced:
   * `metrics` are compared with that version's calls before the release, the other metrics with
   * the live version's own history. Absent otherwise.
   */
  readonly release?: ReleaseSide;
  /**
   * A release compared with the version it replaced until the history stopped holding what that
   * comparison reads, within the last few days: it is its own reference now, and reads healthy
   * though nothing changed. Absent otherwise.
   */
  readonly release_ended?: ReleaseEnded;
  /** Window against history, from the pull-request check's engine. */
  readonly metrics: readonly MetricResult[];
  readonly trends: readonly TrendResult[];
  readonly daily: readonly DailyPoint[];
  readonly cost: PromptCost;
  /** Worst first. */
  readonly alerts: readonly HealthAlert[];
  /** Plain-text remarks (model changed, new version, stale production tag, ...). */
  readonly notes: readonly string[];
  /**
   * Other versions of the prompt called in the window beside the live one (a canary, an A/B
   * variant), each tested against the live version's calls in the same window when both sides
   * have min-samples calls there; absent when there are none.
   */
  readonly also_called?: readonly AlsoCalled[];
}

/** A release's comparison with the version it replaced, ended within the last few days. */
export interface ReleaseEnded {
  /** The version it replaced. */
  readonly version: string;
  /** The live version's first day with calls (YYYY-MM-DD). */
  readonly released: string;
  /** Its first days with calls, which read worse (as ReleaseSide's). */
  readonly days: number;
  /** The metrics they read worse on, compared with the replaced version until it ended. */
  readonly metrics: readonly Metric[];
}

/** The version a release within the history replaced, and what is compared with it. */
export interface ReleaseSide {
  /** The version it replaced. */
  readonly version: string;
  /** The live version's first day with calls (YYYY-MM-DD). */
  readonly released: string;
  /** Its first days with calls that read worse (5, or more to hold min-samples calls). */
  readonly days: number;
  /**
   * The replaced version's calls read: those before the release, within the history (the later
   * half of them when `tested` is `after_first_days`).
   */
  readonly since: string;
  readonly until: string;
  readonly n: number;
  /** The metrics the live version's first days read worse on, beyond the threshold. */
  readonly metrics: readonly Metric[];
  /**
   * What `metrics` test against the replaced version's history: the window, or the live
   * version's calls after its first days when the window has too few calls to test (a quiet
   * prompt).
   */
  readonly tested: 'window' | 'after_first_days';
  /** Where the calls tested start (the window's start, or the day after the first days). */
  readonly tested_since: string;
}

/** Total cost of one UTC day over every prompt. */
export interface CostDay {
  readonly day: string;
  readonly calls: number;
  readonly cost: number;
  /** False for the day that `now` falls in (its cost is so far). */
  readonly complete: boolean;
}

/** The run's cost: last 7 days, month to date, projection, budgets and their alerts. */
export interface CostReport {
  /** Oldest first; the last is the current day. */
  readonly days: readonly CostDay[];
  /** `YYYY-MM`, the UTC calendar month. */
  readonly month: string;
  readonly month_to_date: number;
  /** Fraction of the month elapsed at `now`. */
  readonly month_elapsed: number;
  /** month_to_date / month_elapsed (linear); null during the month's first day. */
  readonly projection: number | null;
  readonly daily_budget: number | null;
  readonly monthly_budget: number | null;
  readonly alerts: readonly HealthAlert[];
}

/** Settings of a health run, so the report reads on its own. */
export interface HealthSettings extends ReportSettings {
  readonly window_ms: number;
  readonly history_ms: number;
  /** The history's newest N calls are compared with the window. */
  readonly baseline_max_samples: number;
  readonly daily_budget: number | null;
  readonly monthly_budget: number | null;
  /** Days with data a trend test needs. */
  readonly min_trend_days: number;
  /** Complete UTC days before `now` a trend is tested on. */
  readonly trend_days: number;
  /** Days with fewer calls than this share of the version's current traffic are not tested. */
  readonly trend_min_traffic: number;
  /** Days a trend's slope is projected over to judge its materiality. */
  readonly trend_horizon_days: number;
}

/** Counts for outputs and the one-line verdict. */
export interface HealthCounts {
  readonly prompts: number;
  readonly healthy: number;
  readonly alert: number;
  readonly silent: number;
  readonly insufficient_data: number;
  /** Prompts with no calls in the window or the history (not listed). */
  readonly inactive: number;
  /** Prompts whose newest version is tagged `retired` (not listed, not checked). */
  readonly retired: number;
  readonly alerts: number;
  readonly critical: number;
  readonly warnings: number;
  /** Alerts that may open the tracking issue (see HealthAlert.confirmed). */
  readonly confirmed: number;
}

/** The health report (`pv-check health --format json`, the action's `report-path`). */
export interface HealthReport {
  readonly schema: 1;
  readonly kind: 'health';
  /** `regressed` when fail-on fails, `warning` with any alert, else `passed`. */
  readonly verdict: Verdict;
  /** The `now` the windows end at. */
  readonly generated_at: string;
  readonly window: TimeRange;
  readonly history: TimeRange;
  readonly settings: HealthSettings;
  readonly counts: HealthCounts;
  /** Worst first, then by name. */
  readonly prompts: readonly PromptHealth[];
  readonly cost: CostReport;
  /** Run-level plain-text notes. */
  readonly warnings: readonly string[];
  readonly context?: ReportContext;
}
