/**
 * The words of the health report, written once for Markdown and the terminal so that they
 * cannot drift apart.
 */
import type { Style, VerdictLine } from '../compare/content.js';
import { formatCount } from '../../format/numbers.js';
import { formatDuration, formatMoney, formatTrendChange } from '../../wording/health.js';
import type {
  HealthAlert,
  HealthReport,
  LiveChoice,
  PromptHealth,
  PromptStatus,
  TrendStatus,
} from '../../report/health-types.js';
import { reachesThreshold } from '../../metrics.js';
import { failsPolicy } from '../../report/policy.js';
import type { FailOn, MetricResult } from '../../report/types.js';
import { worseBy } from '../../report/worse-by.js';
import { formatChange, metricName, plural } from '../../wording/labels.js';

/** Emoji per prompt status (an alerting prompt's icon depends on its worst alert). */
const PROMPT_ICON: Readonly<Record<PromptStatus | 'critical', string>> = {
  critical: '❌',
  alert: '⚠️',
  silent: '🔇',
  insufficient_data: '⏳',
  healthy: '✅',
};

/** Words per prompt status (likewise). */
const PROMPT_WORD: Readonly<Record<PromptStatus | 'critical', string>> = {
  critical: 'critical',
  alert: 'alert',
  silent: 'silent',
  insufficient_data: 'too few calls',
  healthy: 'healthy',
};

/** A prompt's status as its line shows it: `critical` when any of its alerts is. */
function shownStatus(p: PromptHealth): PromptStatus | 'critical' {
  return p.alerts.some((a) => a.severity === 'critical') ? 'critical' : p.status;
}

/** The icon of one prompt's line. */
export function promptIcon(p: PromptHealth): string {
  return PROMPT_ICON[shownStatus(p)];
}

/** The word of one prompt's line: `critical`, `alert`, `silent`, `too few calls`, `healthy`. */
export function promptWord(p: PromptHealth): string {
  return PROMPT_WORD[shownStatus(p)];
}

/** Words per trend status. */
export const TREND_WORD: Readonly<Record<TrendStatus, string>> = {
  worsening: 'worsening',
  slight: 'slight drift',
  improving: 'improving',
  stable: 'stable',
  insufficient_data: 'too few days',
};

/** How the live version was chosen, as a reader says it. */
export const CHOSEN_WORD: Readonly<Record<LiveChoice, string>> = {
  production_tag: 'tagged production',
  latest_in_window: 'newest with calls in the window',
  latest_in_history: 'newest with calls in the history',
};

/** Emoji per alert severity. */
export const SEVERITY_ICON: Readonly<Record<HealthAlert['severity'], string>> = {
  critical: '❌',
  warning: '⚠️',
};

const BUDGET_WORD: Readonly<Record<NonNullable<HealthAlert['budget']>, string>> = {
  day: 'daily budget',
  today: 'daily budget (today so far)',
  month: 'monthly budget',
  projection: 'monthly budget (projected)',
};

/** What one alert is about, in a few words: `quality −14.7 % (regressed)`. */
function alertPhrase(a: HealthAlert, spans: { windowMs: number }): string {
  const metric = a.metric;
  switch (a.kind) {
    case 'regression':
    case 'degradation':
      return metric === null
        ? a.kind
        : `${metricName(metric)} ${formatTrendChange(metric, a.change)} (${a.kind === 'regression' ? 'regressed' : 'degraded, within the threshold'})`;
    case 'variant':
      return metric === null
        ? 'a version called beside the live one regressed'
        : `a version called beside the live one: ${metricName(metric)} ${formatTrendChange(metric, a.change)} against it`;
    case 'trend':
      return metric === null
        ? 'trend'
        : `${metricName(metric)} trend ${formatTrendChange(metric, a.change)}`;
    case 'untested':
      return `${metric === null ? 'a metric' : metricName(metric)} not tested, values that cannot be compared as logged`;
    case 'silent':
      return `no calls in ${formatDuration(spans.windowMs)}`;
    case 'budget':
      return `${a.budget ? BUDGET_WORD[a.budget] : 'budget'}: ${formatMoney(a.amount)} of ${formatMoney(a.limit)}`;
  }
}

/**
 * The window's metrics a healthy line must not hide, though they are not alerts: ones not tested
 * while others were, degraded ones (significant, within the threshold), and inconclusive ones
 * that fail the run (`fail-on: inconclusive`) or lean worse by at least the threshold. Any other
 * inconclusive metric (a few calls a side) stays in the prompt's table: on every line it would
 * be noise.
 */
export function openMetrics(p: PromptHealth, failOn: FailOn): string[] {
  return p.metrics.flatMap((m) => {
    if (m.status === 'inconclusive' && m.not_tested !== undefined)
      return [`${metricName(m.metric)} not tested, values that cannot be compared as logged`];
    const worse = worseBy(m);
    if (
      m.status === 'inconclusive' &&
      (failsPolicy(m.status, failOn) || (worse !== null && reachesThreshold(worse, m.threshold)))
    )
      return [`${metricName(m.metric)} ${formatChange(m)} inconclusive`];
    // Significant but within the threshold: not an alert, but not "healthy" without a word.
    if (m.status === 'degraded')
      return [`${metricName(m.metric)} ${formatChange(m)} degraded, within the threshold`];
    if (m.status === 'insufficient_data' && p.metrics.some((o) => o.p_value !== null))
      return [`${metricName(m.metric)} not tested, too few values`];
    return [];
  });
}

/** What is wrong with one prompt, in one line (no store strings). */
export function promptProblems(p: PromptHealth, report: HealthReport): string {
  if (p.alerts.length > 0)
    return p.alerts.map((a) => alertPhrase(a, { windowMs: report.settings.window_ms })).join('; ');
  const min = report.settings.min_samples;
  const calls = `${formatCount(p.window.n)} calls in the window, ${formatCount(p.history.n)} in the history; ${formatCount(min)} needed`;
  if (p.status === 'insufficient_data') {
    // Name the short side first: "250 in the window, 0 in the history" hides which one it is.
    const short = [
      p.window.n < min ? `${plural(p.window.n, 'call')} in the window` : null,
      p.history.n < min ? `${plural(p.history.n, 'call')} in the history` : null,
    ].filter((x) => x !== null);
    const enough = [
      p.window.n >= min ? `${formatCount(p.window.n)} in the window` : null,
      p.history.n >= min ? `${formatCount(p.history.n)} in the history` : null,
    ].filter((x) => x !== null);
    return short.length === 0
      ? `too few calls with a value to test (${calls} per side)`
      : `too few calls to test: only ${short.join(' and ')} (${formatCount(min)} needed per side${enough.length > 0 ? `; ${enough.join(', ')}` : ''})`;
  }
  // Trends alone made it healthy: say that the last window could not be judged on its own.
  if (p.metrics.every((m) => m.p_value === null))
    return `healthy trends; window not tested (${calls})`;
  const open = openMetrics(p, report.settings.fail_on);
  return open.length > 0 ? `healthy; ${open.join('; ')}` : 'healthy';
}

/** The verdict in one line: what is wrong where, and the spans compared. */
export function healthVerdictLine(report: HealthReport, style: Style): VerdictLine {
  const c = report.counts;
  const spans = `last ${formatDuration(report.settings.window_ms)} against the previous ${formatDuration(report.settings.history_ms)}`;
  const prompts = plural(c.prompts, 'live prompt');
  const named = report.prompts
    .filter((p) => p.status === 'alert' || p.status === 'silent')
    .slice(0, 3)
    .map((p) => style.esc(p.prompt, Math.min(60, style.nameMax)));
  const more =
    c.alert + c.silent > named.length
      ? `, and ${formatCount(c.alert + c.silent - named.length)} more`
      : '';
  const where = named.length > 0 ? ` (${named.join(', ')}${more})` : '';
  const budget =
    report.cost.alerts.length > 0 ? `; ${plural(report.cost.alerts.length, 'budget alert')}` : '';
  const severities = `${formatCount(c.critical)} critical, ${formatCount(c.warnings)} ${c.warnings === 1 ? 'warning' : 'warnings'}`;
  // Under fail-on untested, windows too thin to test fail the run too: the line says how many.
  const untested =
    report.settings.fail_on === 'untested'
      ? report.prompts.filter(
          (p) =>
            p.window_status === 'insufficient_data' &&
            p.status !== 'alert' &&
            p.status !== 'silent',
        ).length
      : 0;
  // Windows that fail the policy without an alert (inconclusive under fail-on inconclusive,
  // degraded under fail-on degraded): the line names them, or it would blame nothing.
  const quiet = report.prompts.filter(
    (p) =>
      p.status === 'healthy' &&
      p.window_status !== 'insufficient_data' &&
      failsPolicy(p.window_status, report.settings.fail_on),
  );
  const quietly =
    quiet.length > 0
      ? `; ${formatCount(quiet.length)} failing without an alert (${quiet
          .slice(0, 3)
          .map((p) => `${style.esc(p.prompt, Math.min(60, style.nameMax))}: ${p.window_status}`)
          .join(', ')}${quiet.length > 3 ? ', …' : ''})`
      : '';
  const notTested = (count: string): string =>
    `${count} not tested: too few calls in the window (at least ${formatCount(report.settings.min_samples)} per side)`;
  switch (report.verdict) {
    case 'regressed': {
      const alerted =
        c.alert + c.silent > 0 || untested === 0
          ? `${plural(c.alert + c.silent, 'prompt')} of ${prompts} with alerts${where}${budget}; ${severities}${quietly}${untested > 0 ? `; ${notTested(formatCount(untested))}` : ''}`
          : `${notTested(`${formatCount(untested)} of ${prompts}`)}${budget}`;
      return {
        verdict: 'regressed',
        headline: 'Prompt health check failed',
        detail: `${alerted} (fail-on: ${report.settings.fail_on}; ${spans})`,
      };
    }
    case 'warning':
      if (c.prompts === 0 && c.alerts === 0)
        return {
          verdict: 'warning',
          headline: 'Prompt health: nothing checked',
          detail: `no prompt has calls in the ${spans}; see the warnings`,
        };
      if (c.alerts === 0 && c.insufficient_data === c.prompts)
        return {
          verdict: 'warning',
          headline: 'Prompt health: nothing tested',
          detail: `${prompts} checked, none with the calls to test (at least ${formatCount(report.settings.min_samples)} per side; ${spans})`,
        };
      return {
        verdict: 'warning',
        headline: `Prompt health: ${plural(c.alerts, 'alert')}`,
        detail: `${severities}; ${formatCount(c.alert + c.silent)} of ${prompts} ${c.alert + c.silent === 1 ? 'needs' : 'need'} a look${where}${budget} (${spans})`,
      };
    case 'passed':
    case 'no_changes': {
      const thin =
        c.insufficient_data > 0
          ? `, ${formatCount(c.insufficient_data)} with too few calls to test`
          : '';
      // Healthy on their daily trends, but with a window too thin to test: not a full pass.
      const trendsOnly = report.prompts.filter(
        (p) => p.status === 'healthy' && p.window_status === 'insufficient_data',
      ).length;
      const onTrends =
        trendsOnly > 0
          ? ` (${formatCount(trendsOnly)} on trends alone: too few calls to test the window)`
          : '';
      return {
        verdict: report.verdict,
        headline: 'Prompt health: no alerts',
        detail: `${prompts} checked, ${formatCount(c.healthy)} healthy${onTrends}${thin} (${spans})`,
      };
    }
  }
}

/**
 * Which calls the metric table's columns hold for the metrics compared with the version a
 * release replaced (see `release`), when the table shows one of them; else null.
 */
export function releaseColumns(
  p: PromptHealth,
  shown: readonly Pick<MetricResult, 'metric'>[],
  style: Style,
): string | null {
  const r = p.release;
  if (!r || !shown.some((m) => r.metrics.includes(m.metric))) return null;
  const names = r.metrics.map(metricName).join(', ');
  const replaced = style.esc(r.version, style.nameMax);
  const live = style.esc(p.live.version, style.nameMax);
  return r.tested === 'after_first_days'
    ? `For ${names}, History is the calls of version ${replaced}, which ${live} replaced, since ${r.since.slice(0, 10)}, and Window the calls of ${live} since ${r.tested_since.slice(0, 10)}.`
    : `For ${names}, History is the calls of version ${replaced}, which ${live} replaced.`;
}
