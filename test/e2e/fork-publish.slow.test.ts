import { unzipSync, zipSync } from 'fflate';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ActionRun } from './harness.js';
import { baseSpec, headSpec, storeBytes } from './stores.js';
import {
  apiWrites,
  baseAndHead,
  checkRuns,
  resetFake,
  runtimeEnv,
  workspaceWith,
  forkPullRequestEvent,
  workflowRunEvent,
  PUBLISHER_ENV,
  FORK,
} from './workflows.js';
import { e2eSuite } from './suite.js';

const REPORT = 'prompt-regression-report';
const FILE = 'prompt-regression-report.json';
const RUN1 = 4242;
const suite = e2eSuite();
const fake = suite.fake;
let ws: { dir: string; baseSha: string; headSha: string };
/** The report run 1 uploaded, as JSON text. */
let genuine: string;
let first: ActionRun;
let writesDuringRun1: number;

/** Run 1: a fork's pull_request with a read-only token, uploading the report. */
function pullRequestRun(): Promise<ActionRun> {
  return suite.run(ws.dir, 'pull_request', forkPullRequestEvent(12, ws.headSha, ws.baseSha), {
    inputs: { publish: 'artifact' },
    env: runtimeEnv(fake, RUN1),
  });
}

/**
 * Run 2: the workflow_run publisher, in the base repository with a token that may write;
 * `wr` changes fields of the payload's workflow_run.
 */
function publishRun(wr: Record<string, unknown> = {}) {
  const event = workflowRunEvent(RUN1, ws.headSha, { conclusion: 'failure', ...wr });
  return suite.run(workspaceWith().dir, 'workflow_run', event, { env: PUBLISHER_ENV });
}

/** The report JSON as a test edits it: loosely typed, since edits make it invalid on purpose. */
interface Editable {
  kind: unknown;
  warnings: unknown;
  context: Record<string, unknown>;
  comparisons: ({ metrics: Record<string, unknown>[] } & Record<string, unknown>)[];
}
type Edit = (r: Editable) => void;

/** Seeds a report artifact on run `runId`, from `edit` applied to the genuine report. */
function seedReport(runId: number, edit: Edit = () => {}): void {
  const report = JSON.parse(genuine) as Editable;
  edit(report);
  const zip = zipSync({ [FILE]: new TextEncoder().encode(JSON.stringify(report)) });
  fake.addArtifact(runId, { name: REPORT, zip });
}

beforeAll(async () => {
  ws = baseAndHead(await storeBytes(baseSpec()), await storeBytes(headSpec(0.7)));
  fake.forbidWrites = true;
  first = await pullRequestRun();
  writesDuringRun1 = apiWrites(fake).length;
  const artifact = fake.state.artifacts.find((a) => a.runId === RUN1 && a.name === REPORT);
  const files = unzipSync(artifact?.zip ?? new Uint8Array());
  expect(Object.keys(files)).toEqual([FILE]);
  genuine = new TextDecoder().decode(files[FILE]);
});
beforeEach(() => {
  fake.addPullRequest({ number: 12, headSha: ws.headSha, headRepo: FORK, headRef: 'feature' });
  fake.addPullRequest({ number: 9, headSha: 'e'.repeat(40) });
});

describe('fork pull requests: publish: artifact, then mode publish on workflow_run', () => {
  it('run 1 uploads only the JSON report and writes nothing through the API', () => {
    expect(first.code, first.stdout).toBe(1);
    expect(first.outputs.verdict).toBe('regressed');
    expect(first.stdout).toMatch(/Report uploaded as artifact 'prompt-regression-report'/);
    expect(first.stdout).not.toMatch(/::warning::/);
    expect(writesDuringRun1).toBe(0);
    expect(first.summary).toMatch(/Prompt regression/);
    const report = JSON.parse(genuine) as { context: object; verdict: string };
    expect(report.verdict).toBe('regressed');
    expect(report.context).toEqual({ repository: 'octo-org/octo-repo', pull_request: 12, head_sha: ws.headSha, base_sha: ws.baseSha, run_id: RUN1, run_number: 7 }); // prettier-ignore
  });

  it('run 2 finds the pull request by head commit and posts the comment and the check run', async () => {
    seedReport(RUN1);
    const run = await publishRun();
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/relay on workflow_run/);
    expect(run.outputs).toMatchObject({ verdict: 'regressed', regressions: '1' });
    const comments = fake.comments(12);
    expect(comments).toHaveLength(1);
    // Ordered by the run that made the report (7), not by the publishing run (1).
    expect(comments[0]?.body.split('\n')[0]).toBe(`<!-- prompt-versioner-action:comment key=default sha=${ws.headSha} run=7 attempt=1 -->`); // prettier-ignore
    expect(comments[0]?.body).toMatch(/Prompt regression/);
    const [check] = checkRuns(fake);
    expect(check).toMatchObject({ head_sha: ws.headSha, status: 'completed', conclusion: 'failure' }); // prettier-ignore
    expect(check?.details_url).toBe(`https://github.com/octo-org/octo-repo/actions/runs/${RUN1}`);
    expect(fake.comments(9)).toHaveLength(0);

    // The publisher re-run updates the same comment.
    const again = await publishRun();
    expect(again.code).toBe(0);
    expect(fake.comments(12)).toHaveLength(1);
    expect(fake.comments(12)[0]?.id).toBe(comments[0]?.id);
  });

  it("orders the comment by the payload's run number, else 1: never by the report's own", async () => {
    seedReport(RUN1, (r) => (r.context.run_number = 999_999));
    const run = await publishRun({ run_number: undefined });
    expect(run.code, run.stdout).toBe(0);
    const comments = fake.comments(12);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body.split('\n')[0]).toBe(`<!-- prompt-versioner-action:comment key=default sha=${ws.headSha} run=1 attempt=1 -->`); // prettier-ignore
  });

  it('a forged pull-request number is not commented on, nor is any other pull request', async () => {
    seedReport(RUN1, (r) => (r.context.pull_request = 9));
    const run = await publishRun();
    expect(run.code, run.stdout).toBe(0);
    expect(fake.state.comments).toHaveLength(0);
    expect(run.outputs.verdict).toBe('skipped');
    expect(run.stdout).toMatch(
      new RegExp(`::warning::Prompt regression report not published: The report names pull request #9, whose head is eeeeeee, not ${ws.headSha.slice(0, 7)}`), // prettier-ignore
    );
    const [check] = checkRuns(fake);
    expect(check).toMatchObject({ head_sha: ws.headSha, conclusion: 'failure' });
    expect(check?.output.summary).not.toMatch(/Prompt regression:/);
  });

  it('publishes on no closed pull request, whether the report names it or the commit finds it', async () => {
    fake.state.pulls.get(12)!.state = 'closed';
    fake.addPullRequest({ number: 14, headSha: ws.headSha, headRepo: FORK, headRef: 'other', state: 'closed' }); // prettier-ignore
    seedReport(RUN1, (r) => (r.context.pull_request = 14));
    const named = await publishRun();
    expect(named.code, named.stdout).toBe(0);
    expect(named.stdout).toMatch(
      /not published: The report names pull request #14, which is closed/,
    );
    expect(fake.state.comments).toHaveLength(0);
    resetFake(fake);
    fake.addPullRequest({ number: 12, headSha: ws.headSha, headRepo: FORK, headRef: 'feature', state: 'closed' }); // prettier-ignore
    fake.addPullRequest({ number: 15, headSha: ws.headSha, state: 'closed' });
    seedReport(RUN1, (r) => delete r.context.pull_request);
    const found = await publishRun({ pull_requests: [{ number: 15 }] });
    expect(found.code, found.stdout).toBe(0);
    expect(found.stdout).toMatch(/No open pull request of octo-org\/octo-repo has head/);
    expect(fake.state.comments).toHaveLength(0);
  });

  it('refuses a report about another base repository, commit or run', async () => {
    fake.addPullRequest({ number: 10, headSha: ws.headSha, baseRepo: 'evil/octo-repo' });
    const cases: [Edit, RegExp][] = [
      [(r) => (r.context.pull_request = 10), /names pull request #10, whose base repository is evil\/octo-repo/], // prettier-ignore
      [(r) => (r.context.head_sha = 'a'.repeat(40)), /is about commit aaaaaaa, but run 4242 tested/], // prettier-ignore
      [(r) => (r.context.repository = 'other/repo'), /is about other\/repo, not octo-org\/octo-repo/], // prettier-ignore
      [(r) => (r.context.run_id = 1), /names run 1, but it is an artifact of run 4242/],
      [(r) => (r.comparisons[0]!.metrics[0]!.p_value = 'NaN'), /not a valid report \(comparisons\[0\]\.metrics\[0\]\.p_value: expected a finite number/], // prettier-ignore
      [(r) => (r.kind = 'health'), /not a valid report \(kind: expected 'compare'\.\)/],
    ];
    for (const [edit, why] of cases) {
      resetFake(fake);
      fake.addPullRequest({ number: 12, headSha: ws.headSha, headRepo: FORK, headRef: 'feature' });
      fake.addPullRequest({ number: 10, headSha: ws.headSha, baseRepo: 'evil/octo-repo' });
      seedReport(RUN1, edit);
      const run = await publishRun();
      expect(run.code, run.stdout).toBe(0);
      expect(run.stdout).toMatch(why);
      expect(fake.state.comments).toHaveLength(0);
      expect(checkRuns(fake)[0]?.conclusion).toBe('failure');
    }
  });

  it('treats every string of the report as untrusted: escaped in the comment, extra fields dropped', async () => {
    seedReport(RUN1, (r) => {
      r.comparisons[0]!.prompt = '<img src=x onerror=alert(1)> @admin\n## hi';
      r.comparisons[0]!.extra = '<script>alert(1)</script>';
      r.warnings = [
        '<!-- prompt-versioner-action:comment key=default sha=abc run=99 attempt=1 -->',
      ];
    });
    const run = await publishRun();
    expect(run.code, run.stdout).toBe(0);
    const body = fake.comments(12)[0]?.body ?? '';
    expect(body).not.toMatch(/<img|<script|@admin(?!&#8203;)|\n## hi/);
    // Only our own marker; the acceptance record line beside it is base64url, not report text.
    expect(body.match(/<!-- prompt-versioner-action:comment/g)).toHaveLength(1);
    expect(body.match(/<!-- prompt-versioner-action/g)).toHaveLength(2);
    expect(body.split('\n')[1]).toMatch(
      /^<!-- prompt-versioner-action:accept key=default data=[A-Za-z0-9_-]+ -->$/,
    );
  });

  it('a missing report artifact fails its check with the reason, and posts no comment', async () => {
    fake.addArtifact(RUN1, { name: 'something-else', zip: zipSync({ a: new Uint8Array([1]) }) });
    const run = await publishRun();
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('skipped');
    expect(run.stdout).toMatch(/::warning::.*There is no artifact "prompt-regression-report" \(input 'report-artifact'\) in run 4242 \(#7\) \(it has "something-else"\)/); // prettier-ignore
    expect(fake.state.comments).toHaveLength(0);
    expect(checkRuns(fake)[0]?.conclusion).toBe('failure');
  });

  it("refuses a report zip with a '../' entry: a failing check, nothing posted, nothing written", async () => {
    const report = new TextEncoder().encode(genuine);
    fake.addArtifact(RUN1, { name: REPORT, zip: zipSync({ [`../${FILE}`]: report }) });
    const run = await publishRun();
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(
      /::warning::Prompt regression report not published: The artifact "prompt-regression-report" of run 4242 \(#7\) was refused: Refusing artifact entry "\.\.\/prompt-regression-report\.json": a '\.\.' segment\./,
    );
    expect(run.outputs['report-path']).toBeUndefined();
    expect(fake.state.comments).toHaveLength(0);
    expect(checkRuns(fake)[0]?.conclusion).toBe('failure');
  });

  it.each(['requested', 'in_progress'])(
    'a workflow_run %s (no types filter) is skipped quietly: no check run, no comment',
    async (action) => {
      const event = { ...workflowRunEvent(RUN1, ws.headSha), action };
      const run = await suite.run(workspaceWith().dir, 'workflow_run', event, { env: PUBLISHER_ENV }); // prettier-ignore
      expect(run.code, run.stdout).toBe(0);
      expect(run.outputs.verdict).toBe('skipped');
      expect(run.stdout).toContain(`The triggering workflow run is ${action}, not completed`);
      expect(run.stdout).not.toMatch(/::warning::/);
      expect(apiWrites(fake)).toEqual([]);
    },
  );

  it.each(['push', 'schedule', 'merge_group'])(
    "a %s run of the workflow is skipped quietly: it has no pull request's report",
    async (trigger) => {
      const run = await publishRun({ event: trigger, conclusion: 'success' });
      expect(run.code, run.stdout).toBe(0);
      expect(run.outputs.verdict).toBe('skipped');
      expect(run.stdout).toContain(
        `The triggering workflow run was a ${trigger} run, not a pull request's`,
      );
      expect(run.stdout).not.toMatch(/::warning::/);
      expect(apiWrites(fake)).toEqual([]);
    },
  );

  it('a pull_request_target run is not relayed: its check would land on the base branch', async () => {
    // GitHub gives such a run's workflow_run the base branch's head as head_sha.
    const run = await publishRun({ event: 'pull_request_target', conclusion: 'success' });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.verdict).toBe('skipped');
    expect(run.stdout).toContain('The triggering workflow run was a pull_request_target run, which publishes its own report: nothing to relay'); // prettier-ignore
    expect(run.stdout).not.toMatch(/::warning::/);
    expect(apiWrites(fake)).toEqual([]);
  });

  it.each(['relay', 'publish'])('mode %s outside workflow_run names the fix', async (mode) => {
    const run = await suite.run(ws.dir, 'push', {}, { inputs: { mode } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::mode relay needs a workflow_run event; this is 'push'/);
  });
});
