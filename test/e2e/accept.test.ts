// Accepting a known regression, end to end: the label on the pull request and the
// `/prompt-check` comment command, against the fake GitHub API.
import { unzipSync, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { acceptState, setLabel } from './fake-github/routes-accept.js';
import type { FakeComment } from './fake-github/state.js';
import { pullRequestEvent, type ActionRun } from './harness.js';
import { baseSpec, headSpec, storeBytes } from './stores.js';
import {
  baseAndHead,
  apiWrites,
  checkRuns,
  workspaceWith,
  forkPullRequestEvent,
  workflowRunEvent,
  PUBLISHER_ENV,
  FORK,
  runtimeEnv,
} from './workflows.js';
import { e2eSuite } from './suite.js';

const LABEL = 'prompt-regression-accepted';
const PR = 5;
// Tests that run the action five to eight times; the machine may be shared.
const SLOW = 180_000;

const suite = e2eSuite();
const fake = suite.fake;
let run = 7;

type Workspace = { dir: string; baseSha: string; headSha: string };

async function workspace(headQuality: number): Promise<Workspace> {
  return baseAndHead(await storeBytes(baseSpec()), await storeBytes(headSpec(headQuality)));
}

/** A pull_request run; `labeled` makes it the run GitHub starts when the label is added. */
async function prRun(ws: Workspace, labeled?: { by: string }): Promise<ActionRun> {
  fake.state.pulls.get(PR)!.headSha = ws.headSha;
  const event = pullRequestEvent({
    number: PR,
    headSha: ws.headSha,
    baseSha: ws.baseSha,
  }) as Record<string, unknown>;
  if (labeled)
    Object.assign(event, {
      action: 'labeled',
      label: { name: LABEL },
      sender: { login: labeled.by },
    });
  run += 1;
  return suite.run(ws.dir, 'pull_request', event, {
    env: { GITHUB_RUN_NUMBER: String(run) },
  });
}

/** A pull_request run on `ws` that has nothing to compare (its store artifact is missing). */
async function skippedRun(ws: Workspace): Promise<ActionRun> {
  fake.state.pulls.get(PR)!.headSha = ws.headSha;
  run += 1;
  return suite.run(
    ws.dir,
    'pull_request',
    pullRequestEvent({ number: PR, headSha: ws.headSha, baseSha: ws.baseSha }),
    { inputs: { 'store-artifact': 'prompt-store' }, env: { GITHUB_RUN_NUMBER: String(run) } },
  );
}

/** When each command comment was written, as its event said (a re-run says the same). */
const commandTimes = new Map<number, string>();

/** An issue_comment run for a comment `body` by `login` on issue or pull request `number`. */
async function commentRun(
  ws: Workspace,
  body: string,
  login: string,
  o: { number?: number; onPull?: boolean; rerun?: FakeComment } = {},
): Promise<ActionRun> {
  const number = o.number ?? PR;
  // A re-run of an earlier command's workflow run sees that comment's event again.
  const c = o.rerun ?? fake.addComment(number, body, login);
  const event = {
    action: 'created',
    issue: {
      number,
      ...(o.onPull === false
        ? {}
        : { pull_request: { url: `${fake.url}/repos/octo-org/octo-repo/pulls/${number}` } }),
    },
    comment: {
      id: c.id,
      body,
      created_at:
        commandTimes.get(c.id) ?? commandTimes.set(c.id, new Date().toISOString()).get(c.id),
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
    },
  };
  run += 1;
  return suite.run(ws.dir, 'issue_comment', event, {
    env: { GITHUB_RUN_NUMBER: String(run) },
  });
}

const sticky = (): string =>
  fake.comments(PR).find((c) => c.body.includes('prompt-versioner-action:comment'))?.body ?? '';
const lastCheck = () =>
  checkRuns(fake)
    .filter((r) => r.head_sha === fake.state.pulls.get(PR)?.headSha)
    .at(-1);
const label = (by: string, on = true) =>
  setLabel(fake.state, { number: PR, label: LABEL, actor: by, on });
const reportOf = (r: ActionRun) =>
  JSON.parse(readFileSync(r.outputs['report-path'] ?? '', 'utf8')) as {
    verdict: string;
    acceptance: {
      accepted: boolean;
      grants: {
        by: string;
        via: string;
        at: string;
        covers: { prompt: string; version: string; metric: string }[];
      }[];
      not_covered: { reason: string }[];
      notes: string[];
    };
  };

beforeEach(() => {
  const s = acceptState(fake.state);
  s.events = [];
  s.reactions = [];
  s.permissions.clear();
  s.permissions.set('maintainer', 'maintain');
  s.permissions.set('outsider', 'read');
  fake.addPullRequest({ number: PR, headSha: 'f'.repeat(40) });
});

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
        run += 1;
        return suite.run(
          ws.dir,
          'push',
          { ref: 'refs/heads/main', before: ws.baseSha, after: ws.headSha, head_commit: { id: ws.headSha } }, // prettier-ignore
          { env: { GITHUB_SHA: ws.headSha, GITHUB_RUN_NUMBER: String(run) } },
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

  it('a label added by someone without write permission accepts nothing, and says so', async () => {
    const ws = await workspace(0.7);
    await prRun(ws);
    label('outsider');
    const r = await prRun(ws, { by: 'outsider' });
    expect(r.code).toBe(1);
    expect(r.outputs.accepted).toBe('false');
    expect(lastCheck()).toMatchObject({ conclusion: 'failure' });
    expect(sticky()).toMatch(
      /added by @&#8203;outsider, who does not have write permission on this repository: it accepts nothing/,
    );
    expect(reportOf(r).acceptance.grants).toEqual([]);
    expect(
      fake.requestsTo('GET', '/repos/octo-org/octo-repo/collaborators/outsider/permission'),
    ).not.toHaveLength(0);
  });
});

describe('accepting a regression with /prompt-check', () => {
  it(
    "a maintainer's command records the acceptance, reacts, adds the label and turns the check neutral; the next run keeps it",
    async () => {
      const ws = await workspace(0.7);
      await prRun(ws);
      expect(lastCheck()?.conclusion).toBe('failure');
      const before = fake.comments(PR).length;

      const cmd = await commentRun(
        ws,
        'Slower but cheaper, agreed.\n\n/prompt-check accept',
        'maintainer',
      );
      expect(cmd.code, cmd.stdout).toBe(0);
      expect(cmd.outputs).toMatchObject({ accepted: 'true', 'accepted-by': 'maintainer' });
      const commandId = fake.comments(PR).at(-1)!.id;
      expect(acceptState(fake.state).reactions).toEqual([
        { commentId: commandId, content: '+1', login: 'github-actions[bot]' },
      ]);
      // No reply: the reaction and the comment say it.
      expect(fake.comments(PR)).toHaveLength(before + 1);
      expect(sticky()).toMatch(
        /Accepted by @&#8203;maintainer on .* \(`\/prompt-check accept`\): summarizer 1\.2\.0 quality/,
      );
      expect(lastCheck()).toMatchObject({ conclusion: 'neutral' });
      expect(lastCheck()?.output.title).toMatch(
        /^Regression accepted by @maintainer: summarizer 1\.2\.0: quality −1\d\.\d %/,
      );
      expect(lastCheck()?.output.summary).toMatch(/Regression accepted/);
      expect(fake.state.pulls.get(PR)?.labels).toContain(LABEL);
      // It never read the workspace's store, nor any file of the pull request.
      expect(cmd.stdout).not.toMatch(/Reading the stores/);
      expect(fake.requestsTo('GET', /\/contents\//)).toHaveLength(0);

      const next = await prRun(ws);
      expect(next.code, next.stdout).toBe(0);
      expect(lastCheck()?.conclusion).toBe('neutral');
      // The job summary says it too, ahead of the report: the step passed on a regression.
      expect(next.summary).toMatch(/^<!-- prompt-versioner-action:acceptance -->\n✅ \*\*Regression accepted\*\*/); // prettier-ignore
      expect(next.summary).toMatch(
        /Accepted by @&#8203;maintainer on .*\(`\/prompt-check accept`\)/,
      );
      expect(reportOf(next).acceptance.grants).toEqual([
        expect.objectContaining({ by: 'maintainer', via: 'command' }),
      ]);

      // Removing the label the command added withdraws it.
      await new Promise((r) => setTimeout(r, 1100));
      label('maintainer', false);
      expect((await prRun(ws)).code).toBe(1);
      // Re-running the command's workflow run afterwards does not accept it again.
      const command = fake.comments(PR).find((c) => c.id === commandId)!;
      const again = await commentRun(ws, command.body, 'maintainer', { rerun: command });
      expect(again.code, again.stdout).toBe(0);
      expect(again.outputs.accepted).not.toBe('true');
      expect(lastCheck()?.conclusion).toBe('failure');
      expect(fake.state.pulls.get(PR)?.labels).not.toContain(LABEL);
      expect(fake.comments(PR).at(-1)?.body).toMatch(
        /^@maintainer the label `prompt-regression-accepted` was removed after this comment \(by maintainer on .*\), which withdrew the acceptance: nothing was accepted\./,
      );
    },
    SLOW,
  );

  it('refuses someone without write permission with one polite reply, and never answers a bot', async () => {
    const ws = await workspace(0.7);
    await prRun(ws);
    const before = fake.comments(PR).length;
    const r = await commentRun(ws, '/prompt-check accept', 'outsider');
    expect(r.code).toBe(0);
    const replies = fake.comments(PR).slice(before + 1);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.login).toBe('github-actions[bot]');
    expect(replies[0]?.body).toMatch(
      /^@outsider thank you, but only people with write permission on this repository can accept a regression/,
    );
    expect(acceptState(fake.state).reactions.map((x) => x.content)).toEqual(['confused']);
    expect(lastCheck()?.conclusion).toBe('failure');
    expect(sticky()).not.toMatch(/Accepted by/);

    // Our own reply (or any bot's comment) carrying the command is ignored: no loop.
    const writes = fake.requests.length;
    const bot = await commentRun(ws, '/prompt-check accept', 'github-actions[bot]');
    expect(bot.code).toBe(0);
    expect(bot.stdout).toMatch(/Comment ignored: it was written by github-actions\[bot\], a bot/);
    expect(fake.requests.slice(writes).filter((q) => q.method !== 'GET')).toEqual([]);
  });

  it('ignores a command on an issue, and answers help with the commands', async () => {
    const ws = await workspace(0.7);
    const issue = fake.addIssue({ title: 'Question' });
    const before = fake.requests.length;
    const r = await commentRun(ws, '/prompt-check accept', 'maintainer', {
      number: issue.number,
      onPull: false,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/is an issue, not a pull request/);
    expect(fake.requests.slice(before)).toEqual([]);
    expect(fake.comments(issue.number)).toHaveLength(1);

    const help = await commentRun(ws, '/prompt-check help', 'outsider');
    expect(help.code).toBe(0);
    const reply = fake.comments(PR).at(-1);
    expect(reply?.login).toBe('github-actions[bot]');
    expect(reply?.body).toMatch(/`\/prompt-check accept`: accept every regression/);
    expect(reply?.body).toMatch(/removing it withdraws every acceptance/);
    expect(acceptState(fake.state).reactions.at(-1)?.content).toBe('eyes');
  });

  it('refuses to accept a report about an older commit than the head', async () => {
    const ws = await workspace(0.7);
    await prRun(ws);
    fake.state.pulls.get(PR)!.headSha = 'e'.repeat(40);
    await commentRun(ws, '/prompt-check accept', 'maintainer');
    expect(fake.comments(PR).at(-1)?.body).toMatch(
      /is about commit `[0-9a-f]{7}`, but its head is now `eeeeeee`/,
    );
    expect(sticky()).not.toMatch(/Accepted by/);
  });
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
