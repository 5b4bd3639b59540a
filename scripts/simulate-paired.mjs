#!/usr/bin/env node
// How often the pull-request check calls a quality change `regressed`, paired by case and
// unpaired, on the same simulated evaluations (issue 18's targets).
//
// Each run draws the cases' own quality ~ N(0.8, 0.12²) (hard and easy cases), then logs every
// case on both sides with per-call noise N(0, 0.04²); the candidate's case quality is the
// baseline's times (1 - drop). Both analyses run the project's own engine (bundled from src/
// with ncc) with the default settings: alpha 0.05, Holm, min-samples 30, quality threshold 10 %.
//
//   npm run simulate:paired -- [--runs 2000] [--seed 1] [--cases 30] [--calls-per-case 1]
//                              [--drops 0.12,0.06,0.03,0] [--case-sd 0.12] [--noise-sd 0.04]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { mulberry32 } from './store-writer.mjs';

const args = process.argv.slice(2);
function option(name, fallback) {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
}
const runs = Number(option('runs', '2000'));
const seed = Number(option('seed', '1'));
const cases = Number(option('cases', '30'));
const callsPerCase = Number(option('calls-per-case', '1'));
const drops = option('drops', '0.12,0.06,0.03,0').split(',').map(Number);
const caseSd = Number(option('case-sd', '0.12'));
const noiseSd = Number(option('noise-sd', '0.04'));
for (const [name, v] of Object.entries({ runs, seed, cases, callsPerCase, caseSd, noiseSd })) {
  if (!Number.isFinite(v) || v < 0) {
    console.error(`simulate-paired: --${name} must be a number >= 0`);
    process.exit(2);
  }
}

// Bundle the engine from the sources (ncc, as the build does), into a temporary folder.
const require = createRequire(import.meta.url);
const out = mkdtempSync(path.join(tmpdir(), 'pv-simulate-'));
execFileSync(
  process.execPath,
  [
    require.resolve('@vercel/ncc/dist/ncc/cli.js'),
    'build',
    'scripts/simulate/engine.ts',
    '-o',
    out,
    '-q',
  ],
  { stdio: 'inherit' },
);
const engine = await import(pathToFileURL(path.join(out, 'index.js')).href);
rmSync(out, { recursive: true, force: true });

const options = {
  alpha: 0.05,
  minSamples: 30,
  correction: 'holm',
  thresholds: engine.DEFAULT_THRESHOLDS,
  baselineMaxSamples: 1000,
  baselineSince: null,
  baselineSamples: 'auto',
  pairBy: 'case_id',
};

const uniform = mulberry32(seed);
function normal(mean, sd) {
  const u = Math.max(uniform(), 1e-12);
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
}

// Samples as the store reader returns them: values and, per value, the code of its case.
function samples(values, codes) {
  const ids = Array.from({ length: cases }, (_, i) => `"case-${i}"`);
  return {
    rows: values.length,
    values: { quality_score: Float64Array.from(values) },
    from: null,
    to: null,
    cases: { ids, codes: { quality_score: Int32Array.from(codes) }, withoutKey: 0 },
  };
}

function statusOf(tests) {
  return engine.decideFamily([tests], options)[0][0].status;
}

// Share of runs per status group: regressed; significantly worse (regressed or degraded);
// unchanged (the interval rules out a material drop).
function tally() {
  return { regressed: 0, worse: 0, unchanged: 0 };
}
function count(t, status) {
  if (status === 'regressed') t.regressed++;
  if (status === 'regressed' || status === 'degraded') t.worse++;
  if (status === 'unchanged') t.unchanged++;
}

function simulate(drop) {
  const paired = tally();
  const unpaired = tally();
  for (let run = 0; run < runs; run++) {
    const base = [];
    const cand = [];
    const codes = [];
    for (let i = 0; i < cases; i++) {
      const q = normal(0.8, caseSd);
      for (let k = 0; k < callsPerCase; k++) {
        base.push(q + normal(0, noiseSd));
        cand.push(q * (1 - drop) + normal(0, noiseSd));
        codes.push(i);
      }
    }
    const b = samples(base, codes);
    const c = samples(cand, codes);
    count(paired, statusOf(engine.testMetricsPaired(['quality_score'], b, c, options).tests));
    count(unpaired, statusOf(engine.testMetrics(['quality_score'], b, c, options)));
  }
  return { paired, unpaired };
}

const pct = (n) => `${((100 * n) / runs).toFixed(1)} %`;
const cells = (t) => [t.regressed, t.worse, t.unchanged].map((n) => pct(n).padStart(10)).join('');
console.log(
  `${runs} runs per row, seed ${seed}: ${cases} cases x ${callsPerCase} call(s) per side, ` +
    `case quality ~ N(0.8, ${caseSd}²), per-call noise sd ${noiseSd}; alpha 0.05, Holm, threshold 10 %.`,
);
console.log('');
console.log(`${''.padEnd(16)}${'paired by case'.padEnd(30)}unpaired (same data)`);
const head = ['regressed', 'worse*', 'unchanged'].map((h) => h.padStart(10)).join('');
console.log(`${'quality change'.padEnd(16)}${head}${head}`);
for (const drop of drops) {
  const r = simulate(drop);
  const label = drop === 0 ? 'none' : `${(-100 * drop).toFixed(0)} %`;
  console.log(`${label.padEnd(16)}${cells(r.paired)}${cells(r.unpaired)}`);
}
console.log('');
console.log('* significantly worse: regressed or degraded.');
