// The warning for a stale store reads the newest call as SQLite does, whatever its shape.
import { describe, expect, it } from 'vitest';
import { healthReport } from '../../src/analysis/health.js';
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
