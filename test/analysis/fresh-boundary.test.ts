// Fresh calls are those after the base store's newest call, read as SQLite reads its timestamp:
// a Julian day written as text is an instant like any other, not a crash.
import { describe, expect, it } from 'vitest';
import type { RowSpec, VersionSpec } from '../../scripts/store-writer.mjs';
import { compareStores } from '../../src/analysis/compare.js';
import { open } from '../store/helpers.js';
import { ANALYSIS } from './defaults.js';

const DAY = 86_400_000;
const rows = (n: number, startMs: number, quality: number): RowSpec[] =>
  Array.from({ length: n }, (_, i) => ({
    timestamp: new Date(startMs + i * 60_000).toISOString(),
    quality_score: quality + ((i % 7) - 3) / 100,
  }));
// The Julian day of an instant, written as SQLite's julianday() reads it back.
const julianText = (ms: number): string => String(ms / DAY + 2440587.5);

async function compareWithNewest(newestMs: number, newestText = julianText(newestMs)) {
  const start = Date.parse('2026-11-01T00:00:00Z');
  const old = [...rows(40, start, 0.8), { timestamp: newestText, quality_score: 0.8 }];
  const live: VersionSpec = {
    version: '1',
    timestamp: '2026-11-01T00:00:00Z',
    systemPrompt: 'Summarize.',
    calls: [{ rows: old }],
  };
  const rerun = rows(40, Date.parse('2026-12-01T00:00:00Z'), 0.8);
  const candidate: VersionSpec = {
    version: '2',
    timestamp: '2026-12-01T00:00:00Z',
    systemPrompt: 'Summarize briefly.',
    calls: [{ rows: rows(40, Date.parse('2026-12-01T00:00:00Z'), 0.75) }],
  };
  const base = await open({ prompts: [{ name: 'p', versions: [live] }] });
  const head = await open({
    prompts: [
      { name: 'p', versions: [{ ...live, calls: [{ rows: [...old, ...rerun] }] }, candidate] },
    ],
  });
  try {
    expect(base.lastCallMs()).toBe(newestMs);
    return compareStores({
      head,
      base,
      options: ANALYSIS,
      failOn: 'regressed',
      generatedAt: '2026-12-02T00:00:00.000Z',
    });
  } finally {
    base.close();
    head.close();
  }
}

describe('fresh calls after a newest call written as a Julian day', () => {
  it('counts the re-run as fresh when it comes after that instant', async () => {
    const r = await compareWithNewest(Date.parse('2026-11-15T00:00:00Z'));
    expect(r.comparisons[0]?.baseline).toMatchObject({ source: 'fresh', n: 40 });
  });

  it('reads the history when that instant is later than the re-run', async () => {
    const r = await compareWithNewest(Date.parse('2027-01-26T12:00:00Z'));
    expect(r.comparisons[0]?.baseline).toMatchObject({ source: 'history', n: 41 });
  });
});

describe('fresh calls after a newest call stamped in microseconds', () => {
  // The library writes microseconds; SQLite's julianday() rounds them to the millisecond, which
  // Date.parse cuts: .792915 is .793 to SQLite, and a bound of .792 + 1 ms took that call in.
  it('leaves the newest call of the history out of the re-run', async () => {
    const at = '2026-11-20T10:00:51.792915+00:00';
    const r = await compareWithNewest(Date.parse(at) + 1, at);
    expect(r.comparisons[0]?.baseline).toMatchObject({ source: 'fresh', n: 40 });
  });
});
