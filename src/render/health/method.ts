/**
 * "How to read this" for the health report, stated with the run's own settings so that a
 * reader can check an alert without opening the code.
 */
import { METRICS } from '../../metrics.js';
import { formatCount } from '../../format/numbers.js';
import { formatDuration, formatMoney } from '../../wording/health.js';
import type { HealthReport } from '../../report/health-types.js';
import type { MetricResult } from '../../report/types.js';
import { SILENCE_MIN_EXPECTED } from '../../report/policy.js';
import { CORRECTION_NAME, formatThreshold, metricName, plural } from '../../wording/labels.js';
import type { MethodItem } from '../compare/method.js';

const tested = (ms: readonly MetricResult[]): number => ms.filter((m) => m.p_value !== null).length;

/** Primary tests of the window against the history, over the run. */
function windowTestCount(report: HealthReport): number {
  return report.prompts.reduce((n, p) => n + tested(p.metrics), 0);
}

/** Primary tests of the versions called beside the live ones, over the run. */
function variantTestCount(report: HealthReport): number {
  return report.prompts.reduce(
    (n, p) => n + (p.also_called ?? []).reduce((k, o) => k + tested(o.metrics), 0),
    0,
  );
}

/** Trend tests of the run. */
function trendTestCount(report: HealthReport): number {
  return report.prompts.reduce((n, p) => n + p.trends.filter((t) => t.p_value !== null).length, 0);
}

/** The method explained with this run's settings. */
export function healthMethodItems(report: HealthReport): MethodItem[] {
  const s = report.settings;
  const window = formatDuration(s.window_ms);
  const history = formatDuration(s.history_ms);
  const correction = (n: number): string =>
    s.correction === 'none'
      ? `no correction over the ${plural(n, 'test')}`
      : `${CORRECTION_NAME[s.correction]} correction over ${plural(n, 'test')}`;
  const windowTests = windowTestCount(report);
  const trendTests = trendTestCount(report);
  const windowCorrection =
    windowTests === 0
      ? `at α = ${s.alpha} (no window was tested this run: too few calls)`
      : `${correction(windowTests)} of this run at α = ${s.alpha}`;
  const trendCorrection =
    trendTests === 0
      ? 'no trend was tested this run (too few days)'
      : `${correction(trendTests)} (the trend tests are a family of their own)`;
  const thresholds = METRICS.map((m) => `${metricName(m)} ${formatThreshold(m, s.thresholds[m])}`);
  const budgets = [
    s.daily_budget === null ? null : `daily ${formatMoney(s.daily_budget)}`,
    s.monthly_budget === null ? null : `monthly ${formatMoney(s.monthly_budget)}`,
  ].filter((b) => b !== null);
  return [
    {
      term: 'Live version',
      text: 'Per prompt, the version tagged production (unless it has no call at all in the window or history), else the newest version with calls in the window, else the newest with calls in the history.',
    },
    {
      term: 'Window against history',
      text:
        `The live version's calls of the last ${window} (window) against its own calls of the ${history} before (history; at most its newest ${formatCount(s.baseline_max_samples)} calls, on the window's models when it has calls on them), ` +
        `with the pull-request check's one-sided tests (Welch's t, Mann-Whitney U for latency, Fisher's exact for the success rate), ` +
        `${windowCorrection}, at least ${formatCount(s.min_samples)} calls per side, and these thresholds: ${thresholds.join(', ')}. ` +
        `When the history holds at least 5 blocks of ${window} (in phase with the window, so with its time-of-day mix), the test is the day-level t instead: the window's mean (of logs for latency) against the spread of the blocks' means (random-effects prediction of a new block); blocks that had already regressed against the blocks before them, two or more in a row (the window counting as the next), and such a run under way in the first 5 blocks (judged against the blocks after it), are left out, so a lasting step keeps alerting while a lone bad day stays in the spread. ` +
        'Regressed is a critical alert; degraded (significant but within the threshold) is a note; inconclusive and too few calls are shown but do not alert.',
    },
    // Said only where a prompt was compared with the version it replaced.
    ...(report.prompts.some((p) => p.history.version !== undefined || p.release)
      ? [
          {
            term: 'New releases',
            text: `A live version with calls on fewer than 5 days of the history, or with fewer than ${formatCount(s.min_samples)} calls on them when the window has that many (a canary's few calls a day), is compared with the history of the version it replaced. From then on its own history is the reference, but for the metrics its first 5 days (more while they hold fewer than ${formatCount(s.min_samples)} calls) read worse on than the version it replaced (one-sided at α, beyond the threshold) when it had no call before the history: those stay compared with that version's history while it holds at least ${formatCount(s.min_samples)} of its calls, on 5 days or more, so a bad release keeps alerting. When the window has too few calls to test (a quiet prompt), the live version's calls after those first days are tested in its place, once they hold ${formatCount(s.min_samples)}, and each side is measured against its own half of that version's calls (the first days against the earlier half), so that a chance low of its few calls does not make both read worse.`,
          },
        ]
      : []),
    // Said only where the report names such versions: most runs have none.
    ...(report.prompts.some((p) => p.also_called)
      ? [
          {
            term: 'Versions called beside',
            text: `A version registered after the live one and called in the same ${window} (a canary, an A/B arm) is tested against the live version's calls of those hours (in the hours of the window, each a 24th of it, in which it had a call; on its models when the live version has calls on them, its main model alone when their shares clearly differ), with the same tests and thresholds, ${variantTestCount(report) === 0 ? 'none tested this run' : `${correction(variantTestCount(report))} (a family of their own, so that a canary never changes a live version's verdict)`}, at least ${formatCount(s.min_samples)} calls a side: both ran at the same time on the same traffic. Regressed is a warning, confirmed when it also regressed in the ${window} before, over calls spanning ${window} at least; an older version still called is named, not tested, unless it is the one a live rollback rolled back from.`,
          },
        ]
      : []),
    {
      term: 'Trends',
      text:
        `Mann-Kendall test on the daily mean quality, median latency, success rate and cost per call over the last ${s.trend_days} complete UTC days (days without calls, and days with under ${Math.round(s.trend_min_traffic * 100)} % of the live version's current calls a day, such as a canary's, left out; at least ${s.min_trend_days} days), ` +
        `one-sided toward worse, ${trendCorrection}. ` +
        `Sen's slope is per day, on the real day offsets. A trend alert needs p (adj.) < α and a slope that, kept up for ${s.trend_horizon_days} days, moves the metric by at least half its threshold, relative to the series' median (success rate: half its points), so that a tiny but steady drift does not page anyone.`,
    },
    {
      term: 'Silence',
      text:
        `A live version with calls in the history but none in the last ${window} is reported as silent (a warning), ` +
        `unless, for a window under a week, the same hours of the week had no call in each of the 2 to 4 weeks before that the history shows (a prompt used on working days only), or fewer than ${SILENCE_MIN_EXPECTED} calls on average in those weeks (then none at all is likely by chance): a note instead.`,
    },
    {
      term: 'Tracking issue',
      text: `A critical alert opens the tracking issue at once; a warning opens it only when it also held a run earlier (the trend on the series a day earlier, and a week earlier too unless its p (adj.) is under a fifth of α; silence in the ${window} before, a version called beside the live one that regressed in the ${window} before too, the budget projection a day earlier). An open issue stays open while any alert remains or a live version is still significantly worse within its threshold (degraded), and closes on the first run without either that tested a prompt.`,
    },
    {
      term: 'Cost',
      text:
        'Costs of every prompt and version, per UTC day; the current day and month end at the report time. ' +
        "The projection is the month to date, then each day left at the cost of the same weekday in the 7 complete days before today, a day over three times their median, followed by ordinary days only, counting at the same weekday's cost a week earlier when that was ordinary (a one-off); a straight line when those cost nothing; none during the month's first day. " +
        `Budgets: ${budgets.length > 0 ? budgets.join(', ') : 'none set'}. A day over the daily budget (the last complete day, and today so far) or a month to date over the monthly budget is critical; a projection over it is a warning.`,
    },
    {
      term: 'Verdict',
      text:
        s.fail_on === 'never'
          ? 'This run never fails; alerts are reported (and tracked in an issue by the action).'
          : `The run fails when a live version's window is ${s.fail_on} or worse against its history, as in the pull-request check; trend, silence and budget alerts only warn.`,
    },
  ];
}
