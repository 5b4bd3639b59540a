// npm run bench [-- --sizes 10000,100000,1000000] [--runs 5] [--out FILE] [--dist DIR] [--dir DIR]
//
// Times `pv-check compare` (a pull-request pair) and `pv-check health` on stores of growing size,
// side by side with the native sqlite3 command line computing per-version count and means with
// one GROUP BY over the same file: the floor for touching the data. Each command runs --runs
// times, interleaved so that a busy machine slows all of them alike; medians are quoted, and the
// peak memory is the largest seen. Prints a Markdown table and writes it all as JSON.
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
    sizes: { type: 'string', default: '10000,100000,1000000' },
    runs: { type: 'string', default: '5' },
    out: { type: 'string' },
    dist: { type: 'string' },
    dir: { type: 'string', default: path.join(os.tmpdir(), 'pv-bench') },
    seed: { type: 'string', default: '1' },
  },
});
const sizes = opts.sizes.split(',').map((s) => Number(s.replace(/_/g, '')));
const runs = Number(opts.runs);
if (sizes.some((n) => !Number.isInteger(n) || n < PROMPTS * VERSIONS) || !(runs >= 1))
  throw new Error(`--sizes takes row counts of at least ${PROMPTS * VERSIONS}; --runs at least 1`);
const work = path.resolve(opts.dir);
mkdirSync(work, { recursive: true });
const log = (line) => process.stderr.write(`${line}\n`);

// The targets of the 1,000,000-row store.
const TARGETS = { compare: 1.5, health: 3, memory: 2 };
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
  const commands = {
    native: have.sqlite3 ? ['sqlite3', [base, GROUP_BY], undefined] : null,
    compare: [
      process.execPath,
      [cli, 'compare', '--base', base, '--head', head, '--format', 'json'],
      policy,
    ],
    health: [
      process.execPath,
      [cli, 'health', '--store', base, '--now', NOW, '--format', 'json'],
      policy,
    ],
  };
  const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  log(`${size.toLocaleString('en')} rows: ${runs} runs (+1 warm-up) ...`);
  for (let run = 0; run <= runs; run++)
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
    storeBytes: statSync(base).size,
    headStoreBytes: statSync(head).size,
    native: have.sqlite3 ? summary(samples.native) : null,
    compare: summary(samples.compare),
    health: summary(samples.health),
  });
}

const mb = (bytes) => (bytes === null ? '–' : (bytes / 1048576).toFixed(0));
const ms = (x) => (x === null ? '–' : x.toFixed(0));
const ratio = (a, b) => (a === null || !b ? null : a / b);
const times = (r) => (r === null ? '–' : `${r.toFixed(2)}x`);
for (const r of rows) {
  r.ratios = {
    compare: ratio(r.compare.ms, r.native?.ms),
    health: ratio(r.health.ms, r.native?.ms),
    compareCpu: ratio(r.compare.cpuMs, r.native?.cpuMs),
    healthCpu: ratio(r.health.cpuMs, r.native?.cpuMs),
    // Against one store's size: compare opens two stores of about that size.
    memory:
      r.compare.peakRss === null
        ? null
        : Math.max(r.compare.peakRss, r.health.peakRss) / r.storeBytes,
  };
}
const table = [
  '| rows | store MB | native GROUP BY ms | compare ms | compare/native | health ms | health/native | compare peak RSS MB | health peak RSS MB | peak RSS/store |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.rows.toLocaleString('en')} | ${mb(r.storeBytes)} | ${ms(r.native?.ms ?? null)} | ${ms(r.compare.ms)} | ${times(r.ratios.compare)} | ${ms(r.health.ms)} | ${times(r.ratios.health)} | ${mb(r.compare.peakRss)} | ${mb(r.health.peakRss)} | ${times(r.ratios.memory)} |`,
  ),
];
const cpuTable = [
  '| rows | native CPU ms | compare CPU ms | compare/native | health CPU ms | health/native |',
  '|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.rows.toLocaleString('en')} | ${ms(r.native?.cpuMs ?? null)} | ${ms(r.compare.cpuMs)} | ${times(r.ratios.compareCpu)} | ${ms(r.health.cpuMs)} | ${times(r.ratios.healthCpu)} |`,
  ),
];

const big = rows.find((r) => r.rows === 1_000_000);
const verdicts = [];
if (big) {
  const check = (what, value, limit) =>
    verdicts.push(
      value === null
        ? `${what}: not measured`
        : `${what}: ${value.toFixed(2)}x, target at most ${limit}x: ${value <= limit ? 'holds' : 'MISSED'}`,
    );
  check('compare / native GROUP BY (wall)', big.ratios.compare, TARGETS.compare);
  check('health / native GROUP BY (wall)', big.ratios.health, TARGETS.health);
  check('peak RSS / store size', big.ratios.memory, TARGETS.memory);
}

const result = {
  generated_at: new Date().toISOString(),
  machine: machine(),
  bundle,
  runs,
  stores: `${PROMPTS} prompts x ${VERSIONS} versions over 100 days; the head store adds one version of one prompt; health at ${NOW}`,
  native_query: GROUP_BY,
  rows,
  targets_1m: verdicts,
  notes,
};
const out = path.resolve(opts.out ?? path.join(work, 'bench-results.json'));
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
const m = result.machine;
console.log(
  [
    `Machine: ${m.cpus} CPUs (${m.model}), ${m.memoryGiB} GiB, Node ${m.node}, load average ${m.loadAverage.join(' ')}`,
    `Bundle: ${bundle}`,
    `Medians of ${runs} runs; wall-clock time:`,
    '',
    ...table,
    '',
    'CPU time (user + system), less sensitive to other load on the machine:',
    '',
    ...cpuTable,
    '',
    ...(verdicts.length
      ? ['Targets on the 1,000,000-row store:', ...verdicts.map((v) => `- ${v}`), '']
      : []),
    ...notes.map((n) => `Note: ${n}`),
    `JSON: ${out}`,
  ].join('\n'),
);
