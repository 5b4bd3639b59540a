// A personal token (a maintainer's, or a machine user's) as `github-token`: the label the command
// run adds is written as that person, and must not turn a partial acceptance into a full one
// nor credit the token's owner.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeStore, type VersionSpec } from '../../scripts/store-writer.mjs';
import { commandMode } from '../../src/modes/command.js';
import { prCheck } from '../../src/modes/pr-check.js';
import { FakeGitHub } from '../e2e/fake-github.js';
import { acceptState, resetAcceptState } from '../e2e/fake-github/routes-accept.js';
import { pullRequestEvent } from '../e2e/harness.js';
import { calls } from '../e2e/stores.js';
import { baseAndHead } from '../e2e/workflows.js';
import { commentPayload, modeRun } from './run.js';

const PR = 5;
const LABEL = 'prompt-regression-accepted';
const TOKEN = 'ghp_personal_token';

let fake: FakeGitHub;
let ws: { dir: string; baseSha: string; headSha: string };
let runNumber = 10;

const version = (v: string, at: string, n: number, quality: number): VersionSpec => ({
  version: v,
  timestamp: at,
  calls: [calls(at, n, quality)],
});
const v110 = version('1.1.0', '2026-10-31T00:00:00+00:00', 200, 0.85);
const v120 = version('1.2.0', '2026-11-26T10:00:00+00:00', 80, 0.7);

beforeAll(async () => {
  fake = new FakeGitHub();
  await fake.start();
  // Two prompts regress: an acceptance of one of them is partial.
  const names = ['summarizer', 'writer'];
  const base = await writeStore({ seed: 11, prompts: names.map((name) => ({ name, versions: [v110] })) }); // prettier-ignore
  const head = await writeStore({ seed: 12, prompts: names.map((name) => ({ name, versions: [v110, v120] })) }); // prettier-ignore
  ws = baseAndHead(base, head);
});
afterAll(async () => {
  await fake.stop();
});
beforeEach(() => {
  fake.state.comments = [];
  fake.state.checkRuns.clear();
  fake.state.pulls.clear();
  resetAcceptState(fake.state);
  fake.addPullRequest({ number: PR, headSha: ws.headSha, baseSha: ws.baseSha });
});

/** A pull_request run with the personal token. */
function prRun() {
  const event = pullRequestEvent({ number: PR, headSha: ws.headSha, baseSha: ws.baseSha });
  runNumber += 1;
  return modeRun({ fake, ws: ws.dir, inputs: {}, eventName: 'pull_request', payload: event as Record<string, unknown>, runNumber, sha: ws.headSha, token: TOKEN }); // prettier-ignore
}

/** A command run for `body` by `login`, with the personal token. */
function commandRun(body: string, login: string) {
  const c = fake.addComment(PR, body, login);
  runNumber += 1;
  return modeRun({
    fake,
    ws: ws.dir,
    inputs: { mode: 'command' },
    eventName: 'issue_comment',
    payload: commentPayload({ pr: PR, id: c.id, body, login }),
    runNumber,
    token: TOKEN,
  });
}

describe("with a personal token (the maintainer's, or a machine user's)", () => {
  const tokenOf = (owner: string): void => {
    fake.addToken(TOKEN, { login: owner, canReadUser: true });
    acceptState(fake.state).permissions.set('ci-bot', 'write');
  };

  it('a partial /prompt-check accept adds no label and stays partial on the next run', async () => {
    tokenOf('maintainer');
    expect((await prCheck(prRun())).failure).toMatch(/^Prompt regression/);
    const cmd = commandRun('/prompt-check accept summarizer', 'maintainer');
    await commandMode(cmd);
    expect(cmd.io.outputs.get('accepted')).toBe('false');
    expect(fake.state.pulls.get(PR)?.labels ?? []).not.toContain(LABEL);
    const next = prRun();
    expect((await prCheck(next)).failure).toMatch(/^Prompt regression/);
    expect(next.io.outputs.get('accepted')).toBe('false');
    expect(next.io.outputs.get('accepted-by')).toBe('maintainer');
  });

  it('the label a full accept adds credits only the person who commented', async () => {
    const owner = 'ci-bot';
    tokenOf(owner);
    await prCheck(prRun());
    const cmd = commandRun('/prompt-check accept', 'maintainer');
    await commandMode(cmd);
    expect(cmd.io.outputs.get('accepted')).toBe('true');
    expect(fake.state.pulls.get(PR)?.labels).toContain(LABEL);
    const events = acceptState(fake.state).events;
    expect(events.at(-1)).toMatchObject({ event: 'labeled', actor: owner });
    const next = prRun();
    expect(await prCheck(next)).toEqual({ failure: null });
    expect(next.io.outputs.get('accepted-by')).toBe('maintainer');
    const body = fake.comments(PR).find((c) => c.body.includes('prompt-versioner-action:comment'));
    expect(body?.body.match(/^- Accepted by .*$/gm)).toEqual([
      expect.stringMatching(/^- Accepted by @&#8203;maintainer .*`\/prompt-check accept`/),
    ]);
  });
});
