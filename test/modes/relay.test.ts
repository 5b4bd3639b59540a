// The relay mode (workflow_run) in process: each branch, from a report a pull-request run made.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/parse.js';
import { prCheck } from '../../src/modes/pr-check.js';
import { relayMode } from '../../src/modes/relay.js';
import { FakeGitHub } from '../e2e/fake-github.js';
import { pullRequestEvent } from '../e2e/harness.js';
import { baseSpec, headSpec, storeBytes } from '../e2e/stores.js';
import {
  FORK,
  apiWrites,
  baseAndHead,
  checkRuns,
  resetFake,
  workflowRunEvent,
} from '../e2e/workflows.js';
import { modeRun } from './run.js';

const REPORT = 'prompt-regression-report';
// modeRun gives run number N the id 1000 + N: the pull-request run is #7, the relay #1.
const PR_RUN = 1007;

let fake: FakeGitHub;
let headSha: string;
/** The report the pull-request run wrote, as a loosely typed object to edit. */
let genuine: Record<string, unknown> & { context: Record<string, unknown> };

beforeAll(async () => {
  fake = new FakeGitHub();
  await fake.start();
  const ws = baseAndHead(await storeBytes(baseSpec()), await storeBytes(headSpec(0.7)));
  headSha = ws.headSha;
  fake.addPullRequest({ number: 12, headSha, baseSha: ws.baseSha });
  const event = pullRequestEvent({ number: 12, headSha, baseSha: ws.baseSha });
  const run = modeRun({ fake, ws: ws.dir, inputs: {}, eventName: 'pull_request', payload: event as Record<string, unknown>, runNumber: 7, sha: headSha }); // prettier-ignore
  await prCheck(run);
  genuine = JSON.parse(readFileSync(run.io.outputs.get('report-path') ?? '', 'utf8')) as typeof genuine; // prettier-ignore
});
afterAll(async () => {
  await fake.stop();
});
beforeEach(() => {
  resetFake(fake);
});

/** Seeds the report artifact of the pull-request run: `files` maps names to contents. */
function seedArtifact(files: Record<string, string>): void {
  const zipped: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(files)) zipped[name] = new TextEncoder().encode(text);
  fake.addArtifact(PR_RUN, { name: REPORT, zip: zipSync(zipped) });
}

const seedReport = (edit: (r: typeof genuine) => void = () => {}): void => {
  const report = structuredClone(genuine);
  edit(report);
  seedArtifact({ 'report.json': JSON.stringify(report) });
};

const addForkPull = () =>
  fake.addPullRequest({ number: 12, headSha, headRepo: FORK, headRef: 'feature' });

const relay = (fields: Record<string, unknown> = {}) =>
  modeRun({
    fake,
    // The relay writes its report file under the runner's temp folder: a fresh one.
    ws: mkdtempSync(path.join(tmpdir(), 'pv-relay-mode-')),
    inputs: { mode: 'relay' },
    eventName: 'workflow_run',
    payload: workflowRunEvent(PR_RUN, headSha, fields) as Record<string, unknown>,
    runNumber: 1,
  });

/**
 * The one check run the relay posted, which must fail (a required check counts neutral as
 * passing: the pull request would merge untested) and say it refused the report.
 */
function refusedCheck() {
  const checks = checkRuns(fake);
  expect(checks).toHaveLength(1);
  expect(checks[0]).toMatchObject({ head_sha: headSha, conclusion: 'failure' });
  expect(checks[0]?.output.title).toBe('Prompt regression report not published');
  return checks[0]?.output.summary ?? '';
}

describe('relay mode, in process', () => {
  it('publishes the report on the pull request found by head commit, ordered by its run', async () => {
    addForkPull();
    seedReport();
    const run = relay();
    expect(await relayMode(run)).toEqual({ failure: null });
    expect(Object.fromEntries(run.io.outputs)).toMatchObject({ verdict: 'regressed', regressions: '1' }); // prettier-ignore
    const comments = fake.comments(12);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body.split('\n')[0]).toBe(
      `<!-- prompt-versioner-action:comment key=default sha=${headSha} run=7 attempt=1 -->`,
    );
    const checks = checkRuns(fake);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ head_sha: headSha, conclusion: 'failure' });
    expect(checks[0]?.details_url).toBe(
      `https://github.com/octo-org/octo-repo/actions/runs/${PR_RUN}`,
    );
  });

  it.each([
    ['a missing artifact', () => undefined, /prompt-regression-report/],
    ['an artifact that is not JSON', () => seedArtifact({ 'report.json': '{not json' }), /not a valid report \(the report artifact is not UTF-8 JSON/], // prettier-ignore
    ['a report that fails validation', () => seedReport((r) => (r.kind = 'health-or-so')), /not a valid report/], // prettier-ignore
  ])('refuses %s: a failing check run, a warning, no comment', async (_, seed, reason) => {
    addForkPull();
    seed();
    const run = relay();
    expect(await relayMode(run)).toEqual({ failure: null });
    expect(run.io.outputs.get('verdict')).toBe('skipped');
    expect(run.io.warnings.join('\n')).toMatch(reason);
    expect(refusedCheck()).toMatch(reason);
    expect(fake.state.comments).toHaveLength(0);
  });

  it('refuses a report about another commit or run than the one that uploaded it', async () => {
    addForkPull();
    seedReport((r) => (r.context.head_sha = 'e'.repeat(40)));
    const run = relay();
    await relayMode(run);
    expect(refusedCheck()).toMatch(/about commit eeeeeee, but run 1007 tested/);
    resetFake(fake);
    addForkPull();
    seedReport((r) => (r.context.run_id = 99));
    await relayMode(relay());
    expect(refusedCheck()).toMatch(/names run 99, but it is an artifact of run 1007/);
    expect(fake.state.comments).toHaveLength(0);
  });

  it('refuses a report naming a pull request that does not exist', async () => {
    seedReport();
    const run = relay();
    await relayMode(run);
    refusedCheck();
    expect(run.io.warnings.join('\n')).toMatch(/names pull request #12, which does not exist/);
    expect(fake.state.comments).toHaveLength(0);
  });

  it('with no pull request at that head and none named, the report is on the check run only', async () => {
    seedReport((r) => delete r.context.pull_request);
    const run = relay();
    expect(await relayMode(run)).toEqual({ failure: null });
    expect(run.io.warnings.join('\n')).toMatch(/No open pull request of octo-org\/octo-repo has head/); // prettier-ignore
    const checks = checkRuns(fake);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ conclusion: 'failure' });
    expect(checks[0]?.output.title).toMatch(/regress/i);
    expect(fake.state.comments).toHaveLength(0);
  });

  it('skips a workflow_run that has not completed, writing nothing', async () => {
    const run = relay();
    (run.ctx.payload as { action: string }).action = 'in_progress';
    expect(await relayMode(run)).toEqual({ failure: null });
    expect(run.io.outputs.get('verdict')).toBe('skipped');
    expect(run.io.summaries.join('')).toMatch(/^⚪ \*\*Prompt regression report not published\*\*: .*in\\_progress, not completed/); // prettier-ignore
    expect(apiWrites(fake)).toEqual([]);
  });

  it.each(['skipped', 'cancelled'])(
    'leaves the commit’s check as it is after a %s run, which made no report',
    async (conclusion) => {
      addForkPull();
      seedReport();
      expect(await relayMode(relay())).toEqual({ failure: null });
      expect(checkRuns(fake).map((c) => c.conclusion)).toEqual(['failure']);
      // A later run of the pull-request workflow, skipped by its `if:` or cancelled.
      const later = relay({ conclusion, run_number: 8 });
      expect(await relayMode(later)).toEqual({ failure: null });
      expect(later.io.outputs.get('verdict')).toBe('skipped');
      expect(later.io.summaries.join('')).toMatch(new RegExp(`not published\\*\\*: The triggering workflow run was ${conclusion}`)); // prettier-ignore
      expect(checkRuns(fake).map((c) => c.conclusion)).toEqual(['failure']);
    },
  );

  /** The genuine report, as the later run (#8, id 1008) uploaded it. */
  const seedLaterReport = (): void => {
    const report = structuredClone(genuine);
    report.context.run_id = PR_RUN + 1;
    report.context.run_number = 8;
    fake.addArtifact(PR_RUN + 1, {
      name: REPORT,
      zip: zipSync({ 'report.json': new TextEncoder().encode(JSON.stringify(report)) }),
    });
  };

  /** A relay run for a later run (#8, id 1008) of the pull-request workflow. */
  const laterRun = (conclusion: string) =>
    modeRun({
      fake,
      ws: mkdtempSync(path.join(tmpdir(), 'pv-relay-mode-')),
      inputs: { mode: 'relay' },
      eventName: 'workflow_run',
      payload: workflowRunEvent(PR_RUN + 1, headSha, { conclusion, run_number: 8 }) as Record<string, unknown>, // prettier-ignore
      runNumber: 2,
    });

  it.each(['failure', 'timed_out', 'action_required', 'startup_failure', 'success'])(
    'leaves an earlier run’s check as it is after a %s run that uploaded no report',
    async (conclusion) => {
      addForkPull();
      seedReport();
      await relayMode(relay());
      expect(checkRuns(fake).map((c) => c.conclusion)).toEqual(['failure']);
      const later = laterRun(conclusion);
      const warned: string[] = [];
      later.io.log.warning = (m) => void warned.push(m);
      expect(await relayMode(later)).toEqual({ failure: null });
      expect(later.io.outputs.get('verdict')).toBe('skipped');
      expect(checkRuns(fake).map((c) => c.conclusion)).toEqual(['failure']);
      expect(warned.join('\n')).toMatch(
        new RegExp(
          `ended '${conclusion}' without a report to publish .*'failure'\\) is left as it is`,
        ),
      );
      // The publisher's job summary says it too, not left empty.
      expect(later.io.summaries.join('')).toMatch(/not published\*\*: The triggering workflow run ended/); // prettier-ignore
    },
  );

  it('leaves a newer run’s check as it is when an older run’s relay comes last', async () => {
    addForkPull();
    seedLaterReport();
    await relayMode(laterRun('success'));
    expect(checkRuns(fake)).toHaveLength(1);
    // Run #7's relay ends after #8's: its report, valid as it is, does not replace #8's check.
    seedReport();
    const older = relay();
    const infos: string[] = [];
    older.io.log.info = (m) => void infos.push(m);
    expect(await relayMode(older)).toEqual({ failure: null });
    expect(older.io.outputs.get('verdict')).toBe('skipped');
    expect(checkRuns(fake)).toHaveLength(1);
    expect(infos.join('\n')).toMatch(/is from run 1008, newer than run 1007: it is left as it is/);
    expect(older.io.summaries.join('')).toMatch(/not published\*\*: The check on .* newer than run 1007/); // prettier-ignore
    expect(fake.comments(12)[0]?.body.split('\n')[0]).toMatch(/ run=8 /);
  });

  it('reads only its own check runs: a job of the same name neither hides nor stands in', async () => {
    // GitHub names a job's check run after the job: a fork's workflow can name one
    // "Prompt regressions", from a run newer than the one whose report is relayed.
    const jobCheck = (conclusion: string) => {
      const id = fake.state.nextCheckRunId();
      fake.state.checkRuns.set(id, { id, name: 'Prompt regressions', head_sha: headSha, status: 'completed', conclusion, details_url: `https://github.com/octo-org/octo-repo/actions/runs/${PR_RUN + 50}/job/99`, started_at: null, completed_at: null, output: { title: null, summary: null, text: null } }); // prettier-ignore
    };
    addForkPull();
    jobCheck('success');
    seedReport();
    const run = relay();
    await relayMode(run);
    expect(run.io.outputs.get('verdict')).toBe('regressed');
    expect(checkRuns(fake).map((c) => c.conclusion)).toEqual(['success', 'failure']);
    // A run without a report, beside only such a job's check: the refusal, not the job's success.
    resetFake(fake);
    addForkPull();
    jobCheck('success');
    await relayMode(laterRun('failure'));
    expect(checkRuns(fake).map((c) => [c.conclusion, c.output.title])).toEqual([
      ['success', null],
      ['failure', 'Prompt regression report not published'],
    ]);
    // A check a release before the mark made (a title, no external_id), from a newer run: it
    // still orders the relays, as it did.
    resetFake(fake);
    addForkPull();
    const id = fake.state.nextCheckRunId();
    fake.state.checkRuns.set(id, { id, name: 'Prompt regressions', head_sha: headSha, status: 'completed', conclusion: 'failure', details_url: `https://github.com/octo-org/octo-repo/actions/runs/${PR_RUN + 2}`, started_at: null, completed_at: null, output: { title: '1 regression: p 1.1.0', summary: null, text: null } }); // prettier-ignore
    seedReport();
    const older = relay();
    await relayMode(older);
    expect(older.io.outputs.get('verdict')).toBe('skipped');
    expect(checkRuns(fake)).toHaveLength(1);
  });

  it('publishes what a failed run did upload, and says so when there is no earlier check', async () => {
    addForkPull();
    // A run that failed after uploading its report: the report is published.
    seedLaterReport();
    await relayMode(laterRun('failure'));
    expect(checkRuns(fake).map((c) => c.conclusion)).toEqual(['failure']);
    // Again with that check on the commit: the relay looks for the report before it publishes
    // it, and downloads it once for both.
    fake.requests.length = 0;
    await relayMode(laterRun('failure'));
    expect(checkRuns(fake).map((c) => c.conclusion)).toEqual(['failure', 'failure']);
    expect(
      fake.requests.filter((r) => /\/actions\/artifacts\/\d+\/zip$/.test(r.path)),
    ).toHaveLength(1);
    // A failed run without a report on a commit with no check yet: a refusal that does not
    // pass (the fork's run failed, say for want of secrets: nothing was tested).
    resetFake(fake);
    addForkPull();
    await relayMode(laterRun('failure'));
    expect(checkRuns(fake).map((c) => [c.conclusion, c.output.title])).toEqual([
      ['failure', 'Prompt regression report not published'],
    ]);
    // A run that succeeded without one: failing too. Its step may have skipped (an expired
    // store artifact), but the relay cannot tell that from a report artifact misnamed or a
    // step a fork's workflow dropped, which a neutral check would pass on every pull request.
    resetFake(fake);
    addForkPull();
    await relayMode(laterRun('success'));
    expect(checkRuns(fake).map((c) => [c.conclusion, c.output.title])).toEqual([
      ['failure', 'Prompt regression report not published'],
    ]);
    // One that succeeded with a report that does not hold: refused, failing.
    resetFake(fake);
    addForkPull();
    fake.addArtifact(PR_RUN + 1, { name: REPORT, zip: zipSync({ 'report.json': new TextEncoder().encode('{"not": "a report"}') }) }); // prettier-ignore
    await relayMode(laterRun('success'));
    expect(checkRuns(fake).map((c) => c.conclusion)).toEqual(['failure']);
  });

  it('publishes an older run’s report over a newer run’s check that carried none', async () => {
    addForkPull();
    // Run #8 on the same commit failed before it made a report, and its relay came first.
    await relayMode(laterRun('failure'));
    expect(checkRuns(fake).map((c) => c.conclusion)).toEqual(['failure']);
    // Run #7's report, the only one of this commit, is then published, not hidden by #8's check.
    seedReport();
    const older = relay();
    await relayMode(older);
    expect(older.io.outputs.get('verdict')).toBe('regressed');
    expect(checkRuns(fake).map((c) => [c.conclusion, c.output.title])).toEqual([
      ['failure', 'Prompt regression report not published'],
      ['failure', expect.stringMatching(/regression/)],
    ]);
  });

  it('says a run waiting for approval has not run, with a check that does not pass', async () => {
    addForkPull();
    const waiting = laterRun('action_required');
    expect(await relayMode(waiting)).toEqual({ failure: null });
    expect(waiting.io.outputs.get('verdict')).toBe('skipped');
    expect(checkRuns(fake).map((c) => [c.conclusion, c.output.title])).toEqual([
      ['action_required', 'Prompt check waits for approval'],
    ]);
    expect(waiting.io.summaries.join('')).toMatch(/waits for a maintainer's approval .* approve it in the Actions tab/); // prettier-ignore
    // Once approved and run, its report replaces that check.
    seedLaterReport();
    await relayMode(laterRun('success'));
    expect(checkRuns(fake).map((c) => c.conclusion)).toEqual(['action_required', 'failure']);
  });

  it('replaces the approval check when the approved run ends without a report', async () => {
    addForkPull();
    await relayMode(laterRun('action_required'));
    // Approved, run, and failed before its report (an evaluation that crashed).
    const failed = laterRun('failure');
    await relayMode(failed);
    expect(checkRuns(fake).map((c) => [c.conclusion, c.output.title])).toEqual([
      ['action_required', 'Prompt check waits for approval'],
      ['failure', 'Prompt regression report not published'],
    ]);
  });

  it('says so for a run waiting for approval that GitHub sends as requested, once', async () => {
    addForkPull();
    // GitHub's example of this event: `requested`, with the run made already completed.
    const requested = laterRun('action_required');
    Object.assign(requested.ctx.payload, { action: 'requested' });
    Object.assign(requested.ctx.payload.workflow_run as object, { status: 'completed' });
    expect(await relayMode(requested)).toEqual({ failure: null });
    expect(checkRuns(fake).map((c) => [c.conclusion, c.output.title])).toEqual([
      ['action_required', 'Prompt check waits for approval'],
    ]);
    // The same run's `completed` event, if it comes too, adds no second check.
    await relayMode(laterRun('action_required'));
    expect(checkRuns(fake)).toHaveLength(1);
  });

  it('leaves a verdict as it is when its run’s waiting event is relayed after the run', async () => {
    addForkPull();
    // Approved, run, and published; then the relay of the event sent while it waited.
    seedLaterReport();
    await relayMode(laterRun('failure'));
    const waited = laterRun('action_required');
    Object.assign(waited.ctx.payload, { action: 'requested' });
    Object.assign(waited.ctx.payload.workflow_run as object, { status: 'completed' });
    expect(await relayMode(waited)).toEqual({ failure: null });
    expect(waited.io.outputs.get('verdict')).toBe('skipped');
    expect(waited.io.summaries.join('')).toMatch(/waited for approval when this event was sent, and has run since/); // prettier-ignore
    // Its completed event, late too (a re-run's first attempt), leaves it as well.
    await relayMode(laterRun('action_required'));
    expect(checkRuns(fake).map((c) => c.conclusion)).toEqual(['failure']);
    // A requested event that did not wait is skipped, whatever status it carries.
    const requested = laterRun('success');
    Object.assign(requested.ctx.payload, { action: 'requested' });
    Object.assign(requested.ctx.payload.workflow_run as object, { status: 'completed' });
    expect(await relayMode(requested)).toEqual({ failure: null });
    expect(requested.io.outputs.get('verdict')).toBe('skipped');
    expect(checkRuns(fake)).toHaveLength(1);
    expect(fake.state.comments).toHaveLength(1);
  });

  it('names the permission when the token may not comment, and keeps the check', async () => {
    addForkPull();
    seedReport();
    fake.failNext({ method: 'POST', pathPattern: /\/issues\/12\/comments$/, status: 403, times: 10, body: { message: 'Resource not accessible by integration' } }); // prettier-ignore
    const run = relay();
    await relayMode(run);
    expect(checkRuns(fake).map((c) => c.conclusion)).toEqual(['failure']);
    const warned = run.io.warnings.join('\n');
    expect(warned).toMatch(/cannot comment on pull request #12: give this workflow 'pull-requests: write'/); // prettier-ignore
    // Not the advice to set up the relay this run is.
    expect(warned).not.toMatch(/publish: artifact/);
  });

  it('needs a workflow_run event', async () => {
    const run = modeRun({ fake, ws: '.', inputs: {}, eventName: 'push', runNumber: 2 });
    await expect(relayMode(run)).rejects.toThrow(ConfigError);
    await expect(relayMode(run)).rejects.toThrow(/mode relay needs a workflow_run event/);
  });
});
