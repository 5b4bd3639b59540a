// The health report's questions about one version, answered from its calls in memory (span.ts)
// with the results the queries give: the same rows, in the same order, the same arithmetic
// (SQLite's summation for the daily means, the blocks' own fold).
import type { Metric } from '../metrics.js';
import { quantile, sortAscending } from '../stats/index.js';
import type { BlockFold } from './blocks.js';
import type { CallGroup, VersionSpan } from './span.js';
import { NeumaierSum } from './neumaier.js';
import { sqliteMs } from './sql.js';
import type { BlockMoments, CallContext, DailyStats } from './types.js';

/** Groups the call contexts query returns at most. */
export const MAX_CONTEXTS = 1000;

// SQLite's BINARY order of two texts is the order of their UTF-8 bytes, which is the order of
// their code points, not of JavaScript's UTF-16 units.
function compareText(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

// NULL first, then numbers in order, as ORDER BY sorts them.
function compareNumber(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareGroup(a: CallGroup, b: CallGroup): number {
  if (a.kind !== b.kind) return a.kind - b.kind;
  if (a.kind === 1) {
    const byText = compareText(a.model as string, b.model as string);
    if (byText !== 0) return byText;
  } else if (a.kind === 2) {
    const byBlob = Buffer.compare(a.blob as Uint8Array, b.blob as Uint8Array);
    if (byBlob !== 0) return byBlob;
  }
  return compareNumber(a.temperature, b.temperature) || compareNumber(a.maxTokens, b.maxTokens);
}

/**
 * The call contexts of [from, to): as `GROUP BY model, temperature, max_tokens ORDER BY count
 * DESC, model, temperature, max_tokens LIMIT 1000`.
 */
export function spanContexts(span: VersionSpan, from: number, to: number): CallContext[] {
  const counts = new Float64Array(span.groups.length);
  const { jds, group, n } = span;
  for (let i = 0; i < n; i++) {
    const jd = jds[i]!;
    if (jd >= from && jd < to) counts[group[i]!]! += 1;
  }
  const used = span.groups.map((g, k) => ({ g, calls: counts[k] as number }));
  return used
    .filter((u) => u.calls > 0)
    .sort((a, b) => b.calls - a.calls || compareGroup(a.g, b.g))
    .slice(0, MAX_CONTEXTS)
    .map(({ g, calls }) => ({
      model: g.model,
      temperature: g.temperature,
      maxTokens: g.maxTokens,
      calls,
    }));
}

/** Per group, whether `model_name IN (models)` holds for its calls; all when `models` is absent. */
function groupFilter(span: VersionSpan, models: readonly string[] | undefined): Uint8Array {
  const wanted = models === undefined ? null : new Set(models);
  return Uint8Array.from(span.groups, (g) =>
    wanted === null || (g.kind === 1 && wanted.has(g.model as string)) ? 1 : 0,
  );
}

// Call indexes by instant, newest first (ties: the higher id first), as `ORDER BY julianday DESC,
// id DESC`. Calls are mostly logged in time order, so the index order reversed is that order or
// nearly: an insertion sort moves the few calls out of place, and gives up for a full sort past
// a few moves per call.
const newestFirst = new WeakMap<VersionSpan, Uint32Array>();
function byNewest(span: VersionSpan): Uint32Array {
  let order = newestFirst.get(span);
  if (order) return order;
  const { jds, ids, n } = span;
  const before = (a: number, b: number): number =>
    (jds[b] as number) - (jds[a] as number) || (ids[b] as number) - (ids[a] as number);
  order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = n - 1 - i;
  let moves = 0;
  for (let i = 1; i < n && moves <= 4 * n; i++) {
    const x = order[i] as number;
    let j = i - 1;
    for (; j >= 0 && before(x, order[j] as number) < 0; j--) order[j + 1] = order[j] as number;
    order[j + 1] = x;
    moves += i - 1 - j;
  }
  if (moves > 4 * n) order.sort(before);
  newestFirst.set(span, order);
  return order;
}

/** What samples() reads from a span: as its query would, before the timestamps are looked up. */
export interface SpanSamples {
  readonly rows: number;
  readonly values: Partial<Record<Metric, Float64Array>>;
  /** Ids of the oldest and newest call selected (the first met on ties), NaN without any. */
  readonly minId: number;
  readonly maxId: number;
}

/**
 * The metric values of the calls in [from, to) on `models` (all when absent): the newest
 * `newest` of them, newest first, or all of them in the version index's order.
 */
export function spanSamples(
  span: VersionSpan,
  metrics: readonly Metric[],
  from: number,
  to: number,
  newest: number | undefined,
  models: readonly string[] | undefined,
): SpanSamples {
  const take = groupFilter(span, models);
  const columns = metrics.map((m) => span.values[m] as Float64Array);
  // Filled in place and cut to length at the end: no array grows and no pair is built per call
  // (a health report runs this code mostly before V8 optimises it, where each would allocate).
  const most = newest === undefined ? span.n : Math.min(newest, span.n);
  const picked = metrics.map(() => new Float64Array(most));
  const counts = new Uint32Array(metrics.length);
  let rows = 0;
  let minJd = Infinity;
  let maxJd = -Infinity;
  let minId = NaN;
  let maxId = NaN;
  const visit = (i: number): void => {
    rows++;
    const jd = span.jds[i] as number;
    if (jd < minJd) {
      minJd = jd;
      minId = span.ids[i] as number;
    }
    if (jd > maxJd) {
      maxJd = jd;
      maxId = span.ids[i] as number;
    }
    for (let k = 0; k < columns.length; k++) {
      const v = columns[k]![i] as number;
      if (!Number.isNaN(v)) picked[k]![counts[k]!++] = v;
    }
  };
  const selected = (i: number): boolean => {
    const jd = span.jds[i] as number;
    return jd >= from && jd < to && take[span.group[i] as number] === 1;
  };
  if (newest === undefined) {
    for (let i = 0; i < span.n; i++) if (selected(i)) visit(i);
  } else {
    const order = byNewest(span);
    for (let j = 0; j < order.length && rows < newest; j++)
      if (selected(order[j]!)) visit(order[j]!);
  }
  const values: Partial<Record<Metric, Float64Array>> = {};
  metrics.forEach((m, k) => (values[m] = picked[k]!.slice(0, counts[k])));
  return { rows, values, minId, maxId };
}

/** The whole-day number SQLite's date() gives a Julian day (computeYMD's Z). */
export function sqliteDay(jd: number): number {
  return Math.floor((sqliteMs(jd) + 43_200_000) / 86_400_000);
}

// A number as the query's num() reads it: null unless finite.
const finite = (x: number | null): number | null => (x !== null && Number.isFinite(x) ? x : null);

/**
 * Per UTC day of [from, to): as `GROUP BY date(julianday) ORDER BY 1` with count(*), avg() of
 * quality, success and cost, total() of cost, and the median latency. Null when a sum could
 * round otherwise than SQLite's (see neumaier.ts): ask SQLite then.
 */
export function spanDaily(
  span: VersionSpan,
  from: number,
  to: number,
  withLatency: boolean,
  dayName: (day: number) => string,
): DailyStats[] | null {
  interface Day {
    calls: number;
    readonly q: NeumaierSum;
    readonly s: NeumaierSum;
    readonly c: NeumaierSum;
    readonly latency: number[];
  }
  const days = new Map<number, Day>();
  const none = new Float64Array(0);
  const [q, s, c, l] = (['quality_score', 'success', 'cost_eur', 'latency_ms'] as const).map(
    (m) => span.values[m] ?? none,
  ) as [Float64Array, Float64Array, Float64Array, Float64Array];
  const { jds, n } = span;
  // Calls come mostly day after day: the day of the call before is tried first.
  let z = NaN;
  let day: Day | undefined;
  for (let i = 0; i < n; i++) {
    const jd = jds[i]!;
    if (!(jd >= from && jd < to)) continue;
    const today = sqliteDay(jd);
    if (today !== z || !day) {
      z = today;
      day = days.get(z);
      if (!day) {
        day = {
          calls: 0,
          q: new NeumaierSum(),
          s: new NeumaierSum(),
          c: new NeumaierSum(),
          latency: [],
        };
        days.set(z, day);
      }
    }
    day.calls += 1;
    if (i < q.length && !Number.isNaN(q[i])) day.q.add(q[i] as number);
    if (i < s.length && !Number.isNaN(s[i])) day.s.add(s[i] as number);
    if (i < c.length && !Number.isNaN(c[i])) day.c.add(c[i] as number);
    if (i < l.length && !Number.isNaN(l[i])) day.latency.push(l[i] as number);
  }
  const out: DailyStats[] = [];
  for (const [z, d] of days) {
    if (!(d.q.exact && d.s.exact && d.c.exact)) return null;
    const total = d.c.total();
    out.push({
      day: dayName(z),
      calls: d.calls,
      quality: finite(d.q.mean()),
      latencyP50:
        withLatency && d.latency.length > 0
          ? quantile(sortAscending(Float64Array.from(d.latency)), 0.5)
          : null,
      successRate: finite(d.s.mean()),
      costPerCall: finite(d.c.mean()),
      costTotal: Number.isFinite(total) ? total : 0,
    });
  }
  return out.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** Per UTC day of [from, to) (sqliteDay() numbers, in order), the calls of the span. */
export function spanDays(span: VersionSpan, from: number, to: number): [number, number][] {
  const days = new Map<number, number>();
  const { jds, n } = span;
  for (let i = 0; i < n; i++) {
    const jd = jds[i]!;
    if (!(jd >= from && jd < to)) continue;
    const z = sqliteDay(jd);
    days.set(z, (days.get(z) ?? 0) + 1);
  }
  return [...days].sort((a, b) => a[0] - b[0]);
}

/** The blocks of `fold` from the calls in memory, as readBlocks folds them from its query. */
export function spanBlocks(
  span: VersionSpan,
  fold: BlockFold,
  models: readonly string[] | undefined,
): BlockMoments[] {
  const take = groupFilter(span, models);
  const columns = fold.metrics.map((m) => span.values[m] as Float64Array);
  const { jds, group, n } = span;
  for (let i = 0; i < n; i++) {
    const jd = jds[i]!;
    if (jd >= fold.from && jd < fold.to && take[group[i]!] === 1) fold.addRow(jd, columns, i);
  }
  return fold.finish();
}
