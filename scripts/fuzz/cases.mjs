// One fuzz case: how it is made from (seed, case number), run through the bundled CLI, and
// judged against native SQLite (see the oracle in ../fuzz-stores.mjs).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { hash32, mulberry32 } from '../store-writer.mjs';
import { BYTE_MUTATIONS } from './bytes.mjs';
import { pick, weighted } from './random.mjs';
import { classify, cleanCopy, fingerprint, nativeIntegrityCheck, runLimited } from './run.mjs';
import { DATA_MUTATIONS } from './sql-data.mjs';
import { SCHEMA_MUTATIONS } from './sql-schema.mjs';
import { withSql } from './stores.mjs';

/** What the CLI runs, with which store mutated, and how often. */
export const COMMANDS = [
  ['compare', 'head', 4],
  ['compare', 'base', 3],
  ['summary', 'head', 3],
  ['health', 'head', 2],
];
const MUTATIONS = [
  ...Object.entries(BYTE_MUTATIONS).map(([name, [w, f]]) => ({ name, w, bytes: f })),
  ...Object.entries({ ...SCHEMA_MUTATIONS, ...DATA_MUTATIONS }).map(([name, [w, f]]) => ({
    name,
    w,
    sql: f,
  })),
];
// After the limit, node's start, the bundle's load and the report's rendering may take this long
// on a busy machine before a run counts as a hang.
const MARGIN_MS = 12_000;
const NOW = '2026-10-23T12:00:00Z';

/** Case `n` of `seed`: which store, which command, which mutation; and the mutated bytes. */
export async function makeCase(seed, n, stores) {
  const rand = mulberry32(hash32(`${seed}:${n}`));
  const store = pick(rand, stores);
  const [command, role] = weighted(
    rand,
    COMMANDS.map(([c, r, w]) => ({ w, c: [c, r] })),
  ).c;
  const mutation = weighted(rand, MUTATIONS);
  const original = store[role];
  let name = mutation.name;
  let mutated;
  if (mutation.bytes) mutated = mutation.bytes(original, store.pageSize, rand);
  else {
    const { detail, statements } = mutation.sql(rand);
    try {
      mutated = { detail, bytes: await withSql(original, statements) };
    } catch (error) {
      // sql.js refused the edit: flip bits instead, so that every case still tests something.
      name = `bit-flip (instead of ${mutation.name})`;
      mutated = BYTE_MUTATIONS['bit-flip'][1](original, store.pageSize, rand);
      mutated.detail += ` (${String(error.message).slice(0, 80)})`;
    }
  }
  return { n, store, command, role, mutation: name, detail: mutated.detail, bytes: mutated.bytes };
}

/** Writes a case's two stores into `dir`: the mutated one in its role, the other unmutated. */
export function writeFiles(dir, store, role, bytes) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'head.sqlite'), role === 'head' ? bytes : store.head);
  writeFileSync(path.join(dir, 'base.sqlite'), role === 'base' ? bytes : store.base);
}

// Relative paths from the case's folder: labels in reports are the same for every copy.
export function runCli(ctx, dir, command) {
  const files =
    command === 'compare'
      ? ['--base', 'base.sqlite', '--head', 'head.sqlite']
      : ['--store', 'head.sqlite'];
  const args = [
    ...ctx.nodeFlags,
    path.join(ctx.dist, 'cli.js'),
    command,
    ...files,
    ...['--format', 'json', '--now', NOW, '--max-store-size', '64MiB'],
    ...['--query-timeout', `${ctx.queryTimeoutMs / 1000}s`],
  ];
  return runLimited(process.execPath, args, {
    cwd: dir,
    timeoutMs: ctx.queryTimeoutMs + MARGIN_MS,
  });
}

// The report on a clean copy of what native SQLite reads, cached by that content's fingerprint.
async function expectedReport(ctx, slot, c, file, fp) {
  const key = `${c.store.layout}|${c.command}|${c.role}|${fp}`;
  if (ctx.expected.has(key)) return ctx.expected.get(key);
  const dir = path.join(slot, 'clean');
  writeFiles(dir, c.store, c.role, c.role === 'head' ? c.store.head : c.store.base);
  rmSync(path.join(dir, `${c.role}.sqlite`));
  if (!(await cleanCopy(file, path.join(dir, `${c.role}.sqlite`), slot))) return null;
  const run = await runCli(ctx, dir, c.command);
  const v = classify(c.command, run);
  // A copy that is as slow or as big as the case cannot settle anything near the limits.
  if (/timeout|memory/.test(v.outcome ?? '')) return null;
  const expected = v.outcome === 'report' ? run.stdout : `(clean copy: ${v.outcome ?? v.failure})`;
  ctx.expected.set(key, expected);
  return expected;
}

function firstDifference(a, b) {
  const [x, y] = [a.split('\n'), b.split('\n')];
  const i = x.findIndex((line, k) => line !== y[k]);
  return `line ${i + 1}: ${JSON.stringify(x[i]?.slice(0, 120))} vs ${JSON.stringify(y[i]?.slice(0, 120))}`;
}

/** Runs one case in the folder `slot`: { outcome } or { failure }, with what it was. */
export async function runCase(ctx, slot, c) {
  const dir = path.join(slot, 'case');
  writeFiles(dir, c.store, c.role, c.bytes);
  const run = await runCli(ctx, dir, c.command);
  const v = classify(c.command, run);
  const out = {
    n: c.n,
    layout: c.store.layout,
    command: c.command,
    role: c.role,
    mutation: c.mutation,
    detail: c.detail,
    ms: Math.round(run.ms),
  };
  if (v.failure) return { ...out, failure: v.failure };
  const file = path.join(dir, `${c.role}.sqlite`);
  const pristine = ctx.pristine.get(`${c.store.layout}|${c.role}`);
  // Reading a hostile view or a slow generated column natively would only wait for the limit.
  const readable = !/view|timeout|memory|crash/.test(v.outcome);
  const sound = readable && (await nativeIntegrityCheck(file, dir));
  const fp = sound ? await fingerprint(file, dir) : null;
  if (v.outcome !== 'report') {
    // Informative only: a refusal of a file whose tables native SQLite reads unchanged.
    const same = fp !== null && fp === pristine ? ' (same data)' : '';
    return { ...out, outcome: v.outcome + same, line: v.line };
  }
  if (!sound) return { ...out, failure: 'a report on a file native SQLite finds damaged' };
  if (fp === null) return { ...out, outcome: 'report, unverified' };
  const expected = await expectedReport(ctx, slot, c, file, fp);
  if (expected === null) return { ...out, outcome: 'report, unverified' };
  if (run.stdout !== expected)
    return {
      ...out,
      failure: `wrong data: the report differs from the clean copy's (${firstDifference(run.stdout, expected)})`,
    };
  return { ...out, outcome: fp === pristine ? 'report, as unmutated' : 'report, as clean copy' };
}
