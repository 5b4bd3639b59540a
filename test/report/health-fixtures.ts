// Health reports for the renderer tests, made by the real analysis from in-memory stores
// (seeded data, so the goldens are stable), with hostile names where a store could put them.
import { healthReport } from '../../src/analysis/health.js';
import type { HealthReport, PromptHealth } from '../../src/report/health-types.js';
import { analysis, drift, health, NOW, span, version } from '../analysis/health-fixtures.js';
import { memoryTrendStore } from '../analysis/memory-trends.js';

/** A prompt name that tries markup, mentions, references, pipes and a bidi override. */
export const HOSTILE = 'triage | <img src=x onerror=alert(1)> @team #12 `code` \u202Eevil';

/** Every kind of alert: regression, trend, silence, budgets; one healthy, one too thin. */
export function alertsReport(): HealthReport {
  const store = memoryTrendStore('health.sqlite', [
    version(
      'summarizer',
      '1.2.0',
      [...span(1, 29, 1, 48), ...span(2, 1, 0, 48, { quality: [0.7, 0.05] })],
      {
        tags: ['production'],
      },
    ),
    version(
      HOSTILE,
      'main-b7d4e91-dirty',
      drift(3, 29, 0, 30, (d) => ({
        quality: [d > 21 ? 0.85 : 0.85 - 0.08 * ((21 - d) / 20), 0.05],
      })),
    ),
    version('extractor', '1.3.0-SNAPSHOT', span(4, 29, 2, 24)),
    version('router', '0.3.0', span(5, 29, 0, 48, { model: 'gpt-4o-mini' })),
    version('rare', '7494c5ca74a7667b', [...span(6, 29, 25, 1), ...span(7, 0.4, 0, 20)]),
  ]);
  return healthReport(store, {
    analysis,
    health: { ...health, dailyBudget: 0.2, monthlyBudget: 7 },
    failOn: 'never',
    now: NOW,
  });
}

/** Two stable prompts, no budgets: no alerts. */
export function healthyReport(): HealthReport {
  const store = memoryTrendStore('health.sqlite', [
    version('summarizer', '1.2.0', span(8, 29, 0, 48)),
    version('classifier', '2.0.0', span(9, 29, 0, 48)),
  ]);
  return healthReport(store, { analysis, health, failOn: 'never', now: NOW });
}

/** `n` copies of the alerting prompts under long names: far over GitHub's size limit. */
export function bigReport(n: number): HealthReport {
  const base = alertsReport();
  const prompts: PromptHealth[] = [];
  for (let i = 0; i < n; i++)
    for (const p of base.prompts.filter((x) => x.alerts.length > 0)) {
      const prompt = `${String(i).padStart(4, '0')}-${p.prompt}-${'x'.repeat(150)}`;
      prompts.push({ ...p, prompt, alerts: p.alerts.map((a) => ({ ...a, prompt })) });
    }
  return { ...base, prompts, counts: { ...base.counts, prompts: prompts.length } };
}
