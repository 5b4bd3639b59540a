// The pr-check mode in process: a pull request (comment and check run) and a push (neither),
// on git workspaces with a base and a head commit, against the fake GitHub.
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/parse.js';
import { prCheck } from '../../src/modes/pr-check.js';
import { FakeGitHub } from '../e2e/fake-github.js';
import { git, pullRequestEvent } from '../e2e/harness.js';
import { baseSpec, headSpec, storeBytes } from '../e2e/stores.js';
import { apiWrites, baseAndHead, checkRuns, workspaceWith } from '../e2e/workflows.js';
import { modeRun } from './run.js';

let fake: FakeGitHub;
let base: Uint8Array;
let regressed: Uint8Array;

beforeAll(async () => {
  fake = new FakeGitHub();
  await fake.start();
  base = await storeBytes(baseSpec());
  regressed = await storeBytes(headSpec(0.7));
});
afterAll(async () => {
  await fake.stop();
});

/** A pull request `number` whose head regresses, and a pr-check run of it by run number. */
function regressingPullRequest(number: number) {
  const ws = baseAndHead(base, regressed);
  fake.addPullRequest({ number, headSha: ws.headSha, baseSha: ws.baseSha });
  const event = pullRequestEvent({ number, headSha: ws.headSha, baseSha: ws.baseSha });
  return (runNumber: number) =>
    modeRun({ fake, ws: ws.dir, inputs: {}, eventName: 'pull_request', payload: event as Record<string, unknown>, runNumber, sha: ws.headSha }); // prettier-ignore
}

describe('pr-check mode, in process', () => {
  it('on a pull request: sticky comment, failed check run, outputs, a failing step', async () => {
    const ws = baseAndHead(base, regressed);
    fake.addPullRequest({ number: 5, headSha: ws.headSha, baseSha: ws.baseSha });
    const run = modeRun({
      fake,
      ws: ws.dir,
      inputs: {},
      eventName: 'pull_request',
      payload: pullRequestEvent({ number: 5, headSha: ws.headSha, baseSha: ws.baseSha }) as Record<
        string,
        unknown
      >,
      runNumber: 3,
      sha: ws.headSha,
    });
    const result = await prCheck(run);
    expect(result.failure).toMatch(/^Prompt regression/);
    expect(Object.fromEntries(run.io.outputs)).toMatchObject({
      verdict: 'regressed',
      regressions: '1',
    });
    expect(run.io.outputs.get('comment-url')).toMatch(/#issuecomment-/);
    const comments = fake.comments(5);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body.split('\n')[0]).toBe(
      `<!-- prompt-versioner-action:comment key=default sha=${ws.headSha} run=3 attempt=1 -->`,
    );
    const checks = checkRuns(fake);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ name: 'Prompt regressions', conclusion: 'failure' });
  });

  it("names the missing permission for this repository's pull request, and the relay for a fork's", async () => {
    const pr = regressingPullRequest(31);
    fake.forbidWrites = true;
    try {
      const own = pr(1);
      await prCheck(own);
      expect(own.io.warnings.join('\n')).toMatch(/The token cannot comment on pull request #31: give this job 'pull-requests: write'/); // prettier-ignore
      expect(own.io.warnings.join('\n')).not.toMatch(/publish: artifact/);
      const fork = pr(2);
      const event = fork.ctx.payload as { pull_request: { head: { repo: object } } };
      event.pull_request.head.repo = { full_name: 'fork-owner/octo-repo', name: 'octo-repo', owner: { login: 'fork-owner' } }; // prettier-ignore
      await prCheck(fork);
      expect(fork.io.warnings.join('\n')).toMatch(/a fork's pull request gets a read-only token.*publish: artifact/); // prettier-ignore
    } finally {
      fake.forbidWrites = false;
    }
  });

  it('reads the base store from a repository checked out into a folder of the workspace', async () => {
    // actions/checkout with `path: app`: the workspace itself is no repository.
    const ws = baseAndHead(base, regressed);
    const parent = mkdtempSync(path.join(tmpdir(), 'pv-parent-'));
    renameSync(ws.dir, path.join(parent, 'app'));
    fake.addPullRequest({ number: 8, headSha: ws.headSha, baseSha: ws.baseSha });
    const event = pullRequestEvent({ number: 8, headSha: ws.headSha, baseSha: ws.baseSha });
    const run = modeRun({ fake, ws: parent, inputs: { store: 'app/.prompt_versions/db.sqlite' }, eventName: 'pull_request', payload: event as Record<string, unknown>, runNumber: 4, sha: ws.headSha }); // prettier-ignore
    const infos: string[] = [];
    run.io.log.info = (m) => void infos.push(m);
    expect((await prCheck(run)).failure).toMatch(/^Prompt regression/);
    expect(run.io.outputs.get('verdict')).toBe('regressed');
    expect(infos.join('\n')).toMatch(
      /Baseline store: \.prompt_versions\/db\.sqlite at base [0-9a-f]{7} \(read with git\)/,
    );
    expect(checkRuns(fake).at(-1)).toMatchObject({ head_sha: ws.headSha, conclusion: 'failure' });
  });

  it('compares and comments when GitHub will not create or complete the check run', async () => {
    const go = regressingPullRequest(10);
    // A 422 on creating it: no check run, but the comparison, the comment and the verdict.
    fake.failNext({ method: 'POST', pathPattern: /\/check-runs$/, status: 422, body: { message: 'Validation Failed' } }); // prettier-ignore
    const refused = go(6);
    expect((await prCheck(refused)).failure).toMatch(/^Prompt regression/);
    expect(refused.io.outputs.get('verdict')).toBe('regressed');
    expect(fake.comments(10)).toHaveLength(1);
    expect(refused.io.warnings.join('\n')).toMatch(/^No check run: GitHub did not create it \(.*Validation Failed/m); // prettier-ignore
    // Completing it keeps failing: a warning, and the run still ends with its verdict.
    const before = checkRuns(fake).length;
    fake.failNext({ method: 'PATCH', pathPattern: /\/check-runs\/\d+$/, status: 502, times: 10, body: { message: 'Bad Gateway' } }); // prettier-ignore
    const stuck = go(7);
    expect((await prCheck(stuck)).failure).toMatch(/^Prompt regression/);
    expect(checkRuns(fake)).toHaveLength(before + 1);
    expect(stuck.io.warnings.join('\n')).toMatch(/^Could not complete check run \d+ \(.*\): it stays in progress/m); // prettier-ignore
  }, 60_000);

  it('records the regression before publishing, so a run GitHub then fails still says it', async () => {
    const go = regressingPullRequest(13);
    fake.failNext({ method: 'POST', pathPattern: /\/issues\/13\/comments$/, status: 500, times: 10, body: { message: 'Server Error' } }); // prettier-ignore
    const run = go(11);
    await expect(prCheck(run)).rejects.toThrow(/Server Error/);
    expect(run.io.outputs.get('verdict')).toBe('regressed');
    expect(run.io.failures).toHaveLength(1);
    expect(run.io.failures[0]).toMatch(/^Prompt regression/);
  }, 60_000);

  it('posts the report again when its comment was deleted since it was listed', async () => {
    const go = regressingPullRequest(11);
    await prCheck(go(8));
    // GitHub's answer for a comment deleted between the listing and the edit (the fake keeps
    // it: the run then folds the two into one).
    fake.failNext({ method: 'PATCH', pathPattern: /\/issues\/comments\/\d+$/, status: 404, body: { message: 'Not Found' } }); // prettier-ignore
    const again = go(9);
    expect((await prCheck(again)).failure).toMatch(/^Prompt regression/);
    const now = fake.comments(11);
    expect(now).toHaveLength(1);
    expect(now[0]?.body.split('\n')[0]).toMatch(/ run=9 /);
    expect(again.io.outputs.get('comment-url')).toMatch(/#issuecomment-/);
    expect(again.io.warnings.join('\n')).not.toMatch(/write access|read-only/);
  }, 60_000);

  it('refuses a base store in WAL mode committed with its -wal file, naming the fix', async () => {
    // The -wal may hold the live version's newer calls: the main file alone is not the store.
    const wal = base.slice();
    wal[18] = 2;
    wal[19] = 2;
    const baseWs = workspaceWith({ '.prompt_versions/db.sqlite': wal, '.prompt_versions/db.sqlite-wal': new Uint8Array(4096).fill(7) }); // prettier-ignore
    mkdirSync(path.join(baseWs.dir, '.prompt_versions'), { recursive: true });
    writeFileSync(path.join(baseWs.dir, '.prompt_versions', 'db.sqlite'), regressed);
    git(baseWs.dir, 'rm', '-q', '.prompt_versions/db.sqlite-wal');
    git(baseWs.dir, 'add', '-A');
    git(baseWs.dir, 'commit', '-q', '-m', 'head');
    const headSha = git(baseWs.dir, 'rev-parse', 'HEAD');
    fake.addPullRequest({ number: 12, headSha, baseSha: baseWs.sha });
    const event = pullRequestEvent({ number: 12, headSha, baseSha: baseWs.sha });
    const run = modeRun({ fake, ws: baseWs.dir, inputs: {}, eventName: 'pull_request', payload: event as Record<string, unknown>, runNumber: 10, sha: headSha }); // prettier-ignore
    await expect(prCheck(run)).rejects.toThrow(
      /the store is in WAL mode and a -wal file lies beside it.*before it is uploaded or committed, run sqlite3 db\.sqlite 'PRAGMA wal_checkpoint\(TRUNCATE\)'/,
    );
  });

  it('names the .gitignore rule that kept the store out of the base commit', async () => {
    // The base branch ignores the folder, so its evaluation's store was never committed; the
    // job wrote the head store into the workspace.
    const ws = workspaceWith({ '.gitignore': '# stores\n.prompt_versions/\n' });
    writeFileSync(path.join(ws.dir, 'eval.py'), 'print()\n');
    git(ws.dir, 'add', '-A');
    git(ws.dir, 'commit', '-q', '-m', 'head');
    const headSha = git(ws.dir, 'rev-parse', 'HEAD');
    mkdirSync(path.join(ws.dir, '.prompt_versions'));
    writeFileSync(path.join(ws.dir, '.prompt_versions', 'db.sqlite'), regressed);
    fake.addPullRequest({ number: 21, headSha, baseSha: ws.sha });
    const event = pullRequestEvent({ number: 21, headSha, baseSha: ws.sha });
    const run = modeRun({ fake, ws: ws.dir, inputs: {}, eventName: 'pull_request', payload: event as Record<string, unknown>, runNumber: 11, sha: headSha }); // prettier-ignore
    await prCheck(run);
    expect(run.io.warnings.join('\n')).toContain(
      'else commit .prompt_versions/db.sqlite on the base branch (.gitignore:2: .prompt_versions/ ignores it, so a plain git add leaves it out: git add -f it, or drop the rule), or upload it',
    );
  });

  it('says which input to fix when the store named is a folder', async () => {
    const ws = baseAndHead(base, regressed);
    fake.addPullRequest({ number: 9, headSha: ws.headSha, baseSha: ws.baseSha });
    const event = pullRequestEvent({ number: 9, headSha: ws.headSha, baseSha: ws.baseSha });
    const run = modeRun({ fake, ws: ws.dir, inputs: { store: '.prompt_versions' }, eventName: 'pull_request', payload: event as Record<string, unknown>, runNumber: 5, sha: ws.headSha }); // prettier-ignore
    await expect(prCheck(run)).rejects.toThrow(
      /^The base store \.prompt_versions at base [0-9a-f]{7} is a folder, not a store file: point input 'store' at the db\.sqlite file/,
    );
  });

  it('does nothing when the pull request is closed, merged or not, nor on a label changed after', async () => {
    const ws = baseAndHead(base, regressed);
    fake.addPullRequest({ number: 6, headSha: ws.headSha, baseSha: ws.baseSha });
    const before = apiWrites(fake).length;
    const cases = [true, false].flatMap((merged) => ['closed', 'unlabeled', 'labeled'].map((action) => ({ merged, action }))); // prettier-ignore
    for (const { merged, action } of cases) {
      const event = pullRequestEvent({ number: 6, headSha: ws.headSha, baseSha: ws.baseSha }) as {
        pull_request: Record<string, unknown>;
      };
      const payload = { ...event, action, label: { name: 'prompt-regression-accepted' }, pull_request: { ...event.pull_request, state: 'closed', merged } }; // prettier-ignore
      const run = modeRun({ fake, ws: ws.dir, inputs: {}, eventName: 'pull_request', payload, runNumber: 4, sha: ws.headSha }); // prettier-ignore
      expect(await prCheck(run)).toEqual({ failure: null });
      expect(run.io.outputs.get('verdict')).toBe('skipped');
    }
    expect(apiWrites(fake)).toHaveLength(before);
  });

  it('on a push: the report in the job summary and outputs, nothing written to GitHub', async () => {
    const ws = baseAndHead(base, regressed);
    fake.requests.length = 0;
    const run = modeRun({
      fake,
      ws: ws.dir,
      inputs: {},
      eventName: 'push',
      payload: { ref: 'refs/heads/main', before: ws.baseSha, after: ws.headSha },
      runNumber: 4,
      sha: ws.headSha,
    });
    const result = await prCheck(run);
    expect(result.failure).toMatch(/^Prompt regression/);
    expect(run.io.outputs.get('verdict')).toBe('regressed');
    expect(run.io.outputs.has('comment-url')).toBe(false);
    expect(run.io.summaries.join('')).toMatch(/Prompt regression/);
    expect(apiWrites(fake)).toEqual([]);
  });

  it("reads a push's store at the pushed commit when the checkout holds another one", async () => {
    const ws = baseAndHead(base, regressed);
    // actions/checkout with `ref: main` (or an earlier `git checkout`): the workspace is at before.
    git(ws.dir, 'checkout', '-q', '--detach', ws.baseSha);
    const push = (runNumber: number) =>
      modeRun({ fake, ws: ws.dir, inputs: {}, eventName: 'push', payload: { ref: 'refs/heads/main', before: ws.baseSha, after: ws.headSha }, runNumber, sha: ws.headSha }); // prettier-ignore
    const run = push(12);
    const infos: string[] = [];
    run.io.log.info = (m) => void infos.push(m);
    expect((await prCheck(run)).failure).toMatch(/^Prompt regression/);
    expect(infos.join('\n')).toMatch(/The workspace holds commit [0-9a-f]{7}, not the pushed commit [0-9a-f]{7}: the head store is read at/); // prettier-ignore
    // A store the job wrote after the checkout is the one compared, with a warning.
    writeFileSync(path.join(ws.dir, '.prompt_versions', 'db.sqlite'), regressed);
    const written = push(13);
    expect((await prCheck(written)).failure).toMatch(/^Prompt regression/);
    expect(written.io.warnings.join('\n')).toMatch(/its store, written or changed in this job, is compared as the pushed commit's/); // prettier-ignore
    // An evaluation that commits the store it wrote on top of the pushed commit: that store.
    git(ws.dir, 'checkout', '-q', '-f', '--detach', ws.headSha);
    writeFileSync(path.join(ws.dir, '.prompt_versions', 'db.sqlite'), base);
    git(ws.dir, 'commit', '-qam', 'update the store');
    const committed = push(14);
    expect((await prCheck(committed)).failure).toBeNull();
    expect(committed.io.outputs.get('verdict')).toBe('no_changes');
  });

  it('names the modes for other events', async () => {
    const run = modeRun({ fake, ws: '.', inputs: {}, eventName: 'schedule', runNumber: 5 });
    await expect(prCheck(run)).rejects.toThrow(ConfigError);
    await expect(prCheck(run)).rejects.toThrow(/mode pr-check needs a pull_request/);
  });
});
