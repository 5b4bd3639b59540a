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
    contents: [
      'base.sqlite: the store on main. Two prompts, "summarizer" (live 1.1.0) and',
      '"ticket classifier" (live 2.0.0), with a few hundred logged calls each.',
      "head.sqlite: the same store after the pull request's evaluation run. It adds",
      '  summarizer 1.2.0: a shorter prompt that loses about 15 % of quality (a regression);',
      '  ticket classifier 2.1.0: about as good as 2.0.0;',
      '  a new prompt, "support reply | `draft` @cs-team", with no earlier version.',
    ],
    args: ['compare', '--base', 'examples/base.sqlite', '--head', 'examples/head.sqlite'],
  },
  {
    title: 'Scheduled health report: examples/health.sqlite',
    contents: [
      'health.sqlite: 90 days of production calls of four live prompts, ending 2026-11-26.',
      '  triage: quality slides from 0.86 to about 0.74 over the last three weeks;',
      '  release notes writer: answers got three times longer two days ago (cost per call jumps);',
      '  extractor: silent for the last two days;',
      '  router: healthy.',
      'At 8 to 14 calls a day, a 24-hour window holds fewer than the 30 calls a side the tests',
      'ask for by default (it would read "window not tested"): the demo asks for 10.',
    ],
    args: [
      'health',
      '--store',
      'examples/health.sqlite',
      '--now',
      '2026-11-26T00:00:00Z',
      '--min-samples',
      '10',
    ],
  },
];
for (const { title, contents, args } of steps) {
  console.log(`\n# ${title}\n${contents.map((l) => `#   ${l}`).join('\n')}`);
  console.log(`\n$ pv-check ${args.join(' ')}\n`);
  const run = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
  // Exit 1 means the report found a regression: that is the demo working, not failing.
  if (run.status === 2 || run.status === null) process.exit(2);
}
