import { describe, expect, it } from 'vitest';
import { healthReport } from '../../src/analysis/health.js';
import { costReport } from '../../src/analysis/health/cost.js';
import type { HealthOptions } from '../../src/config/config.js';
import type { HealthReport } from '../../src/report/health-types.js';
import { parseInstant } from '../../src/time.js';
import { analysis, health, NOW, span, version } from './health-fixtures.js';
import type { MemoryVersion } from './memory-store.js';
import { memoryTrendStore } from './memory-trends.js';

// Every call costs exactly €0.01; 48 calls a day is €0.48 a day.
const flat = (seed: number, name: string, from: number, to: number): MemoryVersion =>
  version(name, '1.0.0', span(seed, from, to, 48, { cost: [0.01, 0] }));
const store = memoryTrendStore('cost.sqlite', [
  flat(1, 'summarizer', 40, 0),
  // A retired prompt still costs what it cost while it ran.
  flat(2, 'retired', 40, 3),
]);

function run(budgets: Partial<HealthOptions>, now = NOW): HealthReport {
  return healthReport(store, {
    analysis,
    health: { ...health, ...budgets },
    failOn: 'never',
    now,
  });
}

describe('cost', () => {
  it('totals the last 7 days over every prompt, the current day so far', () => {
    const c = run({}).cost;
    expect(c.days.map((d) => d.day)).toEqual([
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
    ]);
    expect(c.days.map((d) => d.complete)).toEqual([true, true, true, true, true, true, false]);
    expect(c.days[0]?.cost).toBeCloseTo(0.96, 10);
    // The retired prompt stopped on 2026-11-24 at noon; today has half a day of one prompt.
    expect(c.days[3]?.cost).toBeCloseTo(0.72, 10);
    expect(c.days[5]?.cost).toBeCloseTo(0.48, 10);
    expect(c.days[6]).toMatchObject({ calls: 24 });
    expect(c.days[6]?.cost).toBeCloseTo(0.24, 10);
    expect(c.alerts).toEqual([]);
  });

  it('projects the month from the month to date and the same weekdays of the week before', () => {
    const c = run({}).cost;
    expect(c.month).toBe('2026-11');
    // November 1 to 27 noon: 23.5 days of both prompts' €0.96 until the 24th noon, then €0.48.
    expect(c.month_to_date).toBeCloseTo(23.5 * 0.96 + 3 * 0.48, 8);
    expect(c.month_elapsed).toBeCloseTo(26.5 / 30, 12);
    // The rest of the 27th and the 28th to 30th as the 20th to 23rd were: €0.96 each.
    expect(c.projection).toBeCloseTo(c.month_to_date + 3.5 * 0.96, 10);
  });

  it('projects a month of busy working days and quiet weekends by its weekdays', () => {
    // €10 a working day, €1 a weekend day, since August; September 2026 starts on a Tuesday.
    const cost = (t: number): number => ([0, 6].includes(new Date(t).getUTCDay()) ? 1 : 10);
    const days = (since: string, until: string) => {
      const out: { day: string; calls: number; cost: number }[] = [];
      for (let t = Date.parse(since); t < Date.parse(until); t += 86_400_000)
        out.push({ day: new Date(t).toISOString().slice(0, 10), calls: 10, cost: cost(t) });
      return out;
    };
    const trend = { costByDay: days } as unknown as Parameters<typeof costReport>[0];
    const now = Date.parse('2026-09-04T00:00:00Z');
    const c = costReport(trend, now, { dailyBudget: null, monthlyBudget: 240 });
    // The whole of September: 22 working days and 8 weekend days, €228.
    let month = 0;
    for (let t = Date.parse('2026-09-01'); t < Date.parse('2026-10-01'); t += 86_400_000)
      month += cost(t);
    expect(c.projection).toBeCloseTo(month, 8);
    // A straight line through three working days said €300, over the budget.
    expect(c.month_to_date / c.month_elapsed).toBeGreaterThan(240);
    expect(c.alerts).toEqual([]);
  });

  it('does not charge a one-off day of the last week to its weekday all month', () => {
    // €0.70 a day, and one Thursday, 2026-11-26, at €8 (an incident, alerted that day).
    const cost = (t: number): number => (new Date(t).toISOString().startsWith('2026-11-26') ? 8 : 0.7); // prettier-ignore
    const weeklyBatch = (t: number): number => (new Date(t).getUTCDay() === 4 ? 8 : 0.7);
    const trend = (f: (t: number) => number) =>
      ({
        costByDay: (since: string, until: string) => {
          const out: { day: string; calls: number; cost: number }[] = [];
          const from = Math.max(Date.parse(since), Date.parse('2026-10-01'));
          for (let t = from; t < Date.parse(until); t += 86_400_000)
            out.push({ day: new Date(t).toISOString().slice(0, 10), calls: 10, cost: f(t) });
          return out;
        },
      }) as unknown as Parameters<typeof costReport>[0];
    const now = Date.parse('2026-12-02T06:00:00Z');
    const budgets = { dailyBudget: null, monthlyBudget: 25 };
    const c = costReport(trend(cost), now, budgets);
    // The rest of today and 29 days at €0.70 (€21 in all); charged €8 on each of the month's
    // 5 Thursdays it read €55.
    const rest = 29.75;
    expect(c.projection).toBeCloseTo(c.month_to_date + rest * 0.7, 8);
    expect(c.alerts).toEqual([]);
    // A batch job every Thursday is high the week before too: kept, and over the budget.
    const batch = costReport(trend(weeklyBatch), now, budgets);
    expect(batch.projection).toBeCloseTo(batch.month_to_date + (rest - 5) * 0.7 + 5 * 8, 8);
    expect(batch.alerts.map((a) => a.budget)).toEqual(['projection']);
    // A launch: four times the spend since Monday, the two last complete days. A step up, not a
    // one-off: both days count as they were, and the month is over its budget.
    const launch = (t: number): number => (t >= Date.parse('2026-11-30') ? 2.8 : 0.7);
    const l = costReport(trend(launch), now, budgets);
    // The rest of today (a Wednesday), then December's 8 Mondays and Tuesdays left and 21 others.
    expect(l.projection).toBeCloseTo(l.month_to_date + 0.75 * 0.7 + 8 * 2.8 + 21 * 0.7, 8);
    expect(l.alerts.map((a) => a.budget)).toEqual(['projection']);
    // A store younger than two weeks has no week before: the day counts as it was.
    const young = { costByDay: (s: string, u: string) => trend(cost).costByDay(s < '2026-11-24' ? '2026-11-24' : s, u) } as unknown as Parameters<typeof costReport>[0]; // prettier-ignore
    const y = costReport(young, now, budgets);
    expect(y.projection).toBeCloseTo(y.month_to_date + (rest - 5) * 0.7 + 5 * 8, 8);
  });

  it('alerts when the last complete day or today so far is over the daily budget', () => {
    const over = run({ dailyBudget: 0.4 }).cost.alerts;
    expect(over).toEqual([
      expect.objectContaining({ kind: 'budget', budget: 'day', severity: 'critical', limit: 0.4 }),
    ]);
    expect(over[0]?.message).toBe('2026-11-26 cost €0.48, over the daily budget of €0.40.');
    const both = run({ dailyBudget: 0.2 });
    expect(both.cost.alerts.map((a) => a.budget)).toEqual(['day', 'today']);
    expect(both.cost.alerts[1]?.message).toBe(
      'Today (2026-11-27, until 2026-11-27 12:00 UTC) has cost €0.24 so far, over the daily budget of €0.20.',
    );
    expect(both.verdict).toBe('warning');
    // The retired prompt's silence is the third alert.
    expect(both.counts).toMatchObject({ alerts: 3, critical: 2, warnings: 1, silent: 1 });
  });

  it('alerts critical when the month is over its budget, a warning when only projected', () => {
    const c = run({}).cost;
    const spent = run({ monthlyBudget: c.month_to_date - 0.01 }).cost.alerts;
    expect(spent).toEqual([expect.objectContaining({ budget: 'month', severity: 'critical' })]);
    expect(spent[0]?.message).toMatch(
      /^November 2026 has cost €\d+\.\d\d to date, over the monthly budget of €\d+\.\d\d\.$/,
    );
    const projected = run({ monthlyBudget: c.month_to_date + 0.5 }).cost.alerts;
    expect(projected).toEqual([
      expect.objectContaining({ budget: 'projection', severity: 'warning', amount: c.projection }),
    ]);
    expect(projected[0]?.message).toMatch(
      /^At its spend so far and last week's by weekday, November 2026 is projected to cost €/,
    );
    expect(run({ monthlyBudget: (c.projection ?? 0) + 0.01 }).cost.alerts).toEqual([]);
  });

  it('closes the day and the month at a midnight now', () => {
    const c = costReport(store, parseInstant('2026-12-01T00:00:00Z'), {
      dailyBudget: 0.4,
      monthlyBudget: null,
    });
    expect(c.month).toBe('2026-11');
    expect(c.month_elapsed).toBe(1);
    expect(c.projection).toBeCloseTo(c.month_to_date, 12);
    expect(c.days.at(-1)).toMatchObject({ day: '2026-11-30', complete: true });
    expect(c.alerts.map((a) => a.budget)).toEqual([]);
  });

  it('makes no projection during the first day of a month', () => {
    const c = costReport(store, parseInstant('2026-11-01T06:00:00Z'), {
      dailyBudget: null,
      monthlyBudget: 1,
    });
    expect(c.projection).toBeNull();
    expect(c.month_to_date).toBeCloseTo(0.24, 10);
    // The month just ended is over that budget: said on this first day (below).
    expect(c.alerts.map((a) => a.budget)).toEqual(['month']);
  });

  it('checks the month just ended on the first day of the next, and only then', () => {
    // October: from the 18th noon (40 days before the 27th of November noon), both prompts.
    const october = costReport(store, parseInstant('2026-11-01T00:00:00Z'), {
      dailyBudget: null,
      monthlyBudget: null,
    }).month_to_date;
    expect(october).toBeCloseTo(13.5 * 0.96, 8);
    const at = (now: string, monthlyBudget: number) =>
      costReport(store, parseInstant(now), { dailyBudget: null, monthlyBudget }).alerts;
    // Over by a cent: critical on the 1st at 06:00, and at 23:59; gone on the 2nd.
    for (const now of ['2026-11-01T06:00:00Z', '2026-11-01T23:59:00Z']) {
      const alerts = at(now, october - 0.01);
      expect(alerts).toEqual([
        expect.objectContaining({ budget: 'month', severity: 'critical', confirmed: true }),
      ]);
      expect(alerts[0]?.amount).toBeCloseTo(october, 8);
      expect(alerts[0]?.message).toMatch(
        /^October 2026 cost €12\.96, over the monthly budget of €12\.95\.$/,
      );
    }
    // On the 2nd only November's projection speaks (over so low a budget).
    expect(at('2026-11-02T06:00:00Z', october - 0.01).map((a) => a.budget)).toEqual(['projection']);
    expect(at('2026-11-01T06:00:00Z', october + 0.01)).toEqual([]);
  });

  it('reports each prompt’s cost per call in the window and the history', () => {
    const p = run({}).prompts.find((x) => x.prompt === 'summarizer');
    expect(p?.cost.per_call_window).toBeCloseTo(0.01, 12);
    expect(p?.cost.per_call_history).toBeCloseTo(0.01, 12);
    expect(p?.cost.window_total).toBeCloseTo(0.48, 10);
  });
});
