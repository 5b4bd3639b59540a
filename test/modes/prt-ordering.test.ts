// pull_request_target runs are recorded on the base branch's commit, not on the pull request's
// head: the comment's run must still be confirmed, so that a late older run never replaces it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prCheck } from '../../src/modes/pr-check.js';
import type { FakeGitHub } from '../e2e/fake-github.js';
import { pullRequestEvent } from '../e2e/harness.js';
import { modeRun, regressedPullRequest } from './run.js';

let fake: FakeGitHub;
let ws: { dir: string; baseSha: string; headSha: string };

beforeAll(async () => {
  ({ fake, ws } = await regressedPullRequest(5));
  // As GitHub records them: on the base branch's commit and branch.
  for (const n of [7, 8])
    fake.addWorkflowRun('prompt-check.yml', { id: 1000 + n, run_number: n, head_sha: ws.baseSha, event: 'pull_request_target', head_branch: 'main' }); // prettier-ignore
});
afterAll(async () => {
  await fake.stop();
});

const run = (n: number) =>
  prCheck(
    modeRun({
      fake,
      ws: ws.dir,
      inputs: {},
      eventName: 'pull_request_target',
      sha: ws.baseSha,
      payload: pullRequestEvent({ number: 5, headSha: ws.headSha, baseSha: ws.baseSha }) as Record<string, unknown>, // prettier-ignore
      runNumber: n,
    }),
  );

const shownRun = (): string | undefined => /run=(\d+)/.exec(fake.comments(5)[0]?.body ?? '')?.[1];

describe('pull_request_target comment ordering', () => {
  it('keeps the newer run’s report when an older run finishes late', async () => {
    await run(8);
    expect(shownRun()).toBe('8');
    await run(7);
    expect(shownRun()).toBe('8');
    expect(fake.comments(5)).toHaveLength(1);
  });
});
