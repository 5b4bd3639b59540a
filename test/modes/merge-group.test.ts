// A regression accepted on a pull request holds in the merge queue too: the merge group's head
// ref names the queued pull request, whose acceptances its check reads (and writes nothing there).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandMode } from '../../src/modes/command.js';
import { prCheck } from '../../src/modes/pr-check.js';
import type { FakeGitHub } from '../e2e/fake-github.js';
import { acceptState } from '../e2e/fake-github/routes-accept.js';
import { git, pullRequestEvent } from '../e2e/harness.js';
import { checkRuns } from '../e2e/workflows.js';
import { modeRun, regressedPullRequest } from './run.js';

let fake: FakeGitHub;
let ws: { dir: string; baseSha: string; headSha: string };

beforeAll(async () => {
  ({ fake, ws } = await regressedPullRequest(5));
  acceptState(fake.state).permissions.set('maintainer', 'maintain');
});
afterAll(async () => {
  await fake.stop();
});

const mergeGroup = (pr: number, runNumber: number) =>
  modeRun({
    fake,
    ws: ws.dir,
    inputs: {},
    eventName: 'merge_group',
    runNumber,
    sha: ws.headSha,
    payload: {
      action: 'checks_requested',
      merge_group: {
        head_sha: ws.headSha,
        head_ref: `refs/heads/gh-readonly-queue/main/pr-${pr}-${ws.baseSha}`,
        base_sha: ws.baseSha,
        base_ref: 'refs/heads/main',
      },
      repository: { full_name: 'octo-org/octo-repo', default_branch: 'main' },
    },
  });

describe('merge_group and acceptance', () => {
  it('fails an unaccepted regression, and is neutral once it is accepted on the pull request', async () => {
    expect((await prCheck(mergeGroup(5, 2))).failure).toMatch(/^Prompt regression/);
    expect(checkRuns(fake).at(-1)?.conclusion).toBe('failure');

    const event = pullRequestEvent({ number: 5, headSha: ws.headSha, baseSha: ws.baseSha });
    await prCheck(modeRun({ fake, ws: ws.dir, inputs: {}, eventName: 'pull_request', payload: event as Record<string, unknown>, runNumber: 3, sha: 'f'.repeat(40) })); // prettier-ignore
    const c = fake.addComment(5, '/prompt-check accept', 'maintainer');
    const comment = { id: c.id, body: '/prompt-check accept', created_at: new Date().toISOString(), user: { login: 'maintainer', type: 'User' } }; // prettier-ignore
    await commandMode(modeRun({ fake, ws: ws.dir, inputs: { mode: 'command' }, eventName: 'issue_comment', runNumber: 4, payload: { action: 'created', issue: { number: 5, pull_request: { url: 'x' } }, comment } })); // prettier-ignore
    const comments = fake.comments(5).map((x) => x.body);

    const queued = mergeGroup(5, 5);
    expect((await prCheck(queued)).failure).toBeNull();
    expect(queued.io.outputs.get('accepted')).toBe('true');
    const check = checkRuns(fake).at(-1);
    expect(check?.head_sha).toBe(ws.headSha);
    expect(check?.conclusion).toBe('neutral');
    // The queue's run writes nothing on the pull request.
    expect(fake.comments(5).map((x) => x.body)).toEqual(comments);
    // Another pull request's acceptance does not count: #6 accepted nothing.
    expect((await prCheck(mergeGroup(6, 6))).failure).toMatch(/^Prompt regression/);
  });

  it('says when the queued pull request is not found, and fails as usual', async () => {
    const run = mergeGroup(104, 7);
    const warned: string[] = [];
    run.io.log.warning = (m) => void warned.push(m);
    expect((await prCheck(run)).failure).toMatch(/^Prompt regression/);
    expect(warned.join('\n')).toMatch(/Pull request #104 was not found \(GitHub answered 404/);
    expect(warned.join('\n')).not.toMatch(/permission/);
  });

  it('honours on a push the acceptances of every pull request its commits merged', async () => {
    // PR 5's regression was accepted above; the merge queue lands PR 5 and then PR 6 in one push.
    const [landed5, landed6] = ['5'.repeat(40), '6'.repeat(40)];
    fake.addPullRequest({ number: 6, headSha: 'd'.repeat(40) });
    for (const n of [5, 6]) Object.assign(fake.state.pulls.get(n)!, { state: 'closed', merged: true }); // prettier-ignore
    fake.linkCommit(landed5, [5]);
    fake.linkCommit(landed6, [6]);
    const commits = [landed5, landed6].map((id) => ({ id, distinct: true }));
    const push = modeRun({ fake, ws: ws.dir, inputs: {}, eventName: 'push', runNumber: 8, sha: ws.headSha, payload: { ref: 'refs/heads/main', before: ws.baseSha, after: ws.headSha, commits } }); // prettier-ignore
    const infos: string[] = [];
    push.io.log.info = (m) => void infos.push(m);
    expect((await prCheck(push)).failure).toBeNull();
    expect(push.io.outputs.get('accepted')).toBe('true');
    expect(infos.join('\n')).toMatch(
      /This push merged pull requests #5, #6: their acceptances apply\./,
    );
    // Without a commit of PR 5 in the push, nothing accepts the regression.
    fake.state.pulls.get(5)!.headSha = 'e'.repeat(40);
    // PR 5's merge commit behind a long branch of PR 6's (25 commits, past the 20 newest that
    // were asked before): found first by its title, which GitHub gives the commit that lands a
    // pull request.
    const branch = Array.from({ length: 25 }, (_, i) => ({ id: (i + 16).toString(16).padStart(40, 'a'), message: `step ${i}` })); // prettier-ignore
    const long = [
      { id: landed5, message: 'Merge pull request #5 from octo/shorter\n\nShorter summaries' },
      ...branch,
      { id: landed6, message: 'Merge pull request #6 from octo/docs' },
    ];
    const many = modeRun({ fake, ws: ws.dir, inputs: {}, eventName: 'push', runNumber: 10, sha: ws.headSha, payload: { ref: 'refs/heads/main', before: ws.baseSha, after: ws.headSha, commits: long } }); // prettier-ignore
    expect((await prCheck(many)).failure).toBeNull();
    expect(many.io.outputs.get('accepted')).toBe('true');
    // A token without pull-requests: read: one warning naming the permission, not a line a commit.
    fake.failNext({ method: 'GET', pathPattern: /\/commits\/[0-9a-f]+\/pulls$/, status: 403, times: 100, body: { message: 'Resource not accessible by integration' } }); // prettier-ignore
    const denied = modeRun({ fake, ws: ws.dir, inputs: {}, eventName: 'push', runNumber: 11, sha: ws.headSha, payload: { ref: 'refs/heads/main', before: ws.baseSha, after: ws.headSha, commits: long.slice(0, 3) } }); // prettier-ignore
    const warned: string[] = [];
    denied.io.log.warning = (m) => void warned.push(m);
    expect((await prCheck(denied)).failure).toMatch(/^Prompt regression/);
    fake.clearFaults();
    expect(warned.filter((w) => /Could not ask which pull request/.test(w))).toEqual([
      expect.stringMatching(/^Could not ask which pull request 4 commits of this push merged \([0-9a-f]{7}, 5{7}, a{7}, …; GitHub API error 403 .*\); no acceptance is read from them\. The job needs `pull-requests: read` to honour a regression accepted on a pull request\.$/), // prettier-ignore
    ]);
    const alone = modeRun({ fake, ws: ws.dir, inputs: {}, eventName: 'push', runNumber: 9, sha: ws.headSha, payload: { ref: 'refs/heads/main', before: ws.baseSha, after: ws.headSha, commits: [{ id: landed6 }] } }); // prettier-ignore
    expect((await prCheck(alone)).failure).toMatch(/^Prompt regression/);
    expect(alone.io.outputs.get('accepted')).toBe('false');
  });

  it('asks nothing of the queued pull request when nothing fails', async () => {
    // A group whose head changes no prompt (its base itself), queued for a pull request the
    // token cannot read: no acceptance is needed, so no call and no warning. The checkout holds
    // the group's commit, as actions/checkout makes it.
    git(ws.dir, 'checkout', '-q', '--detach', ws.baseSha);
    const quiet = modeRun({ fake, ws: ws.dir, inputs: {}, eventName: 'merge_group', runNumber: 7, sha: ws.baseSha, payload: { action: 'checks_requested', merge_group: { head_sha: ws.baseSha, head_ref: `refs/heads/gh-readonly-queue/main/pr-99-${ws.baseSha}`, base_sha: ws.baseSha, base_ref: 'refs/heads/main' } } }); // prettier-ignore
    fake.requests.length = 0;
    expect((await prCheck(quiet)).failure).toBeNull();
    expect(quiet.io.outputs.get('verdict')).toBe('no_changes');
    expect(quiet.io.warnings.filter((w) => /accept/i.test(w))).toEqual([]);
    expect(fake.requests.filter((r) => /\/(pulls|issues)\/99\b/.test(r.path))).toEqual([]);
    git(ws.dir, 'checkout', '-q', '--detach', ws.headSha);
  });
});
