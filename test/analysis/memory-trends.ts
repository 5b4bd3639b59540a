// The health report's extra reads (daily aggregates, cost per day) over the in-memory store,
// computed the plain way so that the analysis tests need no SQLite.
import type {
  BlockMoments,
  DailyCost,
  DailyStats,
  StoreReader,
  StoreTrendReader,
} from '../../src/store/types.js';
import { momentsOf } from '../../src/stats/day-level.js';
import { parseInstant, toIso } from '../../src/time.js';
import { memoryStore, type MemoryCall, type MemoryVersion } from './memory-store.js';

const day = (ts: string): string => toIso(parseInstant(ts)).slice(0, 10);

function mean(xs: readonly number[]): number | null {
  return xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;
}

function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function byDay(
  calls: readonly MemoryCall[],
  since: string,
  until: string,
): Map<string, MemoryCall[]> {
  const from = parseInstant(since);
  const to = parseInstant(until);
  const groups = new Map<string, MemoryCall[]>();
  for (const c of calls) {
    const t = parseInstant(c.timestamp);
    if (t < from || t >= to) continue;
    const d = day(c.timestamp);
    groups.set(d, [...(groups.get(d) ?? []), c]);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : 1)));
}

const values = (calls: readonly MemoryCall[], m: keyof MemoryCall['values']): number[] =>
  calls.map((c) => c.values[m]).filter((v): v is number => v != null);

/** A memory store that also answers daily() and costByDay(), and counts its reads. */
export function memoryTrendStore(
  label: string,
  versions: readonly MemoryVersion[],
): StoreReader & StoreTrendReader & { reads: { daily: number[]; samples: number[] } } {
  const base = memoryStore(label, versions);
  const reads = { daily: [] as number[], samples: [] as number[] };
  return {
    ...base,
    reads,
    samples: (q) => {
      reads.samples.push(q.versionId);
      return base.samples(q);
    },
    daily: (versionId, since, until): DailyStats[] => {
      reads.daily.push(versionId);
      const calls = versions[versionId - 1]?.calls ?? [];
      return [...byDay(calls, since, until)].map(([d, cs]) => ({
        day: d,
        calls: cs.length,
        quality: mean(values(cs, 'quality_score')),
        latencyP50: median(values(cs, 'latency_ms')),
        successRate: mean(values(cs, 'success')),
        costPerCall: mean(values(cs, 'cost_eur')),
        costTotal: values(cs, 'cost_eur').reduce((a, b) => a + b, 0),
      }));
    },
    // Block k holds [until - (k + 1) * blockMs, until - k * blockMs); latency on the log scale.
    blocks: (q): BlockMoments[] => {
      const to = parseInstant(q.until);
      const calls = (versions[q.versionId - 1]?.calls ?? []).filter(
        (c) => q.models === undefined || (c.model != null && q.models.includes(c.model)),
      );
      return Array.from({ length: q.count }, (_, k) => {
        const inBlock = calls.filter((c) => {
          const t = parseInstant(c.timestamp);
          return t >= to - (k + 1) * q.blockMs && t < to - k * q.blockMs;
        });
        const metrics = Object.fromEntries(
          q.metrics.map((m) => {
            const xs = values(inBlock, m);
            return [m, momentsOf(m === 'latency_ms' ? xs.filter((x) => x > 0).map(Math.log) : xs)];
          }),
        );
        return { index: k, calls: inBlock.length, metrics };
      });
    },
    costByDay: (since, until): DailyCost[] =>
      [
        ...byDay(
          versions.flatMap((v) => v.calls),
          since,
          until,
        ),
      ].map(([d, cs]) => ({
        day: d,
        calls: cs.length,
        cost: values(cs, 'cost_eur').reduce((a, b) => a + b, 0),
      })),
  };
}
