// Cuts a release: `npm run release -- 1.2.0` turns CHANGELOG.md's "Unreleased" section into
// "1.2.0 - <date>", sets the version in package.json and src/version.ts, rebuilds dist/, commits,
// tags v1.2.0 and moves the major tag v1 to it. It pushes nothing unless given --push, and prints
// the push command instead. `--skip-build` is for the script's own test.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const version = args.find((a) => !a.startsWith('--'));
const push = args.includes('--push');
const skipBuild = args.includes('--skip-build');

function fail(message) {
  console.error(`release: ${message}`);
  process.exit(2);
}
const git = (...a) => execFileSync('git', a, { encoding: 'utf8' }).trim();
const parse = (v) => v.split('.').map(Number);
const newer = (a, b) => {
  const [x, y] = [parse(a), parse(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] > y[i];
  return false;
};

if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
  fail('give the new version as MAJOR.MINOR.PATCH, e.g. `npm run release -- 1.2.0`.');
}
if (git('status', '--porcelain') !== '')
  fail('the work tree has changes: commit or stash them first.');
const branch = git('rev-parse', '--abbrev-ref', 'HEAD');
if (branch !== 'main') fail(`releases are cut from main, not '${branch}'.`);
const tags = git('tag', '--list', 'v*.*.*')
  .split('\n')
  .filter((t) => /^v\d+\.\d+\.\d+$/.test(t));
const latest = tags.map((t) => t.slice(1)).reduce((a, b) => (newer(b, a) ? b : a), '0.0.0');
if (!newer(version, latest)) fail(`${version} is not newer than the latest release ${latest}.`);

const changelog = readFileSync('CHANGELOG.md', 'utf8');
const unreleased = /^## \[?Unreleased\]?\s*\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(changelog);
if (!unreleased || unreleased[1].trim() === '') {
  fail('CHANGELOG.md has no entries under "## Unreleased": say what this release changes first.');
}
const date = new Date().toISOString().slice(0, 10);
writeFileSync(
  'CHANGELOG.md',
  changelog.replace(
    unreleased[0],
    `## Unreleased\n\n## ${version} - ${date}\n\n${unreleased[1].trim()}\n\n`,
  ),
);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
pkg.version = version;
writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
const versionTs = readFileSync('src/version.ts', 'utf8');
writeFileSync('src/version.ts', versionTs.replace(/VERSION = '[^']*'/, `VERSION = '${version}'`));
// package-lock.json carries the version too; npm rewrites it without touching the tree.
execFileSync(
  'npm',
  ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'],
  {
    stdio: 'ignore',
  },
);
if (!skipBuild) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });

const tag = `v${version}`;
const major = `v${version.split('.')[0]}`;
git('add', '-A');
git('commit', '-m', `Release ${tag}`, '-m', `See CHANGELOG.md, section ${version}.`);
git('tag', '-a', tag, '-m', `Release ${tag}`);
git('tag', '-f', '-a', major, '-m', `Latest ${major} release: ${tag}`);
const pushCommand = `git push origin main ${tag} && git push --force origin ${major}`;
if (push) {
  execFileSync('sh', ['-c', pushCommand], { stdio: 'inherit' });
  console.log(`Released ${tag}; ${major} points to it.`);
} else {
  console.log(`Tagged ${tag} and moved ${major}. Publish with:\n  ${pushCommand}\n  npm publish`);
}
