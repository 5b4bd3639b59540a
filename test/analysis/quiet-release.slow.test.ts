// A quiet prompt's release (10 calls a day, so a window of 24 hours never holds min-samples),
// reported on every other morning for 24 days after its first 6: how often a neutral release
// alerts, and how often a bad one does. Cost runs on two models in a 70/30 mix, the second 7.5
// times dearer, so that its mean per call swings as the mix of a few calls does.
import { describe, expect, it } from 'vitest';
import { healthReport } from '../../src/analysis/health.js';
import { analysis, ago, health, prompt, span, version } from './health-fixtures.js';
import { memoryTrendStore } from './memory-trends.js';
import type { MemoryCall } from './memory-store.js';

function mixed(calls: MemoryCall[], seed: number, dearer = 1): MemoryCall[] {
  let s = seed * 7919 + 1;
  const u = (): number => (s = (s * 48271) % 2147483647) / 2147483647;
  return calls.map((c) => {
    const dear = u() < 0.3;
    const cost = dearer * (dear ? 0.00155 : 0.00021) * (0.8 + 0.4 * u());
    return { ...c, model: dear ? 'claude-haiku-4-5' : 'gpt-4o-mini', values: { ...c.values, cost_eur: cost } }; // prettier-ignore
  });
}

/** Releases (of `n`) with a regression alert on any morning, and the mornings with one. */
function alerting(n: number, quality: number, dearer: number): [number, number] {
  const released = 30;
  let releases = 0;
  let mornings = 0;
  for (let i = 0; i < n; i++) {
    const store = memoryTrendStore('health.sqlite', [
      version('p', '1.0.0', mixed(span(1000 + i, 60, released, 10), 5000 + i), { timestamp: ago(90) }), // prettier-ignore
      version('p', '1.1.0', mixed(span(2000 + i, released, 0, 10, { quality: [quality, 0.05] }), 7000 + i, dearer), { timestamp: ago(released), tags: ['production'] }), // prettier-ignore
    ]);
    let hit = false;
    for (let back = released - 6; back >= 0; back -= 2) {
      const now = ago(back);
      const p = prompt(healthReport(store, { analysis, health, failOn: 'never', now }), 'p');
      if (p.alerts.some((a) => a.kind === 'regression')) [hit, mornings] = [true, mornings + 1];
    }
    if (hit) releases++;
  }
  return [releases, mornings];
}

describe('healthReport: releases of a quiet prompt', () => {
  it('alerts on few neutral ones, and on bad ones', () => {
    // Measured: 2 of 150 neutral releases alerted, on 2 of 1,950 mornings; with the first days
    // and the calls after them read against the same calls of 1.0.0, 6 did, on 15 mornings.
    const [neutral, falseMornings] = alerting(150, 0.85, 1);
    expect(neutral).toBeLessThanOrEqual(3);
    expect(falseMornings).toBeLessThanOrEqual(4);
    // 15 % worse on quality: every one, on most mornings (until 1.0.0's calls leave the history).
    const [worse, mornings] = alerting(20, 0.85 * 0.85, 1);
    expect(worse).toBe(20);
    expect(mornings).toBeGreaterThan(20 * 6);
  }, 600_000);
});
