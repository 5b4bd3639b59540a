import type { HealthOptions } from '../../config/config.js';
import type { CostDay, CostReport, HealthAlert } from '../../report/health-types.js';
import type { StoreTrendReader } from '../../store/types.js';
import { DAY_MS, toIso } from '../../time.js';
import { budgetAlert } from './alerts.js';

/** Days in the cost table, the current one included. */
const COST_DAYS = 7;

/** No projection during a month's first day: a few hours of one day say little about a month. */
const MIN_PROJECTION_MS = DAY_MS;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * The month that ended with the last complete day, when that day lies before the current month
 * (a run on a month's first day): its whole cost, as the last complete day is checked against the
 * daily budget. A month going over its budget on its last day is then said the morning after.
 */
function endedMonth(
  store: StoreTrendReader,
  days: readonly CostDay[],
  monthKey: string,
): { month: string; cost: number } | null {
  const day = days.filter((d) => d.complete).at(-1)?.day;
  if (day === undefined || day.startsWith(monthKey)) return null;
  const start = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, 1);
  const end = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 1);
  const cost = store.costByDay(toIso(start), toIso(end)).reduce((s, r) => s + r.cost, 0);
  const at = new Date(start);
  return { month: `${MONTHS[at.getUTCMonth()] ?? ''} ${at.getUTCFullYear()}`, cost };
}

/** UTC day (YYYY-MM-DD) of an instant. */
const dayOf = (ms: number): string => toIso(ms).slice(0, 10);

/** One UTC day's cost row, by day (empty when it had no call). */
const dayCost = (store: StoreTrendReader, dayStart: number): Map<string, { cost: number }> =>
  new Map(store.costByDay(toIso(dayStart), toIso(dayStart + DAY_MS)).map((r) => [r.day, r]));

/** A day of the week that cost more than this many times the week's median may be a one-off. */
const ONE_OFF_RATIO = 3;

/**
 * The month to date, and each day left in it at the cost of the same weekday in the 7 complete
 * days before today (the rest of today at its share of it): a month's first days are mostly
 * working days or mostly a weekend, and a straight line through them overshot (a month that came
 * to €110 projected at €127 on its 4th, a Thursday, over a €125 budget). A day of that week that
 * cost more than three times the week's median, followed by ordinary days only, where the same
 * weekday a week earlier was ordinary too, was a one-off (an incident, a batch re-run): it counts
 * at that earlier day's cost, or a spike of €8 against €0.70 a day, already alerted, would be
 * charged to every Thursday left and warn for a week. Kept: a weekly batch job, high both weeks;
 * and high days up to the last complete one, a step up (a launch) or a day that may not be done. Null without a cost in those 7 days
 * (a store younger than a week): the straight line then.
 */
function weekdayProjection(
  byDay: ReadonlyMap<string, { cost: number }>,
  earlier: (dayStart: number) => number | undefined,
  span: { readonly nowMs: number; readonly todayStart: number; readonly monthEnd: number },
  monthToDate: number,
): number | null {
  const { nowMs, todayStart, monthEnd } = span;
  const week: number[] = [];
  for (let k = 7; k >= 1; k--) {
    const t = todayStart - k * DAY_MS;
    week[new Date(t).getUTCDay()] = byDay.get(dayOf(t))?.cost ?? 0;
  }
  if (!week.some((c) => c > 0)) return null;
  const typical = [...week].sort((a, b) => a - b)[3]!;
  const high = (c: number | undefined): boolean => c !== undefined && c > ONE_OFF_RATIO * typical;
  const dayAt = (k: number): number => new Date(todayStart - k * DAY_MS).getUTCDay();
  // Oldest first; a day followed only by ordinary ones came back down. The last complete day
  // cannot have yet, and a run of high days to the end is a step up (a launch), kept whole.
  const spikes: number[] = [];
  for (let k = 7; k >= 2 && typical > 0; k--) {
    if (!high(week[dayAt(k)])) continue;
    let after = true;
    for (let j = k - 1; j >= 1 && after; j--) after = !high(week[dayAt(j)]);
    if (after) spikes.push(k);
  }
  for (const k of spikes) {
    // No call at all that weekday a week earlier (a store younger than two weeks): not known.
    const before = earlier(todayStart - (k + 7) * DAY_MS);
    if (before !== undefined && !high(before)) week[dayAt(k)] = before;
  }
  const at = (t: number): number => week[new Date(t).getUTCDay()] ?? 0;
  let projection = monthToDate + ((todayStart + DAY_MS - nowMs) / DAY_MS) * at(todayStart);
  for (let t = todayStart + DAY_MS; t < monthEnd; t += DAY_MS) projection += at(t);
  return projection;
}

/**
 * The run's cost over every prompt: the last 7 UTC days (the current one so far), the UTC
 * calendar month to date and its projection (see weekdayProjection),
 * with alerts for the daily and monthly budgets (on a month's first day, the month just ended too). Periods end at `now`, excluded; the current
 * day and month are those of the last instant before `now`, so a midnight `now` closes them.
 */
export function costReport(
  store: StoreTrendReader,
  nowMs: number,
  options: Pick<HealthOptions, 'dailyBudget' | 'monthlyBudget'>,
  confirm = true,
): CostReport {
  const last = new Date(nowMs - 1);
  const todayStart = Math.floor((nowMs - 1) / DAY_MS) * DAY_MS;
  const todayComplete = nowMs === todayStart + DAY_MS;
  const firstDay = todayStart - (COST_DAYS - 1) * DAY_MS;
  const monthStart = Date.UTC(last.getUTCFullYear(), last.getUTCMonth(), 1);
  const monthEnd = Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 1);
  // From a day further back than the table: the projection reads the 7 complete days before today.
  const readFrom = Math.min(firstDay - DAY_MS, monthStart);
  const rows = store.costByDay(toIso(readFrom), toIso(nowMs));
  const byDay = new Map(rows.map((r) => [r.day, r]));

  const days: CostDay[] = [];
  for (let t = firstDay; t <= todayStart; t += DAY_MS) {
    const day = dayOf(t);
    const row = byDay.get(day);
    days.push({
      day,
      calls: row?.calls ?? 0,
      cost: row?.cost ?? 0,
      complete: t < todayStart || todayComplete,
    });
  }
  const monthKey = toIso(monthStart).slice(0, 7);
  const monthToDate = rows
    .filter((r) => r.day.startsWith(monthKey))
    .reduce((s, r) => s + r.cost, 0);
  const elapsedMs = nowMs - monthStart;
  const elapsed = elapsedMs / (monthEnd - monthStart);
  const projection =
    elapsedMs >= MIN_PROJECTION_MS
      ? (weekdayProjection(
          byDay,
          // A day the rows above cover is answered from them, even one without a call.
          (t) => (t >= readFrom ? byDay : dayCost(store, t)).get(dayOf(t))?.cost,
          { nowMs, todayStart, monthEnd },
          monthToDate,
        ) ?? monthToDate / elapsed)
      : null;
  const month = `${MONTHS[last.getUTCMonth()] ?? ''} ${last.getUTCFullYear()}`;

  const alerts: HealthAlert[] = [];
  const daily = options.dailyBudget;
  if (daily !== null) {
    const lastComplete = days.filter((d) => d.complete).at(-1);
    if (lastComplete && lastComplete.cost > daily)
      alerts.push(budgetAlert('day', lastComplete.cost, daily, { day: lastComplete.day }));
    const today = days.at(-1);
    if (today && !today.complete && today.cost > daily)
      alerts.push(budgetAlert('today', today.cost, daily, { day: today.day, until: toIso(nowMs) }));
  }
  const monthly = options.monthlyBudget;
  if (monthly !== null) {
    const ended = endedMonth(store, days, monthKey);
    if (ended && ended.cost > monthly)
      alerts.push(
        budgetAlert('month', ended.cost, monthly, { month: ended.month, complete: true }),
      );
    if (monthToDate > monthly) alerts.push(budgetAlert('month', monthToDate, monthly, { month }));
    else if (projection !== null && projection > monthly) {
      // A projection early in a month swings with one busy day: it opens the issue only when
      // yesterday's projection was over budget too.
      const before = confirm
        ? costReport(store, nowMs - DAY_MS, options, false).alerts.some(
            (a) => a.budget === 'projection' || a.budget === 'month',
          )
        : false;
      alerts.push(budgetAlert('projection', projection, monthly, { month }, before));
    }
  }
  return {
    days,
    month: monthKey,
    month_to_date: monthToDate,
    month_elapsed: elapsed,
    projection,
    daily_budget: daily,
    monthly_budget: monthly,
    alerts,
  };
}
