import type { Database } from 'sql.js';
import { StoreError, oneLine } from './errors.js';
import { DEFAULT_MAX_STORE_BYTES, checkHeader } from './header.js';
import { SqliteStore } from './reader.js';
import { checkSchema, type StoreSchema } from './schema.js';
import { loadSqlJs } from './sqljs.js';
import type { StoreReader, StoreTotalsReader, StoreTrendReader } from './types.js';

/** How to open a store. */
export interface OpenStoreOptions {
  /** What the user calls this store in messages (its path or artifact name). */
  readonly label: string;
  /** Refuse larger files (default 512 MiB). */
  readonly maxBytes?: number;
  /** A non-empty `<path>-wal` file lies beside the store (see readStoreFile). */
  readonly walPresent?: boolean;
}

/** An opened database that passed every check, and what its schema offers. */
export interface CheckedDatabase {
  readonly db: Database;
  readonly schema: StoreSchema;
}

/** A store as the analysis reads it. */
export type Store = StoreReader & StoreTrendReader & StoreTotalsReader;

/**
 * Opens the bytes of a store read-only and checks them before anything trusts them.
 * sql.js copies the bytes into its own file system; the caller's array is neither kept nor changed.
 */
export async function openDatabase(
  bytes: Uint8Array,
  options: OpenStoreOptions,
): Promise<CheckedDatabase> {
  const { label } = options;
  checkHeader(bytes, label, {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_STORE_BYTES,
    walPresent: options.walPresent ?? false,
  });
  const SQL = await loadSqlJs();
  const db = new SQL.Database(bytes);
  try {
    // Before any other statement: no write can happen, and the schema's own SQL (views,
    // defaults, indexes on expressions) may call only functions that are safe to call.
    db.run('PRAGMA query_only = ON');
    db.run('PRAGMA trusted_schema = OFF');
    quickCheck(db, label);
    return { db, schema: checkSchema(db, label) };
  } catch (error) {
    db.close();
    if (error instanceof StoreError) throw error;
    throw new StoreError('corrupt', label, `SQLite cannot read it (${reason(error)}).`);
  }
}

/** Opens a store's bytes: checked, read-only, ready for queries. */
export async function openStore(bytes: Uint8Array, options: OpenStoreOptions): Promise<Store> {
  const { db, schema } = await openDatabase(bytes, options);
  return new SqliteStore(db, schema, options.label);
}

function quickCheck(db: Database, label: string): void {
  let first: unknown;
  try {
    first = db.exec('PRAGMA quick_check(1)')[0]?.values[0]?.[0];
  } catch (error) {
    throw new StoreError('corrupt', label, `the SQLite file is corrupt (${reason(error)}).`);
  }
  if (first !== 'ok')
    throw new StoreError(
      'corrupt',
      label,
      `the SQLite file is corrupt (quick_check: ${oneLine(String(first))}).`,
    );
}

function reason(error: unknown): string {
  return oneLine(error instanceof Error ? error.message : String(error));
}
