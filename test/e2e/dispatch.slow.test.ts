import { beforeAll, describe, expect, it } from 'vitest';
import { baseSpec, headSpec, storeBytes } from './stores.js';
import { checkRuns, listTree, STORE, storeZip, workspaceWith } from './workflows.js';
import { e2eSuite } from './suite.js';

const suite = e2eSuite();
const fake = suite.fake;
let store: Uint8Array;

const DISPATCH = {
  ref: 'refs/heads/main',
  inputs: {},
  repository: { full_name: 'octo-org/octo-repo', default_branch: 'main' },
};
const VERSIONS = { prompt: 'summarizer', candidate: '1.2.0', baseline: '1.1.0' };

function dispatch(dir: string, inputs: Record<string, string>, env: Record<string, string> = {}) {
  return suite.run(dir, 'workflow_dispatch', DISPATCH, {
    inputs,
    env,
  });
}

beforeAll(async () => {
  store = await storeBytes(headSpec(0.7));
});

describe('workflow_dispatch: compare two versions of one prompt', () => {
  it('writes the comparison to the job summary and the outputs, and posts nothing', async () => {
    const ws = workspaceWith({ [STORE]: store });
    const run = await dispatch(ws.dir, VERSIONS);
    expect(run.stdout).toMatch(/compare on workflow_dispatch/);
    expect(run.outputs).toMatchObject({ verdict: 'regressed', regressions: '1' });
    expect(run.summary).toMatch(/Prompt regression/);
    expect(run.summary).toMatch(/1\.2\.0/);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::Prompt regression/);
    expect(fake.state.comments).toHaveLength(0);
    expect(checkRuns(fake)).toHaveLength(0);
  });

  it('with pr-number, posts its own sticky comment on that pull request and no check run', async () => {
    const ws = workspaceWith({ [STORE]: store });
    const pr = fake.addPullRequest({ number: 12, headSha: 'd'.repeat(40) });
    // The pull-request check's own comment must stay as it is.
    const gate = fake.addComment(12, `<!-- prompt-versioner-action:comment key=default sha=${'d'.repeat(40)} run=50 attempt=1 -->\nPR check`, 'github-actions[bot]'); // prettier-ignore
    const run = await dispatch(ws.dir, { ...VERSIONS, 'pr-number': '12' });
    expect(run.outputs.verdict).toBe('regressed');
    const comments = fake.comments(12);
    expect(comments).toHaveLength(2);
    expect(comments[0]).toEqual(gate);
    expect(comments[1]?.body.split('\n')[0]).toBe(
      `<!-- prompt-versioner-action:comment key=default.compare sha=${pr.headSha} run=7 attempt=1 -->`,
    );
    expect(comments[1]?.body).toMatch(/Prompt regression/);
    expect(run.outputs['comment-url']).toMatch(/#issuecomment-/);
    expect(checkRuns(fake)).toHaveLength(0);

    // A second dispatch updates that comment.
    const again = await dispatch(ws.dir, { ...VERSIONS, 'pr-number': '12' }, { GITHUB_RUN_NUMBER: '8' }); // prettier-ignore
    expect(again.outputs.verdict).toBe('regressed');
    expect(fake.comments(12)).toHaveLength(2);
    expect(fake.comments(12)[1]?.body).toMatch(/key=default\.compare .* run=8 /);
  });

  it('reads the store from an artifact of this run, never into the workspace', async () => {
    const ws = workspaceWith();
    const before = listTree(ws.dir);
    fake.addArtifact(4242, { name: 'prompt-store', zip: storeZip(store) });
    const run = await dispatch(ws.dir, { ...VERSIONS, 'store-artifact': 'prompt-store' });
    expect(run.stdout).toMatch(/Head store: artifact prompt-store \(run 4242\)\./);
    // Said once, not again by the comparison itself.
    expect(run.stdout.match(/store: artifact prompt-store/gi)).toHaveLength(1);
    expect(run.outputs.verdict).toBe('regressed');
    expect(listTree(ws.dir)).toEqual(before);
  });

  it('chooses the baseline itself when input baseline is empty', async () => {
    const ws = workspaceWith({ [STORE]: store });
    const run = await dispatch(ws.dir, { prompt: 'summarizer', candidate: '1.2.0', 'baseline-store': 'old.sqlite' }); // prettier-ignore
    expect(run.outputs.verdict).toBe('regressed');
    expect(run.summary).toMatch(/1\.1\.0/);
    // An input the mode ignores is a warning, said once.
    expect(run.stdout.match(/::warning::input 'baseline-store' is not used by mode compare/g)).toHaveLength(1); // prettier-ignore
  });

  it('names the input and the fix for every mistake a user can make', async () => {
    const ws = workspaceWith({ [STORE]: store });
    const noPrompt = await dispatch(ws.dir, { mode: 'compare', candidate: '1.2.0' });
    expect(noPrompt.code).toBe(1);
    expect(noPrompt.stdout).toMatch(
      /::error::mode compare needs input 'prompt' \(the prompt name\) and input 'candidate'/,
    );
    const noPr = await dispatch(ws.dir, { ...VERSIONS, 'pr-number': '99' });
    expect(noPr.stdout).toMatch(
      /::error::input 'pr-number' is 99, but octo-org\/octo-repo has no pull request #99/,
    );
    const badVersion = await dispatch(ws.dir, { ...VERSIONS, candidate: '9.9.9' });
    expect(badVersion.stdout).toMatch(/::error::The candidate version "9\.9\.9" of "summarizer"/);
    const badPr = await dispatch(ws.dir, { ...VERSIONS, 'pr-number': 'twelve' });
    expect(badPr.stdout).toMatch(/::error::Invalid input 'pr-number' 'twelve'/);
    // A prompt without its version is a comparison missing an input, not a health report.
    const noCandidate = await dispatch(ws.dir, { prompt: 'summarizer', 'pr-number': '12' });
    expect(noCandidate.code).toBe(1);
    expect(noCandidate.stdout).not.toMatch(/health on workflow_dispatch/);
    expect(noCandidate.stdout).toMatch(
      /::error::input 'prompt' is set but input 'candidate' is not: give the version under test/,
    );
    expect(fake.state.comments).toHaveLength(0);
  });

  it('mode health warns about the comparison inputs it does not use', async () => {
    const ws = workspaceWith({ [STORE]: await storeBytes(baseSpec()) });
    fake.addPullRequest({ number: 12, headSha: 'd'.repeat(40) });
    const run = await dispatch(ws.dir, { mode: 'health', prompt: '', 'pr-number': '12', issue: 'false' }); // prettier-ignore
    expect(run.stdout).toMatch(/health on workflow_dispatch/);
    expect(run.stdout).toMatch(
      /::warning::input 'pr-number' is not used by mode health: only mode compare reads it/,
    );
    expect(run.stdout).not.toMatch(/input 'prompt' is not used/);
    expect(fake.comments(12)).toHaveLength(0);
  });

  it('a missing store artifact ends neutral: a warning, verdict skipped, a green step', async () => {
    const ws = workspaceWith();
    fake.addPullRequest({ number: 12, headSha: 'd'.repeat(40) });
    const run = await dispatch(ws.dir, { ...VERSIONS, 'store-artifact': 'prompt-store', 'pr-number': '12' }); // prettier-ignore
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.verdict).toBe('skipped');
    expect(run.outputs.regressions).toBeUndefined();
    expect(run.stdout).toMatch(/::warning::Prompt versions not compared: There is no artifact "prompt-store"/); // prettier-ignore
    expect(run.summary).toMatch(/Prompt versions not compared/);
    // No earlier comment: none is created just to say so.
    expect(fake.comments(12)).toHaveLength(0);
  });

  it('mode auto on workflow_dispatch without a candidate is not a comparison', async () => {
    const ws = workspaceWith({ [STORE]: await storeBytes(baseSpec()) });
    const run = await dispatch(ws.dir, {});
    expect(run.stdout).not.toMatch(/compare on workflow_dispatch/);
    expect(run.stdout).toMatch(/health on workflow_dispatch/);
  });
});
