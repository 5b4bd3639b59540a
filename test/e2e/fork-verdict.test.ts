// The publisher of the two-workflow setup against reports a fork wrote by hand: the verdict, the
// counts and the check's conclusion come from the report's comparisons, a report that
// contradicts itself is refused, and what is published says it comes from the pull request's run.
import { zipSync } from 'fflate';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { baseSpec, headSpec, storeBytes } from './stores.js';
import {
  checkRuns,
  resetFake,
  workspaceWith,
  workflowRunEvent,
  PUBLISHER_ENV,
  FORK,
} from './workflows.js';
import { e2eSuite } from './suite.js';

const RUN = 4242;
const HEAD = 'c'.repeat(40);
const NOTE = "Reported by the pull request's run (not verified)";

const suite = e2eSuite();
const fake = suite.fake;
/** A genuine JSON report of a regression, as the pull-request run would upload it. */
let regressed: string;

/** The report JSON as a forger edits it. */
interface Forged {
  verdict: string;
  counts: Record<string, number>;
  settings: Record<string, unknown>;
  comparisons: ({ status: string; metrics: Record<string, unknown>[] } & Record<string, unknown>)[]; // prettier-ignore
}

function seed(edit: (r: Forged) => void): void {
  const report = JSON.parse(regressed) as Forged;
  edit(report);
  const file = new TextEncoder().encode(JSON.stringify(report));
  fake.addArtifact(RUN, {
    name: 'prompt-regression-report',
    zip: zipSync({ 'prompt-regression-report.json': file }),
  });
}

function publish(inputs: Record<string, string> = {}) {
  const event = workflowRunEvent(RUN, HEAD, { conclusion: 'success' });
  return suite.run(workspaceWith().dir, 'workflow_run', event, { inputs, env: PUBLISHER_ENV });
}

/** Makes every metric of every comparison look like an unchanged one. */
function allUnchanged(r: Forged): void {
  for (const c of r.comparisons) {
    c.status = 'unchanged';
    for (const m of c.metrics) {
      m.status = 'unchanged';
      m.p_value = 0.5;
      m.p_value_adjusted = 0.5;
    }
  }
}

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pv-forged-'));
  writeFileSync(path.join(dir, 'base.sqlite'), await storeBytes(baseSpec()));
  writeFileSync(path.join(dir, 'head.sqlite'), await storeBytes(headSpec(0.7)));
  const cli = await runCli(['compare', '--base', path.join(dir, 'base.sqlite'), '--head', path.join(dir, 'head.sqlite'), '--format', 'json']); // prettier-ignore
  const report = JSON.parse(cli.stdout) as Record<string, unknown>;
  report.context = { repository: 'octo-org/octo-repo', pull_request: 12, head_sha: HEAD, run_id: RUN, run_number: 7 }; // prettier-ignore
  regressed = JSON.stringify(report);
});
beforeEach(() => {
  fake.addPullRequest({ number: 12, headSha: HEAD, headRepo: FORK, headRef: 'feature' });
});

describe('mode publish: a report the fork wrote', () => {
  it('publishes a genuine regression as failure, saying where the numbers come from', async () => {
    seed(() => undefined);
    const run = await publish();
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'regressed', regressions: '1' });
    const [check] = checkRuns(fake);
    expect(check?.conclusion).toBe('failure');
    expect(check?.output.title).toMatch(/^Reported by the pull request's run \(not verified\): 1 regression: summarizer 1\.2\.0/); // prettier-ignore
    expect(Array.from(check?.output.title ?? '').length).toBeLessThanOrEqual(100);
    expect(check?.output.summary).toContain(`> 🔓 **${NOTE}.**`);
    const body = fake.comments(12)[0]?.body ?? '';
    // The first visible line (the marker and the acceptance record are HTML comments).
    const visible = body.split('\n').filter((l) => !l.startsWith('<!--'));
    expect(visible[0]).toContain(`> 🔓 **${NOTE}.**`);
    expect(run.summary).toContain(NOTE);
  });

  it("refuses 'passed' over comparisons that say regressed: a failing check, nothing posted", async () => {
    seed((r) => (r.verdict = 'passed'));
    const run = await publish();
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.verdict).toBe('skipped');
    expect(run.stdout).toMatch(
      /::warning::Prompt regression report not published: The report artifact is not a valid report \(verdict is passed, but its comparisons give regressed under its own fail-on regressed\.\)/,
    );
    expect(checkRuns(fake)[0]?.conclusion).toBe('failure');
    expect(fake.state.comments).toHaveLength(0);
  });

  it('refuses a report whose statuses or counts disagree with its metrics', async () => {
    const cases: [(r: Forged) => void, RegExp][] = [
      [(r) => { r.verdict = 'passed'; r.comparisons[0]!.status = 'unchanged'; r.counts.regressed = 0; }, /comparisons\[0\]\.status is unchanged, but its metrics make it regressed/], // prettier-ignore
      [(r) => { allUnchanged(r); r.verdict = 'passed'; }, /counts\.regressed is 1, but the comparisons give 0/], // prettier-ignore
      [(r) => { r.comparisons[0]!.metrics[0]!.p_value_adjusted = 0.9; }, /metrics\[0\] \(quality_score\) is regressed with an adjusted p-value of 0\.9 against alpha 0\.05/], // prettier-ignore
      [(r) => { r.comparisons[0]!.metrics[0]!.status = 'unchanged'; }, /metrics\[0\] \(quality_score\) is unchanged with an adjusted p-value/], // prettier-ignore
      [(r) => { r.verdict = 'passed'; r.comparisons = []; r.counts = { candidates: 0, regressed: 0, degraded: 0, inconclusive: 0, improved: 0, new_prompts: 0 }; }, /verdict is passed, but its comparisons give no_changes/], // prettier-ignore
    ];
    for (const [edit, why] of cases) {
      resetFake(fake);
      fake.addPullRequest({ number: 12, headSha: HEAD, headRepo: FORK, headRef: 'feature' });
      seed(edit);
      const run = await publish();
      expect(run.stdout).toMatch(why);
      expect(run.outputs.verdict).toBe('skipped');
      expect(checkRuns(fake)[0]?.conclusion).toBe('failure');
      expect(fake.state.comments).toHaveLength(0);
    }
  });

  it("judges by the publisher's fail-on when the report's own is more lenient", async () => {
    // The fork's report is consistent under fail-on never: its regression would pass.
    seed((r) => {
      r.settings.fail_on = 'never';
      r.verdict = 'warning';
    });
    const run = await publish();
    expect(run.outputs.verdict, run.stdout).toBe('regressed');
    expect(checkRuns(fake)[0]?.conclusion).toBe('failure');
    expect(fake.comments(12)[0]?.body).toMatch(/fails on: regressed/);
  });

  it('a consistent hand-written pass is published as success, but never as a trusted result', async () => {
    seed((r) => {
      allUnchanged(r);
      r.verdict = 'passed';
      r.counts.regressed = 0;
    });
    const run = await publish();
    expect(run.outputs.verdict, run.stdout).toBe('passed');
    const [check] = checkRuns(fake);
    expect(check?.conclusion).toBe('success');
    expect(check?.output.title).toBe(`${NOTE}: No regression in 1 changed prompt`);
    expect(fake.comments(12)[0]?.body).toContain(NOTE);
  });
});
