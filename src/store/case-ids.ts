import type { Database, SqlValue } from 'sql.js';
import { shortSha256 } from '../hash.js';
import type { Metric } from '../metrics.js';
import type { StoreSchema } from './schema.js';
import { allRows, column, type Param } from './sql.js';
import type { MetadataHint, SampleCases } from './types.js';

/**
 * Characters of a call's metadata parsed at most: each call's is parsed on every read, so this
 * bounds the work of a store that stuffs megabytes into it. Longer metadata counts as having no
 * case id, and is counted apart (SampleCases.tooLong) so that the report can say why.
 */
export const MAX_METADATA = 100_000;
/**
 * json_valid()'s flag for JSON5 text: Python's json.dumps writes a float NaN or infinity as
 * `NaN` or `Infinity`, which strict JSON lacks, so one such value in a call's metadata would
 * hide its case id.
 */
const JSON_TEXT = 2;

/**
 * Characters of a case id kept as they are (its JSON text); a longer one (a case named by its
 * whole input) is kept as its start and a hash of all of it, so that two cases that differ only
 * past this point stay two cases.
 */
export const MAX_CASE_ID = 1000;

/** The JSON path of one top-level key, quoted so that dots, spaces and `$` are literal. */
export function casePath(key: string): string {
  if (key.includes('"') || key.includes('\\')) {
    throw new RangeError(`a case key must not contain '"' or '\\', got ${JSON.stringify(key)}`);
  }
  return `$."${key}"`;
}

/**
 * A result column with the case id of a call: the JSON text of `metadata`'s key (so `"7"` and
 * `7` stay different cases); the integer 0 when the metadata is text longer than MAX_METADATA
 * (not read); NULL when the key is absent or JSON null, or the metadata is not text or not valid
 * JSON5 (metadata is untrusted: SQLite's JSON functions would fail
 * the whole query on malformed text, so validity is checked first). Binds one parameter.
 */
export function caseIdColumn(schema: StoreSchema, key: string): { sql: string; params: Param[] } {
  const meta = column(schema.callColumns, 'metadata');
  if (meta === 'NULL') return { sql: 'NULL', params: [] };
  return {
    sql:
      `CASE WHEN typeof(${meta}) <> 'text' THEN NULL WHEN length(${meta}) > ${MAX_METADATA} THEN 0 ` +
      `WHEN json_valid(${meta}, ${JSON_TEXT}) THEN nullif(${meta} -> ?, 'null') END`,
    params: [casePath(key)],
  };
}

/** Top-level keys of the metadata listed at most in a hint, and characters kept of each. */
const HINT_KEYS = 5;
const HINT_KEY_CHARS = 100;

/**
 * What the metadata of a version's calls holds, for when none has the case key: its most common
 * top-level keys (a misspelt `pair-by` shows beside the right one) and how many calls carry
 * metadata that is not a JSON object.
 */
export function metadataHint(db: Database, schema: StoreSchema, versionId: number): MetadataHint {
  const meta = column(schema.callColumns, 'metadata');
  if (meta === 'NULL') return { keys: [], unusable: 0 };
  const usable = `typeof(${meta}) = 'text' AND length(${meta}) <= ${MAX_METADATA} AND json_valid(${meta}, ${JSON_TEXT})`;
  const keys = allRows(
    db,
    `SELECT substr(j.key, 1, ${HINT_KEY_CHARS}) FROM prompt_metrics AS m, ` +
      `json_each(CASE WHEN ${usable} AND json_type(${meta}) = 'object' THEN ${meta} END) AS j ` +
      `WHERE m.version_id = ? GROUP BY j.key ORDER BY count(*) DESC, j.key LIMIT ${HINT_KEYS}`,
    [versionId],
  ).map((r) => String(r[0]));
  const [row] = allRows(
    db,
    `SELECT count(*) FROM prompt_metrics WHERE version_id = ? AND ${meta} IS NOT NULL ` +
      `AND NOT (${usable} AND json_type(${meta}) = 'object')`,
    [versionId],
  );
  return { keys, unusable: Number(row?.[0] ?? 0) };
}

/** Collects the case id of every metric value as it is read, coding ids as small integers. */
export class CaseCollector {
  private readonly ids: string[] = [];
  private readonly codeOf = new Map<string, number>();
  private readonly codes: number[][];
  private without = 0;
  private tooLong = 0;

  constructor(private readonly metrics: readonly Metric[]) {
    this.codes = metrics.map(() => []);
  }

  /** The code of a row's case id (-1 for none); counts rows without one, and those unread. */
  code(read: SqlValue | undefined): number {
    if (typeof read !== 'string') {
      this.without += 1;
      // caseIdColumn's 0: metadata too long to read.
      if (read === 0) this.tooLong += 1;
      return -1;
    }
    const value =
      read.length > MAX_CASE_ID
        ? `${read.slice(0, MAX_CASE_ID)}… (sha256 ${shortSha256(read)})`
        : read;
    let code = this.codeOf.get(value);
    if (code === undefined) {
      code = this.ids.length;
      this.ids.push(value);
      this.codeOf.set(value, code);
    }
    return code;
  }

  /** Records the case of the value just pushed for the i-th metric. */
  push(metricIndex: number, code: number): void {
    this.codes[metricIndex]!.push(code);
  }

  /** The collected cases. */
  finish(): SampleCases {
    const codes: Partial<Record<Metric, Int32Array>> = {};
    this.metrics.forEach((m, i) => (codes[m] = Int32Array.from(this.codes[i]!)));
    return {
      ids: this.ids,
      codes,
      withoutKey: this.without,
      ...(this.tooLong > 0 ? { tooLong: this.tooLong } : {}),
    };
  }
}
