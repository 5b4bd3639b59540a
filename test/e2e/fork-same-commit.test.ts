// A check run belongs to a commit: another fork that pushes the same commit to a pull request of
// its own must not be able to change the check a first fork's pull request is judged by.
import { zipSync } from 'fflate';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { baseSpec, headSpec, storeBytes } from './stores.js';
import { e2eSuite } from './suite.js';
import {
  checkRuns,
  FORK,
  PUBLISHER_ENV,
  repoJson,
  workflowRunEvent,
  workspaceWith,
} from './workflows.js';

const HEAD = 'c'.repeat(40);
const OTHER_FORK = 'mallory/octo-repo';
const suite = e2eSuite();
const fake = suite.fake;
const reports: Record<string, Record<string, unknown>> = {};

/** The JSON report of the CLI on the usual pair, the candidate at quality `q`. */
async function reportOf(q: number): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pv-same-commit-'));
  writeFileSync(path.join(dir, 'base.sqlite'), await storeBytes(baseSpec()));
  writeFileSync(path.join(dir, 'head.sqlite'), await storeBytes(headSpec(q)));
  const cli = await runCli(['compare', '--base', path.join(dir, 'base.sqlite'), '--head', path.join(dir, 'head.sqlite'), '--format', 'json']); // prettier-ignore
  return JSON.parse(cli.stdout) as Record<string, unknown>;
}

/** Run `runId`'s report artifact, naming pull request `pr`. */
function upload(runId: number, report: Record<string, unknown>, pr: number): void {
  const context = { repository: 'octo-org/octo-repo', pull_request: pr, head_sha: HEAD, run_id: runId }; // prettier-ignore
  const json = new TextEncoder().encode(JSON.stringify({ ...report, context }));
  fake.addArtifact(runId, { name: 'prompt-regression-report', zip: zipSync({ 'r.json': json }) });
}

/** The relay of run `runId`, made in `headRepo`. */
function relay(runId: number, runNumber: number, headRepo: string, conclusion: string) {
  const event = workflowRunEvent(runId, HEAD, { conclusion, run_number: runNumber, head_repository: repoJson(headRepo) }); // prettier-ignore
  return suite.run(workspaceWith().dir, 'workflow_run', event, { env: PUBLISHER_ENV });
}

beforeAll(async () => {
  reports.regressed = await reportOf(0.7);
  reports.clean = await reportOf(0.85);
});

describe('workflow_run relay: the same commit in two forks', () => {
  it("leaves the first fork's failing check as it is, and publishes nothing for the second", async () => {
    fake.addPullRequest({ number: 12, headSha: HEAD, headRepo: FORK, headRef: 'feature' });
    upload(100, reports.regressed!, 12);
    const first = await relay(100, 7, FORK, 'failure');
    expect(first.outputs.verdict, first.stdout).toBe('regressed');
    expect(checkRuns(fake).at(-1)?.conclusion).toBe('failure');
    // Another fork pushes the same commit, opens #13, and its run uploads a pass.
    fake.addPullRequest({ number: 13, headSha: HEAD, headRepo: OTHER_FORK, headRef: 'feature', login: 'mallory' }); // prettier-ignore
    upload(200, reports.clean!, 13);
    const checks = checkRuns(fake).length;
    const second = await relay(200, 8, OTHER_FORK, 'success');
    expect(second.code, second.stdout).toBe(0);
    expect(second.outputs.verdict).toBe('skipped');
    expect(second.stdout).toMatch(
      /::warning::Commit ccccccc is also the head of pull request #12 \(fork-owner\/octo-repo\), from another repository than run 200's \(mallory\/octo-repo\)/,
    );
    expect(checkRuns(fake)).toHaveLength(checks);
    expect(checkRuns(fake).at(-1)?.conclusion).toBe('failure');
    expect(fake.comments(13)).toEqual([]);
  });
});
