// --output: where the JSON report is also written. Checked before any store is read, so that a
// mistyped path fails at once and never replaces a store (or its journal) with a report.
import {
  accessSync,
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readlinkSync,
  readSync,
  realpathSync,
  statSync,
  type Stats,
} from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../config/parse.js';
import { SQLITE_MAGIC_BYTES, startsAsSqlite } from '../store/header.js';

/** Files SQLite keeps beside a store: writing over one of them damages the store too. */
const COMPANIONS = ['', '-journal', '-wal', '-shm'];

/** Whether two files' stats are of one file (a link, a hard link, another spelling of the path). */
export function oneFile(a: Stats | null, b: Stats | null): boolean {
  return a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;
}

function fdStat(fd: number): Stats | null {
  try {
    return fstatSync(fd);
  } catch {
    return null;
  }
}

export function statOrNull(file: string): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

// Whether this process may write `file` (a folder: create files in it), asked before any store is
// read: a report made and then thrown away at the end would waste the whole run.
function writable(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

// Whether `file` is a SQLite database (by its header); false when it cannot be read.
function isDatabase(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const head = new Uint8Array(SQLITE_MAGIC_BYTES);
    return readSync(fd, head, 0, head.length, 0) === head.length && startsAsSqlite(head);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

// Links followed hop by hop: where writing `file` creates a file when it is a link to a path that
// does not exist yet (a link into a missing folder among them). As many hops as Linux follows.
function linkTarget(file: string): string {
  let at = path.resolve(file);
  for (let hop = 0; hop < 40; hop++) {
    try {
      if (!lstatSync(at).isSymbolicLink()) return at;
      at = path.resolve(path.dirname(at), readlinkSync(at));
    } catch {
      return at;
    }
  }
  return at;
}

// The path with its folder's links resolved (the file itself may not exist yet).
function resolved(file: string): string {
  const abs = path.resolve(file);
  try {
    return path.join(realpathSync(path.dirname(abs)), path.basename(abs));
  } catch {
    return abs;
  }
}

/**
 * Refuses an --output that is a folder, lies in a folder that does not exist, is one of the
 * stores read (or a file SQLite keeps beside one), or is any other SQLite database (or a file
 * SQLite keeps beside one, such as the store the library writes, given by mistake): the report
 * would replace it.
 */
export function checkOutput(
  output: string,
  stores: readonly string[],
  stdout: Stats | null = fdStat(1),
): void {
  if (output === '-')
    throw new ConfigError(
      "--output - would be a file named '-': the report goes to standard output without --output (with --format json for the JSON report).",
    );
  const target = statOrNull(output);
  if (target?.isDirectory())
    throw new ConfigError(
      `--output ${JSON.stringify(output)} is a folder: give a file path, such as ${JSON.stringify(path.join(output, 'report.json'))}.`,
    );
  const dest = target ? path.resolve(output) : linkTarget(output);
  if (!statOrNull(path.dirname(dest))?.isDirectory())
    throw new ConfigError(
      dest === path.resolve(output)
        ? `--output ${JSON.stringify(output)}: its folder does not exist; create it first, or give another path.`
        : `--output ${JSON.stringify(output)} is a link to ${JSON.stringify(dest)}, whose folder does not exist; create it first, or give another path.`,
    );
  if (!writable(target ? output : path.dirname(dest)))
    throw new ConfigError(
      `--output ${JSON.stringify(output)}: ${target ? 'the file' : 'its folder'} is not writable by this user; give another path.`,
    );
  // The report printed and the JSON written into one file (`--output /dev/stdout > file`) leave
  // neither whole.
  if (oneFile(target, stdout))
    throw new ConfigError(
      `--output ${JSON.stringify(output)} is where standard output goes: the report printed there would mix with the JSON; leave out --output and give --format json, or write the JSON to another file.`,
    );
  const out = resolved(output);
  for (const store of stores) {
    const real = (() => {
      try {
        return realpathSync(store);
      } catch {
        return resolved(store);
      }
    })();
    const storeStat = statOrNull(store);
    const same = COMPANIONS.some((suffix) => out === real + suffix) || oneFile(target, storeStat);
    if (same)
      throw new ConfigError(
        `--output ${JSON.stringify(output)} is the store ${JSON.stringify(store)} or a file SQLite keeps beside it: the report would overwrite it; give another file, such as report.json.`,
      );
  }
  const database = COMPANIONS.find((suffix) =>
    suffix === ''
      ? target?.isFile() && isDatabase(output)
      : out.endsWith(suffix) && isDatabase(out.slice(0, -suffix.length)),
  );
  if (database !== undefined)
    throw new ConfigError(
      `--output ${JSON.stringify(output)} is ${database === '' ? 'a SQLite database (a store?)' : 'a file SQLite keeps beside a database'}: the report would replace it; give another file, such as report.json.`,
    );
}

/** Writes the report to --output; a failure is one line naming the option and the path. */
export async function writeOutput(output: string, text: string): Promise<void> {
  try {
    await writeFile(output, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'an error';
    throw new ConfigError(
      `--output ${JSON.stringify(output)} could not be written (${code}): check that the path is a file you may write.`,
    );
  }
}
