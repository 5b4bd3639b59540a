// A pull request that commits a symbolic link as its store (or as a folder on the store's path)
// must not make the action read a file outside the workspace and publish what it holds.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { git } from './harness.js';
import { baseSpec, headSpec, storeBytes } from './stores.js';
import { STORE, checkRuns, resetFake, workspaceWith } from './workflows.js';
import { e2eSuite } from './suite.js';

const SECRET = 'secret-prompt-outside-the-workspace';

const suite = e2eSuite();
const fake = suite.fake;
let outside: string;

beforeAll(async () => {
  // A store elsewhere on the runner, whose prompt name must never reach GitHub.
  outside = mkdtempSync(path.join(tmpdir(), 'pv-outside-'));
  writeFileSync(path.join(outside, 'db.sqlite'), await storeBytes(headSpec(0.85, SECRET)));
});
afterAll(() => {
  rmSync(outside, { recursive: true, force: true });
});
beforeEach(() => {
  fake.addPullRequest({ number: 5, headSha: 'f'.repeat(40) });
});

/** The base store committed, then a head commit made by `link` (symbolic links, committed). */
async function workspace(link: (dir: string) => void) {
  const ws = workspaceWith({ [STORE]: await storeBytes(baseSpec()) });
  link(ws.dir);
  git(ws.dir, 'add', '-A');
  git(ws.dir, 'commit', '-q', '--allow-empty', '-m', 'head');
  return { dir: ws.dir, baseSha: ws.sha, headSha: git(ws.dir, 'rev-parse', 'HEAD') };
}

function check(ws: { dir: string; baseSha: string; headSha: string }, inputs = {}) {
  return suite.pullRequest(ws, {
    inputs,
  });
}

function expectNothingLeaked(run: Awaited<ReturnType<typeof check>>): void {
  const posted = fake.requests.map((r) => JSON.stringify(r.body ?? '')).join('\n');
  expect(posted).not.toContain(SECRET);
  expect(run.summary).not.toContain(SECRET);
  expect(run.stdout + run.stderr).not.toContain(SECRET);
  expect(fake.comments(5)).toHaveLength(0);
}

describe('a store path that leads outside the workspace', () => {
  it('is refused when the store file is a link to a file outside', async () => {
    const ws = await workspace((dir) => {
      rmSync(path.join(dir, STORE));
      symlinkSync(path.join(outside, 'db.sqlite'), path.join(dir, STORE));
    });
    const run = await check(ws);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::The store '\.prompt_versions\/db\.sqlite' \(input 'store'\) leads through a symbolic link, outside the workspace /,
    );
    expect(checkRuns(fake).at(-1)?.conclusion).toBe('failure');
    expectNothingLeaked(run);
  });

  it('is refused when a parent folder is a link (a relative one), for baseline-store too', async () => {
    const ws = await workspace((dir) => {
      mkdirSync(path.join(dir, 'evals'));
      symlinkSync(path.relative(path.join(dir, 'evals'), outside), path.join(dir, 'evals', 'out'));
    });
    const head = await check(ws, { store: 'evals/out/db.sqlite' });
    expect(head.code).toBe(1);
    expect(head.stdout).toMatch(
      /::error::The store 'evals\/out\/db\.sqlite' \(input 'store'\) leads through a symbolic link, outside the workspace/,
    );
    expectNothingLeaked(head);
    resetFake(fake);
    fake.addPullRequest({ number: 5, headSha: 'f'.repeat(40) });
    const base = await check(ws, { 'baseline-store': 'evals/out/db.sqlite' });
    expect(base.code).toBe(1);
    expect(base.stdout).toMatch(/\(input 'baseline-store'\) leads through a symbolic link/);
    expectNothingLeaked(base);
  });

  it('is refused when the path itself climbs out with ..', async () => {
    const ws = await workspace(() => undefined);
    const rel = path.relative(ws.dir, path.join(outside, 'db.sqlite'));
    const run = await check(ws, { 'baseline-store': rel });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/\(input 'baseline-store'\) leads outside the workspace/);
    expectNothingLeaked(run);
  });

  it('still reads a link that stays inside the workspace', async () => {
    const head = await storeBytes(headSpec(0.7));
    const ws = await workspace((dir) => {
      mkdirSync(path.join(dir, 'evals'));
      writeFileSync(path.join(dir, 'evals', 'db.sqlite'), head);
      rmSync(path.join(dir, STORE));
      symlinkSync(path.join('..', 'evals', 'db.sqlite'), path.join(dir, STORE));
    });
    const run = await check(ws);
    expect(run.outputs.verdict, run.stdout).toBe('regressed');
  });
});
