// Bundles the action and the CLI with ncc into dist/, next to sql.js' wasm file, so that
// dist/ runs on its own (no node_modules at run time).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const ncc = require.resolve('@vercel/ncc/dist/ncc/cli.js');
const bundles = [
  { entry: 'src/index.ts', out: 'dist/index.js' },
  { entry: 'src/cli.ts', out: 'dist/cli.js', shebang: true },
  { entry: 'src/store/worker.ts', out: 'dist/worker.js', optional: true },
];

rmSync('build', { recursive: true, force: true });
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
for (const b of bundles) {
  try {
    readFileSync(b.entry);
  } catch {
    if (b.optional) continue;
    throw new Error(`missing entry ${b.entry}`);
  }
  const outDir = `build/${b.out.replace(/^dist\/|\.js$/g, '')}`;
  execFileSync(
    process.execPath,
    [ncc, 'build', b.entry, '-o', outDir, '--license', 'licenses.txt', '-q'],
    {
      stdio: 'inherit',
    },
  );
  let code = readFileSync(`${outDir}/index.js`, 'utf8');
  if (b.shebang && !code.startsWith('#!')) code = `#!/usr/bin/env node\n${code}`;
  writeFileSync(b.out, code, { mode: 0o755 });
  const licenses = `${outDir}/licenses.txt`;
  if (existsSync(licenses)) copyFileSync(licenses, b.out.replace(/\.js$/, '.licenses.txt'));
}
// ncc bundles this "type": "module" package to ESM; dist/ needs its own marker to run alone.
writeFileSync('dist/package.json', '{ "type": "module" }\n');
copyFileSync(require.resolve('sql.js/dist/sql-wasm-browser.wasm'), 'dist/sql-wasm-browser.wasm');
rmSync('build', { recursive: true, force: true });
