// npm run bench [-- --sizes 10000,1000000,10000000] [--runs 5] [--big-runs 3] [--out FILE]
//                 [--dist DIR] [--dir DIR]
//
// Times `pv-check compare` (a pull-request pair), `pv-check health` and `pv-check summary` on
// stores of growing size,
// side by side with the native sqlite3 command line computing per-version count and means with
// one GROUP BY over the same file: the floor for touching the data. Each command runs --runs
// times, interleaved so that a busy machine slows all of them alike; medians are quoted, and the
// peak memory is the largest seen. Prints a Markdown table and writes it all as JSON.
//
// Stores are written on first use and cached in --dir (default $TMPDIR/pv-bench, outside the
// repository): the 10,000,000-row pair takes about 3 GB and a few minutes to write once.
//
// The bundle: a fresh build of the working tree by default (scripts/build.mjs --out), or
// `--dist dist` for the committed bundle that users run.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { NOW, PROMPTS, VERSIONS, makeStores } from './bench/stores.mjs';
import { machine, measure, median, tools } from './bench/measure.mjs';

const { values: opts } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,1000000,10000000' },
    runs: { type: 'string', default: '5' },
    // Stores of more than BIG rows take seconds per command: fewer runs.
    'big-runs': { type: 'string', default: '3' },
    out: { type: 'string' },
    dist: { type: 'string' },
    dir: { type: 'string', default: path.join(os.tmpdir(), 'pv-bench') },
    seed: { type: 'string', default: '1' },
  },
});
const sizes = opts.sizes.split(',').map((s) => Number(s.replace(/_/g, '')));
const runs = Number(opts.runs);
const bigRuns = Number(opts['big-runs']);
const BIG = 2_000_000;
if (
  sizes.some((n) => !Number.isInteger(n) || n < PROMPTS * VERSIONS) ||
  !(runs >= 1) ||
  !(bigRuns >= 1)
)
  throw new Error(
    `--sizes takes row counts of at least ${PROMPTS * VERSIONS}; --runs and --big-runs at least 1`,
  );
const work = path.resolve(opts.dir);
mkdirSync(work, { recursive: true });
const log = (line) => process.stderr.write(`${line}\n`);

// The targets (issue #17): wall time as a multiple of the native GROUP BY, seconds of wall time,
// and peak RSS in MiB, per store size.
const TARGETS = {
  10_000: { seconds: { compare: 0.5, health: 0.5, summary: 0.5 } },
  1_000_000: { ratio: { compare: 2, health: 2.5, summary: 3 } },
  10_000_000: {
    ratio: { summary: 3 },
    rssMb: { compare: 256, health: 256, summary: 256 },
  },
};
const COMMANDS = ['compare', 'health', 'summary'];
const GROUP_BY =
  'SELECT version_id, count(*), avg(quality_score), avg(latency_ms), avg(success), ' +
  'avg(cost_eur) FROM prompt_metrics GROUP BY version_id;';

let dist;
let bundle;
if (opts.dist) {
  dist = path.resolve(opts.dist);
  bundle = `the bundle in ${dist} (the committed dist/ is what users run)`;
} else {
  dist = path.join(work, 'dist');
  log(`building a fresh bundle of the working tree into ${dist} ...`);
  execFileSync(process.execPath, ['scripts/build.mjs', '--out', dist], { stdio: 'inherit' });
  bundle = `a fresh bundle of the working tree (node scripts/build.mjs --out ${dist})`;
}
const cli = path.join(dist, 'cli.js');
if (!existsSync(cli)) throw new Error(`no ${cli}: build it, or pass --dist`);
const have = tools();
const notes = [...have.notes];
const policy = (status) => status === 0 || status === 1; // 1: the policy failed, a valid answer

const rows = [];
for (const size of sizes) {
  const { base, head } = await makeStores(work, size, Number(opts.seed), log);
  // The defaults refuse stores over 512 MiB and stop after 60 s: raised for the big stores.
  const limits = size > BIG ? ['--max-store-size', '4GiB', '--query-timeout', '10m'] : [];
  const commands = {
    native: have.sqlite3 ? ['sqlite3', [base, GROUP_BY], undefined] : null,
    compare: [
      process.execPath,
      [cli, 'compare', '--base', base, '--head', head, '--format', 'json', ...limits],
      policy,
    ],
    health: [
      process.execPath,
      [cli, 'health', '--store', base, '--now', NOW, '--format', 'json', ...limits],
      policy,
    ],
    summary: [
      process.execPath,
      [cli, 'summary', '--store', base, '--format', 'json', ...limits],
      undefined,
    ],
  };
  const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  const n = size > BIG ? bigRuns : runs;
  log(`${size.toLocaleString('en')} rows: ${n} runs (+1 warm-up) ...`);
  for (let run = 0; run <= n; run++)
    for (const [name, command] of Object.entries(commands)) {
      if (!command) continue;
      const [cmd, args, ok] = command;
      const m = measure(cmd, args, { time: have.time, ...(ok ? { ok } : {}) });
      if (run > 0) samples[name].push(m);
    }
  const summary = (list) => ({
    ms: median(list.map((m) => m.ms)),
    cpuMs: median(list.map((m) => m.cpuMs)),
    peakRss: list.some((m) => m.rss !== null) ? Math.max(...list.map((m) => m.rss ?? 0)) : null,
    runsMs: list.map((m) => Math.round(m.ms)),
  });
  rows.push({
    rows: size,
    runs: n,
    storeBytes: statSync(base).size,
    headStoreBytes: statSync(head).size,
    native: have.sqlite3 ? summary(samples.native) : null,
    ...Object.fromEntries(COMMANDS.map((c) => [c, summary(samples[c])])),
  });
}

const mb = (bytes) => (bytes === null ? '–' : (bytes / 1048576).toFixed(0));
const ms = (x) => (x === null ? '–' : x.toFixed(0));
const ratio = (a, b) => (a === null || !b ? null : a / b);
const times = (r) => (r === null ? '–' : `${r.toFixed(2)}x`);
for (const r of rows) {
  r.ratios = Object.fromEntries(
    COMMANDS.flatMap((c) => [
      [c, ratio(r[c].ms, r.native?.ms)],
      [`${c}Cpu`, ratio(r[c].cpuMs, r.native?.cpuMs)],
    ]),
  );
  // Against one store's size: compare opens two stores of about that size.
  const peaks = COMMANDS.map((c) => r[c].peakRss);
  r.ratios.memory = peaks.includes(null) ? null : Math.max(...peaks) / r.storeBytes;
}
const table = [
  '| rows | store MB | native GROUP BY ms | compare ms | compare/native | health ms | health/native | summary ms | summary/native | peak RSS MB (compare / health / summary) |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.rows.toLocaleString('en')} | ${mb(r.storeBytes)} | ${ms(r.native?.ms ?? null)} | ` +
      COMMANDS.map((c) => `${ms(r[c].ms)} | ${times(r.ratios[c])}`).join(' | ') +
      ` | ${COMMANDS.map((c) => mb(r[c].peakRss)).join(' / ')} |`,
  ),
];
const cpuTable = [
  '| rows | native CPU ms | compare CPU ms | compare/native | health CPU ms | health/native | summary CPU ms | summary/native |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.rows.toLocaleString('en')} | ${ms(r.native?.cpuMs ?? null)} | ` +
      COMMANDS.map((c) => `${ms(r[c].cpuMs)} | ${times(r.ratios[`${c}Cpu`])}`).join(' | ') +
      ' |',
  ),
];

const verdicts = [];
for (const r of rows) {
  const target = TARGETS[r.rows];
  if (!target) continue;
  const at = `${r.rows.toLocaleString('en')} rows`;
  const check = (what, value, limit, unit) =>
    verdicts.push(
      value === null
        ? `${at}, ${what}: not measured`
        : `${at}, ${what}: ${value.toFixed(2)}${unit}, target at most ${limit}${unit}: ${value <= limit ? 'holds' : 'MISSED'}`,
    );
  for (const [c, limit] of Object.entries(target.ratio ?? {}))
    check(`${c} / native GROUP BY (wall)`, r.ratios[c], limit, 'x');
  for (const [c, limit] of Object.entries(target.seconds ?? {}))
    check(`${c} wall time`, r[c].ms / 1000, limit, ' s');
  for (const [c, limit] of Object.entries(target.rssMb ?? {}))
    check(`${c} peak RSS`, r[c].peakRss === null ? null : r[c].peakRss / 1048576, limit, ' MiB');
}

const result = {
  generated_at: new Date().toISOString(),
  machine: machine(),
  bundle,
  runs,
  stores: `${PROMPTS} prompts x ${VERSIONS} versions over 100 days; the head store adds one version of one prompt; health at ${NOW}`,
  commands: {
    compare: 'pv-check compare --base BASE --head HEAD --format json',
    health: `pv-check health --store BASE --now ${NOW} --format json`,
    summary: 'pv-check summary --store BASE --format json',
  },
  native_query: GROUP_BY,
  rows,
  targets: verdicts,
  notes,
};
const out = path.resolve(opts.out ?? path.join(work, 'bench-results.json'));
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
const m = result.machine;
console.log(
  [
    `Machine: ${m.cpus} CPUs (${m.model}), ${m.memoryGiB} GiB, Node ${m.node}, load average ${m.loadAverage.join(' ')}`,
    `Bundle: ${bundle}`,
    `Medians of ${runs} runs (${bigRuns} above ${BIG.toLocaleString('en')} rows); wall-clock time:`,
    '',
    ...table,
    '',
    'CPU time (user + system), less sensitive to other load on the machine:',
    '',
    ...cpuTable,
    '',
    ...(verdicts.length ? ['Targets (issue #17):', ...verdicts.map((v) => `- ${v}`), ''] : []),
    ...notes.map((n) => `Note: ${n}`),
    `JSON: ${out}`,
  ].join('\n'),
);
