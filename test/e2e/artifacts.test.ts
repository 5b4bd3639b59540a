import { zipSync } from 'fflate';
import { existsSync } from 'node:fs';
import { constants as zlibConstants, deflateRawSync } from 'node:zlib';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pullRequestEvent } from './harness.js';
import { baseSpec, headSpec, storeBytes } from './stores.js';
import { checkRuns, listTree, storeZip, workspaceWith } from './workflows.js';
import { e2eSuite } from './suite.js';

const suite = e2eSuite();
const fake = suite.fake;
let head: Uint8Array;
let base: Uint8Array;
const HEAD_SHA = 'd'.repeat(40);
const BASE_SHA = 'b'.repeat(40);
const FROM_ARTIFACTS = {
  'store-artifact': 'prompt-store',
  'baseline-artifact': 'prompt-store',
  'baseline-workflow': 'eval.yml',
};

/** The pull-request check with stores from artifacts, in a workspace that has no store. */
function check(inputs: Record<string, string> = FROM_ARTIFACTS) {
  const ws = workspaceWith();
  return {
    ws,
    before: listTree(ws.dir),
    run: suite.run(
      ws.dir,
      'pull_request',
      pullRequestEvent({ number: 5, headSha: HEAD_SHA, baseSha: BASE_SHA }),
      {
        inputs,
      },
    ),
  };
}

/**
 * `zip` (one stored entry, from fflate) with its data replaced by a deflate `stream`: the
 * records keep the entry's declared size and checksum, and now say method 8.
 */
function withStream(zip: Uint8Array, stream: Uint8Array): Uint8Array {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const nameLength = v.getUint16(26, true);
  const stored = v.getUint32(18, true);
  const dataStart = 30 + nameLength + v.getUint16(28, true);
  const tail = zip.slice(dataStart + stored);
  const out = new Uint8Array(dataStart + stream.length + tail.length);
  out.set(zip.subarray(0, dataStart), 0);
  out.set(stream, dataStart);
  out.set(tail, dataStart + stream.length);
  const o = new DataView(out.buffer);
  const cd = dataStart + stream.length;
  o.setUint16(8, 8, true);
  o.setUint32(18, stream.length, true);
  o.setUint16(cd + 10, 8, true);
  o.setUint32(cd + 20, stream.length, true);
  // The end record's directory offset moves with the data.
  o.setUint32(out.length - 22 + 16, cd, true);
  return out;
}

/** A successful run of eval.yml on main that uploaded the baseline store. */
function seedBaseline(zip = storeZip(base)): number {
  const run = fake.addWorkflowRun('eval.yml', { head_branch: 'main' });
  fake.addArtifact(run.id, { name: 'prompt-store', zip });
  return run.run_number;
}

beforeAll(async () => {
  head = await storeBytes(headSpec(0.7));
  base = await storeBytes(baseSpec());
});
beforeEach(() => {
  fake.addPullRequest({ number: 5, headSha: HEAD_SHA });
});

describe('pull_request with stores from workflow artifacts', () => {
  it('compares the head store of this run with the baseline of the latest successful eval.yml run on the base branch', async () => {
    // An older run and a newer failed run must both be passed over.
    fake.addWorkflowRun('eval.yml', { head_branch: 'main' });
    const runNumber = seedBaseline();
    const failed = fake.addWorkflowRun('eval.yml', { head_branch: 'main', conclusion: 'failure' });
    fake.addArtifact(failed.id, { name: 'prompt-store', zip: storeZip(head) });
    fake.addArtifact(4242, { name: 'prompt-store', zip: storeZip(head, 'nested/db.sqlite') });

    const { ws, before, run: pending } = check();
    const run = await pending;
    expect(run.stdout).toMatch(/Head store: artifact prompt-store \(run 4242\)\./);
    expect(run.stdout).toMatch(
      new RegExp(
        `Baseline store: artifact prompt-store \\(run #${runNumber} of eval\\.yml on main at [0-9a-f]{7}\\)`,
      ),
    );
    // No run at the pull request's base commit here: the report says the branch's newest is
    // taken, since a change merged in between would read as this pull request's.
    const other = /The baseline store comes from the baseline workflow's run at [0-9a-f]{7}, not at the base commit [0-9a-f]{7} \(no successful run there has the store yet\): a prompt change merged in between reads as this one's/; // prettier-ignore
    expect(run.stdout).toMatch(new RegExp(`::warning::${other.source}`));
    expect(fake.comments(5)[0]?.body).toMatch(other);
    expect(run.outputs).toMatchObject({ verdict: 'regressed', regressions: '1' });
    expect(run.code).toBe(1);
    expect(fake.comments(5)).toHaveLength(1);
    expect(checkRuns(fake).at(-1)).toMatchObject({ head_sha: HEAD_SHA, conclusion: 'failure' });
    // Both zips were followed through the 302 to blob storage, and read in memory only.
    expect(fake.requestsTo('GET', /^\/_blob\/\d+$/).map((r) => r.status)).toEqual([200, 200]);
    expect(listTree(ws.dir)).toEqual(before);
  });

  it("takes a merge group's baseline from the group queued ahead of it, whose commit gets no push run", async () => {
    // Runs `change` once the action has asked GitHub for `path` (a run's progress) a first time.
    const once = (path: string, change: () => void): NodeJS.Timeout => {
      const timer = setInterval(() => {
        if (fake.requestsTo('GET', path).length === 0) return;
        clearInterval(timer);
        change();
      }, 10);
      return timer;
    };
    // Queue: #4 (its regression accepted), then #5 (docs). #5's group is based on #4's group's
    // head, evaluated by its own merge_group run; main's push run is older than #4.
    fake.addWorkflowRun('eval.yml', { head_branch: 'main', head_sha: 'a'.repeat(40) });
    fake.addArtifact(fake.state.runs.at(-1)!.id, { name: 'prompt-store', zip: storeZip(base) });
    const ahead = fake.addWorkflowRun('eval.yml', { event: 'merge_group', head_branch: `gh-readonly-queue/main/pr-4-${'a'.repeat(40)}`, head_sha: BASE_SHA }); // prettier-ignore
    fake.addArtifact(ahead.id, { name: 'prompt-store', zip: storeZip(head) });
    fake.addArtifact(4242, { name: 'prompt-store', zip: storeZip(head) });
    const group = {
      action: 'checks_requested',
      merge_group: {
        head_sha: HEAD_SHA,
        head_ref: `refs/heads/gh-readonly-queue/main/pr-5-${BASE_SHA}`,
        base_sha: BASE_SHA,
        base_ref: 'refs/heads/main',
      },
      repository: { full_name: 'octo-org/octo-repo', name: 'octo-repo', owner: { login: 'octo-org' }, default_branch: 'main' }, // prettier-ignore
    };
    const run = await suite.run(workspaceWith().dir, 'merge_group', group, { inputs: FROM_ARTIFACTS, env: { GITHUB_SHA: HEAD_SHA } }); // prettier-ignore
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`Baseline store: artifact prompt-store \\(run #${ahead.run_number} of eval\\.yml on gh-readonly-queue/main/pr-4-a+ at bbbbbbb\\)`)); // prettier-ignore
    expect(run.outputs.verdict).toBe('no_changes');
    expect(run.stdout).not.toMatch(/The baseline store comes from/);
    // Without a merge_group run of the group ahead, main's is the baseline, and the report says
    // how to get one (a queue's commit never gets a push run to wait for).
    fake.state.runs.splice(fake.state.runs.indexOf(ahead), 1);
    const alone = await suite.run(workspaceWith().dir, 'merge_group', group, { inputs: FROM_ARTIFACTS, env: { GITHUB_SHA: HEAD_SHA } }); // prettier-ignore
    expect(alone.stdout).toMatch(/::warning::The baseline store comes from the baseline workflow's run at a{7}, not at the base commit b{7} .* The group queued ahead is the baseline once its own merge_group run has uploaded the store or succeeded \(this run waits up to 20 minutes for it\): if that run failed or is still going, re-queue this group once it ends; if the workflow has no merge_group run, run the evaluation on merge_group too and upload the store there\./); // prettier-ignore

    // The queue builds groups side by side: the group ahead's run is still going. This group
    // waits for its upload, and takes it before that run ends.
    const going = fake.addWorkflowRun('eval.yml', { event: 'merge_group', head_branch: `gh-readonly-queue/main/pr-4-${'a'.repeat(40)}`, head_sha: BASE_SHA, status: 'in_progress', conclusion: null }); // prettier-ignore
    const upload = once(`/repos/octo-org/octo-repo/actions/runs/${going.id}`, () => fake.addArtifact(going.id, { name: 'prompt-store', zip: storeZip(head) })); // prettier-ignore
    const waited = await suite.run(workspaceWith().dir, 'merge_group', group, { inputs: FROM_ARTIFACTS, env: { GITHUB_SHA: HEAD_SHA } }); // prettier-ignore
    clearInterval(upload);
    expect(waited.stdout).toMatch(/Waiting for run #\d+ of eval\.yml \(the group queued ahead, at bbbbbbb\) to upload artifact 'prompt-store' or end \(up to 20 minutes\): it is in_progress\./); // prettier-ignore
    expect(waited.stdout).toMatch(new RegExp(`Baseline store: artifact prompt-store \\(run #${going.run_number} of eval\\.yml`)); // prettier-ignore
    expect(waited.stdout).not.toMatch(/The baseline store comes from/);
    expect(waited.outputs.verdict).toBe('no_changes');

    // A group ahead whose run fails without the store leaves the queue: the branch's store, said.
    fake.state.runs.splice(fake.state.runs.indexOf(going), 1);
    const failing = fake.addWorkflowRun('eval.yml', { event: 'merge_group', head_branch: `gh-readonly-queue/main/pr-4-${'a'.repeat(40)}`, head_sha: BASE_SHA, status: 'queued', conclusion: null }); // prettier-ignore
    const fail = once(`/repos/octo-org/octo-repo/actions/runs/${failing.id}`, () => Object.assign(failing, { status: 'completed', conclusion: 'failure' })); // prettier-ignore
    const fellBack = await suite.run(workspaceWith().dir, 'merge_group', group, { inputs: FROM_ARTIFACTS, env: { GITHUB_SHA: HEAD_SHA } }); // prettier-ignore
    clearInterval(fail);
    expect(fellBack.stdout).toMatch(/it is queued\./);
    expect(fellBack.stdout).toMatch(/::warning::The baseline store comes from the baseline workflow's run at a{7}/); // prettier-ignore
    expect(fake.requestsTo('GET', `/repos/octo-org/octo-repo/actions/runs/${failing.id}`).length).toBeGreaterThan(1); // prettier-ignore
  });

  it('takes the baseline only from push, schedule or workflow_dispatch runs, never a newer pull_request_target one', async () => {
    const runNumber = seedBaseline();
    for (const event of ['pull_request_target', 'issue_comment', 'workflow_run']) {
      const untrusted = fake.addWorkflowRun('eval.yml', { head_branch: 'main', event });
      fake.addArtifact(untrusted.id, { name: 'prompt-store', zip: storeZip(head) });
    }
    fake.addArtifact(4242, { name: 'prompt-store', zip: storeZip(head) });
    const run = await check().run;
    expect(run.stdout).toMatch(new RegExp(`Baseline store: artifact prompt-store \\(run #${runNumber} of eval\\.yml on main at [0-9a-f]{7}\\)`)); // prettier-ignore
    expect(run.outputs).toMatchObject({ verdict: 'regressed', regressions: '1' });
  });

  it('refuses a zip bomb in the baseline artifact without inflating it', async () => {
    // One entry declaring 1 KiB whose stream inflates to 512 MiB of zeros.
    // Run-length strategy: the same 0.5 MiB stream as level 9, in a twentieth of the time.
    const stream = deflateRawSync(new Uint8Array(512 * 1024 * 1024), {
      level: 9,
      strategy: zlibConstants.Z_RLE,
    });
    const bomb = zipSync({ 'db.sqlite': [new Uint8Array(1024), { level: 0 }] });
    seedBaseline(withStream(bomb, stream));
    fake.addArtifact(4242, { name: 'prompt-store', zip: storeZip(head) });
    const started = Date.now();
    const run = await check().run;
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::The artifact "prompt-store" of run #\d+ of eval\.yml on main at [0-9a-f]{7} was refused: Refusing artifact entry "db\.sqlite": it inflates past its declared 1024 bytes\./); // prettier-ignore
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('an expired baseline artifact ends neutral: warning, neutral check, verdict skipped, green step, the old comment refreshed', async () => {
    fake.addArtifact(4242, { name: 'prompt-store', zip: storeZip(head) });
    const run1 = fake.addWorkflowRun('eval.yml', { head_branch: 'main' });
    fake.addArtifact(run1.id, { name: 'prompt-store', zip: storeZip(base), expired: true });
    const old = fake.addComment(5, `<!-- prompt-versioner-action:comment key=default sha=${'c'.repeat(40)} run=6 attempt=1 -->\nold result`, 'github-actions[bot]'); // prettier-ignore

    const run = await check().run;
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.verdict).toBe('skipped');
    expect(run.outputs.regressions).toBeUndefined();
    expect(run.stdout).toMatch(
      /::warning::Prompt regressions not checked: The artifact "prompt-store" \(input 'baseline-artifact'\) of run #\d+ of eval\.yml on main at [0-9a-f]{7} has expired/,
    );
    expect(run.summary).toMatch(/Prompt regressions not checked/);
    const [c] = checkRuns(fake);
    expect(c?.conclusion).toBe('neutral');
    expect(c?.output.title).toBe('Prompt regressions not checked');
    expect(c?.output.summary).toMatch(/has expired/);
    const comments = fake.comments(5);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.id).toBe(old.id);
    expect(comments[0]?.body).toMatch(new RegExp(`^<!-- prompt-versioner-action:comment key=default sha=${HEAD_SHA} run=7 attempt=1 -->\n<!-- prompt-versioner-action:accept key=default data=[A-Za-z0-9_-]+ -->\n⚪ \\*\\*Prompt regressions not checked\\*\\*`)); // prettier-ignore
    expect(run.outputs['comment-url']).toMatch(new RegExp(`#issuecomment-${old.id}$`));
  });

  it('a missing head artifact ends neutral and lists what the run has', async () => {
    seedBaseline();
    fake.addArtifact(4242, { name: 'eval-logs', zip: storeZip(head) });
    const run = await check().run;
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('skipped');
    expect(run.stdout).toMatch(
      /::warning::.*There is no artifact "prompt-store" \(input 'store-artifact'\) in this run \(4242\) \(it has "eval-logs"\)\. Upload it with actions\/upload-artifact in an earlier job/,
    );
    expect(fake.comments(5)).toHaveLength(0);
    expect(checkRuns(fake)[0]?.conclusion).toBe('neutral');
  });

  it('no successful run of the baseline workflow ends neutral', async () => {
    fake.addArtifact(4242, { name: 'prompt-store', zip: storeZip(head) });
    const run = await check({ ...FROM_ARTIFACTS, 'baseline-branch': 'release' }).run;
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/No successful push, schedule, workflow_dispatch run of eval\.yml on branch 'release'/); // prettier-ignore
  });

  it("refuses a zip with a '../' entry: failed step, failed check, nothing written outside", async () => {
    fake.addArtifact(4242, {
      name: 'prompt-store',
      zip: zipSync({ 'db.sqlite': head, '../../escape.sqlite': head }),
    });
    seedBaseline();
    const { ws, before, run: pending } = check();
    const run = await pending;
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::The artifact "prompt-store" of this run \(4242\) was refused: Refusing artifact entry "\.\.\/\.\.\/escape\.sqlite": a '\.\.' segment\./,
    );
    expect(checkRuns(fake)[0]).toMatchObject({ conclusion: 'failure' });
    expect(listTree(ws.dir)).toEqual(before);
    expect(existsSync(path.resolve(ws.dir, '../../escape.sqlite'))).toBe(false);
    expect(fake.comments(5)).toHaveLength(0);
  });

  it('checks the size before downloading', async () => {
    const big = fake.addArtifact(4242, { name: 'prompt-store', zip: storeZip(head), size_in_bytes: 2 ** 31 }); // prettier-ignore
    seedBaseline();
    const run = await check().run;
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::The artifact "prompt-store" of this run \(4242\) is larger than \d+ bytes: .* at most input 'max-store-size' \(536870912 bytes\) each/); // prettier-ignore
    expect(fake.requestsTo('GET', `/repos/octo-org/octo-repo/actions/artifacts/${big.id}/zip`)).toHaveLength(0); // prettier-ignore
  });

  it('warns when the head store is an artifact and nothing names the baseline', async () => {
    fake.addArtifact(4242, { name: 'prompt-store', zip: storeZip(head) });
    const run = await check({ 'store-artifact': 'prompt-store' }).run;
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('warning');
    expect(run.stdout).toMatch(
      /::warning::No store at the base commit .* set input 'baseline-artifact' \(and 'baseline-workflow'\)/,
    );
  });

  it('names the missing input', async () => {
    const run = await check({ 'baseline-artifact': 'prompt-store' }).run;
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "::error::input 'baseline-artifact' needs input 'baseline-workflow' (the workflow file that uploads it, e.g. eval.yml).",
    );
    expect(fake.requests.filter((r) => r.path.includes('/actions/'))).toHaveLength(0);
    // The job summary and the verdict say that the run stopped.
    expect(run.outputs.verdict).toBe('error');
    expect(run.summary.trim()).toBe(
      "❌ **Prompt check could not run**: input 'baseline-artifact' needs input 'baseline-workflow' (the workflow file that uploads it, e.g. eval.yml).",
    );
  });
});
