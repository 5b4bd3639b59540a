// The release script on a throwaway repository: it moves the changelog, sets every version, commits,
// tags vX.Y.Z and moves vX; and it refuses the mistakes a maintainer makes.
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const script = path.resolve('scripts/release.mjs');

function repo(changelog: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pv-release-'));
  mkdirSync(path.join(dir, 'src'));
  writeFileSync(path.join(dir, 'package.json'), '{ "name": "x", "version": "0.1.0" }\n');
  writeFileSync(path.join(dir, 'src/version.ts'), "export const VERSION = '0.1.0';\n");
  writeFileSync(path.join(dir, 'CHANGELOG.md'), changelog);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'start');
  return dir;
}

// A committer identity, so that commits and annotated tags work on any machine.
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
};

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env }).trim();
}

function release(cwd: string, ...args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [script, ...args, '--skip-build'], {
    cwd,
    encoding: 'utf8',
    env,
  });
}

describe('scripts/release.mjs', () => {
  it('releases 1.0.0: changelog, versions, commit, v1.0.0 and v1 on it', () => {
    const dir = repo('# Changelog\n\n## Unreleased\n\n- First release.\n');
    const run = release(dir, '1.0.0');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(path.join(dir, 'CHANGELOG.md'), 'utf8')).toMatch(
      /## Unreleased\n\n## 1\.0\.0 - \d{4}-\d\d-\d\d\n\n- First release\./,
    );
    expect(JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'))).toMatchObject({
      version: '1.0.0',
    });
    expect(readFileSync(path.join(dir, 'src/version.ts'), 'utf8')).toContain("VERSION = '1.0.0'");
    const head = git(dir, 'rev-parse', 'HEAD');
    expect(git(dir, 'rev-parse', 'v1.0.0^{commit}')).toBe(head);
    expect(git(dir, 'rev-parse', 'v1^{commit}')).toBe(head);
    expect(git(dir, 'status', '--porcelain')).toBe('');
    expect(run.stdout).toContain('git push origin main v1.0.0 && git push --force origin v1');

    // The next minor release moves v1 along.
    writeFileSync(
      path.join(dir, 'CHANGELOG.md'),
      readFileSync(path.join(dir, 'CHANGELOG.md'), 'utf8').replace(
        '## Unreleased\n',
        '## Unreleased\n\n- More.\n',
      ),
    );
    git(dir, 'commit', '-q', '-am', 'more');
    expect(release(dir, '1.1.0').status).toBe(0);
    expect(git(dir, 'rev-parse', 'v1^{commit}')).toBe(git(dir, 'rev-parse', 'v1.1.0^{commit}'));
    expect(git(dir, 'rev-parse', 'v1.0.0^{commit}')).toBe(head);
  });

  it('refuses a bad version, an older one, an empty changelog and a dirty tree', () => {
    const dir = repo('# Changelog\n\n## Unreleased\n\n');
    expect(release(dir, '1.0').stderr).toMatch(
      /^release: give the new version as MAJOR\.MINOR\.PATCH/,
    );
    expect(release(dir, '1.0.0').stderr).toMatch(/no entries under "## Unreleased"/);
    writeFileSync(path.join(dir, 'CHANGELOG.md'), '## Unreleased\n\n- x\n');
    expect(release(dir, '1.0.0').stderr).toMatch(/work tree has changes/);
    git(dir, 'commit', '-q', '-am', 'entry');
    git(dir, 'tag', 'v2.0.0');
    const older = release(dir, '1.5.0');
    expect(older.status).toBe(2);
    expect(older.stderr).toMatch(/1\.5\.0 is not newer than the latest release 2\.0\.0/);
  });
});
