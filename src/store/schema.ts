import type { Database } from 'sql.js';
import { METRICS, type Metric } from '../metrics.js';
import { StoreError, oneLine } from './errors.js';
import { allRows as rows, str } from './sql.js';

/** Columns of `prompt_versions` the reader uses; only the first four are required. */
const VERSION_COLUMNS = [
  'id',
  'name',
  'version',
  'timestamp',
  'system_prompt',
  'user_prompt',
  'git_commit',
  'tags',
] as const;

/** Columns of `prompt_metrics` the reader uses besides the metrics; the first three are required. */
const CALL_COLUMNS = [
  'id',
  'version_id',
  'timestamp',
  'model_name',
  'temperature',
  'max_tokens',
  'metadata',
] as const;

/** A column name from our own fixed lists: the only identifiers ever put into SQL text. */
export type KnownColumn =
  (typeof VERSION_COLUMNS)[number] | (typeof CALL_COLUMNS)[number] | Metric | 'tag';

/** What the store's schema offers, after it passed the checks. */
export interface StoreSchema {
  readonly versionColumns: ReadonlySet<KnownColumn>;
  /** Columns of prompt_metrics we know, metric columns included. */
  readonly callColumns: ReadonlySet<KnownColumn>;
  readonly metrics: ReadonlySet<Metric>;
  /** The optional `version_tags` table exists as a plain table with version_id and tag. */
  readonly versionTags: boolean;
}

const REQUIRED_TABLES = ['prompt_versions', 'prompt_metrics'] as const;

function columnsOf(db: Database, table: string): Set<string> {
  const names = rows(db, 'SELECT lower(name) FROM pragma_table_info(?)', [table]);
  return new Set(names.map((r) => String(r[0])));
}

function known<T extends KnownColumn>(present: Set<string>, list: readonly T[]): Set<T> {
  return new Set(list.filter((c) => present.has(c)));
}

/** Refuses a store whose schema is not one we can read safely; says what it offers otherwise. */
export function checkSchema(db: Database, label: string): StoreSchema {
  const triggers = rows(db, "SELECT name FROM sqlite_master WHERE type = 'trigger' LIMIT 5");
  if (triggers.length > 0)
    throw new StoreError(
      'trigger',
      label,
      `the store defines triggers (${oneLine(triggers.map((r) => String(r[0])).join(', '))}); ` +
        'Prompt Versioner creates none, so this is not a store as it writes them.',
    );
  const objects = new Map<string, { type: string; sql: string }>();
  const listed = rows(
    db,
    'SELECT lower(name), type, substr(sql, 1, 40) FROM sqlite_master ' +
      "WHERE lower(name) IN ('prompt_versions', 'prompt_metrics', 'version_tags')",
  );
  for (const [name, type, sql] of listed)
    objects.set(String(name), { type: String(type), sql: str(sql) ?? '' });
  for (const table of REQUIRED_TABLES) {
    const found = objects.get(table);
    if (!found)
      throw new StoreError(
        'missing_table',
        label,
        `it has no ${table} table; is this the Prompt Versioner store (.prompt_versions/db.sqlite)?`,
      );
    if (!isPlainTable(found))
      throw new StoreError(
        'not_a_table',
        label,
        `${table} is a ${found.type === 'table' ? 'virtual table' : found.type}, not a table.`,
      );
  }
  const versionColumns = columnsOf(db, 'prompt_versions');
  const callColumns = columnsOf(db, 'prompt_metrics');
  requireColumns(label, 'prompt_versions', versionColumns, VERSION_COLUMNS.slice(0, 4));
  requireColumns(label, 'prompt_metrics', callColumns, CALL_COLUMNS.slice(0, 3));
  const metrics = known(callColumns, METRICS);
  if (metrics.size === 0)
    throw new StoreError(
      'missing_column',
      label,
      `prompt_metrics has none of the metric columns ${METRICS.join(', ')}.`,
    );
  const tags = objects.get('version_tags');
  const tagColumns = tags && isPlainTable(tags) ? columnsOf(db, 'version_tags') : new Set();
  return {
    versionColumns: known(versionColumns, VERSION_COLUMNS),
    callColumns: known(callColumns, [...CALL_COLUMNS, ...METRICS]),
    metrics,
    versionTags: tagColumns.has('version_id') && tagColumns.has('tag'),
  };
}

// A virtual table is listed as type 'table' too; it would run module code on every read.
function isPlainTable(found: { type: string; sql: string }): boolean {
  return found.type === 'table' && !/^\s*CREATE\s+VIRTUAL/i.test(found.sql);
}

function requireColumns(
  label: string,
  table: string,
  present: Set<string>,
  required: readonly string[],
): void {
  const missing = required.filter((c) => !present.has(c));
  if (missing.length > 0)
    throw new StoreError(
      'missing_column',
      label,
      `${table} lacks the required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}.`,
    );
}
