// The warning for a stale store reads the newest call as SQLite does, whatever its shape.
import { describe, expect, it, vi } from 'vitest';
import { healthReport, staleStore } from '../../src/analysis/health.js';
import { open, rowsSpec } from '../store/helpers.js';
import { analysis, health } from './health-fixtures.js';

describe('a store whose newest call is older than the window', () => {
  it.each([
    ['an ISO 8601 time', '2026-01-10T00:00:00Z'],
    [
      'a Julian day written as text',
      String(Date.parse('2026-01-10T00:00:00Z') / 86_400_000 + 2440587.5),
    ],
  ])('is said to be stale when that call is written as %s', async (_, newest) => {
    const store = await open(
      rowsSpec([
        { timestamp: '2026-01-01T00:00:00Z', quality_score: 0.8 },
        { timestamp: newest, quality_score: 0.8 },
      ]),
    );
    const r = healthReport(store, {
      analysis,
      health,
      failOn: 'never',
      now: '2026-11-01T00:00:00Z',
    });
    expect(store.lastCallAt()).toBe(newest);
    expect(r.warnings.join(' ')).toMatch(/newest call \(.*\) is older than the window/);
    // Within the window, no such warning.
    const fresh = healthReport(store, {
      analysis,
      health,
      failOn: 'never',
      now: '2026-01-10T12:00:00Z',
    });
    expect(fresh.warnings.join(' ')).not.toMatch(/older than the window/);
    store.close();
  });
});

describe("the store's newest call", () => {
  // Calls every 6 hours through January, one version; `now` moves over and past them.
  const rows = Array.from({ length: 124 }, (_, i) => ({
    timestamp: new Date(Date.parse('2026-01-01T00:00:00Z') + i * 6 * 3_600_000).toISOString(),
    quality_score: 0.8,
  }));
  const nows = [
    '2026-01-05T03:00:00Z',
    '2026-01-31T20:00:00Z',
    '2026-02-01T05:59:59Z',
    '2026-02-02T00:00:00Z',
    '2026-03-01T00:00:00Z',
  ];

  it('is not read when a live version was called in the window, which answers the warnings', async () => {
    const store = await open(rowsSpec(rows));
    for (const now of nows) {
      const newest = vi.spyOn(store, 'lastCallAt');
      const r = healthReport(store, { analysis, health, failOn: 'never', now });
      const called = r.prompts.some((p) => p.window.n > 0);
      expect(newest.mock.calls.length, now).toBe(called ? 0 : 1);
      newest.mockRestore();
      // The warnings are those the newest call gives, asked or not.
      const window = { since: r.window.since, until: r.window.until };
      expect(r.warnings, now).toEqual(staleStore(store, window, r.prompts.length > 0));
    }
    store.close();
  });
});
