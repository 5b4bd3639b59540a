// `npm run demo`: the CLI on the example stores shipped in examples/ — a pull request's
// comparison, then the health report of a store with 90 days of history.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const cli = 'dist/cli.js';
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` first.');
  process.exit(2);
}
const steps = [
  {
    title: 'Pull request check: examples/base.sqlite (main) vs examples/head.sqlite (the PR)',
    args: ['compare', '--base', 'examples/base.sqlite', '--head', 'examples/head.sqlite'],
  },
  {
    title: 'Scheduled health report: examples/health.sqlite',
    args: ['health', '--store', 'examples/health.sqlite', '--now', '2026-11-26T00:00:00Z'],
  },
];
for (const { title, args } of steps) {
  console.log(`\n$ pv-check ${args.join(' ')}\n# ${title}\n`);
  const run = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
  // Exit 1 means the report found a regression: that is the demo working, not failing.
  if (run.status === 2 || run.status === null) process.exit(2);
}
