// One version's calls in a span read straight from the store's pages: the version index's entries
// for the version (index-walk.ts), then each call from the table by its rowid (table-walk.ts),
// in the very order and with the very values of readSpan's query (span.ts), which a step of
// SQLite's WebAssembly per call and per column made the larger part of a health report.
//
// Where the pages could give anything but the query's answer (the plan reads no plain index on
// version_id, a record or page the walks do not expect, an index entry whose call the table lacks
// or names another version) the walk declines and the query runs, so that a store's oddities and
// a forged index meet the query's own checks and errors.
import { Buffer } from 'node:buffer';
import type { Database, SqlValue } from 'sql.js';
import type { Metric } from '../metrics.js';
import { VersionIndex } from './index-walk.js';
import { Decline } from './pages.js';
import type { KnownColumn, StoreSchema } from './schema.js';
import { GiveUp, MAX_MODEL, SpanBuilder, WholeTally, spanQuery, type VersionSpan } from './span.js';
import { FocusPass, PASS_MAX_ROWS, PassVersion, spread } from './focus-pass.js';
import { allRows, below, indexInPlan, verifyReads } from './sql.js';
import { CallsPages, type WalkColumn } from './table-walk.js';
import type { KnownRows } from './known-rows.js';

/** Distinct model names held as codes; a store with more reads its spans by the queries. */
const MAX_CODES = 1000;
/** Index entries of one version held at once (8 bytes each); a busier version: the queries. */
const MAX_ENTRIES = 4_000_000;

/** The columns read, in this order: the record's fields the span needs. */
const [ID, JD, OWNER, MODEL, TEMPERATURE, MAX_TOKENS, VALUES] = [0, 1, 2, 3, 4, 5, 6];

/** How one store's spans are read from its pages, worked out once. */
export class SpanWalk {
  private readonly codeBytes: number[] = [];

  private constructor(
    private readonly db: Database,
    private readonly index: VersionIndex,
    private readonly metrics: readonly Metric[],
    private readonly table: CallsPages,
    /** The model names met, by the codes the walk gives them. */
    private readonly codes: readonly string[],
    /** Where the calls read are kept for the cost table, if anywhere. */
    private readonly known: KnownRows | null,
  ) {}

  /** The pass over the table, once taken (null: not to be taken). */
  private pass: FocusPass | null | undefined;

  /** The walk for a store, or null when its spans are read by the queries. */
  static prepare(
    db: Database,
    schema: StoreSchema,
    known: KnownRows | null = null,
  ): SpanWalk | null {
    try {
      // The index SQLite reads a version's calls through: the walk reads the same one.
      const name = indexInPlan(db, spanQuery(schema, false));
      if (name === null) return null;
      const index = VersionIndex.open(db, name);
      const cols = schema.callColumns;
      const metrics = [...schema.metrics];
      const number = (name: KnownColumn): WalkColumn =>
        cols.has(name) ? { kind: 'number', name } : { kind: 'null' };
      const codes: string[] = [];
      const columns: WalkColumn[] = [
        { kind: 'id' },
        { kind: 'julian', name: 'timestamp' },
        { kind: 'number', name: 'version_id' },
        cols.has('model_name')
          ? { kind: 'name', name: 'model_name', cap: MAX_MODEL, codes, maxCodes: MAX_CODES }
          : { kind: 'null' },
        number('temperature'),
        number('max_tokens'),
        ...metrics.map((m) => number(m)),
      ];
      return new SpanWalk(db, index, metrics, new CallsPages(db, columns), codes, known);
    } catch (error) {
      if (error instanceof Decline) return null;
      throw error;
    }
  }

  /**
   * The version's calls with a Julian day in [from, to], as readSpan gives them: null when the
   * span is not to be held (see readSpan), undefined when the query must read it instead.
   */
  read(
    versionId: number,
    from: number,
    to: number,
    expected: number,
  ): VersionSpan | null | undefined {
    const last = below(to);
    try {
      const rowids = this.index.rowids(versionId, MAX_ENTRIES);
      const passed = this.fromPass(versionId, rowids, from, to);
      if (passed !== undefined) return passed;
      const span = new SpanBuilder(this.metrics.length, expected);
      const kept = this.keeper(versionId, rowids.length);
      // Every call is read: its newest and those after the span come free, which a long-lived
      // version would otherwise have to ask the store for (past a quarter of its versions, by
      // reading every call).
      const tally = new WholeTally();
      this.table.seek(rowids, (numbers, names) => {
        const jd = numbers[JD]!;
        if (numbers[OWNER] !== versionId) throw new Decline('a call of another version');
        kept?.keep(numbers[ID]!, jd, kept.cost < 0 ? NaN : numbers[VALUES + kept.cost]!);
        tally.met(numbers[ID]!, jd, jd > last);
        if (jd >= from && jd <= last) this.take(span, numbers, names);
      });
      verifyReads(this.db);
      kept?.done();
      const whole = tally.whole(rowids.length);
      return { ...span.finish(versionId, from, to, this.metrics), whole };
    } catch (error) {
      if (error instanceof GiveUp) return null;
      if (error instanceof Decline) return undefined;
      throw error;
    }
  }

  // A call read into its span, as readSpan's query gives it.
  private take(span: SpanBuilder, numbers: Float64Array, names: readonly SqlValue[]): void {
    const name = names[MODEL];
    const model = typeof name === 'number' ? this.codes[name]! : (name as SqlValue);
    const bytes =
      typeof name === 'number'
        ? this.bytesOf(name)
        : typeof model === 'string'
          ? Buffer.byteLength(model, 'utf8')
          : null;
    const group = span.groups.of(
      model,
      bytes,
      finite(numbers[TEMPERATURE]!),
      finite(numbers[MAX_TOKENS]!),
    );
    span.call(numbers[ID]!, numbers[JD]!, group);
    for (let i = 0; i < this.metrics.length; i++) {
      const v = numbers[VALUES + i]!;
      span.value(i, Number.isFinite(v) ? v : NaN);
    }
  }

  // The version's span from the pass over the table (focus-pass.ts): taken on the first version
  // whose calls lie spread among the others', on a store small enough to hold them all.
  private fromPass(
    versionId: number,
    rowids: Float64Array,
    from: number,
    to: number,
  ): VersionSpan | null | undefined {
    if (this.pass === undefined && spread(rowids)) {
      const max = Number(allRows(this.db, 'SELECT max(rowid) FROM prompt_metrics')[0]?.[0]);
      this.pass = max <= PASS_MAX_ROWS ? this.readAll(from, to) : null;
    }
    const pass = this.pass;
    if (!pass || pass.from !== from || pass.to !== to) return undefined;
    return pass.spanOf(versionId, rowids);
  }

  // Every version's calls in [from, to] in one pass over the table, in rowid order; null when the
  // table holds anything the walk declines.
  private readAll(from: number, to: number): FocusPass | null {
    const last = below(to);
    const versions = new Map<number, PassVersion>();
    const start = (): SpanBuilder => new SpanBuilder(this.metrics.length, 16);
    try {
      this.table.walk((numbers, names) => {
        const owner = numbers[OWNER]!;
        let met = versions.get(owner);
        if (met === undefined) {
          if (!Number.isSafeInteger(owner)) return;
          versions.set(owner, (met = new PassVersion()));
        }
        const jd = numbers[JD]!;
        met.met(numbers[ID]!, jd, jd > last);
        if (jd >= from && jd <= last) met.keep(start, (span) => this.take(span, numbers, names));
      });
      verifyReads(this.db);
    } catch (error) {
      if (error instanceof Decline) return null;
      throw error;
    }
    const finish = (id: number, span: SpanBuilder | undefined): VersionSpan =>
      (span ?? start()).finish(id, from, to, this.metrics);
    return new FocusPass(from, to, versions, finish);
  }

  // Every call the walk reads, kept for the cost table (known-rows.ts) once the read is checked.
  private keeper(versionId: number, calls: number) {
    const known = this.known;
    if (!known?.wants(versionId, calls)) return null;
    const ids = new Float64Array(calls);
    const jds = new Float64Array(calls);
    const costs = new Float64Array(calls);
    let n = 0;
    return {
      cost: this.metrics.indexOf('cost_eur'),
      keep: (id: number, jd: number, cost: number): void => {
        ids[n] = id;
        jds[n] = jd;
        costs[n++] = cost;
      },
      done: (): void => known.add(versionId, ids, jds, costs, n),
    };
  }

  // The UTF-8 length of the name with code `code`, as the query's length(CAST(... AS BLOB)).
  private bytesOf(code: number): number {
    let n = this.codeBytes[code];
    if (n === undefined) this.codeBytes[code] = n = Buffer.byteLength(this.codes[code]!, 'utf8');
    return n;
  }
}

// A number as numeric() gives it: finite, else NULL.
const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);
