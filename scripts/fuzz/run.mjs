// Running one case: the bundled CLI with a hard time limit, native sqlite3 as the independent
// reader, and the classification of what came out.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { clearTimeout, setTimeout } from 'node:timers';

// Enough for a dump of a store with a 20 MB row.
const MAX_OUTPUT = 96 * 1024 * 1024;

/** Runs a program with a hard limit: { code, signal, stdout, stderr, ms, killed }. */
export function runLimited(cmd, args, { cwd, timeoutMs, input }) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(cmd, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    let size = 0;
    const keep = (list) => (d) => {
      size += d.length;
      if (size <= MAX_OUTPUT) list.push(d);
    };
    child.stdout.on('data', keep(out));
    child.stderr.on('data', keep(err));
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdin.on('error', () => {});
    child.stdin.end(input ?? '');
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code,
        signal: killed ? null : signal,
        killed,
        stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString(),
        ms: performance.now() - started,
      });
    });
  });
}

// Refusal classes, from the one line the CLI printed; the first match wins.
const REFUSALS = [
  ['timeout', /took longer than/],
  ['memory', /needed more memory/],
  ['crash', /stopped unexpectedly/],
  ['not-sqlite', /not a SQLite database|file is empty/],
  ['truncated', /truncated/],
  ['corrupt', /corrupt|malformed|cannot read it/i],
  ['view-or-virtual', /is a (view|virtual table|index)/],
  ['trigger', /defines triggers/],
  ['schema', /has no \w+ table|lacks the required|none of the metric columns/],
  ['too-large', /limit; raise it|more than \d+ prompt versions/],
  ['wal', /WAL mode/],
  ['selection', /SelectionError|no version|not found/i],
];
// A programming error surfaced by data is a failure, however tidy its line.
const BUGS =
  /^pv-check: (TypeError|ReferenceError|RangeError|SyntaxError|AssertionError|Error: Cannot)/;

/**
 * Classifies one CLI run. A pass is exit 0/1 with a JSON report of the command's kind and an empty
 * stderr, or exit 2 with exactly one stderr line starting `pv-check: ` and no stack trace. Anything
 * else fails: a kill at the hard limit (a hang), a signal, another exit code, a multi-line or
 * stack-bearing stderr, a line that names a programming error.
 */
export function classify(kind, run) {
  if (run.killed) return { failure: `no exit within ${Math.round(run.ms)} ms (hang)` };
  if (run.signal) return { failure: `killed by ${run.signal}` };
  if (run.code === 0 || run.code === 1) {
    if (run.stderr !== '')
      return {
        failure: `exit ${run.code} with stderr ${JSON.stringify(run.stderr.slice(0, 200))}`,
      };
    try {
      const report = JSON.parse(run.stdout);
      if (report.schema === 1 && report.kind === kind) return { outcome: 'report' };
    } catch {
      // fall through
    }
    return { failure: `exit ${run.code} without a ${kind} JSON report` };
  }
  if (run.code !== 2) return { failure: `exit code ${run.code}: ${run.stderr.slice(0, 300)}` };
  const line = run.stderr.endsWith('\n') ? run.stderr.slice(0, -1) : run.stderr;
  if (line.includes('\n') || !line.startsWith('pv-check: ') || /\n\s+at /.test(run.stderr))
    return { failure: `stderr is not one line: ${JSON.stringify(run.stderr.slice(0, 400))}` };
  if (BUGS.test(line)) return { failure: `programming error: ${line.slice(0, 300)}` };
  const found = REFUSALS.find(([, re]) => re.test(line));
  return { outcome: `refused:${found ? found[0] : 'other'}`, line };
}

/** Runs native sqlite3 read-only on a file; null when it fails, errs or takes too long. */
export async function sqlite3(file, script, cwd, timeoutMs = 15_000) {
  const run = await runLimited('sqlite3', ['-readonly', '-batch', file], {
    cwd,
    timeoutMs,
    input: script,
  });
  return run.code === 0 && run.stderr === '' && !run.killed ? run.stdout : null;
}

// REALs in quote mode print with 20 significant digits: every bit of a double shows.
const DUMP = `.headers on
.mode quote
SELECT * FROM prompt_versions ORDER BY id;
SELECT '--';
SELECT * FROM prompt_metrics ORDER BY id;
SELECT '--';
SELECT * FROM version_tags ORDER BY id;
`;

/** What native SQLite reads from the tables we read, as a hash; null when it cannot. */
export async function fingerprint(file, cwd) {
  const dump = await sqlite3(file, DUMP, cwd);
  return dump === null ? null : createHash('sha256').update(dump).digest('hex');
}

/**
 * PRAGMA integrity_check by native SQLite: true for ok, false for damage or a file it cannot open.
 * Stricter than quick_check: an index that disagrees with its table is damage too, since queries
 * may read values from the index.
 */
export async function nativeIntegrityCheck(file, cwd) {
  return (await sqlite3(file, 'PRAGMA integrity_check(1);\n', cwd)) === 'ok\n';
}

const TABLES = ['prompt_versions', 'prompt_metrics', 'version_tags'];

/** Whether a TEXT value of the tables we read holds a NUL; true when it cannot tell. */
async function textWithNul(file, cwd) {
  const list = TABLES.map((t) => `SELECT '${t}', name FROM pragma_table_info('${t}');`);
  const columns = await sqlite3(file, `${list.join('\n')}\n`, cwd);
  if (columns === null) return true;
  const checks = columns
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('|'))
    .map(
      ([t, c]) =>
        `SELECT 1 FROM "${t}" WHERE typeof("${c}") = 'text' AND instr(CAST("${c}" AS BLOB), X'00') > 0`,
    );
  if (checks.length === 0) return false;
  const found = await sqlite3(file, `SELECT EXISTS (${checks.join(' UNION ALL ')});\n`, cwd);
  return found === null || found.trim() !== '0';
}

/**
 * Writes into `target` a clean copy of what native SQLite reads from `file`: its .dump loaded into
 * a new file, so every index is rebuilt from its table (VACUUM INTO would copy index pages as
 * they are). False when either step fails.
 */
export async function cleanCopy(file, target, cwd) {
  // The shell's .dump writes a text only as far as its first NUL: such a copy is not the data.
  if (await textWithNul(file, cwd)) return false;
  const dump = await sqlite3(file, '.dump\n', cwd);
  if (dump === null) return false;
  const load = await runLimited('sqlite3', ['-batch', '-bail', target], {
    cwd,
    timeoutMs: 30_000,
    input: dump,
  });
  return load.code === 0 && load.stderr === '' && !load.killed;
}
