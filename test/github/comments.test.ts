import { describe, expect, it } from 'vitest';
import { upsertStickyComment } from '../../src/github/comments.js';
import { buildCommentMarker, findMarker } from '../../src/github/markers.js';
import { confirmsRun } from '../../src/github/runs.js';
import { secondaryRateLimit } from '../e2e/fake-github.js';
import { useFakeGitHub } from './helpers.js';

const SHA = 'a'.repeat(40);
const OWNER = 'octo-org';
const REPO = 'octo-repo';

function report(run: number, text: string, key = 'main', attempt = 1): string {
  return `${buildCommentMarker({ key, sha: SHA, run, attempt })}\n## Prompt check\n${text}\n`;
}

function args(pr: number, run: number, text: string, key = 'main') {
  return {
    owner: OWNER,
    repo: REPO,
    issueNumber: pr,
    key,
    body: report(run, text, key),
    runNumber: run,
    headSha: SHA,
  };
}

describe('upsertStickyComment', () => {
  const t = useFakeGitHub();

  it('creates the comment, then updates the same one', async () => {
    const pr = t.fake().addPullRequest({ headSha: SHA }).number;
    const first = await upsertStickyComment(t.gh(), args(pr, 1, 'first'), t.log());
    expect(first.status).toBe('created');
    const second = await upsertStickyComment(t.gh(), args(pr, 2, 'second'), t.log());
    expect(second).toMatchObject({ status: 'updated' });
    const comments = t.fake().comments(pr);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('second');
    expect(comments[0]!.login).toBe('github-actions[bot]');
    if (first.status === 'created' && second.status === 'updated') {
      expect(second.commentId).toBe(first.commentId);
      expect(second.url).toMatch(/#issuecomment-\d+$/);
    }
    // GET /user was asked once per client, not per call.
    expect(t.fake().requestsTo('GET', '/user')).toHaveLength(1);
  });

  it('builds the body again from a comment changed between its listing and the write', async () => {
    const pr = t.fake().addPullRequest({ headSha: SHA }).number;
    const c = t.fake().addComment(pr, report(1, 'old'), 'github-actions[bot]');
    const made: string[] = [];
    const rebuild = {
      from: c.body,
      make: (now: { body: string }) => {
        made.push(now.body);
        return Promise.resolve(report(2, `new, on ${now.body.includes('accepted') ? 'accepted' : 'old'}`)); // prettier-ignore
      },
    };
    // A command run records its acceptance after the listing, before the write.
    t.fake().failNext({ method: 'GET', pathPattern: /\/issues\/comments\/\d+$/, before: () => void (c.body = report(1, 'old, accepted')) }); // prettier-ignore
    const result = await upsertStickyComment(t.gh(), { ...args(pr, 2, 'new'), rebuild }, t.log());
    expect(result.status).toBe('updated');
    expect(made).toEqual([report(1, 'old, accepted')]);
    expect(t.fake().comments(pr)[0]!.body).toBe(report(2, 'new, on accepted'));
  });

  it("leaves a newer run's report that landed between the listing and the write", async () => {
    const pr = t.fake().addPullRequest({ headSha: SHA }).number;
    const c = t.fake().addComment(pr, report(1, 'old'), 'github-actions[bot]');
    t.fake().failNext({ method: 'GET', pathPattern: /\/issues\/comments\/\d+$/, before: () => void (c.body = report(3, 'newer')) }); // prettier-ignore
    const confirmRun = () => Promise.resolve(true);
    const result = await upsertStickyComment(
      t.gh(),
      { ...args(pr, 2, 'new'), confirmRun },
      t.log(),
    );
    expect(result.status).toBe('skipped');
    expect(t.fake().comments(pr)[0]!.body).toBe(report(3, 'newer'));
  });

  it('finds ours on page 3 of 250 comments', async () => {
    const pr = t.fake().addPullRequest({ headSha: SHA }).number;
    for (let i = 0; i < 210; i++) t.fake().addComment(pr, `chatter ${i}`);
    t.fake().addComment(pr, report(1, 'old'), 'github-actions[bot]');
    for (let i = 0; i < 39; i++) t.fake().addComment(pr, `more ${i}`);
    const result = await upsertStickyComment(t.gh(), args(pr, 2, 'new'), t.log());
    expect(result.status).toBe('updated');
    expect(t.fake().comments(pr)).toHaveLength(250);
    const lists = t.fake().requestsTo('GET', `/repos/${OWNER}/${REPO}/issues/${pr}/comments`);
    expect(lists.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
    expect(lists[0]!.query.per_page).toBe('100');
  });

  it('never edits a comment by someone else that carries our marker', async () => {
    const pr = t.fake().addPullRequest({ headSha: SHA }).number;
    const foreign = t.fake().addComment(pr, report(99, 'forged'), 'mallory');
    const result = await upsertStickyComment(t.gh(), args(pr, 1, 'real'), t.log());
    expect(result.status).toBe('created');
    expect(
      t
        .fake()
        .comments(pr)
        .find((c) => c.id === foreign.id)!.body,
    ).toContain('forged');
    expect(t.fake().requestsTo('PATCH', /comments/)).toHaveLength(0);
  });

  it('never overwrites a newer report with an older one, once GitHub confirms the newer run', async () => {
    const pr = t.fake().addPullRequest({ headSha: SHA }).number;
    await upsertStickyComment(t.gh(), args(pr, 7, 'newer'), t.log());
    const confirmed: number[] = [];
    const confirmRun = (m: { run: number }) => (confirmed.push(m.run), Promise.resolve(true));
    const result = await upsertStickyComment(t.gh(), { ...args(pr, 6, 'older'), confirmRun }, t.log()); // prettier-ignore
    expect(result.status).toBe('skipped');
    expect(confirmed).toEqual([7]);
    expect(t.fake().comments(pr)[0]!.body).toContain('newer');
    expect(t.log().lines.join('\n')).toContain('run 7');
  });

  it('replaces a comment claiming a run GitHub does not confirm (issue 13, finding 5)', async () => {
    for (const confirmRun of [undefined, () => Promise.resolve(false)]) {
      const pr = t.fake().addPullRequest({ headSha: SHA }).number;
      // Our own author, so only the run number could keep it: a forged 999999999.
      const forged = t.fake().addComment(pr, report(999_999_999, 'forged', 'main'), 'github-actions[bot]'); // prettier-ignore
      const result = await upsertStickyComment(t.gh(), { ...args(pr, 3, 'real'), ...(confirmRun ? { confirmRun } : {}) }, t.log()); // prettier-ignore
      expect(result).toMatchObject({ status: 'updated', commentId: forged.id });
      expect(t.fake().comments(pr)).toHaveLength(1);
      expect(t.fake().comments(pr)[0]!.body).toContain('real');
    }
    expect(t.log().lines.join('\n')).toMatch(/claims run 999999999 .* GitHub does not confirm/);
  });

  it('takes a marker only from the first line of a comment (issue 13, finding 5)', async () => {
    const pr = t.fake().addPullRequest({ headSha: SHA }).number;
    const quoted = t.fake().addComment(pr, `> someone wrote:\n${report(99, 'quoted')}`, 'github-actions[bot]'); // prettier-ignore
    const result = await upsertStickyComment(t.gh(), args(pr, 3, 'real'), t.log());
    expect(result.status).toBe('created');
    expect(
      t
        .fake()
        .comments(pr)
        .find((c) => c.id === quoted.id)!.body,
    ).toContain('quoted');
  });

  it('keeps one comment with the newer report when two runs race', async () => {
    const pr = t.fake().addPullRequest({ headSha: SHA }).number;
    const [a, b] = [t.client(), t.client()];
    await Promise.all([
      upsertStickyComment(a, args(pr, 5, 'run five'), t.log()),
      upsertStickyComment(b, args(pr, 6, 'run six'), t.log()),
    ]);
    const comments = t.fake().comments(pr);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('run six');
    expect(t.fake().requestsTo('POST', /comments$/)).toHaveLength(2);
  });

  for (const delayed of ['none', 'first create', 'first listing'] as const) {
    it(`keeps the newer report whatever the interleaving (delayed: ${delayed})`, async () => {
      const pr = t.fake().addPullRequest({ headSha: SHA }).number;
      const path = `/repos/${OWNER}/${REPO}/issues/${pr}/comments`;
      if (delayed !== 'none') {
        const method = delayed === 'first create' ? 'POST' : 'GET';
        t.fake().failNext({ method, pathPattern: path, delayMs: 60 });
      }
      const [a, b] = [t.client(), t.client()];
      await Promise.all([
        upsertStickyComment(a, args(pr, 6, 'run six'), t.log()),
        upsertStickyComment(b, args(pr, 5, 'run five'), t.log()),
      ]);
      const comments = t.fake().comments(pr);
      expect(comments).toHaveLength(1);
      expect(comments[0]!.body).toContain('run six');
    });
  }

  it('ends with one comment when the create answers 502 after storing it', async () => {
    const pr = t.fake().addPullRequest({ headSha: SHA }).number;
    const path = `/repos/${OWNER}/${REPO}/issues/${pr}/comments`;
    t.fake().failNext({ method: 'POST', pathPattern: path, status: 502, afterWrite: true });
    const result = await upsertStickyComment(t.gh(), args(pr, 1, 'once'), t.log());
    expect(result.status).toBe('created');
    expect(t.fake().comments(pr)).toHaveLength(1);
    // No blind retry of the POST: the listing showed it had been stored.
    expect(t.fake().requestsTo('POST', path)).toHaveLength(1);
  });

  it('posts once more when the create answers 502 before storing it', async () => {
    const pr = t.fake().addPullRequest({ headSha: SHA }).number;
    const path = `/repos/${OWNER}/${REPO}/issues/${pr}/comments`;
    t.fake().failNext({ method: 'POST', pathPattern: path, status: 502 });
    const result = await upsertStickyComment(t.gh(), args(pr, 1, 'twice'), t.log());
    expect(result.status).toBe('created');
    expect(t.fake().comments(pr)).toHaveLength(1);
    expect(
      t
        .fake()
        .requestsTo('POST', path)
        .map((r) => r.status),
    ).toEqual([502, 201]);
    expect(t.log().lines).toContainEqual(
      expect.stringMatching(
        /^warning: Could not comment on the pull request \(.*502.*checking whether it was stored\.$/,
      ),
    );
  });

  it('retries a 500 on a read', async () => {
    const pr = t.fake().addPullRequest({ headSha: SHA }).number;
    const path = `/repos/${OWNER}/${REPO}/issues/${pr}/comments`;
    t.fake().failNext({ method: 'GET', pathPattern: path, status: 500 });
    const result = await upsertStickyComment(t.gh(), args(pr, 1, 'x'), t.log());
    expect(result.status).toBe('created');
    expect(
      t
        .fake()
        .requestsTo('GET', path)
        .map((r) => r.status),
    ).toEqual([500, 200, 200]);
  });

  it('honours retry-after on a secondary rate limit (429), scaled', async () => {
    const pr = t.fake().addPullRequest({ headSha: SHA }).number;
    const path = `/repos/${OWNER}/${REPO}/issues/${pr}/comments`;
    t.fake().failNext({ method: 'POST', pathPattern: path, ...secondaryRateLimit(429, 3) });
    const result = await upsertStickyComment(t.gh(), args(pr, 1, 'x'), t.log());
    expect(result.status).toBe('created');
    const posts = t.fake().requestsTo('POST', path);
    expect(posts.map((r) => r.status)).toEqual([429, 201]);
    // retry-after: 3 s at a scale of 0.01 is 30 ms.
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(29);
    expect(t.fake().comments(pr)).toHaveLength(1);
    expect(t.log().lines.some((l) => l.startsWith('warning: GitHub secondary rate limit'))).toBe(
      true,
    );
  });

  it('returns forbidden when the token may not write', async () => {
    const pr = t.fake().addPullRequest({ headSha: SHA }).number;
    t.fake().forbidWrites = true;
    const result = await upsertStickyComment(t.gh(), args(pr, 1, 'x'), t.log());
    expect(result.status).toBe('forbidden');
    if (result.status === 'forbidden') expect(result.message).toMatch(/403.*not accessible/);
  });

  it('update-only mode updates an existing comment and creates none', async () => {
    const pr = t.fake().addPullRequest({ headSha: SHA }).number;
    const none = await upsertStickyComment(t.gh(), { ...args(pr, 1, 'x'), mode: 'update-only' });
    expect(none.status).toBe('absent');
    expect(t.fake().comments(pr)).toHaveLength(0);
    await upsertStickyComment(t.gh(), args(pr, 2, 'regressed'));
    const created = t.fake().comments(pr);
    expect(created).toHaveLength(1);
    expect(findMarker(created[0]!.body, 'comment')).toMatchObject({ key: 'main', run: 2 });
    await upsertStickyComment(t.gh(), {
      ...args(pr, 3, 'no regression any more'),
      mode: 'update-only',
    });
    const updated = t.fake().comments(pr);
    expect(updated.map((c) => c.id)).toEqual([created[0]!.id]);
    expect(updated[0]!.body).toContain('no regression any more');
  });

  it('keeps comments of different keys apart', async () => {
    const pr = t.fake().addPullRequest({ headSha: SHA }).number;
    await upsertStickyComment(t.gh(), args(pr, 1, 'a', 'one'));
    await upsertStickyComment(t.gh(), args(pr, 2, 'b', 'two'));
    expect(t.fake().comments(pr)).toHaveLength(2);
  });
});

describe('upsertStickyComment with other tokens', () => {
  const APP = 'ghs_appTOKEN0000000000000000000000000';
  const PAT = 'ghp_patTOKEN0000000000000000000000000';
  const t = useFakeGitHub({
    tokens: {
      [APP]: { login: 'my-app[bot]', canReadUser: false },
      [PAT]: { login: 'alice', canReadUser: true },
    },
  });

  it("updates an App token's comment on the next run: no second comment, nothing deleted", async () => {
    const pr = t.fake().addPullRequest({ headSha: SHA }).number;
    // Each run is a new process: a new client, which GitHub does not tell who it is.
    const first = await upsertStickyComment(t.client(APP), args(pr, 1, 'earlier'), t.log());
    expect(first.status).toBe('created');
    const second = await upsertStickyComment(t.client(APP), args(pr, 2, 'later'), t.log());
    expect(second).toMatchObject({ status: 'updated' });
    const comments = t.fake().comments(pr);
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ login: 'my-app[bot]' });
    expect(comments[0]!.body).toContain('later');
    if (first.status === 'created') expect(comments[0]!.id).toBe(first.commentId);
    expect(t.fake().requestsTo('POST', /comments$/)).toHaveLength(1);
    expect(t.fake().requestsTo('DELETE', /comments/)).toHaveLength(0);
    expect(
      t
        .fake()
        .requestsTo('GET', '/user')
        .map((r) => r.status),
    ).toEqual([403, 403]);
  });

  it('with the login unknown, never takes a human comment as ours, and prefers the Actions bot', async () => {
    const pr = t.fake().addPullRequest({ headSha: SHA }).number;
    const human = t.fake().addComment(pr, report(1, 'by a person'), 'alice');
    const app = t.fake().addComment(pr, report(1, 'by an app'), 'other-app[bot]');
    const actions = t.fake().addComment(pr, report(1, 'by actions'), 'github-actions[bot]');
    const result = await upsertStickyComment(t.gh(), args(pr, 2, 'new'), t.log());
    expect(result).toMatchObject({ status: 'updated', commentId: actions.id });
    const bodies = new Map(
      t
        .fake()
        .comments(pr)
        .map((c) => [c.id, c.body]),
    );
    expect(bodies.get(human.id)).toContain('by a person');
    expect(bodies.get(app.id)).toContain('by an app');
    expect(bodies.get(actions.id)).toContain('new');
  });

  it('once a created comment told the login, uses exactly that one', async () => {
    const gh = t.client(APP);
    const first = t.fake().addPullRequest({ headSha: SHA }).number;
    expect((await upsertStickyComment(gh, args(first, 1, 'x'), t.log())).status).toBe('created');
    const pr = t.fake().addPullRequest({ headSha: SHA }).number;
    t.fake().addComment(pr, report(1, 'by actions'), 'github-actions[bot]');
    const result = await upsertStickyComment(gh, args(pr, 2, 'mine'), t.log());
    expect(result.status).toBe('created');
    expect(
      t
        .fake()
        .comments(pr)
        .map((c) => c.login),
    ).toEqual(['github-actions[bot]', 'my-app[bot]']);
    expect(t.fake().requestsTo('GET', '/user')).toHaveLength(1);
  });

  it('uses the login GET /user gives a personal token', async () => {
    const pr = t.fake().addPullRequest({ headSha: SHA }).number;
    t.fake().addComment(pr, report(1, 'earlier'), 'alice');
    const result = await upsertStickyComment(t.client(PAT), args(pr, 2, 'later'), t.log());
    expect(result.status).toBe('updated');
    expect(t.fake().requestsTo('POST', /comments$/)).toHaveLength(0);
  });
});

describe('confirmsRun', () => {
  const t = useFakeGitHub();

  it('confirms only a run of the same workflow, with that number, commit and attempt', async () => {
    const fake = t.fake();
    const self = fake.addWorkflowRun('check.yml', { run_number: 5, head_sha: 'b'.repeat(40) });
    fake.addWorkflowRun('check.yml', { run_number: 6, head_sha: SHA, run_attempt: 2 });
    fake.addWorkflowRun('other.yml', { run_number: 9, head_sha: SHA });
    const ask = (run: number, attempt = 1, sha = SHA) =>
      confirmsRun(t.gh(), { owner: OWNER, repo: REPO, runId: self.id }, { run, attempt, sha });
    expect(await ask(6)).toBe(true);
    expect(await ask(6, 2)).toBe(true);
    expect(await ask(6, 3)).toBe(false);
    expect(await ask(9)).toBe(false);
    expect(await ask(999_999_999)).toBe(false);
    expect(await ask(6, 1, 'a'.repeat(7))).toBe(false);
    expect(
      await confirmsRun(
        t.gh(),
        { owner: OWNER, repo: REPO, runId: 1 },
        { run: 6, attempt: 1, sha: SHA },
      ),
    ).toBe(false);
  });

  it('says when the token may not read workflow runs (no actions: read)', async () => {
    const fake = t.fake();
    const self = fake.addWorkflowRun('check.yml', { run_number: 5, head_sha: SHA });
    fake.failNext({ method: 'GET', pathPattern: /\/actions\/runs\//, status: 403, times: 1, body: { message: 'Resource not accessible by integration' } }); // prettier-ignore
    let refused = 0;
    const marker = { run: 5, attempt: 1, sha: SHA };
    const where = { owner: OWNER, repo: REPO, runId: self.id };
    expect(await confirmsRun(t.gh(), where, marker, () => (refused += 1))).toBe(false);
    expect(refused).toBe(1);
    // Another answer (a run GitHub does not know) is a plain no.
    expect(await confirmsRun(t.gh(), { ...where, runId: 1 }, marker, () => (refused += 1))).toBe(false); // prettier-ignore
    expect(refused).toBe(1);
  });

  it('confirms a workflow_dispatch run by its workflow and number, not its commit', async () => {
    // A dispatch with pr-number reports on the pull request's head; its run is on main's commit.
    const fake = t.fake();
    const main = 'd'.repeat(40);
    const dispatch = { event: 'workflow_dispatch', head_sha: main, head_branch: 'main' };
    const self = fake.addWorkflowRun('compare.yml', { run_number: 4, ...dispatch });
    // A pull_request run of the same workflow file still has to be on the marker's commit.
    fake.addWorkflowRun('compare.yml', { run_number: 7, head_sha: 'e'.repeat(40), event: 'pull_request' }); // prettier-ignore
    fake.addWorkflowRun('compare.yml', { run_number: 8, head_sha: SHA, event: 'pull_request' });
    fake.addWorkflowRun('compare.yml', { run_number: 9, run_attempt: 1, ...dispatch });
    const ask = (run: number, attempt = 1) =>
      confirmsRun(t.gh(), { owner: OWNER, repo: REPO, runId: self.id }, { run, attempt, sha: SHA });
    expect(await ask(9)).toBe(true);
    expect(await ask(9, 2)).toBe(false);
    expect(await ask(8)).toBe(true);
    expect(await ask(7)).toBe(false);
    expect(await ask(10)).toBe(false);
  });
});
