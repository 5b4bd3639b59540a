// Above the full-check size the calls table is not integrity-checked up front (it would cost more
// than the analysis), but every per-version read goes through an index on prompt_metrics, and
// SQLite reads indexed columns from the index, not the table: an index built on another column
// (a forged b-tree under the `CREATE INDEX ... (version_id)` text) hands one version's calls to
// another without any error. So each index on prompt_metrics is checked against the table in one
// pass: every row must have its entry (the index searched for the row's own values and rowid),
// and the index must hold no more entries than the table has rows. The cost is a scan of the
// table and a seek per row for each index: see the README's Performance section.
import type { Database } from 'sql.js';
import { StoreError, oneLine } from './errors.js';
import { allRows as rows } from './sql.js';

/** An identifier SQLite gave us (an index or column name), quoted so it stays one identifier. */
function quoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function unchecked(label: string, name: string): StoreError {
  return new StoreError(
    'unchecked_index',
    label,
    `prompt_metrics has an index that cannot be checked cheaply at this size (${oneLine(name, 80)}: ` +
      'on an expression, partial, or with its own collation; Prompt Versioner creates none ' +
      'such); drop it (sqlite3 STORE "DROP INDEX ...") and try again.',
  );
}

// A seek per row, or the check would cost a scan of the index per row; SQLite refuses an
// INDEXED BY it cannot use (a collation of its own) with an error.
function seeks(db: Database, sql: string): boolean {
  try {
    return rows(db, `EXPLAIN QUERY PLAN ${sql}`).some((r) =>
      /^SEARCH i\b.* USING (COVERING )?INDEX /.test(String(r[3])),
    );
  } catch {
    return false;
  }
}

/**
 * Refuses a store whose indexes on prompt_metrics disagree with the table, or whose indexes
 * cannot be checked this way (on an expression, or partial: Prompt Versioner creates neither).
 */
export function checkCallIndexes(db: Database, label: string): void {
  const indexes = rows(db, "SELECT name, partial FROM pragma_index_list('prompt_metrics')");
  if (indexes.length === 0) return;
  const tableRows = Number(rows(db, 'SELECT count(*) FROM prompt_metrics NOT INDEXED')[0]?.[0]);
  for (const [rawName, partial] of indexes) {
    const name = String(rawName);
    const keys = rows(
      db,
      'SELECT cid, name FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno',
      [name],
    );
    if (Number(partial) !== 0 || keys.some(([cid]) => Number(cid) < 0))
      throw unchecked(label, name);
    const index = quoted(name);
    // count(rowid), not count(*): SQLite counts a count(*) on whichever index is smallest.
    const entries = Number(
      rows(db, `SELECT count(rowid) FROM prompt_metrics INDEXED BY ${index}`)[0]?.[0],
    );
    // Each row of the table seeks its own entry; EXISTS counts it once even if a forged index
    // holds its entry twice (in place of another row's, which the entry count would not show).
    const match = keys.map(([, col]) => `i.${quoted(String(col))} IS t.${quoted(String(col))}`);
    const join =
      'SELECT count(*) FROM prompt_metrics AS t NOT INDEXED WHERE EXISTS (SELECT 1 FROM ' +
      `prompt_metrics AS i INDEXED BY ${index} WHERE ${[...match, 'i.rowid = t.rowid'].join(' AND ')})`;
    if (!seeks(db, join)) throw unchecked(label, name);
    const found = Number(rows(db, join)[0]?.[0]);
    if (found !== tableRows || entries !== tableRows)
      throw new StoreError(
        'corrupt',
        label,
        `the SQLite file is corrupt: the index ${oneLine(name, 80)} on prompt_metrics does not ` +
          `match the table (${tableRows} rows, ${entries} index entries, ${found} rows found ` +
          'through it); rebuild it with sqlite3 STORE "REINDEX".',
      );
  }
}
