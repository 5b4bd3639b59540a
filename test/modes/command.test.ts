// The command mode (issue_comment) in process: help, an accept by a writer, a refusal, and the
// comments it ignores, on a pull request whose report pr-check really posted.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/parse.js';
import { commandMode } from '../../src/modes/command.js';
import { prCheck } from '../../src/modes/pr-check.js';
import { FakeGitHub } from '../e2e/fake-github.js';
import { acceptState, resetAcceptState, setLabel } from '../e2e/fake-github/routes-accept.js';
import { pullRequestEvent } from '../e2e/harness.js';
import { baseSpec, headSpec, storeBytes } from '../e2e/stores.js';
import { apiWrites, baseAndHead, checkRuns } from '../e2e/workflows.js';
import { commentPayload, modeRun } from './run.js';
import {
  MAX_GRANTS,
  MAX_RECORDED_ITEMS,
  encodeRecord,
  findRecord,
  replaceRecordLine,
} from '../../src/report/acceptance-record.js';

const PR = 5;
const KEY = 'default';
const LABEL = 'prompt-regression-accepted';

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
  resetAcceptState(fake.state);
  fake.addPullRequest({ number: PR, headSha: ws.headSha, baseSha: ws.baseSha });
  // The regression report on the pull request, as an earlier pull_request run posted it.
  const event = pullRequestEvent({ number: PR, headSha: ws.headSha, baseSha: ws.baseSha });
  const run = modeRun({ fake, ws: ws.dir, inputs: {}, eventName: 'pull_request', payload: event as Record<string, unknown>, runNumber: 3, sha: ws.headSha }); // prettier-ignore
  expect((await prCheck(run)).failure).toMatch(/^Prompt regression/);
  fake.requests.length = 0;
});

/** The sticky comment's record says its report fails 10 metrics more than a record holds. */
function showsMoreThanARecordHolds(): void {
  const body = sticky();
  const record = findRecord(body, KEY)!;
  const held = { ...record, shown: { ...record.shown!, total: MAX_RECORDED_ITEMS + 10 } };
  const c = fake.comments(PR).find((x) => x.body === body)!;
  c.body = replaceRecordLine(body, KEY, encodeRecord(KEY, held));
}

/** GitHub's time of the sticky comment's last change (the fake's own clock is 2024's). */
function lastWriteAt(ms: number): void {
  fake.comments(PR).find((x) => x.body === sticky())!.updated_at = new Date(ms).toISOString();
}

/** A command run for a comment `body` by `login`; `o` changes the event around it. */
function comment(
  body: string,
  login: string,
  o: { action?: string; onPull?: boolean; type?: string; at?: string } = {},
) {
  const c = fake.addComment(PR, body, login);
  runNumber += 1;
  return modeRun({
    fake,
    ws: ws.dir,
    inputs: { mode: 'command' },
    eventName: 'issue_comment',
    payload: commentPayload({ ...o, pr: PR, id: c.id, body, login }),
    runNumber,
  });
}

const sticky = (): string =>
  fake.comments(PR).find((c) => c.body.includes('prompt-versioner-action:comment'))?.body ?? '';
const replies = (): string[] =>
  fake
    .comments(PR)
    .map((c) => c.body)
    .filter((b) => b.startsWith('@'));
const reactions = (): string[] => acceptState(fake.state).reactions.map((r) => r.content);

describe('command mode, in process', () => {
  it('answers help with the commands, and names an unknown command', async () => {
    expect(await commandMode(comment('/prompt-check help', 'outsider'))).toEqual({ failure: null });
    expect(replies()[0]).toMatch(/^@outsider \n\n\*\*prompt-versioner-action commands\*\*/);
    expect(reactions()).toEqual(['eyes']);
    await commandMode(comment('/prompt-check frobnicate', 'outsider'));
    expect(replies()[1]).toMatch(/`frobnicate` is not a command I know/);
    expect(reactions()).toEqual(['eyes', 'confused']);
  });

  it("records a writer's accept in the sticky comment, the check run, the label and the outputs", async () => {
    const before = sticky();
    const run = comment('/prompt-check accept', 'maintainer');
    expect(await commandMode(run)).toEqual({ failure: null });
    expect(Object.fromEntries(run.io.outputs)).toMatchObject({ accepted: 'true', 'accepted-by': 'maintainer' }); // prettier-ignore
    expect(run.io.outputs.get('comment-url')).toMatch(/#issuecomment-/);
    const body = sticky();
    expect(body).not.toBe(before);
    expect(body).toMatch(/✅ \*\*Regression accepted\*\*/);
    expect(body).toMatch(/Accepted by @&#8203;maintainer on \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    const check = checkRuns(fake).at(-1);
    expect(check).toMatchObject({ head_sha: ws.headSha, conclusion: 'neutral' });
    expect(check?.output.title).toMatch(
      /^Regression accepted by @maintainer: summarizer 1\.2\.0: quality −1\d\.\d %$/,
    );
    expect(fake.state.pulls.get(PR)?.labels).toContain(LABEL);
    expect(reactions()).toEqual(['+1']);
    expect(replies()).toEqual([]);
  });

  it("keeps an Enterprise Managed User's acceptance, and drops only a grant it cannot read", async () => {
    acceptState(fake.state).permissions.set('jdoe_acme', 'admin');
    await commandMode(comment('/prompt-check accept', 'jdoe_acme'));
    const event = pullRequestEvent({ number: PR, headSha: ws.headSha, baseSha: ws.baseSha });
    const next = () => modeRun({ fake, ws: ws.dir, inputs: {}, eventName: 'pull_request', payload: event as Record<string, unknown>, runNumber: (runNumber += 1), sha: ws.headSha }); // prettier-ignore
    const run = next();
    expect(await prCheck(run)).toEqual({ failure: null });
    expect(run.io.outputs.get('accepted-by')).toBe('jdoe_acme');
    // A grant this release cannot read (by a login it does not know) beside it.
    const record = findRecord(sticky(), KEY)!;
    const odd = { ...record.grants[0]!, by: 'not a login', ref: 1 };
    const c = fake.comments(PR).find((x) => x.body === sticky())!;
    c.body = replaceRecordLine(c.body, KEY, encodeRecord(KEY, { ...record, grants: [odd, ...record.grants] })); // prettier-ignore
    const again = next();
    expect(await prCheck(again)).toEqual({ failure: null });
    expect(again.io.outputs.get('accepted-by')).toBe('jdoe_acme');
    expect(again.io.warnings.join('\n')).toMatch(/^1 acceptance\(s\) on the record could not be read/m); // prettier-ignore
  });

  it('says which acceptances it dropped to make room, and counts only what it kept', async () => {
    // The comment shows 30 more failing prompts, each accepted by a command of its own.
    const record = findRecord(sticky(), KEY)!;
    const real = record.shown!.failing[0]!;
    const others = Array.from({ length: MAX_GRANTS }, (_, i) => ({ ...real, prompt: `p${i}` }));
    const at = new Date(Date.now() - 1000).toISOString();
    const grants = others.map((item, i) => ({ by: 'maintainer', at, via: 'command' as const, ref: i + 1, covers: [item] })); // prettier-ignore
    const shown = { ...record.shown!, failing: [real, ...others] };
    const c = fake.comments(PR).find((x) => x.body === sticky())!;
    c.body = replaceRecordLine(c.body, KEY, encodeRecord(KEY, { shown, grants }));
    // As many as the line has room for (the first ones are gone already).
    const held = findRecord(sticky(), KEY)!.grants;
    const run = comment('/prompt-check accept summarizer', 'maintainer');
    await commandMode(run);
    expect(run.io.outputs.get('accepted')).toBe('false');
    expect(replies()[0]).toMatch(
      new RegExp(
        `^@maintainer your acceptance is recorded, but the report comment keeps at most ${held.length} acceptances, so older ones were dropped to make room: ${held[0]!.covers[0]!.prompt} is no longer accepted\\. Comment \`/prompt-check accept\` with no names`,
      ),
    );
    expect(findRecord(sticky(), KEY)!.grants.map((g) => g.ref)).not.toContain(held[0]!.ref);
    expect(checkRuns(fake).at(-1)).toMatchObject({ conclusion: 'failure' });
  });

  it('refuses an accept written while the report comment was still being written', async () => {
    // The report's run took its time, then waited out a rate limit before the comment landed: a
    // maintainer commenting in between read the report before (the explorer's N1).
    const report = fake.comments(PR).find((c) => c.body.includes('prompt-versioner-action:comment'))!; // prettier-ignore
    const at = new Date().toISOString();
    report.updated_at = new Date(Date.parse(at) + 5_000).toISOString();
    const run = comment('/prompt-check accept', 'maintainer', { at });
    expect(await commandMode(run)).toEqual({ failure: null });
    expect(replies()[0]).toMatch(
      /your comment was written before the report it would accept was posted/,
    );
    expect(checkRuns(fake).at(-1)).toMatchObject({ conclusion: 'failure' });
    // Written after the comment landed: accepted.
    const later = comment('/prompt-check accept', 'maintainer', { at: new Date(Date.parse(at) + 6_000).toISOString() }); // prettier-ignore
    await commandMode(later);
    expect(checkRuns(fake).at(-1)).toMatchObject({ conclusion: 'neutral' });
  });

  it("keeps the check run of a fork's relayed report saying it is not verified", async () => {
    const check = checkRuns(fake).at(-1)!;
    check.output.title = `Reported by the pull request's run (not verified): ${check.output.title}`;
    await commandMode(comment('/prompt-check accept', 'maintainer'));
    expect(checkRuns(fake).at(-1)).toMatchObject({ id: check.id, conclusion: 'neutral' });
    expect(checkRuns(fake).at(-1)?.output.title).toMatch(
      /^Reported by the pull request's run \(not verified\): Regression accepted by @maintainer: summarizer/,
    );
  });

  it('says so when the check run it accepts could not be turned neutral', async () => {
    // Another check-name than the pull request's workflow: no such check on the commit.
    const other = comment('/prompt-check accept', 'maintainer');
    const named = { ...other, config: { ...other.config, checkName: 'Prompt check' } };
    expect(await commandMode(named)).toEqual({ failure: null });
    expect(replies()[0]).toMatch(/recorded in the report comment, but this commit has no check run named `Prompt check`/); // prettier-ignore
    expect(other.io.warnings.join('\n')).toMatch(/No check run 'Prompt check'/);
    expect(reactions()).toEqual(['confused']);
    expect(checkRuns(fake).at(-1)).toMatchObject({ conclusion: 'failure' });
    // A token without checks: write.
    const run = comment('/prompt-check accept', 'maintainer');
    fake.failNext({ method: 'PATCH', pathPattern: /\/check-runs\/\d+$/, status: 403, body: { message: 'Resource not accessible by integration' } }); // prettier-ignore
    expect(await commandMode(run)).toEqual({ failure: null });
    expect(replies()[1]).toMatch(/may not change the check run `Prompt regressions`: give it `checks: write`/); // prettier-ignore
  });

  it('says the report comment is gone when it was deleted while the accept was recorded', async () => {
    const run = comment('/prompt-check accept', 'maintainer');
    fake.failNext({ method: 'PATCH', pathPattern: /\/issues\/comments\/\d+$/, status: 404, body: { message: 'Not Found' } }); // prettier-ignore
    expect(await commandMode(run)).toEqual({ failure: null });
    expect(replies()[0]).toMatch(/the report comment was deleted meanwhile\. Re-run the check/);
    expect(run.io.warnings.join('\n')).not.toMatch(/write access|pull-requests: write/);
    expect(run.io.outputs.has('accepted')).toBe(false);
    expect(checkRuns(fake).at(-1)).toMatchObject({ conclusion: 'failure' });
  });

  it('records an accept on a merged pull request, as the label, and says what reads it', async () => {
    fake.state.pulls.get(PR)!.state = 'closed';
    fake.state.pulls.get(PR)!.merged = true;
    const run = comment('/prompt-check accept', 'maintainer');
    expect(await commandMode(run)).toEqual({ failure: null });
    expect(run.io.outputs.get('accepted')).toBe('true');
    expect(findRecord(sticky(), KEY)!.grants.map((g) => [g.via, g.by])).toEqual([['command', 'maintainer']]); // prettier-ignore
    expect(replies()).toEqual([
      expect.stringMatching(/^@maintainer the acceptance is recorded\. This pull request is merged: the check of the push that merged it reads its acceptances, so re-run that check/), // prettier-ignore
    ]);
    expect(reactions()).toEqual(['+1']);
    // Closed without merging: it counts once reopened.
    fake.state.pulls.get(PR)!.merged = false;
    await commandMode(comment('/prompt-check accept', 'maintainer'));
    expect(replies()[1]).toMatch(/This pull request is closed: the acceptance counts if it is reopened at this commit/); // prettier-ignore
  });

  it('with comment: never, says no report comment will come and what to do instead', async () => {
    // The pull request's workflow posts no comment either.
    fake.state.comments = [];
    const run = comment('/prompt-check accept', 'maintainer');
    const never = { ...run, config: { ...run.config, comment: 'never' as const } };
    expect(await commandMode(never)).toEqual({ failure: null });
    expect(replies()[0]).toMatch(
      /^@maintainer this workflow has `comment: never`, so no report comment is posted on pull requests .*: nothing was accepted\. Add the label `prompt-regression-accepted` instead: the check run it starts accepts/,
    );
    expect(replies()[0]).not.toMatch(/Wait for the check/);
    const help = comment('/prompt-check help', 'maintainer');
    await commandMode({ ...help, config: { ...help.config, comment: 'never' } });
    expect(replies()[1]).toMatch(/This workflow has `comment: never`: no report comment is posted, so `\/prompt-check accept` has nothing to accept\. Add the label `prompt-regression-accepted` instead\./); // prettier-ignore
    // Not told by this workflow's inputs: the reply names the case.
    await commandMode(comment('/prompt-check accept', 'maintainer'));
    expect(replies()[2]).toMatch(/Wait for the check to finish, then comment again\. If the pull request's workflow has `comment: never`, no report comment will come: add the label `prompt-regression-accepted` instead\./); // prettier-ignore
  });

  it('answers a re-run of the same command in the reply it posted, not in a second one', async () => {
    const run = comment('/prompt-check accept', 'outsider');
    await commandMode(run);
    await commandMode(run);
    expect(replies()).toHaveLength(1);
    expect(replies()[0]).toMatch(/^@outsider thank you, but only people with write permission/);
    // Re-run once the report is gone: the same reply now says that.
    acceptState(fake.state).permissions.set('outsider', 'write');
    fake.state.comments = fake.state.comments.filter((c) => !c.body.includes(':comment '));
    await commandMode(run);
    expect(replies()).toEqual([expect.stringMatching(/^@outsider there is no prompt regression report/)]); // prettier-ignore
    // Another command by the same person gets its own reply.
    await commandMode(comment('/prompt-check accept', 'outsider'));
    expect(replies()).toHaveLength(2);
  });

  it('keeps the acceptance of a deleted command comment, saying who, what and when, with no link', async () => {
    const run = comment('/prompt-check accept', 'maintainer');
    await commandMode(run);
    const id = (run.ctx.payload.comment as { id: number }).id;
    fake.state.comments = fake.state.comments.filter((c) => c.id !== id);
    const event = pullRequestEvent({ number: PR, headSha: ws.headSha, baseSha: ws.baseSha });
    const next = modeRun({ fake, ws: ws.dir, inputs: {}, eventName: 'pull_request', payload: event as Record<string, unknown>, runNumber: (runNumber += 1), sha: ws.headSha }); // prettier-ignore
    expect(await prCheck(next)).toEqual({ failure: null });
    expect(next.io.outputs.get('accepted-by')).toBe('maintainer');
    expect(sticky()).toMatch(/- Accepted by @&#8203;maintainer on \d{4}-\d\d-\d\d \d\d:\d\d UTC \(`\/prompt-check accept`\): summarizer 1\.2\.0 quality/); // prettier-ignore
    expect(sticky()).not.toContain(`issuecomment-${id}`);
  });

  it('refuses an accept from someone without write permission, changing nothing', async () => {
    const before = sticky();
    const run = comment('/prompt-check accept', 'outsider');
    expect(await commandMode(run)).toEqual({ failure: null });
    expect(replies()[0]).toMatch(/^@outsider thank you, but only people with write permission/);
    expect(reactions()).toEqual(['confused']);
    expect(sticky()).toBe(before);
    expect(checkRuns(fake).at(-1)).toMatchObject({ conclusion: 'failure' });
    expect(run.io.outputs.has('accepted')).toBe(false);
  });

  it.each([
    ['a comment on an issue', { onPull: false }, /is an issue, not a pull request/],
    ['an edited comment', { action: 'edited' }, /it was edited, not created/],
    ['a deleted comment', { action: 'deleted' }, /it was deleted, not created/],
    ['a bot', { type: 'Bot' }, /a bot/],
  ])('ignores %s, writing nothing', async (_, o, why) => {
    const logged: string[] = [];
    const run = comment('/prompt-check accept', 'maintainer', o);
    run.io.log.info = (m) => void logged.push(m);
    expect(await commandMode(run)).toEqual({ failure: null });
    expect(logged.join('\n')).toMatch(why);
    expect(apiWrites(fake)).toEqual([]);
  });

  it('refuses an accept written before the report it would accept was posted', async () => {
    // Written, then the author pushed and the new commit's report replaced the one it read.
    const before = sticky();
    const shownAt = findRecord(before, KEY)!.shown!.at;
    const at = new Date(Date.parse(shownAt) - 60_000).toISOString();
    const run = comment('/prompt-check accept', 'maintainer', { at });
    expect(await commandMode(run)).toEqual({ failure: null });
    expect(replies()[0]).toMatch(
      /^@maintainer your comment was written before the report it would accept was posted \(\d{4}-\d\d-\d\d \d\d:\d\d UTC, for commit `[0-9a-f]{7}`\)/,
    );
    expect(sticky()).toBe(before);
    expect(checkRuns(fake).at(-1)).toMatchObject({ conclusion: 'failure' });
    expect(run.io.outputs.has('accepted')).toBe(false);
  });

  it('accepts what a later run of the same commit shows again, as first posted', async () => {
    const first = findRecord(sticky(), KEY)!.shown!;
    const written = new Date().toISOString();
    // The check runs again on the same commit (a re-run, a label event) before the command.
    const event = pullRequestEvent({ number: PR, headSha: ws.headSha, baseSha: ws.baseSha });
    const again = modeRun({ fake, ws: ws.dir, inputs: {}, eventName: 'pull_request', payload: event as Record<string, unknown>, runNumber: 4, sha: ws.headSha }); // prettier-ignore
    await prCheck(again);
    expect(findRecord(sticky(), KEY)!.shown).toMatchObject(first);
    expect(findRecord(sticky(), KEY)!.shown!.posted).toMatch(/^\d{4}-/);
    // Its write of the same report landed after the command was written (a rate-limit wait).
    lastWriteAt(Date.parse(written) + 30_000);
    const run = comment('/prompt-check accept', 'maintainer', { at: written });
    await commandMode(run);
    expect(run.io.outputs.get('accepted')).toBe('true');
  });

  it('and a label added before another run wrote the same report again', async () => {
    // The first report's write landed a second ago. Another label's run then reads the
    // comment and the label's events, and shows the same report again...
    lastWriteAt(Date.now() - 1000);
    const event = pullRequestEvent({ number: PR, headSha: ws.headSha, baseSha: ws.baseSha });
    const other = modeRun({ fake, ws: ws.dir, inputs: {}, eventName: 'pull_request', payload: event as Record<string, unknown>, runNumber: 7, sha: ws.headSha }); // prettier-ignore
    await prCheck(other);
    // ... but the label goes on while it waits to write, and its write lands after it.
    const labeled = setLabel(fake.state, { number: PR, label: LABEL, actor: 'maintainer', on: true }); // prettier-ignore
    lastWriteAt(Date.parse(labeled.created_at) + 3000);
    const labeledEvent = { ...event, action: 'labeled', label: { name: LABEL }, sender: { login: 'maintainer' } }; // prettier-ignore
    const run = modeRun({ fake, ws: ws.dir, inputs: {}, eventName: 'pull_request', payload: labeledEvent, runNumber: 8, sha: ws.headSha }); // prettier-ignore
    expect(await prCheck(run)).toEqual({ failure: null });
    expect(run.io.outputs.get('accepted')).toBe('true');
  });

  it('accepts nothing when the report fails more metrics than its record holds', async () => {
    showsMoreThanARecordHolds();
    const before = sticky();
    const run = comment('/prompt-check accept', 'maintainer');
    expect(await commandMode(run)).toEqual({ failure: null });
    expect(replies()[0]).toMatch(
      /^@maintainer 70 metrics fail the check on this commit, more than an acceptance on the record can hold \(\d+\): nothing was accepted/,
    );
    expect(sticky()).toBe(before);
    expect(checkRuns(fake).at(-1)).toMatchObject({ conclusion: 'failure' });
  });

  it('and a label on such a report accepts nothing either, and says why, not to add it again', async () => {
    showsMoreThanARecordHolds();
    await new Promise((resolve) => setTimeout(resolve, 5));
    setLabel(fake.state, { number: PR, label: LABEL, actor: 'maintainer', on: true });
    const event = { ...pullRequestEvent({ number: PR, headSha: ws.headSha, baseSha: ws.baseSha }), action: 'labeled', label: { name: LABEL }, sender: { login: 'maintainer' } }; // prettier-ignore
    const run = modeRun({ fake, ws: ws.dir, inputs: {}, eventName: 'pull_request', payload: event, runNumber: 5, sha: ws.headSha }); // prettier-ignore
    expect((await prCheck(run)).failure).toMatch(/^Prompt regression/);
    expect(run.io.outputs.get('accepted')).toBe('false');
    expect(run.io.outputs.get('accepted-by')).toBe('');
    expect(sticky()).toMatch(
      /added by @&#8203;maintainer on .*, but the report it was added on fails 70 metrics, more than an acceptance on the record can hold \(\d+\): it accepts nothing\. Fix some of the regressions, then add the label again\./,
    );
    expect(findRecord(sticky(), KEY)!.grants).toEqual([]);
    expect(checkRuns(fake).at(-1)).toMatchObject({ conclusion: 'failure' });
  });

  it('takes a reason on the command line for names, and says where a reason goes', async () => {
    const run = comment('/prompt-check accept cheaper model, worth it', 'maintainer');
    expect(await commandMode(run)).toEqual({ failure: null });
    expect(replies()[0]).toMatch(
      /^@maintainer no prompt that fails the check is named `cheaper`, `model,`, `worth`, `it`: nothing was accepted\. Prompts that fail the check: summarizer\. The words after `accept` name prompts \(quote a name with spaces\); write a reason on the lines after the command\.\n\n<!-- prompt-versioner-action:reply-to \d+ -->\n<!-- prompt-versioner-action:reply -->$/,
    );
    expect(run.io.outputs.get('accepted')).not.toBe('true');
    expect(checkRuns(fake).at(-1)).toMatchObject({ conclusion: 'failure' });
  });

  it('says a label went on before an unreadable comment, without a time it does not have', async () => {
    // A comment whose record line is gone (edited by hand, or written by an older release).
    const c = fake.comments(PR).find((x) => x.body === sticky())!;
    c.body = c.body
      .split('\n')
      .filter((l) => !l.startsWith('<!-- prompt-versioner-action:accept '))
      .join('\n');
    setLabel(fake.state, { number: PR, label: LABEL, actor: 'maintainer', on: true });
    const event = pullRequestEvent({ number: PR, headSha: ws.headSha, baseSha: ws.baseSha });
    const run = modeRun({ fake, ws: ws.dir, inputs: {}, eventName: 'pull_request', payload: event as Record<string, unknown>, runNumber: 6, sha: ws.headSha }); // prettier-ignore
    expect((await prCheck(run)).failure).toMatch(/^Prompt regression/);
    expect(run.io.outputs.get('accepted')).toBe('false');
    expect(sticky()).toMatch(
      /but the comment's report was posted after that, before a run recorded what the label accepted: what it showed then is not known, so it accepts nothing/,
    );
    expect(sticky()).not.toMatch(/Could not read who accepted what/);
  });

  it('names at most 20 unknown words, so a long command gets a reply GitHub takes', async () => {
    const words = Array.from({ length: 9000 }, (_, i) => `w${i}`).join(' ');
    const run = comment(`/prompt-check accept ${words}`, 'maintainer');
    expect(await commandMode(run)).toEqual({ failure: null });
    expect(replies()[0]).toMatch(/is named `w0`, `w1`, .*`w19`, 8980 more: nothing was accepted/);
    expect(replies()[0]!.length).toBeLessThan(3000);
  });

  it('ignores a comment without a command', async () => {
    const run = comment('looks good to me', 'maintainer');
    await commandMode(run);
    expect(apiWrites(fake)).toEqual([]);
  });

  it('needs an issue_comment event', async () => {
    const run = modeRun({ fake, ws: '.', inputs: {}, eventName: 'pull_request', runNumber: 2 });
    await expect(commandMode(run)).rejects.toThrow(ConfigError);
    await expect(commandMode(run)).rejects.toThrow(/mode command needs an issue_comment event/);
  });
});
