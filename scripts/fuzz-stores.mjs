// Fuzzes the bundled CLI with damaged and hostile stores:
//   node scripts/fuzz-stores.mjs [--count 2000] [--seed 20261127] [--dist DIR] [--jobs 2]
//                                [--query-timeout-ms 4000] [--only N] [--keep DIR]
// Every case is a pure function of (seed, case number): --only N re-runs one, --keep DIR keeps
// its files. Without --dist a fresh bundle of the current sources is built first. Needs sqlite3.
//
// The oracle, for each case:
// - outcome (fuzz/run.mjs): a JSON report of the command's kind (exit 0/1, empty stderr) or
//   exactly one stderr line `pv-check: ...` without a stack trace (exit 2), before the hard
//   limit (query timeout plus a margin). A hang, a signal, another exit code, more than one
//   line, or a line naming a programming error (TypeError, ...) fails.
// - wrong data, when the CLI answered with a report: native sqlite3 (another SQLite build) must
//   find the file sound with PRAGMA integrity_check, and our report must equal, byte for byte,
//   the report on a clean copy of what native SQLite reads from the tables (.dump loaded into a
//   new file: every index rebuilt from its table), or the unmutated store's report when the
//   tables read the same. This catches answers that depend on damage SQLite would not read that
//   way: an index that disagrees with its table, a swapped or duplicated page that is still read,
//   stale free pages, header fields, lost or doubled rows.
//   It cannot catch a change that is valid data: a flipped bit inside a stored number or string
//   reads back, in both builds, as another well-formed value, and the report on it is right for
//   that data. Nor a misreading that both SQLite builds share, statistics that are wrong for right
//   data (the stats tests cover those), or a refusal where a report was possible (any one-line
//   error passes; refusals of files whose tables read unchanged are counted as "same data").
//   When native SQLite cannot dump the file, or the clean copy hits a limit, the report is
//   counted as unverified.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { COMMANDS, makeCase, runCase, runCli, writeFiles } from './fuzz/cases.mjs';
import { classify, fingerprint } from './fuzz/run.mjs';
import { baseStores } from './fuzz/stores.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The seed of record: `npm run fuzz` and the test use it, so a run can be repeated exactly. */
export const DEFAULT_SEED = 20261127;
// V8's optimising wasm tier changes speed, not results; without it a small case takes half the
// time (node otherwise waits at exit for that tier's background compilation).
const NODE_FLAGS = ['--liftoff-only'];

/** Runs `count` cases from `seed` (or only case `only`) against the bundle in `dist`. */
export async function runFuzz(o) {
  const started = performance.now();
  const work = mkdtempSync(path.join(tmpdir(), 'pv-fuzz-'));
  const ctx = {
    dist: o.dist,
    queryTimeoutMs: o.queryTimeoutMs ?? 4000,
    nodeFlags: o.nodeFlags ?? NODE_FLAGS,
    expected: new Map(),
    pristine: new Map(),
  };
  const stores = await baseStores();
  // The unmutated stores: their reports are the expectation whenever the data reads the same.
  for (const store of stores)
    for (const role of ['head', 'base']) {
      const dir = path.join(work, 'pristine');
      writeFiles(dir, store, role, store[role]);
      const fp = await fingerprint(path.join(dir, `${role}.sqlite`), dir);
      if (fp === null)
        throw new Error(`native sqlite3 cannot read the ${store.layout} ${role} store`);
      ctx.pristine.set(`${store.layout}|${role}`, fp);
      for (const [command, r] of COMMANDS)
        if (r === role) {
          const run = await runCli(ctx, dir, command);
          if (classify(command, run).outcome !== 'report')
            throw new Error(`no ${command} report on the ${store.layout} store: ${run.stderr}`);
          ctx.expected.set(`${store.layout}|${command}|${role}|${fp}`, run.stdout);
        }
    }
  const numbers = o.only !== undefined ? [o.only] : Array.from({ length: o.count }, (_, i) => i);
  const results = [];
  let next = 0;
  const lane = async (k) => {
    const slot = path.join(work, `slot${k}`);
    while (next < numbers.length) {
      const c = await makeCase(o.seed, numbers[next++], stores);
      if (o.keep) writeFiles(path.join(o.keep, `case-${c.n}`), c.store, c.role, c.bytes);
      const r = await runCase(ctx, slot, c);
      results.push(r);
      o.onResult?.(r, results.length, numbers.length);
    }
  };
  await Promise.all(Array.from({ length: o.jobs ?? 2 }, (_, k) => lane(k)));
  rmSync(work, { recursive: true, force: true });
  results.sort((a, b) => a.n - b.n);
  const tally = (f) => results.reduce((m, r) => ((m[f(r)] = (m[f(r)] ?? 0) + 1), m), {});
  return {
    seed: o.seed,
    cases: results.length,
    failures: results.filter((r) => r.failure),
    outcomes: tally((r) => (r.failure ? 'FAILURE' : r.outcome)),
    mutations: tally((r) => r.mutation.replace(/ \(instead of .*/, ' (fallback)')),
    slowestMs: Math.max(...results.map((r) => r.ms)),
    wallMs: Math.round(performance.now() - started),
  };
}

function option(args, name, fallback) {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
}

async function main(args) {
  let dist = option(args, 'dist');
  const built = dist ? null : mkdtempSync(path.join(tmpdir(), 'pv-fuzz-dist-'));
  if (built) {
    dist = path.join(built, 'dist');
    console.log(`Building the bundle into ${dist} ...`);
    execFileSync(process.execPath, ['scripts/build.mjs', '--out', dist], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  }
  const only = option(args, 'only');
  const summary = await runFuzz({
    dist: path.resolve(dist),
    seed: Number(option(args, 'seed', DEFAULT_SEED)),
    count: Number(option(args, 'count', 2000)),
    jobs: Number(option(args, 'jobs', 2)),
    queryTimeoutMs: Number(option(args, 'query-timeout-ms', 4000)),
    only: only === undefined ? undefined : Number(only),
    keep: option(args, 'keep'),
    onResult: (r, done, total) => {
      if (r.failure) console.log(`FAIL case ${r.n}: ${JSON.stringify(r)}`);
      if (done % 100 === 0 || done === total) console.log(`${done}/${total} cases`);
    },
  });
  if (built) rmSync(built, { recursive: true, force: true });
  console.log(JSON.stringify({ ...summary, failures: summary.failures.length }, null, 2));
  if (summary.failures.length > 0) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href)
  await main(process.argv.slice(2));
