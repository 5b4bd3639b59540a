// Shared pieces of the e2e tests of manual runs, artifact stores and fork publishing.
import { zipSync } from 'fflate';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FakeGitHub } from './fake-github.js';
import { fakeRuntimeToken } from './fake-github/routes-results.js';
import { git } from './harness.js';

/** The store path the action reads by default. */
export const STORE = '.prompt_versions/db.sqlite';

/** A git workspace with `files` committed (path -> bytes); returns the folder and its sha. */
export function workspaceWith(files: Record<string, Uint8Array | string> = {}): {
  dir: string;
  sha: string;
} {
  const dir = mkdtempSync(path.join(tmpdir(), 'pv-ws-'));
  git(dir, 'init', '-q', '-b', 'main');
  writeFileSync(path.join(dir, 'README.md'), 'demo\n');
  for (const [p, bytes] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), bytes);
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'init');
  return { dir, sha: git(dir, 'rev-parse', 'HEAD') };
}

/**
 * A pull request's git workspace: `base` committed as the store (none when null), then `head`
 * committed over it; returns the folder and both commits.
 */
export function baseAndHead(
  base: Uint8Array | null,
  head: Uint8Array,
): { dir: string; baseSha: string; headSha: string } {
  const ws = workspaceWith(base ? { [STORE]: base } : {});
  mkdirSync(path.dirname(path.join(ws.dir, STORE)), { recursive: true });
  writeFileSync(path.join(ws.dir, STORE), head);
  git(ws.dir, 'add', '-A');
  git(ws.dir, 'commit', '-q', '-m', 'head');
  return { dir: ws.dir, baseSha: ws.sha, headSha: git(ws.dir, 'rev-parse', 'HEAD') };
}

/** Every path under `dir` (relative), sorted: to show that a run wrote nothing there. */
export function listTree(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((p) => !p.startsWith('.git'))
    .sort();
}

/** An artifact zip holding one store file. */
export function storeZip(bytes: Uint8Array, name = 'db.sqlite'): Uint8Array {
  return zipSync({ [name]: bytes });
}

/** The environment the runner gives a job for uploading artifacts (results service, token). */
export function runtimeEnv(fake: FakeGitHub, runId: number): Record<string, string> {
  return {
    ACTIONS_RUNTIME_TOKEN: fakeRuntimeToken(runId),
    ACTIONS_RESULTS_URL: `${fake.url}/`,
    GITHUB_RUN_ID: String(runId),
  };
}

/** Check runs the fake holds, oldest first. */
export function checkRuns(fake: FakeGitHub) {
  return [...fake.state.checkRuns.values()].sort((a, b) => a.id - b.id);
}

/** Every write request the action sent to the GitHub API (not to blob storage). */
export function apiWrites(fake: FakeGitHub) {
  return fake.requests.filter((r) => r.method !== 'GET' && r.path.startsWith('/repos/'));
}

/** Resets the parts of the fake the tests of one file change. */
export function resetFake(fake: FakeGitHub): void {
  fake.state.comments = [];
  fake.state.issues.clear();
  fake.state.checkRuns.clear();
  fake.state.pulls.clear();
  fake.state.runs = [];
  fake.state.artifacts = [];
  fake.requests.length = 0;
  fake.forbidWrites = false;
  fake.clearFaults();
}

/** The fork the fork tests' pull requests come from. */
export const FORK = 'fork-owner/octo-repo';

/** A repository as webhook payloads carry it. */
export function repoJson(full: string) {
  const [owner, name] = full.split('/');
  return { full_name: full, name, owner: { login: owner } };
}

/** A pull_request payload of pull request `number` from the fork, into octo-org/octo-repo. */
export function forkPullRequestEvent(number: number, headSha: string, baseSha: string): object {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      head: { sha: headSha, ref: 'feature', repo: repoJson(FORK) },
      base: { sha: baseSha, ref: 'main', repo: repoJson('octo-org/octo-repo') },
    },
    repository: repoJson('octo-org/octo-repo'),
  };
}

/** A completed workflow_run payload for run `id` of the fork's pull_request at `headSha`. */
export function workflowRunEvent(
  id: number,
  headSha: string,
  fields: Record<string, unknown> = {},
): object {
  return {
    action: 'completed',
    workflow_run: {
      id,
      run_number: 7,
      run_attempt: 1,
      head_sha: headSha,
      head_branch: 'feature',
      head_repository: repoJson(FORK),
      pull_requests: [],
      event: 'pull_request',
      ...fields,
    },
    repository: repoJson('octo-org/octo-repo'),
  };
}

/** The environment of the trusted publisher: a run of its own, not the pull request's. */
export const PUBLISHER_ENV = { GITHUB_RUN_ID: '5000', GITHUB_RUN_NUMBER: '1' };

/** The action's own comments on issue or pull request `n`. */
export const botComments = (fake: FakeGitHub, n: number): ReturnType<FakeGitHub['comments']> =>
  fake.comments(n).filter((c) => c.login === 'github-actions[bot]');

/** A run's log as a reader sees it: the runner consumes `::add-mask::` lines itself. */
export const loggedText = (run: { stdout: string; stderr: string }): string =>
  (run.stdout + run.stderr).replace(/^::add-mask::.*$/gm, '');

/** A push payload, as GitHub sends it. */
export function pushEvent(o: {
  ref?: string;
  before: string;
  after: string;
  forced?: boolean;
}): object {
  const zero = /^0+$/;
  return {
    ref: o.ref ?? 'refs/heads/main',
    before: o.before,
    after: o.after,
    created: zero.test(o.before),
    deleted: zero.test(o.after),
    forced: o.forced ?? false,
    base_ref: null,
    compare: 'https://github.com/octo-org/octo-repo/compare/x...y',
    commits: [],
    head_commit: zero.test(o.after) ? null : { id: o.after, message: 'eval' },
    repository: {
      full_name: 'octo-org/octo-repo',
      name: 'octo-repo',
      owner: { login: 'octo-org' },
      default_branch: 'main',
    },
    pusher: { name: 'octocat' },
  };
}
