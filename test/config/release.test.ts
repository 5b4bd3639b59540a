// One Node version everywhere, a package a Python team can install, and docs whose workflow
// examples use action versions that run on Node 24.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  private?: boolean;
  bin: Record<string, string>;
  files: string[];
  engines: { node: string };
  dependencies?: Record<string, string>;
  devDependencies: Record<string, string>;
};

// The first major of each action that declares `runs.using: node24`.
const NODE24_MAJOR: Record<string, number> = {
  'actions/checkout': 5,
  'actions/setup-node': 5,
  'actions/setup-python': 6,
  'actions/cache': 5,
  'actions/upload-artifact': 6,
  'actions/download-artifact': 7,
  'github/codeql-action/init': 4,
  'github/codeql-action/analyze': 4,
};

const docs = [
  'README.md',
  ...(existsSync('docs') ? readdirSync('docs') : [])
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const workflows = readdirSync('.github/workflows').map((f) => `.github/workflows/${f}`);

describe('Node 24 everywhere', () => {
  it('.node-version, CI, @types/node and the action agree on 24', () => {
    expect(readFileSync('.node-version', 'utf8').trim()).toBe('24');
    const ci = parse(readFileSync('.github/workflows/ci.yml', 'utf8')) as {
      jobs: { ci: { steps: { uses?: string; with?: Record<string, string> }[] } };
    };
    const setup = ci.jobs.ci.steps.find((s) => s.uses?.startsWith('actions/setup-node'));
    expect(setup?.with).toEqual({ 'node-version-file': '.node-version' });
    expect(pkg.devDependencies['@types/node']).toMatch(/^\^24\./);
    expect(readFileSync('action.yml', 'utf8')).toMatch(/using: node24/);
  });

  it('every action in the docs and workflows runs on Node 24', () => {
    for (const file of [...docs, ...workflows]) {
      for (const m of readFileSync(file, 'utf8').matchAll(/uses: ([\w.-]+\/[\w./-]+)@v(\d+)/g)) {
        const [, action = '', major = ''] = m;
        if (action.startsWith('prompt-versioner/')) continue;
        const min = NODE24_MAJOR[action];
        expect(min, `${file}: add ${action} to NODE24_MAJOR`).toBeDefined();
        expect(Number(major), `${file}: ${action}@v${major}`).toBeGreaterThanOrEqual(min ?? 0);
      }
    }
  });
});

describe('the npm package', () => {
  it('is publishable, with the pv-check bin and nothing to install at run time', () => {
    expect(pkg.name).toBe('prompt-versioner-check');
    expect(pkg.private).toBeUndefined();
    expect(pkg.bin).toEqual({ 'pv-check': 'dist/cli.js' });
    // The bundle carries every library: a runtime dependency would only slow `npx`.
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.engines.node).toBe('>=22');
    // cli.js and worker.js are entries that load cli-main.js and worker-main.js beside them.
    const bundles = [
      'cli.js',
      'cli-main.js',
      'worker.js',
      'worker-main.js',
      'sql-wasm-browser.wasm',
    ];
    for (const f of bundles.map((b) => `dist/${b}`)) {
      expect(pkg.files).toContain(f);
    }
    expect(pkg.files).not.toContain('dist/index.js');
  });
});
