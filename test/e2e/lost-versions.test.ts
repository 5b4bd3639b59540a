// A committed head store that lost the base's live version (a merge conflict resolved with the
// branch's older copy) is never a pass; a store that does not land (gitignored) is not checked.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { git } from './harness.js';
import { baseSpec, headSpec, storeBytes } from './stores.js';
import { baseAndHead, pushEvent, STORE, workspaceWith } from './workflows.js';
import { e2eSuite } from './suite.js';
import type { StoreSpec } from '../../scripts/store-writer.mjs';

const suite = e2eSuite();
const fake = suite.fake;

beforeEach(() => {
  fake.addPullRequest({ number: 5, headSha: 'f'.repeat(40) });
});

/** Main's store since the branch copied it: summarizer 1.3.0, newer, called 80 times. */
function mainMovedOn(): StoreSpec {
  const base = baseSpec();
  const v130 = {
    version: '1.3.0',
    timestamp: '2026-11-20T10:00:00+00:00',
    systemPrompt: 'Summarize in one line.',
    calls: [
      {
        count: 80,
        start: '2026-11-20T10:00:00+00:00',
        spacingSeconds: 600,
        model: 'gpt-4o',
        temperature: 0.2,
        quality: { mean: 0.9, sd: 0.05 },
        latency: { median: 400, sigma: 0.3 },
        success: { p: 0.98 },
        tokens: { input: { mean: 300, sd: 30 }, output: { mean: 120, sd: 20 } },
        cost: { perKInput: 0.0025, perKOutput: 0.01 },
      },
    ],
  };
  const [summarizer] = base.prompts;
  return { ...base, prompts: [{ ...summarizer!, versions: [...summarizer!.versions, v130] }] };
}

describe('pull_request: a head store that lost the base live version', () => {
  it('is a warning, naming the lost version, when the older copy is committed', async () => {
    // The branch's copy (summarizer 1.1.0 only) plus its own classifier, kept in the conflict.
    const ws = baseAndHead(await storeBytes(mainMovedOn()), await storeBytes(headSpec(0.85, 'classifier'))); // prettier-ignore
    const run = await suite.pullRequest(ws);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'warning' });
    const body = fake.comments(5)[0]?.body ?? '';
    expect(body).toMatch(/Live prompt missing from the head store/);
    expect(body).toMatch(/take the base branch.s store again and re-run the evaluation/);
    expect([...fake.state.checkRuns.values()].at(-1)).toMatchObject({ conclusion: 'neutral' });
  });

  it('is not checked when the head store is the job\u2019s own, not committed (a cache, gitignored)', async () => {
    const ws = baseAndHead(await storeBytes(mainMovedOn()), await storeBytes(headSpec(0.85, 'classifier'))); // prettier-ignore
    // The store leaves git at the head: the file in the workspace is the job's.
    const bytes = await storeBytes(headSpec(0.85, 'classifier'));
    git(ws.dir, 'rm', '-q', '--cached', STORE);
    writeFileSync(path.join(ws.dir, '.gitignore'), '.prompt_versions/\n');
    git(ws.dir, 'add', '.gitignore');
    git(ws.dir, 'commit', '-q', '-m', 'untrack the store');
    writeFileSync(path.join(ws.dir, STORE), bytes);
    const headSha = git(ws.dir, 'rev-parse', 'HEAD');
    const run = await suite.pullRequest({ ...ws, headSha });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'passed' });
    expect(fake.comments(5)[0]?.body ?? '').not.toMatch(/Live prompt missing/);
  });
});

describe('a committed head store that deleted the base live version, adding nothing', () => {
  // main's store holds summarizer 1.3.0, its live version; the change's store lacks it (the
  // library's delete_version, or a revert of the commit that added it), and adds nothing.
  const deleting = async () =>
    baseAndHead(await storeBytes(mainMovedOn()), await storeBytes(baseSpec()));

  it('is a warning where the checkout is the pull request merge commit, which lands as it is', async () => {
    const ws = await deleting();
    // actions/checkout's default for pull_request: GitHub's merge of the head into the base.
    const tree = git(ws.dir, 'rev-parse', `${ws.headSha}^{tree}`);
    const merge = git(
      ws.dir,
      'commit-tree',
      tree,
      '-p',
      ws.baseSha,
      '-p',
      ws.headSha,
      '-m',
      'Merge',
    );
    git(ws.dir, 'checkout', '-q', merge);
    const run = await suite.pullRequest(ws);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'warning' });
    expect(fake.comments(5)[0]?.body ?? '').toMatch(/Live prompt missing from the head store/);
    expect([...fake.state.checkRuns.values()].at(-1)).toMatchObject({ conclusion: 'neutral' });
  });

  it('is no change where the checkout is the head commit: the branch may have left the store alone', async () => {
    const run = await suite.pullRequest(await deleting());
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'no_changes' });
  });

  it('is a warning on the push that landed it', async () => {
    const ws = await deleting();
    const run = await suite.run(
      ws.dir,
      'push',
      pushEvent({ before: ws.baseSha, after: ws.headSha }),
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'warning' });
    expect(run.summary).toMatch(/Live prompt missing from the head store/);
  });

  it("is no change on a new branch's push, compared with the default branch it does not land on", async () => {
    // A branch taken before main registered 1.3.0, pushed for the first time.
    const ws = workspaceWith({ [STORE]: await storeBytes(baseSpec()) });
    fake.setFile('main', STORE, await storeBytes(mainMovedOn()));
    const event = pushEvent({ ref: 'refs/heads/feature', before: '0'.repeat(40), after: ws.sha });
    const run = await suite.run(ws.dir, 'push', event, { env: { GITHUB_SHA: ws.sha } });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'no_changes' });
  });
});
