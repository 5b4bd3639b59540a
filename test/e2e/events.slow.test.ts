// Every event that checks a change, end to end: pull_request_target (the checkout holds the base
// branch), merge_group, push (new branch, forced, deleted), and an empty github-token input.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { interruptTransaction } from '../../scripts/store-writer.mjs';
import { git, pullRequestEvent } from './harness.js';
import { baseSpec, headSpec, storeBytes } from './stores.js';
import { e2eSuite } from './suite.js';
import { apiWrites, baseAndHead, checkRuns, pushEvent, STORE, workspaceWith } from './workflows.js';

const suite = e2eSuite();
const fake = suite.fake;
let base: Uint8Array;
let regressed: Uint8Array;

const REPO = {
  full_name: 'octo-org/octo-repo',
  name: 'octo-repo',
  owner: { login: 'octo-org' },
  default_branch: 'main',
};

/** A merge_group checks_requested payload, as GitHub sends it. */
function mergeGroupEvent(headSha: string, baseSha: string): object {
  return {
    action: 'checks_requested',
    merge_group: {
      head_sha: headSha,
      head_ref: `refs/heads/gh-readonly-queue/main/pr-5-${baseSha}`,
      base_sha: baseSha,
      base_ref: 'refs/heads/main',
      head_commit: { id: headSha, tree_id: 'e'.repeat(40), message: 'Merge pull request #5' },
    },
    repository: REPO,
  };
}

const ZERO = '0'.repeat(40);

beforeAll(async () => {
  base = await storeBytes(baseSpec());
  regressed = await storeBytes(headSpec(0.7));
});

describe('pull_request_target: the checkout holds the base branch', () => {
  it('reads the head store at the head commit with git, and the regression fails the check', async () => {
    const ws = baseAndHead(base, regressed);
    git(ws.dir, 'checkout', '-q', ws.baseSha); // what the default checkout gives
    fake.addPullRequest({ number: 5, headSha: ws.headSha, baseSha: ws.baseSha });
    const run = await suite.run(
      ws.dir,
      'pull_request_target',
      pullRequestEvent({ number: 5, headSha: ws.headSha, baseSha: ws.baseSha }),
      {
        env: { GITHUB_SHA: ws.baseSha },
      },
    );
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toContain(
      `Head store: ${STORE} at head ${ws.headSha.slice(0, 7)} (read with git`,
    );
    expect(run.outputs).toMatchObject({ verdict: 'regressed', regressions: '1' });
    expect(checkRuns(fake)).toMatchObject([{ head_sha: ws.headSha, conclusion: 'failure' }]);
    expect(fake.comments(5)).toHaveLength(1);
  });

  it('reads the head store through the contents API when the head commit is not fetched', async () => {
    const ws = workspaceWith({ [STORE]: base });
    const headSha = 'a'.repeat(40);
    fake.setFile(headSha, STORE, regressed);
    fake.addPullRequest({ number: 5, headSha, baseSha: ws.sha });
    const run = await suite.run(
      ws.dir,
      'pull_request_target',
      pullRequestEvent({ number: 5, headSha, baseSha: ws.sha }),
    );
    expect(run.stdout).toMatch(/Head store: .* at head aaaaaaa \(read with contents API/);
    expect(run.outputs.verdict).toBe('regressed');
    expect(checkRuns(fake)[0]).toMatchObject({ head_sha: headSha, conclusion: 'failure' });
  });

  it('ends neutral, saying so, when the head commit has no store', async () => {
    const ws = workspaceWith({ [STORE]: base });
    // Files set by other tests stay in the fake: a commit of its own.
    const headSha = 'd'.repeat(40);
    fake.addPullRequest({ number: 5, headSha, baseSha: ws.sha });
    const run = await suite.run(
      ws.dir,
      'pull_request_target',
      pullRequestEvent({ number: 5, headSha, baseSha: ws.sha }),
    );
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.verdict).toBe('skipped');
    expect(run.stdout).toMatch(
      /::warning::.*The head store could not be found: there is no \.prompt_versions\/db\.sqlite at head ddddddd/,
    );
    expect(checkRuns(fake)[0]).toMatchObject({ head_sha: headSha, conclusion: 'neutral' });
    expect(run.summary).not.toMatch(/No prompt versions added/);
  });

  it('reads the workspace when the workflow checked out the head commit', async () => {
    const ws = baseAndHead(base, regressed);
    fake.addPullRequest({ number: 5, headSha: ws.headSha, baseSha: ws.baseSha });
    const run = await suite.run(
      ws.dir,
      'pull_request_target',
      pullRequestEvent({ number: 5, headSha: ws.headSha, baseSha: ws.baseSha }),
    );
    expect(run.stdout).toContain("The workspace holds the pull request's head commit");
    expect(run.outputs.verdict).toBe('regressed');
  });
});

describe('pull_request_target: a job that checks out the pull request and writes the store', () => {
  // The library's folder gitignored, as it often is: the store is in no commit, only the job's.
  function mergeCheckout(): { dir: string; baseSha: string; headSha: string } {
    const ws = workspaceWith({ '.gitignore': '.prompt_versions/\n', [STORE]: base });
    git(ws.dir, 'checkout', '-q', '-b', 'feature');
    writeFileSync(path.join(ws.dir, 'prompt.txt'), 'a new prompt\n');
    git(ws.dir, 'add', 'prompt.txt');
    git(ws.dir, 'commit', '-q', '-m', 'change the prompt');
    const headSha = git(ws.dir, 'rev-parse', 'HEAD');
    git(ws.dir, 'checkout', '-q', 'main');
    git(ws.dir, 'merge', '-q', '--no-ff', '-m', 'merge', 'feature');
    git(ws.dir, 'checkout', '-q', '--detach', 'HEAD');
    return { dir: ws.dir, baseSha: ws.sha, headSha };
  }

  it("compares the store written on the pull request's merge commit, not 'not checked'", async () => {
    const ws = mergeCheckout();
    mkdirSync(path.join(ws.dir, '.prompt_versions'), { recursive: true });
    writeFileSync(path.join(ws.dir, STORE), regressed);
    writeFileSync(path.join(ws.dir, 'baseline.sqlite'), base);
    fake.addPullRequest({ number: 5, headSha: ws.headSha, baseSha: ws.baseSha });
    const run = await suite.run(
      ws.dir,
      'pull_request_target',
      pullRequestEvent({ number: 5, headSha: ws.headSha, baseSha: ws.baseSha }),
      { inputs: { 'baseline-store': 'baseline.sqlite' }, env: { GITHUB_SHA: ws.baseSha } },
    );
    expect(run.stdout).toContain("which includes the pull request's head");
    expect(run.outputs.verdict).toBe('regressed');
    expect(checkRuns(fake)[0]).toMatchObject({ head_sha: ws.headSha, conclusion: 'failure' });
  });

  it("does so too in actions/checkout's shallow clone, which lacks the head commit", async () => {
    const full = mergeCheckout();
    const dir = `${full.dir}-shallow`;
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${full.dir}`, dir]);
    mkdirSync(path.join(dir, '.prompt_versions'), { recursive: true });
    writeFileSync(path.join(dir, STORE), regressed);
    writeFileSync(path.join(dir, 'baseline.sqlite'), base);
    fake.addPullRequest({ number: 5, headSha: full.headSha, baseSha: full.baseSha });
    const run = await suite.run(
      dir,
      'pull_request_target',
      pullRequestEvent({ number: 5, headSha: full.headSha, baseSha: full.baseSha }),
      { inputs: { 'baseline-store': 'baseline.sqlite' }, env: { GITHUB_SHA: full.baseSha } },
    );
    expect(run.stdout).toContain("which includes the pull request's head");
    expect(run.outputs.verdict).toBe('regressed');
  });

  it("never takes a store the job wrote on the base branch's checkout for the head's", async () => {
    const ws = mergeCheckout();
    git(ws.dir, 'checkout', '-q', ws.baseSha);
    mkdirSync(path.join(ws.dir, '.prompt_versions'), { recursive: true });
    writeFileSync(path.join(ws.dir, STORE), regressed);
    fake.addPullRequest({ number: 5, headSha: ws.headSha, baseSha: ws.baseSha });
    const run = await suite.run(
      ws.dir,
      'pull_request_target',
      pullRequestEvent({ number: 5, headSha: ws.headSha, baseSha: ws.baseSha }),
      { env: { GITHUB_SHA: ws.baseSha } },
    );
    expect(run.stdout).not.toContain("which includes the pull request's head");
    expect(run.outputs.verdict).toBe('skipped');
  });
});

describe('merge_group', () => {
  it("compares the group's head with its base and completes the check on the group's head", async () => {
    const ws = baseAndHead(base, regressed);
    const run = await suite.run(ws.dir, 'merge_group', mergeGroupEvent(ws.headSha, ws.baseSha), {
      env: { GITHUB_SHA: ws.headSha },
    });
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs.verdict).toBe('regressed');
    expect(run.stdout).toContain(`Baseline store: ${STORE} at base ${ws.baseSha.slice(0, 7)}`);
    expect(checkRuns(fake)).toMatchObject([
      {
        name: 'Prompt regressions',
        head_sha: ws.headSha,
        status: 'completed',
        conclusion: 'failure',
      },
    ]);
    expect(fake.state.comments).toHaveLength(0);
    expect(run.summary).toMatch(/Prompt regression/);
  });
});

describe('push', () => {
  it('compares the pushed commit with the one before: job summary, no comment, no check run', async () => {
    const ws = baseAndHead(base, regressed);
    const run = await suite.run(
      ws.dir,
      'push',
      pushEvent({ before: ws.baseSha, after: ws.headSha }),
      {
        env: { GITHUB_SHA: ws.headSha },
      },
    );
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs.verdict).toBe('regressed');
    expect(run.stdout).toContain(`${STORE} at before ${ws.baseSha.slice(0, 7)}`);
    expect(run.summary).toMatch(/Prompt regression/);
    expect(apiWrites(fake)).toEqual([]);
  });

  it('compares a new branch with the default branch, and says so', async () => {
    const ws = workspaceWith({ [STORE]: regressed });
    fake.setFile('main', STORE, base);
    const run = await suite.run(
      ws.dir,
      'push',
      pushEvent({ ref: 'refs/heads/feature', before: ZERO, after: ws.sha }),
      {
        env: { GITHUB_SHA: ws.sha },
      },
    );
    expect(run.outputs.verdict).toBe('regressed');
    expect(run.summary).toMatch(
      /refs\/heads\/feature is new .*compared with the store on the default branch main/,
    );
    expect(run.stdout).toMatch(/at default branch main \(read with contents API\)/);
  });

  it('says that a forced push is compared with the previous tip', async () => {
    const ws = baseAndHead(base, regressed);
    const run = await suite.run(
      ws.dir,
      'push',
      pushEvent({ before: ws.baseSha, after: ws.headSha, forced: true }),
    );
    expect(run.outputs.verdict).toBe('regressed');
    expect(run.summary).toMatch(/Forced push: compared with the branch's previous tip/);
  });

  it('ends skipped when the push deleted its branch', async () => {
    const ws = workspaceWith({});
    const run = await suite.run(
      ws.dir,
      'push',
      pushEvent({ ref: 'refs/heads/old', before: 'b'.repeat(40), after: ZERO }),
    );
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('skipped');
    expect(run.summary).toMatch(/The push deleted refs\/heads\/old/);
  });

  it('says when a commit is compared with itself', async () => {
    const ws = workspaceWith({ [STORE]: base });
    const run = await suite.run(ws.dir, 'push', pushEvent({ before: ws.sha, after: ws.sha }));
    expect(run.summary).toMatch(/same commit .*compared with itself/);
    expect(run.outputs.verdict).toBe('no_changes');
  });
});

/**
 * A pull request whose base commit holds `store` with a file beside it (`suffix`: its -journal or
 * -wal), and whose head commit holds the regressed store alone; its run of the action.
 */
async function pullRequestOverBase(store: Uint8Array, suffix: string, beside: Uint8Array) {
  const ws = workspaceWith({ [STORE]: store, [`${STORE}${suffix}`]: beside });
  mkdirSync(path.join(ws.dir, '.prompt_versions'), { recursive: true });
  writeFileSync(path.join(ws.dir, STORE), regressed);
  git(ws.dir, 'rm', '-q', `${STORE}${suffix}`);
  git(ws.dir, 'add', '-A');
  git(ws.dir, 'commit', '-q', '-m', 'head');
  const headSha = git(ws.dir, 'rev-parse', 'HEAD');
  fake.addPullRequest({ number: 5, headSha, baseSha: ws.sha });
  return suite.run(
    ws.dir,
    'pull_request',
    pullRequestEvent({ number: 5, headSha, baseSha: ws.sha }),
  );
}

describe('a store a killed writer left behind', () => {
  it('reads the committed state of a workspace store with a hot journal beside it', async () => {
    // Committed: 1.2.0 regressed. The unfinished transaction made it look much better.
    const left = await interruptTransaction(regressed, [
      'UPDATE prompt_metrics SET quality_score = 0.99 WHERE version_id = 2',
    ]);
    const ws = baseAndHead(base, regressed);
    writeFileSync(path.join(ws.dir, STORE), left.store);
    writeFileSync(path.join(ws.dir, `${STORE}-journal`), left.journal);
    fake.addPullRequest({ number: 5, headSha: ws.headSha, baseSha: ws.baseSha });
    const run = await suite.pullRequest(ws);
    expect(run.outputs.verdict, run.stdout).toBe('regressed');
  });

  it('reads a committed -journal with the store at the base commit', async () => {
    // The base store: 1.1.0 at 0.85, and an unfinished transaction that lowered it to 0.5.
    const left = await interruptTransaction(base, [
      'UPDATE prompt_metrics SET quality_score = 0.5',
    ]);
    const run = await pullRequestOverBase(left.store, '-journal', left.journal);
    // Read without its journal, the base would be at 0.5 and the head (0.7) an improvement.
    expect(run.outputs.verdict, run.stdout).toBe('regressed');
  });

  it('refuses a store at the base commit in WAL mode committed with its -wal file', async () => {
    const wal = base.slice();
    wal[18] = 2;
    wal[19] = 2;
    const run = await pullRequestOverBase(wal, '-wal', new Uint8Array(4096).fill(7));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::.*WAL mode and a -wal file lies beside it/);
  });
});

describe('an empty github-token input', () => {
  it.each([[''], ['${{ github.token }}']])('stops with one clear line: %j', async (token) => {
    const ws = baseAndHead(base, regressed);
    const run = await suite.pullRequest(ws, {
      inputs: { 'github-token': token },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "::error::Input 'github-token' is empty: leave it out to use the job's token (github.token)",
    );
    expect(fake.requests).toHaveLength(0);
  });
});
