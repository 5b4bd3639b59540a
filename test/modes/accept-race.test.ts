// The sticky comment written by two runs at once: a `/prompt-check accept` run and a pull-request
// run each read it, change it and write it whole. Whichever lands second must neither bring back
// the report the other replaced nor drop the acceptance the other recorded.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commandMode } from '../../src/modes/command.js';
import { prCheck } from '../../src/modes/pr-check.js';
import { findMarker } from '../../src/github/markers.js';
import { findRecord } from '../../src/report/acceptance-record.js';
import { FakeGitHub } from '../e2e/fake-github.js';
import { resetAcceptState } from '../e2e/fake-github/routes-accept.js';
import { pullRequestEvent } from '../e2e/harness.js';
import { baseSpec, headSpec, storeBytes } from '../e2e/stores.js';
import { baseAndHead, checkRuns } from '../e2e/workflows.js';
import { commentPayload, modeRun } from './run.js';

const PR = 5;
const KEY = 'default';
const EVENTS = /\/issues\/5\/events$/;

let fake: FakeGitHub;
let ws: { dir: string; baseSha: string; headSha: string };
let runNumber = 10;

beforeAll(async () => {
  fake = new FakeGitHub();
  await fake.start();
  ws = baseAndHead(await storeBytes(baseSpec()), await storeBytes(headSpec(0.7)));
});
afterAll(async () => {
  await fake.stop();
});
beforeEach(async () => {
  fake.state.comments = [];
  fake.state.checkRuns.clear();
  fake.state.pulls.clear();
  fake.clearFaults();
  resetAcceptState(fake.state);
  fake.addPullRequest({ number: PR, headSha: ws.headSha, baseSha: ws.baseSha });
  expect((await prCheck(prRun())).failure).toMatch(/^Prompt regression/);
});

/** A pull_request run of the head commit, with a run number after every earlier one. */
function prRun() {
  const event = pullRequestEvent({ number: PR, headSha: ws.headSha, baseSha: ws.baseSha });
  runNumber += 1;
  return modeRun({ fake, ws: ws.dir, inputs: {}, eventName: 'pull_request', payload: event as Record<string, unknown>, runNumber, sha: ws.headSha }); // prettier-ignore
}

/** A command run for a new comment `body` by `login`. */
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
  });
}

const sticky = (): string =>
  fake.comments(PR).find((c) => c.body.includes('prompt-versioner-action:comment'))?.body ?? '';
const stickyRun = (): number | undefined => findMarker(sticky(), 'comment')?.run;

describe('the sticky comment written by two runs at once', () => {
  it('keeps the newer report a pull-request run wrote while a command was being recorded', async () => {
    const command = commandRun('/prompt-check accept', 'maintainer');
    const pull = prRun();
    // The command has read the comment; the pull request's run writes its report before the
    // command writes the comment back.
    fake.failNext({ method: 'GET', pathPattern: EVENTS, before: async () => void (await prCheck(pull)) }); // prettier-ignore
    expect(await commandMode(command)).toEqual({ failure: null });
    expect(stickyRun()).toBe(pull.ctx.runNumber);
    expect(command.io.outputs.get('accepted')).toBe('true');
    expect(findRecord(sticky(), KEY)!.grants.map((g) => [g.via, g.by])).toEqual([
      ['command', 'maintainer'],
    ]);
    expect(sticky()).toMatch(/✅ \*\*Regression accepted\*\*/);
    expect(checkRuns(fake).at(-1)).toMatchObject({ conclusion: 'neutral' });
  });

  it('keeps an acceptance a command recorded while a pull-request run was checking', async () => {
    const pull = prRun();
    // The pull request's run has read the comment's record; a command is recorded before the
    // run writes its report.
    const command = commandRun('/prompt-check accept', 'maintainer');
    fake.failNext({ method: 'GET', pathPattern: EVENTS, before: async () => void (await commandMode(command)) }); // prettier-ignore
    expect(await prCheck(pull)).toEqual({ failure: null });
    expect(command.io.outputs.get('accepted')).toBe('true');
    expect(stickyRun()).toBe(pull.ctx.runNumber);
    expect(findRecord(sticky(), KEY)!.grants.map((g) => [g.via, g.by])).toEqual([
      ['command', 'maintainer'],
    ]);
    expect(sticky()).toMatch(/✅ \*\*Regression accepted\*\*/);
    expect(pull.io.outputs.get('accepted')).toBe('true');
    expect(checkRuns(fake).at(-1)).toMatchObject({ conclusion: 'neutral' });
  });
});
