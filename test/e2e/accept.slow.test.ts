// Accepting a known regression, the longer sequences (npm run test:slow): a maintainer's label
// across pushes and its removal, the push that merges an accepted pull request, the label across
// runs that show no report, a new prompt that never ran beside an accepted regression, and a
// fork's report through the trusted publisher.
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type ActionRun } from './harness.js';
import {
  apiWrites,
  baseAndHead,
  workspaceWith,
  forkPullRequestEvent,
  workflowRunEvent,
  PUBLISHER_ENV,
  FORK,
  runtimeEnv,
} from './workflows.js';
import { acceptKit, LABEL, PR, SLOW, type Workspace } from './accept-kit.js';
import { baseSpec, headSpec, storeBytes } from './stores.js';

const {
  suite,
  fake,
  nextRun,
  workspace,
  prRun,
  skippedRun,
  commentRun,
  sticky,
  lastCheck,
  label,
  reportOf,
} = acceptKit();

describe('accepting a regression with the label', () => {
  it(
    "a maintainer's label makes the check neutral, records who and what, and a new push that regresses more fails; removing the label fails again",
    async () => {
      const ws = await workspace(0.7);
      const first = await prRun(ws);
      expect(first.code).toBe(1);
      expect(first.outputs.accepted).toBe('false');

      label('maintainer');
      const accepted = await prRun(ws, { by: 'maintainer' });
      expect(accepted.code, accepted.stdout).toBe(0);
      expect(accepted.outputs).toMatchObject({
        verdict: 'regressed',
        accepted: 'true',
        'accepted-by': 'maintainer',
      });
      expect(lastCheck()).toMatchObject({ conclusion: 'neutral' });
      expect(lastCheck()?.output.title).toMatch(
        /^Accepted by @maintainer: 1 regression: summarizer 1\.2\.0: quality −1\d\.\d %/,
      );
      const body = sticky();
      expect(body).toMatch(/✅ \*\*Regression accepted\*\*/);
      expect(body).toMatch(
        /Accepted by @&#8203;maintainer on \d{4}-\d\d-\d\d \d\d:\d\d UTC \(label `prompt-regression-accepted`\): summarizer 1\.2\.0 quality −1\d\.\d %/,
      );
      // The full report is still there below the acceptance.
      expect(body).toMatch(/\| Quality \(mean\) \|.*regressed/);
      const json = reportOf(accepted);
      expect(json.verdict).toBe('regressed');
      expect(json.acceptance.grants).toEqual([
        expect.objectContaining({
          by: 'maintainer',
          via: 'label',
          covers: [
            expect.objectContaining({
              prompt: 'summarizer',
              version: '1.2.0',
              metric: 'quality_score',
            }),
          ],
        }),
      ]);

      // The same report again (a re-run, another push that changes nothing): still accepted.
      const again = await prRun(ws);
      expect(again.code).toBe(0);
      expect(lastCheck()?.conclusion).toBe('neutral');

      // A push that makes the same prompt much worse is not covered.
      const worse = await workspace(0.5);
      const failed = await prRun(worse);
      expect(failed.code).toBe(1);
      expect(failed.outputs.accepted).toBe('false');
      expect(lastCheck()).toMatchObject({ conclusion: 'failure' });
      expect(sticky()).toMatch(
        /❌ \*\*Not covered by the acceptance\*\*: summarizer 1\.2\.0 quality −[3-4]\d\.\d % \(accepted −1\d\.\d %, and worse than that by more than the 20 % tolerance\)/,
      );
      expect(reportOf(failed).acceptance.not_covered).toEqual([
        expect.objectContaining({ reason: 'worse_than_accepted' }),
      ]);

      // Back to the accepted report, then the label is removed: it fails again.
      expect((await prRun(ws)).code).toBe(0);
      label('maintainer', false);
      const withdrawn = await prRun(ws);
      expect(withdrawn.code).toBe(1);
      expect(withdrawn.outputs.accepted).toBe('false');
      expect(lastCheck()).toMatchObject({ conclusion: 'failure' });
      expect(sticky()).not.toMatch(/Regression accepted|Accepted by/);
    },
    SLOW,
  );

  it(
    'honours the acceptance on the push that merges the pull request, and only there',
    async () => {
      const ws = await workspace(0.7);
      await prRun(ws);
      await new Promise((r) => setTimeout(r, 1100));
      label('maintainer');
      expect((await prRun(ws, { by: 'maintainer' })).code).toBe(0);
      Object.assign(fake.state.pulls.get(PR)!, { state: 'closed', merged: true });
      const writes = apiWrites(fake).length;
      const push = async () => {
        const n = nextRun();
        return suite.run(
          ws.dir,
          'push',
          { ref: 'refs/heads/main', before: ws.baseSha, after: ws.headSha, head_commit: { id: ws.headSha } }, // prettier-ignore
          { env: { GITHUB_SHA: ws.headSha, GITHUB_RUN_NUMBER: String(n) } },
        );
      };
      const merged = await push();
      expect(merged.code, merged.stdout).toBe(0);
      expect(merged.outputs).toMatchObject({ verdict: 'regressed', accepted: 'true', 'accepted-by': 'maintainer' }); // prettier-ignore
      expect(merged.stdout).toMatch(/This push merged pull request #5: its acceptances apply\./);
      expect(merged.summary).toMatch(/✅ \*\*Regression accepted\*\*/);
      expect(apiWrites(fake)).toHaveLength(writes);
      // A push no merged pull request accounts for fails as before.
      fake.state.pulls.get(PR)!.headSha = 'e'.repeat(40);
      const other = await push();
      expect(other.code).toBe(1);
      expect(other.outputs).toMatchObject({ accepted: 'false', 'accepted-by': '' });
    },
    SLOW,
  );
});

describe('the label across runs that show no report', () => {
  it(
    'keeps the acceptance through a run that had nothing to compare',
    async () => {
      const ws = await workspace(0.7);
      await prRun(ws);
      label('maintainer');
      expect((await prRun(ws, { by: 'maintainer' })).code).toBe(0);
      const skipped = await skippedRun(ws);
      expect(skipped.outputs.verdict).toBe('skipped');
      expect(sticky()).toMatch(/There is no artifact &quot;prompt-store&quot;/);
      expect(sticky().split('\n')[1]).toMatch(
        /^<!-- prompt-versioner-action:accept key=default data=/,
      );
      const back = await prRun(ws);
      expect(back.code, back.stdout).toBe(0);
      expect(reportOf(back).acceptance.grants).toEqual([
        expect.objectContaining({ by: 'maintainer', via: 'label' }),
      ]);
    },
    SLOW,
  );

  it(
    'a label added while the comment shows no report accepts nothing it had not shown',
    async () => {
      // A regression was shown; the next push's run had nothing to compare ("not checked").
      const ws = await workspace(0.7);
      expect((await prRun(ws)).code).toBe(1);
      const worse = await workspace(0.45);
      expect((await skippedRun(worse)).outputs.verdict).toBe('skipped');
      // The label is added then: its run finds a far worse regression nobody was shown.
      await new Promise((r) => setTimeout(r, 1100));
      label('maintainer');
      const labeled = await prRun(worse, { by: 'maintainer' });
      expect(labeled.code).toBe(1);
      expect(labeled.outputs.accepted).toBe('false');
      expect(reportOf(labeled).acceptance.grants).toEqual([
        expect.objectContaining({ by: 'maintainer', via: 'label', covers: [] }),
      ]);
    },
    SLOW,
  );
});

describe('an acceptance beside a new prompt that never ran', () => {
  it(
    'never accepts a new prompt that was never called along with a regression (fail-on untested)',
    async () => {
      const spec = headSpec(0.7);
      const head = {
        ...spec,
        prompts: [
          ...spec.prompts,
          {
            name: 'brand-new',
            versions: [{ version: '1.0.0', timestamp: '2026-11-26T09:00:00+00:00', calls: [] }],
          },
        ],
      };
      const ws = baseAndHead(await storeBytes(baseSpec()), await storeBytes(head));
      const untested = { 'fail-on': 'untested' };
      expect((await prRun(ws, undefined, untested)).code).toBe(1);
      label('maintainer');
      const labeled = await prRun(ws, { by: 'maintainer' }, untested);
      expect(labeled.code, labeled.stdout).toBe(1);
      expect(lastCheck()?.conclusion).toBe('failure');
      expect(labeled.stdout).toMatch(
        /"brand-new 1\.0\.0": a new prompt never called fails the check \(fail-on: untested\), and no acceptance covers it/,
      );
      // The command says so too, and accepts nothing.
      await commentRun(ws, '/prompt-check accept', 'maintainer');
      expect(lastCheck()?.conclusion).toBe('failure');
      expect(fake.comments(PR).at(-1)?.body).toMatch(
        /a new prompt that was never called fails the check on this commit, and no acceptance covers it: nothing was accepted/,
      );
    },
    SLOW,
  );
});

describe('fork pull requests', () => {
  /** The fork's run (read-only token): uploads the report as artifact of run `runId`. */
  async function forkRun(ws: Workspace, runId: number): Promise<ActionRun> {
    fake.forbidWrites = true;
    try {
      return await suite.run(
        ws.dir,
        'pull_request',
        forkPullRequestEvent(PR, ws.headSha, ws.baseSha),
        {
          inputs: { publish: 'artifact' },
          env: { ...runtimeEnv(fake, runId), GITHUB_RUN_NUMBER: String(runId) },
        },
      );
    } finally {
      fake.forbidWrites = false;
    }
  }

  /** The trusted workflow_run publisher of run `runId`. */
  function publisher(ws: Workspace, runId: number): Promise<ActionRun> {
    const event = workflowRunEvent(runId, ws.headSha, { run_number: runId });
    return suite.run(workspaceWith().dir, 'workflow_run', event, { env: PUBLISHER_ENV });
  }

  it(
    "the publisher drops an acceptance the fork's report claims, and honours a maintainer's label",
    async () => {
      const ws = await workspace(0.7);
      Object.assign(fake.state.pulls.get(PR)!, { headSha: ws.headSha, headRepo: FORK });
      expect((await forkRun(ws, 9101)).code).toBe(1);
      // The fork edits its report to claim an acceptance.
      const artifact = fake.state.artifacts.find((a) => a.runId === 9101)!;
      const [file, bytes] = Object.entries(unzipSync(artifact.zip))[0]!;
      const forged = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
      forged.acceptance = {
        accepted: true,
        label: LABEL,
        tolerance: 1,
        grants: [
          { by: 'maintainer', at: new Date().toISOString(), via: 'label', ref: 1, covers: [] },
        ],
        covered: [],
        not_covered: [],
        notes: [],
      };
      artifact.zip = zipSync({ [file]: new TextEncoder().encode(JSON.stringify(forged)) });
      artifact.size_in_bytes = artifact.zip.length;
      const claimed = await publisher(ws, 9101);
      expect(claimed.code, claimed.stdout).toBe(0);
      expect(claimed.outputs.accepted).toBe('false');
      expect(lastCheck()?.conclusion).toBe('failure');
      expect(sticky()).not.toMatch(/Accepted by/);

      // The fork's author labels their own pull request: refused by the publisher.
      fake.state.pulls.get(PR)!.login = 'outsider';
      label('outsider', true);
      await forkRun(ws, 9102);
      await publisher(ws, 9102);
      expect(lastCheck()?.conclusion).toBe('failure');
      expect(sticky()).toMatch(/added by @&#8203;outsider, who does not have write permission/);

      // A maintainer adds it again: the next report is published as accepted.
      label('outsider', false);
      label('maintainer', true);
      await forkRun(ws, 9103);
      const accepted = await publisher(ws, 9103);
      expect(accepted.outputs).toMatchObject({ accepted: 'true', 'accepted-by': 'maintainer' });
      expect(lastCheck()).toMatchObject({ conclusion: 'neutral' });
      expect(sticky()).toMatch(
        /Accepted by @&#8203;maintainer on .* \(label `prompt-regression-accepted`\): summarizer 1\.2\.0 quality/,
      );
    },
    SLOW,
  );
});
