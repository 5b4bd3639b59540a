import type { Database } from 'sql.js';
import { METRICS, type Metric } from '../metrics.js';
import { StoreError, oneLine } from './errors.js';
import { allRows as rows } from './sql.js';

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
  'error_message',
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
  // SQLite's own word on what each object is: the schema's SQL text can hide `VIRTUAL` behind a
  // comment (`CREATE/**/VIRTUAL TABLE`), and table_list reads the parsed schema, not the text.
  const objects = new Map<string, string>();
  const listed = rows(
    db,
    "SELECT lower(name), type FROM pragma_table_list WHERE schema = 'main' " +
      "AND lower(name) IN ('prompt_versions', 'prompt_metrics', 'version_tags')",
  );
  for (const [name, type] of listed) objects.set(String(name), String(type));
  for (const table of REQUIRED_TABLES) {
    const type = objects.get(table);
    if (type === undefined)
      throw new StoreError(
        'missing_table',
        label,
        `it has no ${table} table; is this the Prompt Versioner store (.prompt_versions/db.sqlite)?`,
      );
    if (type !== 'table')
      throw new StoreError('not_a_table', label, `${table} is a ${kindOf(type)}, not a table.`);
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
  const tagColumns =
    objects.get('version_tags') === 'table' ? columnsOf(db, 'version_tags') : new Set();
  return {
    versionColumns: known(versionColumns, VERSION_COLUMNS),
    callColumns: known(callColumns, [...CALL_COLUMNS, ...METRICS]),
    metrics,
    versionTags: tagColumns.has('version_id') && tagColumns.has('tag'),
  };
}

// A virtual table would run its module's code on every read; a shadow table belongs to one.
function kindOf(type: string): string {
  if (type === 'virtual') return 'virtual table';
  if (type === 'shadow') return 'shadow table of a virtual table';
  return oneLine(type);
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

/** One column of prompt_metrics as SQLite parsed it, in the order a record stores the columns. */
export interface CallsColumn {
  /** Lower case. */
  readonly name: string;
  /** The declared type, upper case. */
  readonly type: string;
  /** The default's SQL text; null without one. */
  readonly dflt: string | null;
  /** Its place in the primary key (0: not in it). */
  readonly pk: number;
  /** 0 for a stored column; generated or hidden columns otherwise. */
  readonly hidden: number;
}

/** prompt_metrics as SQLite parsed it (see callsTable). */
export interface CallsTable {
  readonly rowid: boolean;
  readonly sql: string;
  readonly columns: readonly CallsColumn[];
}

// Read once per store: each page walk set up asks (a health report sets up five), and a
// read-only store's schema does not change.
const tables = new WeakMap<Database, CallsTable | null>();

/**
 * prompt_metrics as SQLite parsed it, for readers that answer without a query and must know it
 * is the plain table the library writes: whether it is a rowid table, its CREATE text, and its
 * columns. Null when there is no such table.
 */
export function callsTable(db: Database): CallsTable | null {
  let table = tables.get(db);
  if (table === undefined) tables.set(db, (table = readCallsTable(db)));
  return table;
}

function readCallsTable(db: Database): CallsTable | null {
  const [table] = rows(
    db,
    "SELECT wr, (SELECT sql FROM sqlite_schema WHERE type = 'table' AND lower(name) = 'prompt_metrics') " +
      "FROM pragma_table_list WHERE schema = 'main' AND lower(name) = 'prompt_metrics'",
  );
  if (!table) return null;
  const columns = rows(
    db,
    "SELECT lower(name), upper(type), dflt_value, pk, hidden FROM pragma_table_xinfo('prompt_metrics')",
  ).map(([name, type, dflt, pk, hidden]) => ({
    name: String(name),
    type: String(type ?? ''),
    dflt: dflt === null ? null : String(dflt),
    pk: Number(pk),
    hidden: Number(hidden),
  }));
  return { rowid: table[0] === 0, sql: String(table[1] ?? ''), columns };
}
