import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { baseSpec, headSpec, storeBytes } from './stores.js';
import { baseAndHead, STORE, workspaceWith } from './workflows.js';
import { e2eSuite } from './suite.js';

const suite = e2eSuite();
const fake = suite.fake;

/** A git workspace: the base store committed (unless not `withBase`), then the head store. */
async function workspace(
  headQuality: number,
  withBase = true,
): Promise<{ dir: string; baseSha: string; headSha: string }> {
  const base = withBase ? await storeBytes(baseSpec()) : null;
  return baseAndHead(base, await storeBytes(headSpec(headQuality)));
}

const check = suite.pullRequest;

beforeEach(() => {
  fake.addPullRequest({ number: 5, headSha: 'f'.repeat(40) });
});

describe('pull_request: the action end to end (dist/ alone, fake GitHub API)', () => {
  it('a regression gives one comment, a failed check run, outputs and a failed step; a second run updates the comment', async () => {
    const ws = await workspace(0.7);
    const run = await check(ws);
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toMatch(/::error::Prompt regression: 1 of 1 changed prompt/);
    expect(run.outputs).toMatchObject({ verdict: 'regressed', regressions: '1' });
    const report = JSON.parse(readFileSync(run.outputs['report-path'] ?? '', 'utf8')) as {
      verdict: string;
      context: object;
    };
    expect(report.verdict).toBe('regressed');
    expect(report.context).toMatchObject({
      pull_request: 5,
      head_sha: ws.headSha,
      base_sha: ws.baseSha,
    });

    const comments = fake.comments(5);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.login).toBe('github-actions[bot]');
    expect(comments[0]?.body.split('\n')[0]).toBe(
      `<!-- prompt-versioner-action:comment key=default sha=${ws.headSha} run=7 attempt=1 -->`,
    );
    expect(comments[0]?.body).toMatch(/Prompt regression/);
    expect(comments[0]?.body).toMatch(/\| Quality \(mean\) \|.*regressed/);

    const checks = [...fake.state.checkRuns.values()];
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({
      name: 'Prompt regressions',
      head_sha: ws.headSha,
      status: 'completed',
      conclusion: 'failure',
    });
    expect(checks[0]?.output.title).toMatch(/regress/i);
    expect(run.summary).toMatch(/Prompt regression/);
    // The runner consumes ::add-mask:: itself; nothing else may carry the token.
    const logged = (run.stdout + run.stderr).replace(/^::add-mask::.*$/gm, '');
    expect(logged).not.toContain('ghs_test_token_1234567890');

    const again = await check(ws, { env: { GITHUB_RUN_NUMBER: '8' } });
    expect(again.code).toBe(1);
    const after = fake.comments(5);
    expect(after).toHaveLength(1);
    expect(after[0]?.id).toBe(comments[0]?.id);
    expect(after[0]?.body).toMatch(/run=8 attempt=1/);
  });

  it('a clean head passes the check and turns an earlier regression comment into a pass', async () => {
    await check(await workspace(0.7));
    const clean = await workspace(0.85);
    const run = await check(clean, { env: { GITHUB_RUN_NUMBER: '9' } });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ regressions: '0' });
    expect(['passed', 'warning']).toContain(run.outputs.verdict);
    const comments = fake.comments(5);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).not.toMatch(/Prompt regression/);
    expect(comments[0]?.body).toMatch(/No regression/);
    const last = [...fake.state.checkRuns.values()].at(-1);
    expect(last?.conclusion).toBe(run.outputs.verdict === 'passed' ? 'success' : 'neutral');
  });

  it('says in the comment when a later commit could not be checked', async () => {
    await check(await workspace(0.7));
    expect(fake.comments(5)[0]?.body).toMatch(/Prompt regression/);
    // The next commit's store is not a store: the check fails, and the comment says so instead
    // of going on showing the earlier commit's regression.
    const broken = baseAndHead(
      await storeBytes(baseSpec()),
      new TextEncoder().encode('not a store'),
    );
    const run = await check(broken, { env: { GITHUB_RUN_NUMBER: '9' } });
    expect(run.code).not.toBe(0);
    const comments = fake.comments(5);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toMatch(/Could not check the prompt store/);
    expect(comments[0]?.body).not.toMatch(/Prompt regression/);
    expect(comments[0]?.body.split('\n')[0]).toContain(`sha=${broken.headSha} run=9`);
  });

  it('a token that may not write degrades to the job summary with a warning, not a crash', async () => {
    fake.forbidWrites = true;
    const run = await check(await workspace(0.7));
    expect(fake.comments(5)).toHaveLength(0);
    expect(run.stdout).toMatch(/::warning::The token cannot comment on pull request #5: give this job 'pull-requests: write'/); // prettier-ignore
    expect(run.summary).toMatch(/Prompt regression/);
    expect(run.outputs.verdict).toBe('regressed');
    // The regression still fails the step (fail-on), the 403 does not add a crash.
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(/HttpError|at .*\.js:\d+/);
  });

  it('publishes the comment and the check on a runner without job summaries, with a warning', async () => {
    // act, and GitHub Enterprise Server before 3.6, set no GITHUB_STEP_SUMMARY.
    const ws = await workspace(0.7);
    const run = await suite.pullRequest(ws, { env: { GITHUB_STEP_SUMMARY: '' } });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.outputs.verdict).toBe('regressed');
    expect(fake.comments(5)[0]?.body).toMatch(/Prompt regression/);
    expect([...fake.state.checkRuns.values()].at(-1)?.conclusion).toBe('failure');
    expect(run.stdout.match(/^::warning::The job summary could not be written/gm)).toHaveLength(1);
    expect(run.stdout).toMatch(/^::error::Prompt regression: 1 of 1 changed prompt/m);
  });

  it('still says the regression when GitHub keeps failing on the comment', async () => {
    fake.failNext({ method: 'POST', pathPattern: /\/issues\/5\/comments$/, status: 500, times: 10, body: { message: 'Server Error' } }); // prettier-ignore
    const run = await check(await workspace(0.7));
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('regressed');
    // The regression and the call that failed, each an error annotation of its own.
    expect(run.stdout).toMatch(/^::error::Prompt regression: 1 of 1 changed prompt/m);
    expect(run.stdout).toMatch(/^::error::GitHub API error 500 on POST .*\/issues\/5\/comments/m);
  });

  it('reads the base store through the contents API when the base commit is not in the checkout', async () => {
    const ws = await workspace(0.7);
    // A checkout of the head commit alone: the base commit is not in it.
    const shallow = workspaceWith({ [STORE]: readFileSync(path.join(ws.dir, STORE)) });
    const baseSha = 'a'.repeat(40);
    fake.state.rawContentType = 'text/plain; charset=utf-8';
    fake.setFile(baseSha, STORE, await storeBytes(baseSpec()));
    const run = await check({ dir: shallow.dir, baseSha, headSha: shallow.sha });
    expect(run.stdout).toMatch(/read with contents API/);
    expect(run.outputs.verdict).toBe('regressed');
    // The store, then its -journal and -wal (answered 404: no writer was killed while writing
    // it, and no -wal was committed, which SQLite would read whatever the store's mode).
    expect(
      fake.requestsTo('GET', /^\/repos\/octo-org\/octo-repo\/contents\//).map((r) => r.path),
    ).toEqual([
      '/repos/octo-org/octo-repo/contents/.prompt_versions%2Fdb.sqlite',
      '/repos/octo-org/octo-repo/contents/.prompt_versions%2Fdb.sqlite-journal',
      '/repos/octo-org/octo-repo/contents/.prompt_versions%2Fdb.sqlite-wal',
    ]);
  });

  it('refuses a base store in WAL mode with its -wal, read through the contents API', async () => {
    const ws = await workspace(0.7);
    const shallow = workspaceWith({ [STORE]: readFileSync(path.join(ws.dir, STORE)) });
    const baseSha = 'b'.repeat(40);
    const wal = (await storeBytes(baseSpec())).slice();
    wal[18] = 2;
    wal[19] = 2;
    fake.setFile(baseSha, STORE, wal);
    fake.setFile(baseSha, `${STORE}-wal`, new Uint8Array(4096).fill(7));
    const run = await check({ dir: shallow.dir, baseSha, headSha: shallow.sha });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::.*WAL mode and a -wal file lies beside it/);
  });

  it('warns, never green, when the base commit has no store', async () => {
    // The store kept out of git (the library's own .gitignore): a changed prompt reads as new,
    // and a regression would pass unseen.
    const run = await check(await workspace(0.7, false));
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('warning');
    expect(run.stdout).toMatch(
      /::warning::No store at the base commit .*nothing to compare with.* The pull request that first commits the store has no baseline yet; else commit \.prompt_versions\/db\.sqlite on the base branch, or upload it .* set input 'baseline-artifact'/,
    );
    expect(run.summary).toMatch(/Nothing compared: no baseline store/);
    const checkRun = [...fake.state.checkRuns.values()][0];
    expect(checkRun?.conclusion).toBe('neutral');
    expect(checkRun?.output?.title).toMatch(/^Nothing compared: no baseline store/);
  });

  it('names the input and the fix for a bad input, and for a missing store', async () => {
    const ws = await workspace(0.7);
    const bad = await check(ws, { inputs: { alpha: 'lots' } });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/::error::Invalid input 'alpha' 'lots': expected a number from/);
    const missing = await check(ws, { inputs: { store: 'nope.sqlite' } });
    expect(missing.stdout).toMatch(
      /::error::The store 'nope.sqlite' \(input 'store'\) does not exist/,
    );
    expect([...fake.state.checkRuns.values()].at(-1)?.conclusion).toBe('failure');
  });
});
