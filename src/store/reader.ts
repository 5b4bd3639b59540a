import type { Database } from 'sql.js';
import { quickKey, shortSha256 } from '../hash.js';
import { METRICS, type Metric } from '../metrics.js';
import { StoreError } from './errors.js';
import { readSamples } from './samples.js';
import type { StoreSchema } from './schema.js';
import {
  NEWEST_CALL,
  allRows,
  capped,
  cappedText,
  julianOrNull,
  num,
  numeric,
  str,
  sqliteMs,
  timeRange,
  UNIX_EPOCH_MS,
} from './sql.js';
import { MAX_SPAN_ROWS, readSpan, spanSchema, type SpanSource, type VersionSpan } from './span.js';
import { spanContexts } from './span-answers.js';
import { SpanWalk } from './span-pages.js';
import { timestampsOf } from './by-rowid.js';
import { storeBytes } from './pages.js';
import { TIME_WALK_FROM_BYTES } from './time-calls.js';
import { newestCall, walkTimestamps, type TimestampIndex } from './instants.js';
import { readBlocks } from './blocks.js';
import { digestCalls } from './digest.js';
import { MAX_MODELS, MAX_NAME, listModelsBySql } from './digest-models.js';
import { readCallDays, readCostByDay, readDaily } from './trends.js';
import { RangeCalls } from './calls-by-version.js';
import { VersionCalls } from './version-calls.js';
import { promptColumns, promptTextOf } from './prompt-text.js';
import { KnownRows } from './known-rows.js';
import type {
  BlockMoments,
  BlockQuery,
  CallContext,
  DailyCost,
  DigestQuery,
  DailyStats,
  DayCalls,
  SampleQuery,
  Samples,
  StoreBlockReader,
  StoreDigestReader,
  StoreReader,
  StoreTotalsReader,
  StoreTrendReader,
  TotalsOptions,
  VersionDigest,
  VersionRow,
  VersionTotals,
} from './types.js';

/** More versions than this is not a prompt store we can report on; refuse rather than truncate. */
const MAX_VERSIONS = 100_000;
/** Prompts whose texts are read one prompt at a time; past them, every text left at once. */
const PROMPTS_READ_ALONE = 4;
/** Caps on text read from the store (characters; names: MAX_NAME; prompts: prompt-text.ts). */
const MAX_TAGS_JSON = 10_000;
const MAX_TAG = 200;
/**
 * Above this many calls, models are listed one version at a time: one query sorting every call
 * costs time and memory in proportion to the store, 500 small queries a fixed 0.1 s.
 */
const MODELS_BY_VERSION_ABOVE = 100_000;
/** Versions whose calls in the focus are held at once. */
const MAX_SPANS = 3;

// A version's prompt text and its quick key, as plain values kept out of spreads and JSON.
function setText(row: object, text: string | null): void {
  Object.defineProperties(row, {
    promptText: { enumerable: false, value: text },
    promptKey: { enumerable: false, value: text === null ? null : quickKey(text) },
  });
}

function parseTags(raw: string | null): string[] {
  if (raw === null) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    // Users edit this column by hand at times; a bad value means "no tags", not a bad store.
    return [];
  }
}

/** The versions, read once, in order, and their calls when asked for. */
interface Loaded {
  readonly rows: VersionRow[];
  readonly calls: VersionCalls;
}

/** The StoreReader over one sql.js database that passed the checks in open.ts. */
export class SqliteStore
  implements StoreReader, StoreTrendReader, StoreTotalsReader, StoreBlockReader, StoreDigestReader
{
  /** @inheritdoc */
  readonly metrics: StoreSchema['metrics'];
  /** @inheritdoc */
  readonly notes: readonly string[];
  private cached: Loaded | undefined;
  private walked: TimestampIndex | null | undefined;
  /** Whether every prompt version has an id of its own (checked when texts are first read). */
  private distinctIds: boolean | undefined;
  // The newest call of the store, once found (a read-only store does not change).
  private newest: { readonly at: string | null; readonly jd: number | null } | undefined;
  private readonly contextCache = new Map<string, readonly CallContext[]>();
  /** The span the health report asks about (Julian days), and the versions' calls read in it. */
  private focused: { readonly from: number; readonly to: number } | null = null;
  private readonly spans = new Map<number, VersionSpan | null>();
  /** What each span read through all of a version's calls learnt of them (callsFrom). */
  private readonly wholes = new Map<number, NonNullable<VersionSpan['whole']>>();
  private spanSchema: boolean | undefined;
  /** How spans are read from the store's pages (null: by the queries), once worked out. */
  private spanWalk: SpanWalk | null | undefined;
  /** The calls the spans read, kept for the cost table on a big store. */
  private known: KnownRows | undefined;

  constructor(
    private readonly db: Database,
    private readonly schema: StoreSchema,
    /** @inheritdoc */
    readonly label: string,
    /** Releases what the database reads from (a file), after the database is closed. */
    private readonly release: () => void = () => undefined,
    private readonly options: {
      readonly textsWhenAsked: boolean;
      /** What a report says of how the store was read (see StoreReader.notes). */
      readonly notes?: readonly string[];
    } = { textsWhenAsked: false },
  ) {
    this.metrics = schema.metrics;
    this.notes = options.notes ?? [];
  }

  /** @inheritdoc */
  versions(): readonly VersionRow[] {
    return this.load().rows;
  }

  /** @inheritdoc */
  lastCallAt(): string | null {
    return this.newestCall().at;
  }

  /** @inheritdoc */
  lastRowId(): number | null {
    return num(allRows(this.db, 'SELECT max(rowid) FROM prompt_metrics')[0]?.[0] ?? null);
  }

  /** @inheritdoc */
  versionsAfterRow(rowid: number): ReadonlySet<number> {
    const rows = allRows(
      this.db,
      // NOT INDEXED: the version index would be scanned whole for DISTINCT; the rowid range is the
      // appended rows alone.
      'SELECT DISTINCT version_id FROM prompt_metrics NOT INDEXED WHERE rowid > ? LIMIT ?',
      [rowid, MAX_VERSIONS + 1],
    );
    return new Set(rows.map((r) => Number(r[0])));
  }

  /** @inheritdoc */
  lastCallMs(): number | null {
    const { jd } = this.newestCall();
    return jd === null ? null : sqliteMs(jd) - UNIX_EPOCH_MS;
  }

  private newestCall(): { readonly at: string | null; readonly jd: number | null } {
    if (this.newest) return this.newest;
    const index = this.timestamps();
    // Only calls of known versions count, as everywhere else in the read model; the unary + keeps
    // SQLite from reading every call through the version index to check it.
    const known = '+version_id IN (SELECT id FROM prompt_versions)';
    if (index) {
      const found = newestCall(this.db, index, known, this.knownVersions());
      this.newest = { at: found?.at ?? null, jd: found?.jd ?? null };
    } else {
      const [jd, at] = allRows(
        this.db,
        `SELECT ${NEWEST_CALL} FROM prompt_metrics WHERE ${known}`,
      )[0] ?? [null, null];
      this.newest = num(jd) === null ? { at: null, jd: null } : { at: str(at), jd: num(jd) };
    }
    return this.newest;
  }

  // For the walk over a big store's newest days: the version ids `known` keeps, when they are
  // plain numbers (as the library writes them).
  private knownVersions(): { schema: StoreSchema; versions: ReadonlySet<number> } | undefined {
    if (storeBytes(this.db) < TIME_WALK_FROM_BYTES) return undefined;
    const ids = allRows(this.db, 'SELECT id FROM prompt_versions').map((r) => r[0]);
    if (!ids.every((id) => typeof id === 'number')) return undefined;
    return { schema: this.schema, versions: new Set(ids) };
  }

  /** @inheritdoc */
  focus(since: string, until: string): void {
    const [from, to] =
      allRows(this.db, 'SELECT julianday(?), julianday(?)', [since, until])[0] ?? [];
    // A time SQLite cannot read leaves every question to its query, which says what is wrong.
    this.focused =
      num(from) === null || num(to) === null ? null : { from: num(from)!, to: num(to)! };
    this.spans.clear();
    this.wholes.clear();
  }

  /** @inheritdoc */
  callsFrom(versionId: number, since: string): number | undefined {
    const f = this.focused;
    const whole = this.wholes.get(versionId);
    if (f === null || whole === undefined) return undefined;
    return julianOrNull(this.db, since) === f.to ? whole.after : undefined;
  }

  // The version's calls in memory when the focus covers [from, to), read on first use; null
  // when they are to be read by the queries (see span.ts).
  private spanOf(versionId: number): SpanSource {
    return (from, to) => {
      const f = this.focused;
      if (f === null || from < f.from || to > f.to) return null;
      if (!this.inOrder()) return null;
      let span = this.spans.get(versionId);
      if (span === undefined) {
        const expected = this.cached?.calls.known(versionId);
        if (this.spanWalk === undefined) {
          // On a big store the calls the spans read are kept for the cost table, which reads the
          // month's last days again (known-rows.ts).
          if (storeBytes(this.db) >= TIME_WALK_FROM_BYTES) this.known = new KnownRows();
          this.spanWalk = SpanWalk.prepare(this.db, this.schema, this.known);
        }
        span = this.spanWalk?.read(versionId, f.from, f.to, expected ?? 1024);
        if (span?.whole) this.wholes.set(versionId, span.whole);
        if (span === undefined)
          span = readSpan(this.db, this.schema, this.label, versionId, f.from, f.to, expected);
        this.spans.set(versionId, span);
        // A prompt's questions are about one or two versions, asked one prompt after another:
        // keep the last few, and never more calls than one version may have.
        const held = (): number => [...this.spans.values()].reduce((n, v) => n + (v?.n ?? 0), 0);
        while (this.spans.size > 1 && (this.spans.size > MAX_SPANS || held() > MAX_SPAN_ROWS))
          this.spans.delete(this.spans.keys().next().value!);
      }
      return span;
    };
  }

  // A version's newest call. Under a focus, from its calls read into memory (which its next
  // questions need anyway) when they are all of its calls, or when reading them went through
  // all of its calls (see newestOf).
  private lastCallOf(id: number): string | null {
    const { calls } = this.load();
    const f = this.focused;
    if (f !== null && !calls.hasNewest(id)) {
      const total = calls.calls(id);
      const span = total > 0 && total <= MAX_SPAN_ROWS ? this.spanOf(id)(f.from, f.to) : null;
      const newest = span === null ? null : newestOf(span, total);
      if (newest) {
        const { lastJd, lastId } = newest;
        const lastAt =
          lastJd === null ? null : (timestampsOf(this.db, [lastId]).get(lastId) ?? null);
        calls.learnNewest(id, { calls: total, lastJd, lastAt });
      }
    }
    return calls.of(id).lastAt;
  }

  // Whether the schema lets answers from memory equal the queries' (see span.ts); asked once.
  private inOrder(): boolean {
    this.spanSchema ??= spanSchema(this.db, this.schema);
    return this.spanSchema;
  }

  /** @inheritdoc */
  samples(query: SampleQuery): Samples {
    const calls = this.cached?.calls.known(query.versionId);
    return readSamples(
      this.db,
      this.schema,
      query,
      this.label,
      calls,
      this.spanOf(query.versionId),
    );
  }

  /** @inheritdoc */
  contexts(versionId: number, since?: string, until?: string): readonly CallContext[] {
    // The health report asks for the same window twice (to pick the live version, then to test
    // it): the answer never changes under a read-only store.
    const key = JSON.stringify([versionId, since, until]);
    let found = this.contextCache.get(key);
    if (!found) this.contextCache.set(key, (found = this.readContexts(versionId, since, until)));
    return found;
  }

  /** @inheritdoc */
  loggedErrors(versionId: number): number {
    const cols = this.schema.callColumns;
    if (!cols.has('error_message') || !cols.has('success')) return 0;
    const row = allRows(
      this.db,
      `SELECT count(*) FROM prompt_metrics WHERE version_id = ? AND ${numeric(cols, 'success')} = 1 ` +
        "AND typeof(error_message) = 'text' AND trim(substr(error_message, 1, 200)) <> ''",
      [versionId],
    )[0];
    return Number(row?.[0] ?? 0);
  }

  private readContexts(versionId: number, since?: string, until?: string): CallContext[] {
    const cols = this.schema.callColumns;
    const range = timeRange(this.db, since, until);
    const span =
      range.from !== undefined && range.to !== undefined
        ? this.spanOf(versionId)(range.from, range.to)
        : null;
    if (span) return spanContexts(span, range.from!, range.to!);
    const rows = allRows(
      this.db,
      `SELECT ${capped(cols, 'model_name', MAX_NAME)}, ${numeric(cols, 'temperature')}, ` +
        `${numeric(cols, 'max_tokens')}, count(*) FROM prompt_metrics ` +
        `WHERE version_id = ?${range.sql} GROUP BY 1, 2, 3 ORDER BY 4 DESC, 1, 2, 3 LIMIT 1000`,
      [versionId, ...range.params],
    );
    return rows.map(([model, temperature, maxTokens, calls]) => ({
      model: str(model),
      temperature: num(temperature),
      maxTokens: num(maxTokens),
      calls: Number(calls),
    }));
  }

  /** @inheritdoc */
  callsByVersion(since: string, until: string): ReadonlyMap<number, number> {
    return new RangeCalls(this.db, this.schema, this.timestamps(), since, until).byVersion();
  }

  /** @inheritdoc */
  callsInRange(since: string, until: string): number | null {
    return new RangeCalls(this.db, this.schema, this.timestamps(), since, until).countIndexed();
  }

  /** @inheritdoc */
  daily(versionId: number, since: string, until: string): readonly DailyStats[] {
    return readDaily(this.db, this.schema, versionId, since, until, this.spanOf(versionId));
  }

  /** @inheritdoc */
  callDays(versionId: number, since: string, until: string): readonly DayCalls[] {
    return readCallDays(this.db, versionId, [since, until], this.spanOf(versionId));
  }

  /** @inheritdoc */
  blocks(query: BlockQuery): readonly BlockMoments[] {
    return readBlocks(this.db, this.schema, query, this.spanOf(query.versionId));
  }

  /** @inheritdoc */
  costByDay(since: string, until: string): readonly DailyCost[] {
    const { db, schema } = this;
    return readCostByDay(db, schema, since, until, this.timestamps(), this.inOrder(), this.known);
  }

  /** @inheritdoc */
  totals(
    metrics: readonly Metric[] = METRICS,
    options: TotalsOptions = {},
  ): ReadonlyMap<number, VersionTotals> {
    const cols = this.schema.callColumns;
    const present = METRICS.filter((m) => this.metrics.has(m) && metrics.includes(m));
    const aggregates = present.map((m) => `, count(${numeric(cols, m)}), avg(${numeric(cols, m)})`);
    const out = new Map<number, VersionTotals & { models: string[] }>();
    for (const [id, calls, ...values] of allRows(
      this.db,
      `SELECT version_id, count(*)${aggregates.join('')} FROM prompt_metrics GROUP BY version_id`,
    )) {
      const metrics = Object.fromEntries(
        present.map((m, i) => [m, { n: Number(values[2 * i]), mean: num(values[2 * i + 1]) }]),
      );
      out.set(Number(id), { versionId: Number(id), calls: Number(calls), metrics, models: [] });
    }
    // Every version with calls is in `out`: the others have none, and nothing counts them again.
    const counts = new Map([...out].map(([id, t]) => [id, t.calls]));
    this.load().calls.learnCounts(counts, { complete: true });
    if (cols.has('model_name')) {
      const calls = [...out.values()].reduce((n, t) => n + t.calls, 0);
      // Above the threshold, one version at a time: SQLite then sorts one version's calls by
      // model, not every call in the store at once.
      if (calls > (options.modelsByVersionAbove ?? MODELS_BY_VERSION_ABOVE))
        for (const [id, models] of listModelsBySql(this.db, this.schema, [...out.keys()]))
          out.get(id)?.models.push(...models);
      else
        for (const [id, model] of allRows(
          this.db,
          `SELECT version_id, ${capped(cols, 'model_name', MAX_NAME)} FROM prompt_metrics ` +
            `WHERE model_name IS NOT NULL GROUP BY 1, 2 ORDER BY 1, count(*) DESC, 2 LIMIT ${MAX_MODELS}`,
        ))
          out.get(Number(id))?.models.push(String(model));
    }
    return out;
  }

  /** @inheritdoc */
  digest(query: DigestQuery): ReadonlyMap<number, VersionDigest> {
    const { rows, calls } = this.load();
    const out = digestCalls(
      this.db,
      this.schema,
      this.label,
      rows.map((r) => r.id),
      query,
    );
    // The pass counted every version's calls: nothing counts them again.
    calls.learnCounts(new Map([...out].map(([id, d]) => [id, d.calls])), { complete: true });
    return out;
  }

  /** @inheritdoc */
  close(): void {
    this.db.close();
    this.release();
  }

  // The walk over the timestamp index, once per store (null: no usable index, scan instead).
  private timestamps(): TimestampIndex | null {
    if (this.walked === undefined) this.walked = walkTimestamps(this.db);
    return this.walked;
  }

  // Versions never change under a read-only store: read them once. Their call counts and newest
  // calls are read when first used: a comparison needs those of a handful of versions.
  private load(): Loaded {
    if (this.cached) return this.cached;
    const v = this.schema.versionColumns;
    // The prompt texts come with the versions unless the report never matches versions by them.
    const eager = !this.options.textsWhenAsked;
    const hasText = v.has('system_prompt') || v.has('user_prompt');
    const sql =
      `SELECT v.id, ${capped(v, 'name', MAX_NAME)}, ${capped(v, 'version', MAX_NAME)}, ` +
      `${capped(v, 'timestamp', MAX_NAME)}, ${capped(v, 'git_commit', MAX_NAME)}, ` +
      `${capped(v, 'tags', MAX_TAGS_JSON)}` +
      (eager ? `, ${promptColumns(v)}` : '') +
      ' FROM prompt_versions AS v ORDER BY 2, julianday(v.timestamp) DESC, v.id DESC LIMIT ?';
    const found = allRows(this.db, sql, [MAX_VERSIONS + 1]);
    if (found.length > MAX_VERSIONS)
      throw new StoreError(
        'too_many_versions',
        this.label,
        `it holds more than ${MAX_VERSIONS} prompt versions.`,
      );
    const tags = this.versionTags();
    const calls = new VersionCalls(this.db, found.length);
    const rows: VersionRow[] = found.map((r): VersionRow => {
      const id = Number(r[0]);
      let hash: string | null | undefined;
      const row = {
        id,
        name: str(r[1]) ?? '',
        version: str(r[2]) ?? '',
        timestamp: str(r[3]) ?? '',
        gitCommit: str(r[4]),
        tags: [...new Set([...parseTags(str(r[5])), ...(tags.get(id) ?? [])])],
      };
      // Own enumerable getters: the row still reads, spreads and serialises as plain data. The
      // hash is worked out when a report names the version; versions compare by their text
      // (null without either text column: "compare by version"), and its quick key.
      const text = (): string | null => (
        withTexts(row.name),
        (row as Partial<VersionRow>).promptText!
      );
      Object.defineProperties(row, {
        promptHash: {
          enumerable: true,
          get: () => {
            if (hash !== undefined) return hash;
            const t = text();
            return (hash = t === null ? null : shortSha256(t));
          },
        },
        calls: { enumerable: true, get: () => calls.calls(id) },
        lastCallAt: { enumerable: true, get: () => this.lastCallOf(id) },
      });
      if (eager) setText(row, hasText ? promptTextOf(r, 6) : null);
      else
        Object.defineProperties(row, {
          promptText: { enumerable: false, configurable: true, get: text },
          promptKey: {
            enumerable: false,
            configurable: true,
            get: () => (withTexts(row.name), (row as Partial<VersionRow>).promptKey!),
          },
        });
      return row as typeof row &
        Pick<VersionRow, 'promptHash' | 'promptText' | 'promptKey' | 'calls' | 'lastCallAt'>;
    });
    // Read when asked for: the texts of every version of the prompt at the first one (a health
    // report matches a prompt's versions by them, most often those of no prompt or one); past a
    // few prompts, every text left, in one query rather than one per prompt.
    const read = new Set<string>();
    const withTexts = (name: string): void => {
      if (eager || read.has(name)) return;
      const alone = read.size < PROMPTS_READ_ALONE;
      const mine = rows.filter((r) => (alone ? r.name === name : !read.has(r.name)));
      const texts = this.promptTexts(alone ? mine.map((r) => r.id) : null);
      for (const row of mine) read.add(row.name);
      for (const row of mine) setText(row, texts(row.id));
    };
    this.cached = { rows, calls };
    return this.cached;
  }

  // The prompts (system and user prompt texts, joined) of the versions with ids `ids` (null:
  // every version), for a store opened with `textsWhenAsked`. Null for every version without
  // either text column.
  private promptTexts(ids: readonly number[] | null): (id: number) => string | null {
    const v = this.schema.versionColumns;
    if (!v.has('system_prompt') && !v.has('user_prompt')) return () => null;
    // The texts are matched to versions by id: two versions sharing one could not be told apart.
    this.distinctIds ??=
      allRows(this.db, 'SELECT count(DISTINCT id) = count(*) FROM prompt_versions')[0]?.[0] === 1;
    if (!this.distinctIds)
      throw new StoreError(
        'corrupt',
        this.label,
        'two prompt versions share an id, or one has none (prompt_versions.id must be unique).',
      );
    // Ids that are not plain integers (a hand-made store) are matched as read: every text then.
    const plain = ids !== null && ids.every((id) => Number.isSafeInteger(id));
    const byId = new Map(
      allRows(
        this.db,
        `SELECT v.id, ${promptColumns(v)} FROM prompt_versions AS v ` +
          `${plain ? 'WHERE v.id IN (SELECT value FROM json_each(?)) ' : ''}LIMIT ?`,
        [...(plain ? [JSON.stringify(ids)] : []), MAX_VERSIONS + 1],
      ).map((r) => [Number(r[0]), promptTextOf(r, 1)]),
    );
    return (id) => byId.get(id) ?? null;
  }

  private versionTags(): Map<number, string[]> {
    const byVersion = new Map<number, string[]>();
    if (!this.schema.versionTags) return byVersion;
    for (const [id, tag] of allRows(
      this.db,
      `SELECT version_id, ${cappedText('tag', MAX_TAG)} FROM version_tags ` +
        'WHERE tag IS NOT NULL LIMIT 1000000',
    )) {
      const list = byVersion.get(Number(id)) ?? [];
      list.push(String(tag));
      byVersion.set(Number(id), list);
    }
    return byVersion;
  }
}

/**
 * A version's newest call from its span, as its query would find it (the first call in the
 * version index's order with the largest Julian day), when the span holds all `total` of its
 * calls or was read through all of them; else null.
 */
function newestOf(
  span: VersionSpan,
  total: number,
): { readonly lastJd: number | null; readonly lastId: number } | null {
  if (span.whole?.calls === total) return span.whole;
  if (span.n !== total) return null;
  let last = 0;
  for (let i = 1; i < span.n; i++) if (span.jds[i]! > span.jds[last]!) last = i;
  return { lastJd: span.jds[last]!, lastId: span.ids[last]! };
}
