// Calls' stored timestamps by rowid, read from the calls table's pages: a few seeks down the
// b-tree in JavaScript instead of a query each (a report asks for the first and last call of every
// sample it reads). Where the pages cannot say what the query would, the query answers.
import type { Database } from 'sql.js';
import { Decline, QUERIES_BEFORE_WALK } from './pages.js';
import { MAX_TIMESTAMP, timestampsById, verifyReads } from './sql.js';
import { CallsPages } from './table-walk.js';

const readers = new WeakMap<Database, CallsPages | null>();
const asked = new WeakMap<Database, number>();

/**
 * The timestamps of the calls with these ids, as `timestampsById` (sql.ts) gives them: text, at
 * most MAX_TIMESTAMP characters; ids the table lacks, and calls without a text timestamp, absent.
 */
export function timestampsOf(db: Database, ids: readonly number[]): Map<number, string> {
  const wanted = Float64Array.from(new Set(ids.filter((id) => Number.isSafeInteger(id)))).sort();
  const out = new Map<number, string>();
  if (wanted.length === 0) return out;
  const n = (asked.get(db) ?? 0) + 1;
  asked.set(db, n);
  const reader = n > QUERIES_BEFORE_WALK ? readerOf(db) : null;
  if (reader) {
    try {
      reader.seek(wanted, (numbers, names) => {
        const at = names[1];
        if (typeof at === 'string') out.set(numbers[0]!, at);
      });
      verifyReads(db);
      return out;
    } catch (error) {
      // An id the table lacks, a timestamp that is not text, ...: the query says.
      if (!(error instanceof Decline)) throw error;
    }
  }
  return timestampsById(db, ids);
}

// The walk that reads a call's id and timestamp text, made once per store (null: none).
function readerOf(db: Database): CallsPages | null {
  let reader = readers.get(db);
  if (reader !== undefined) return reader;
  try {
    // Text of up to MAX_TIMESTAMP bytes, never coded: the text itself.
    reader = new CallsPages(db, [
      { kind: 'id' },
      { kind: 'name', name: 'timestamp', cap: MAX_TIMESTAMP, codes: [], maxCodes: 0 },
    ]);
  } catch (error) {
    if (!(error instanceof Decline)) throw error;
    reader = null;
  }
  readers.set(db, reader);
  return reader;
}
