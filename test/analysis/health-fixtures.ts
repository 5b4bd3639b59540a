// Shared settings and data builders of the health tests.
import type { AnalysisOptions, HealthOptions } from '../../src/config/config.js';
import { healthReport, type HealthInput } from '../../src/analysis/health.js';
import type { HealthReport, PromptHealth } from '../../src/report/health-types.js';
import { memoryTrendStore } from './memory-trends.js';
import { parseInstant } from '../../src/time.js';
import { ANALYSIS } from './defaults.js';
import { makeCalls, type MemoryCall, type MemoryVersion } from './memory-store.js';

export const NOW = '2026-11-27T12:00:00.000Z';
export const DAY = 86_400_000;

export const analysis: AnalysisOptions = ANALYSIS;

export const health: HealthOptions = {
  windowMs: DAY,
  historyMs: 28 * DAY,
  dailyBudget: null,
  monthlyBudget: null,
};

/** ISO time `days` before NOW. */
export function ago(days: number): string {
  return new Date(parseInstant(NOW) - days * DAY).toISOString();
}

type CallOpts = Omit<Parameters<typeof makeCalls>[1], 'start' | 'seed' | 'stepMinutes'>;

/** `perDay` calls a day from `fromDaysAgo` to `toDaysAgo`, the same distribution throughout. */
export function span(
  seed: number,
  fromDaysAgo: number,
  toDaysAgo: number,
  perDay: number,
  opts: CallOpts = {},
): MemoryCall[] {
  const n = Math.round((fromDaysAgo - toDaysAgo) * perDay);
  return makeCalls(n, { ...opts, seed, start: ago(fromDaysAgo), stepMinutes: 1440 / perDay });
}

/** One day at a time, each day's options from `opts(daysAgo)` (for drifts). */
export function drift(
  seed: number,
  fromDaysAgo: number,
  toDaysAgo: number,
  perDay: number,
  opts: (daysAgo: number) => CallOpts,
): MemoryCall[] {
  const out: MemoryCall[] = [];
  for (let d = fromDaysAgo; d > toDaysAgo; d--)
    out.push(...span(seed * 1000 + d, d, Math.max(toDaysAgo, d - 1), perDay, opts(d)));
  return out;
}

/** A prompt version. */
export function version(
  name: string,
  v: string,
  calls: MemoryCall[],
  extra: Partial<MemoryVersion> = {},
): MemoryVersion {
  return { name, version: v, timestamp: ago(40), calls, ...extra };
}

/** The health report of `versions` at NOW, with the shared settings. */
export function run(versions: MemoryVersion[], extra: Partial<HealthInput> = {}): HealthReport {
  return healthReport(memoryTrendStore('health.sqlite', versions), {
    analysis,
    health,
    failOn: 'never',
    now: NOW,
    ...extra,
  });
}

/** One prompt of a report, by name. */
export function prompt(r: HealthReport, name: string): PromptHealth {
  const p = r.prompts.find((x) => x.prompt === name);
  if (!p) throw new Error(`no prompt ${name}`);
  return p;
}
