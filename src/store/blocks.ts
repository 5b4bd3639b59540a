import type { Database } from 'sql.js';
import type { Metric } from '../metrics.js';
import type { StoreSchema } from './schema.js';
import { column, forEachRow, julian, type Param } from './sql.js';
import type { BlockMoments, BlockQuery, MetricMoments } from './types.js';
import { spanBlocks } from './span-answers.js';
import type { SpanSource } from './span.js';

/** Metrics whose moments are taken on the log scale (their threshold is on a ratio of medians). */
export const LOG_METRICS: ReadonlySet<Metric> = new Set(['latency_ms']);

/** The Julian day of 1970-01-01T00:00:00Z. */
const UNIX_EPOCH_JD = 2440587.5;

/** Hard cap on blocks: each is a few numbers per metric, but the count comes from options. */
const MAX_BLOCKS = 10_000;

class Welford {
  n = 0;
  mean = 0;
  m2 = 0;

  add(x: number): void {
    this.n += 1;
    const d = x - this.mean;
    this.mean += d / this.n;
    this.m2 += d * (x - this.mean);
  }
}

/**
 * The blocks of one query, folded call by call in the order given: the same arithmetic whether
 * the calls stream from SQLite or come from memory (see span.ts).
 */
export class BlockFold {
  /** The metrics folded, in the order `add` takes their values. */
  readonly metrics: readonly Metric[];
  /** Julian days of the calls to hand over: [from, to). */
  readonly from: number;
  readonly to: number;
  /** The Julian day of `until`: no call at or after it falls in a block. */
  readonly until: number;
  private readonly untilMs: number;
  private readonly calls: number[];
  private readonly folds: Welford[][];
  private readonly logs: readonly boolean[];

  constructor(
    private readonly q: BlockQuery,
    schema: StoreSchema,
    /** The Julian day of an ISO 8601 time, as SQLite reads it (asked after the checks). */
    julianOf: (iso: string) => number,
  ) {
    if (!Number.isInteger(q.count) || q.count < 1 || q.count > MAX_BLOCKS)
      throw new RangeError(`count must be a whole number in 1..${MAX_BLOCKS}, got ${q.count}`);
    if (!(q.blockMs > 0)) throw new RangeError(`blockMs must be positive, got ${q.blockMs}`);
    this.metrics = [...new Set(q.metrics)].filter((m) => schema.metrics.has(m));
    const until = julianOf(q.until);
    this.until = until;
    this.untilMs = Math.round((until - UNIX_EPOCH_JD) * 86_400_000);
    const width = q.blockMs / 86_400_000;
    // A millisecond of slack on both ends: the block arithmetic below decides, in whole ms.
    const slack = 1 / 86_400_000;
    this.from = until - width * q.count - slack;
    this.to = until + slack;
    this.calls = new Array<number>(q.count).fill(0);
    this.folds = Array.from({ length: q.count }, () => this.metrics.map(() => new Welford()));
    this.logs = this.metrics.map((m) => LOG_METRICS.has(m));
  }

  /**
   * Adds one call at Julian day `jd`: `values[offset + i]` is its value of metrics[i] (NULL,
   * text and ±Infinity are left out, as are non-positive latencies).
   */
  add(jd: number, values: ArrayLike<unknown>, offset: number): void {
    const fold = this.enter(jd);
    if (fold) for (let i = 0; i < this.metrics.length; i++) this.fold(fold, i, values[offset + i]);
  }

  /** Adds one call at Julian day `jd` whose value of metrics[i] is `columns[i][row]`. */
  addRow(jd: number, columns: readonly ArrayLike<number>[], row: number): void {
    const fold = this.enter(jd);
    if (fold) for (let i = 0; i < this.metrics.length; i++) this.fold(fold, i, columns[i]![row]);
  }

  // Counts a call into its block; the block's folds, or null when the call is in none.
  private enter(jd: number): Welford[] | null {
    // Whole milliseconds, so that a call exactly on a block's start is not pushed across it by
    // the rounding of Julian days.
    const ms = Math.round((jd - UNIX_EPOCH_JD) * 86_400_000);
    const k = Math.ceil((this.untilMs - ms) / this.q.blockMs) - 1;
    if (k < 0 || k >= this.q.count) return null;
    this.calls[k] = (this.calls[k] ?? 0) + 1;
    return this.folds[k] as Welford[];
  }

  private fold(fold: Welford[], i: number, v: unknown): void {
    if (typeof v !== 'number' || !Number.isFinite(v)) return;
    if (this.logs[i]) {
      if (v > 0) fold[i]!.add(Math.log(v));
    } else fold[i]!.add(v);
  }

  /** The blocks, newest (index 0) first. */
  finish(): BlockMoments[] {
    return this.calls.map((n, k) => {
      const values: Partial<Record<Metric, MetricMoments>> = {};
      this.metrics.forEach((m, i) => {
        const w = this.folds[k]![i]!;
        values[m] = { n: w.n, mean: w.n > 0 ? w.mean : 0, m2: w.m2 };
      });
      return { index: k, calls: n, metrics: values };
    });
  }
}

/**
 * Count, mean and M2 per metric of one version's calls in consecutive blocks that end at
 * `until`: block k holds [until - (k + 1) * blockMs, until - k * blockMs). One pass over the
 * rows, folded as they stream, so a busy month costs a few numbers per block. Latency is folded
 * as its logarithm (non-positive values left out); NULL, text and ±Infinity are left out.
 */
export function readBlocks(
  db: Database,
  schema: StoreSchema,
  q: BlockQuery,
  /** The version's calls in memory, when they cover [from, to) (Julian days); see span.ts. */
  spanOf: SpanSource = () => null,
): BlockMoments[] {
  const fold = new BlockFold(q, schema, (iso) => julian(db, iso, 'until'));
  const models = q.models ?? null;
  if (models !== null && models.length === 0) return fold.finish();
  const span = spanOf(fold.from, fold.until);
  if (span) return spanBlocks(span, fold, q.models);
  const sql =
    `SELECT julianday(timestamp), ${fold.metrics.map((m) => column(schema.callColumns, m)).join(', ') || 'NULL'} ` +
    'FROM prompt_metrics WHERE version_id = ? AND julianday(timestamp) >= ? AND julianday(timestamp) < ?' +
    (models
      ? ` AND ${column(schema.callColumns, 'model_name')} IN (${models.map(() => '?').join(', ')})`
      : '');
  const params: Param[] = [q.versionId, fold.from, fold.to, ...(models ?? [])];
  forEachRow(db, sql, params, (row) => {
    const jd = row[0];
    if (typeof jd === 'number') fold.add(jd, row, 1);
  });
  return fold.finish();
}
