import type { Database } from 'sql.js';
import { StoreError, oneLine } from './errors.js';
import { DEFAULT_MAX_STORE_BYTES, checkHeader, shellQuote } from './header.js';
import { applyRollback, readJournal } from './journal.js';
import { SqliteStore } from './reader.js';
import { LazyFile, readInPlace } from './lazy.js';
import { checkSchema, type StoreSchema } from './schema.js';
import { guardQueries } from './sql.js';
import { registerPages } from './pages.js';
import { loadSqlJs } from './sqljs.js';
import type {
  StoreDigestReader,
  StoreReader,
  StoreTotalsReader,
  StoreTrendReader,
} from './types.js';

/** How to open a store. */
export interface OpenStoreOptions {
  /** What the user calls this store in messages (its path or artifact name). */
  readonly label: string;
  /** Refuse larger files (default 512 MiB). */
  readonly maxBytes?: number;
  /** A non-empty `<path>-wal` file lies beside the store (see openStoreFile). */
  readonly walPresent?: boolean;
  /**
   * The `-journal` file beside the store, when there is one: a hot journal (a writer killed
   * inside a transaction) is rolled back in memory, so that only committed data is read.
   */
  readonly journal?: Uint8Array;
  /**
   * Read the versions' prompt texts when one is first asked for, not with the versions: for the
   * reports that never match versions by their content (health, summary).
   */
  readonly textsWhenAsked?: boolean;
}

/** An opened database that passed every check, and what its schema offers. */
interface CheckedDatabase {
  readonly db: Database;
  readonly schema: StoreSchema;
  /** What a report says of how the store was read (a hot journal rolled back). */
  readonly notes: readonly string[];
}

/** A store as the analysis reads it. */
export type Store = StoreReader & StoreTrendReader & StoreTotalsReader & StoreDigestReader;

/**
 * Up to this size every page is checked before the first query (PRAGMA integrity_check, about
 * 15 ms per MiB). Above it, reading the whole file would cost more than the analysis: the small
 * tables are checked up front and the calls table page by page as queries read it.
 */
export const FULL_CHECK_MAX_BYTES = 8 * 1024 * 1024;

/**
 * SQLite's page cache (KiB). The health report reads each live version's calls several times
 * through the version index; its pages are scattered over the file, so they must stay cached.
 */
const CACHE_KIB = 32 * 1024;

/**
 * Opens a store read-only and checks it before anything trusts it: bytes in memory (sql.js reads
 * them in place, no copy, and never writes to them) or a file read page by page as queries need it.
 */
export async function openDatabase(
  source: Uint8Array | LazyFile,
  options: OpenStoreOptions,
): Promise<CheckedDatabase> {
  const { label } = options;
  const { input, restored } = committedState(source, options);
  const file = input instanceof LazyFile ? input : null;
  const size = file ? file.size : (input as Uint8Array).length;
  checkHeader(file ? file.head(100) : (input as Uint8Array), size, label, {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_STORE_BYTES,
    walPresent: options.walPresent ?? false,
    onDisk: file !== null,
  });
  const SQL = await loadSqlJs();
  const pages = file ? file.pages() : (input as Uint8Array);
  const db = new SQL.Database(readInPlace(pages));
  registerPages(db, pages);
  try {
    // Before any other statement: no write can happen, and the schema's own SQL (views,
    // defaults, indexes on expressions) may call only functions that are safe to call.
    db.run('PRAGMA query_only = ON');
    db.run('PRAGMA trusted_schema = OFF');
    // Every b-tree page is checked as it is read, so a damaged page fails its query.
    db.run('PRAGMA cell_size_check = ON');
    db.run(`PRAGMA cache_size = -${CACHE_KIB}`);
    // Sorts and temporary b-trees (GROUP BY, ORDER BY) in SQLite's own heap, under its hard heap
    // limit, not in temporary files that sql.js keeps in JS memory and grows by copying: at 10M
    // rows the health report peaked at 363 MB with files, 245 MB without, and ran faster.
    db.run('PRAGMA temp_store = MEMORY');
    guardQueries(db, file ?? { label, verify: () => undefined });
    integrityCheck(db, label, size <= FULL_CHECK_MAX_BYTES ? null : 'sqlite_schema');
    const schema = checkSchema(db, label);
    if (size > FULL_CHECK_MAX_BYTES) {
      integrityCheck(db, label, 'prompt_versions');
      if (schema.versionTags) integrityCheck(db, label, 'version_tags');
    }
    file?.verify();
    return { db, schema, notes: restored === null ? [] : [rolledBackNote(label, restored)] };
  } catch (error) {
    db.close();
    if (error instanceof StoreError) throw error;
    throw new StoreError('corrupt', label, `SQLite cannot read it (${reason(error)}).`, raw(error));
  }
}

/** How to recover a store whose journal cannot be played back here. */
function recoverHint(source: Uint8Array | LazyFile, label: string): string {
  const open =
    source instanceof LazyFile
      ? `run sqlite3 ${shellQuote(oneLine(label))} 'PRAGMA integrity_check'`
      : "open the store once with sqlite3 (e.g. sqlite3 db.sqlite 'PRAGMA integrity_check') before it is uploaded or committed";
  return `${open}: SQLite rolls the journal back; then retry.`;
}

/**
 * What a report says of a store read with its hot journal rolled back: the calls the killed
 * writer was logging are not in it, which the counts alone would not show.
 */
export function rolledBackNote(label: string, pages: number): string {
  return `Store ${JSON.stringify(oneLine(label))}: a -journal from an interrupted write was rolled back (${pages} ${pages === 1 ? 'page' : 'pages'} put back), as SQLite does: the calls of the transaction that was interrupted are not counted. If the evaluation was killed (a timeout), run it again to log them.`;
}

// SQLite itself rolls a hot journal back before its first read; a reader that ignored it would
// read the pages of a transaction that never committed. Only the committed state is read;
// `restored` is the count of pages the journal put back, null when none was rolled back.
function committedState(
  source: Uint8Array | LazyFile,
  options: OpenStoreOptions,
): { input: Uint8Array | LazyFile; restored: number | null } {
  if (!options.journal) return { input: source, restored: null };
  const rollback = readJournal(options.journal, options.label, recoverHint(source, options.label));
  if (!rollback) return { input: source, restored: null };
  if (rollback.pages === 0)
    throw new StoreError(
      'empty',
      options.label,
      'a writer was interrupted inside the transaction that created it (it left a rollback journal, -journal): nothing was ever committed.',
    );
  const restored = rollback.original.size;
  if (source instanceof LazyFile) {
    source.rollBack(rollback);
    return { input: source, restored };
  }
  return { input: applyRollback(source, rollback), restored };
}

/** Opens a store's bytes, or a file read page by page: checked, read-only, ready for queries. */
export async function openStore(
  source: Uint8Array | LazyFile,
  options: OpenStoreOptions,
): Promise<Store> {
  const { db, schema, notes } = await openDatabase(source, options);
  const file = source instanceof LazyFile ? source : null;
  return new SqliteStore(db, schema, options.label, () => file?.close(), {
    textsWhenAsked: options.textsWhenAsked ?? false,
    notes,
  });
}

// `table` null: the whole file; else that table and its indexes (names from our own list).
// integrity_check, not quick_check: queries read values from indexes (a covering scan reads
// names from an index, not the table), so an index that disagrees with its table would put
// wrong data in a report without any error. Found by the store fuzzer; it costs little more.
function integrityCheck(db: Database, label: string, table: string | null): void {
  let first: unknown;
  try {
    first = db.exec(`PRAGMA integrity_check(${table ?? 1})`)[0]?.values[0]?.[0];
  } catch (error) {
    throw new StoreError(
      'corrupt',
      label,
      `the SQLite file is corrupt (${reason(error)}).`,
      raw(error),
    );
  }
  if (first !== 'ok')
    throw new StoreError(
      'corrupt',
      label,
      `the SQLite file is corrupt (integrity_check: ${oneLine(String(first))}).`,
    );
}

function raw(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function reason(error: unknown): string {
  return oneLine(raw(error));
}
