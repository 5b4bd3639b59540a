// A version's prompt texts as versions are told apart by: read up to a cap, and, where SQLite's
// text stops short of the whole value (a NUL, or past the cap), with a trace of the rest.
import type { SqlValue } from 'sql.js';
import type { KnownColumn } from './schema.js';
import { column, str } from './sql.js';

/** Characters of each prompt column read as text. */
export const MAX_PROMPT = 1_000_000;
/** Bytes at the end of a cut text that stand for the part not read. */
const TAIL_BYTES = 4096;

// One prompt column: its text up to the cap (which a NUL in it also ends: sql.js hands a text
// over as far as its first NUL), then, only for a text cut there, its length in bytes and the
// hex of its last bytes, so that two texts differing past the cut (an instruction appended to a
// million-character manual, a word after a NUL) are not taken for one.
function promptColumn(present: ReadonlySet<KnownColumn>, col: KnownColumn): string {
  const c = column(present, col);
  if (c === 'NULL') return 'NULL, NULL';
  const bytes = `CAST(${c} AS BLOB)`;
  return (
    `substr(${c}, 1, ${MAX_PROMPT}), ` +
    `CASE WHEN instr(${bytes}, X'00') > 0 OR length(${c}) > ${MAX_PROMPT} ` +
    `THEN length(${bytes}) || ':' || hex(substr(${bytes}, -${TAIL_BYTES})) END`
  );
}

/** The four result columns of the system and user prompts, for promptTextOf. */
export function promptColumns(present: ReadonlySet<KnownColumn>): string {
  return `${promptColumn(present, 'system_prompt')}, ${promptColumn(present, 'user_prompt')}`;
}

/** The text a version is compared by, from the four columns of promptColumns at `at`. */
export function promptTextOf(row: readonly SqlValue[], at: number): string {
  const [system, systemCut, user, userCut] = [0, 1, 2, 3].map((i) => str(row[at + i]));
  const text = `${system ?? ''}\0${user ?? ''}`;
  return systemCut === null && userCut === null
    ? text
    : `${text}\0cut\0${systemCut ?? ''}\0${userCut ?? ''}`;
}
