// Bundles the action and the CLI with ncc into dist/, next to sql.js' wasm file, so that
// dist/ runs on its own (no node_modules at run time).
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { SOURCE_HASH_FILE, sourceHash } from './source-hash.mjs';

const require = createRequire(import.meta.url);
// `--out DIR` builds somewhere else (the end-to-end tests build a fresh copy into a temp folder).
const outFlag = process.argv.indexOf('--out');
const out = outFlag > 0 ? process.argv[outFlag + 1] : 'dist';
const work = `${out}.build`;
const ncc = require.resolve('@vercel/ncc/dist/ncc/cli.js');
// cli.js and worker.js are small entries that turn V8's compile cache on and then load the
// code (cli-main.js, worker-main.js), so that the cache covers it. Only worker-main.js holds the
// engine (sql.js, the statistics): the thread that starts the worker does not load it.
// The code every run loads is minified (`minify`): V8 decodes, hashes and compiles the functions
// a run calls from its text on every run (the compile cache holds only what runs at load), and
// most of the engine's 1.5 MB were comments. A 10k-row health report's worker took 394 ms of CPU
// instead of 443 (means of 6 profiles). Source maps name the original lines.
const bundles = [
  { entry: 'src/index.ts', name: 'index' },
  { entry: 'src/cli.ts', name: 'cli', shebang: true },
  { entry: 'src/cli/entry.ts', name: 'cli-main', minify: true },
  { entry: 'src/worker.ts', name: 'worker' },
  { entry: 'src/worker/main.ts', name: 'worker-main', minify: true },
  // The artifact client, loaded by the action only for `publish: artifact`.
  { entry: 'src/sources/artifact-client.ts', name: 'artifact-client' },
];

rmSync(work, { recursive: true, force: true });
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
/** Runs ncc on one bundle, then writes it, its source map and its licenses into `out`. */
async function build(b) {
  const outDir = `${work}/${b.name}`;
  await new Promise((resolve, reject) => {
    const args = [ncc, 'build', b.entry, '-o', outDir, '--license', 'licenses.txt', '-q', '-s'];
    if (b.minify) args.push('-m');
    const child = spawn(process.execPath, [...args, '--no-source-map-register'], {
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`ncc failed on ${b.entry} (exit ${code})`)),
    );
  });
  let code = readFileSync(`${outDir}/index.js`, 'utf8');
  const map = JSON.parse(readFileSync(`${outDir}/index.js.map`, 'utf8'));
  if (b.shebang && !code.startsWith('#!')) {
    code = `#!/usr/bin/env node\n${code}`;
    map.mappings = `;${map.mappings}`; // the shebang is one more line before the code
  }
  code = code.replace(
    /\/\/# sourceMappingURL=index\.js\.map\s*$/,
    `//# sourceMappingURL=${b.name}.js.map\n`,
  );
  writeFileSync(`${out}/${b.name}.js`, code, { mode: 0o755 });
  // Stack traces need file names and positions, not a copy of every source: without
  // sourcesContent the maps are a fifth of the size (run with NODE_OPTIONS=--enable-source-maps).
  delete map.sourcesContent;
  map.file = `${b.name}.js`;
  writeFileSync(`${out}/${b.name}.js.map`, `${JSON.stringify(map)}\n`);
  const licenses = `${outDir}/licenses.txt`;
  if (existsSync(licenses)) copyFileSync(licenses, `${out}/${b.name}.licenses.txt`);
}

for (const b of bundles) readFileSync(b.entry); // a missing entry fails before any build
// Taken before the build: a source edited while it runs must not pass for built.
const inputsHash = sourceHash(path.resolve(import.meta.dirname, '..'));
// One ncc per core at a time: each is mostly one thread, and the bundles are independent.
const queue = [...bundles];
const workers = Array.from({ length: Math.min(queue.length, availableParallelism()) }, async () => {
  for (let b = queue.shift(); b; b = queue.shift()) await build(b);
});
await Promise.all(workers);
// ncc bundles this "type": "module" package to ESM; dist/ needs its own marker to run alone.
writeFileSync(`${out}/package.json`, '{ "type": "module" }\n');
copyFileSync(require.resolve('sql.js/dist/sql-wasm-browser.wasm'), `${out}/sql-wasm-browser.wasm`);
// What these bundles were built from: the end-to-end tests run dist/ itself when it matches.
writeFileSync(`${out}/${SOURCE_HASH_FILE}`, `${inputsHash}\n`);
rmSync(work, { recursive: true, force: true });
