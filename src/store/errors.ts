/** Why a store was refused; stable strings that callers and tests can match on. */
export type StoreErrorCode =
  | 'unreadable'
  | 'empty'
  | 'not_sqlite'
  | 'too_large'
  | 'truncated'
  | 'corrupt'
  | 'changed'
  | 'wal_pending'
  | 'hot_journal'
  | 'missing_table'
  | 'not_a_table'
  | 'trigger'
  | 'missing_column'
  | 'too_many_versions';

/** Text from a file or the user, made safe for a one-line message: no control characters, capped. */
export function oneLine(text: string, max = 200): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

import { UserError } from '../errors.js';

/** A store we refuse to read, with a one-line message that names the file and what to do. */
export class StoreError extends UserError {
  override readonly name = 'StoreError';

  constructor(
    readonly code: StoreErrorCode,
    readonly label: string,
    problem: string,
    /** SQLite's own message, when SQLite failed (`out of memory` tells its heap limit from damage). */
    readonly sqlite?: string,
  ) {
    super(`Cannot read store ${JSON.stringify(oneLine(label))}: ${problem}`);
  }
}
