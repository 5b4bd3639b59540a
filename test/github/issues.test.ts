import { describe, expect, it } from 'vitest';
import { syncTrackingIssue, type SyncIssueOptions } from '../../src/github/issues.js';
import { buildHealthMarker } from '../../src/github/markers.js';
import { COMMENT_LIMIT } from '../../src/format/limits.js';
import { useFakeGitHub } from './helpers.js';

const SHA = 'c'.repeat(40);
const LABEL = 'prompt-health';

function opts(
  run: number,
  unhealthy: boolean,
  alerts: string,
  text = `report ${run}`,
): SyncIssueOptions {
  const marker = buildHealthMarker({ key: 'health', sha: SHA, run, attempt: 1, alerts });
  return {
    owner: 'octo-org',
    repo: 'octo-repo',
    label: LABEL,
    key: 'health',
    title: 'Prompt health: unhealthy',
    body: `${marker}\n# Health\n${text}\n`,
    alertsFingerprint: alerts,
    unhealthy,
    runNumber: run,
    healthyComment: 'All prompt versions are healthy again.',
    alertsChangedComment: 'The alerts changed.',
  };
}

describe('syncTrackingIssue', () => {
  const t = useFakeGitHub();

  it('fits a report at the limit again when what it carries over would push it past', async () => {
    const full = (limit: number): string =>
      `${opts(2, true, 'a1').body}${'| row | cell |\n'.repeat(Math.floor((limit - 200) / 15))}`;
    const o = {
      ...opts(2, true, 'a1'),
      body: full(COMMENT_LIMIT),
      alerting: Array.from({ length: 40 }, (_, i) => `prompt-${i}`),
    };
    await syncTrackingIssue(t.gh(), { ...o, refit: (limit) => full(limit) });
    const body = t.fake().issues()[0]!.body;
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).not.toMatch(/truncated by prompt-versioner-action/);
    expect(body.endsWith('| row | cell |\n')).toBe(true);
  });

  it('follows the lifecycle: open, update, alerts change, healthy, close', async () => {
    const fake = t.fake();
    expect((await syncTrackingIssue(t.gh(), opts(1, false, 'none'))).status).toBe('none');
    expect(fake.issues()).toHaveLength(0);

    const created = await syncTrackingIssue(t.gh(), opts(2, true, 'a1'), t.log());
    expect(created.status).toBe('created');
    expect(fake.state.label(LABEL)).toBeDefined();
    const [issue] = fake.issues();
    expect(issue).toMatchObject({ labels: [LABEL], state: 'open', login: 'github-actions[bot]' });

    const same = await syncTrackingIssue(t.gh(), opts(3, true, 'a1', 'still bad'));
    expect(same).toMatchObject({ status: 'updated', commented: false });
    expect(fake.issues()[0]!.body).toContain('still bad');
    expect(fake.comments(issue!.number)).toHaveLength(0);

    const changed = await syncTrackingIssue(t.gh(), opts(4, true, 'b2'));
    expect(changed).toMatchObject({ status: 'updated', commented: true });
    expect(fake.comments(issue!.number).map((c) => c.body)).toEqual(['The alerts changed.']);

    const again = await syncTrackingIssue(t.gh(), opts(5, true, 'b2'));
    expect(again).toMatchObject({ commented: false });
    expect(fake.comments(issue!.number)).toHaveLength(1);

    const closed = await syncTrackingIssue(t.gh(), opts(6, false, 'none'));
    expect(closed.status).toBe('closed');
    expect(fake.issues()[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(fake.comments(issue!.number).at(-1)!.body).toBe(
      'All prompt versions are healthy again.',
    );

    // Unhealthy once more: a new issue, the closed one is left alone.
    expect((await syncTrackingIssue(t.gh(), opts(7, true, 'c3'))).status).toBe('created');
    expect(fake.issues().map((i) => i.state)).toEqual(['closed', 'open']);
    expect(fake.requestsTo('GET', /\/search\//)).toHaveLength(0);
  });

  it('closes and refreshes a locked issue, which takes no comment from the token', async () => {
    const fake = t.fake();
    await syncTrackingIssue(t.gh(), opts(1, true, 'a1'), t.log());
    const n = fake.issues()[0]!.number;
    // GitHub's answer to the job's token commenting on a locked conversation.
    const locked = { message: 'Unable to create comment because issue is locked.' };
    const lock = () => fake.failNext({ method: 'POST', pathPattern: `/repos/octo-org/octo-repo/issues/${n}/comments`, status: 403, body: locked, times: 10 }); // prettier-ignore
    lock();
    const changed = await syncTrackingIssue(t.gh(), opts(2, true, 'b2', 'new alert'), t.log());
    expect(changed).toMatchObject({ status: 'updated', commented: false });
    expect(fake.issues()[0]!.body).toContain('new alert');
    const closed = await syncTrackingIssue(t.gh(), opts(3, false, 'none'), t.log());
    expect(closed).toMatchObject({ status: 'closed', commented: false });
    expect(fake.issues()[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(t.log().lines.filter((l) => l.includes(`#${n} is locked: no comment`))).toHaveLength(2);
    // Any other refusal of a comment is still a missing permission.
    await syncTrackingIssue(t.gh(), opts(4, true, 'c3'), t.log());
    const m = fake.issues()[1]!.number;
    fake.failNext({ method: 'POST', pathPattern: `/repos/octo-org/octo-repo/issues/${m}/comments`, status: 403, body: { message: 'Resource not accessible by integration' }, times: 10 }); // prettier-ignore
    expect(await syncTrackingIssue(t.gh(), opts(5, true, 'd4'), t.log())).toMatchObject({ status: 'forbidden' }); // prettier-ignore
    expect([...fake.comments(n), ...fake.comments(m)]).toHaveLength(0);
  });

  it('titles an issue kept open for a prompt not tested since its alert as such', async () => {
    const fake = t.fake();
    await syncTrackingIssue(t.gh(), { ...opts(1, true, 'a1'), alerting: ['summarizer'] });
    const kept = await syncTrackingIssue(t.gh(), {
      ...opts(2, false, 'none'),
      title: 'Prompt health: healthy',
      untested: ['summarizer'],
      keptTitle: (n) => `Prompt health: ${n} not tested since`,
    });
    expect(kept).toMatchObject({ status: 'updated' });
    expect(fake.issues()[0]).toMatchObject({ state: 'open', title: 'Prompt health: 1 not tested since' }); // prettier-ignore
  });

  it('tolerates a label created concurrently (422 already_exists)', async () => {
    t.fake().failNext({
      method: 'GET',
      pathPattern: `/repos/octo-org/octo-repo/labels/${LABEL}`,
      status: 404,
    });
    t.fake().addLabel(LABEL);
    expect((await syncTrackingIssue(t.gh(), opts(1, true, 'a'))).status).toBe('created');
  });

  it('ignores pull requests, other keys and issues by others', async () => {
    const fake = t.fake();
    const forged = buildHealthMarker({ key: 'health', sha: SHA, run: 99, attempt: 1, alerts: 'z' });
    fake.addIssue({ title: 'forged', body: `${forged}\nx`, labels: [LABEL], login: 'mallory' });
    fake.addPullRequest({ headSha: SHA, labels: [LABEL] });
    const result = await syncTrackingIssue(t.gh(), opts(1, true, 'a'));
    expect(result.status).toBe('created');
    expect(fake.issues()[0]!.body).toContain('run=99');
  });

  it('never overwrites a newer run with an older one', async () => {
    await syncTrackingIssue(t.gh(), opts(8, true, 'a', 'newer'));
    const result = await syncTrackingIssue(t.gh(), opts(7, false, 'none'));
    expect(result.status).toBe('skipped');
    expect(t.fake().issues()[0]).toMatchObject({ state: 'open' });
    expect(t.fake().issues()[0]!.body).toContain('newer');
  });

  it('opens nothing for an older run that ends after a newer one closed the issue', async () => {
    const fake = t.fake();
    await syncTrackingIssue(t.gh(), opts(10, true, 'a', 'the alerts'));
    expect((await syncTrackingIssue(t.gh(), opts(12, false, 'none'))).status).toBe('closed');
    // The closed issue keeps the last alerts, under the marker of the run that closed it.
    expect(fake.issues()[0]!.body).toMatch(/^<!-- .*run=12 .*-->\n# Health\nthe alerts\n$/);
    const late = await syncTrackingIssue(t.gh(), opts(11, true, 'b', 'older data'), t.log());
    expect(late).toMatchObject({ status: 'skipped', issueNumber: fake.issues()[0]!.number });
    expect(fake.issues()).toHaveLength(1);
    // A newer unhealthy run opens a new one.
    expect((await syncTrackingIssue(t.gh(), opts(13, true, 'c'))).status).toBe('created');
    expect(fake.issues().map((i) => i.state)).toEqual(['closed', 'open']);
  });

  it('finds the issue a newer run closed among many closed issues with the label', async () => {
    const fake = t.fake();
    await syncTrackingIssue(t.gh(), opts(20, true, 'a'));
    expect((await syncTrackingIssue(t.gh(), opts(22, false, 'none'))).status).toBe('closed');
    // 40 older incidents, closed by people, opened since: a page of 30 held none of ours.
    for (let i = 0; i < 40; i++)
      fake.addIssue({ title: `incident ${i}`, labels: [LABEL], state: 'closed', login: 'alice', created_at: '2023-06-01T00:00:00Z', updated_at: '2023-06-02T00:00:00Z' }); // prettier-ignore
    const late = await syncTrackingIssue(t.gh(), opts(21, true, 'b', 'older data'), t.log());
    expect(late.status).toBe('skipped');
    expect(fake.issues().filter((i) => i.state === 'open')).toEqual([]);
  });

  it('ends with one open issue holding the newer report when two runs race', async () => {
    const [a, b] = [t.client(), t.client()];
    await Promise.all([
      syncTrackingIssue(a, opts(5, true, 'a', 'five'), t.log()),
      syncTrackingIssue(b, opts(6, true, 'a', 'six'), t.log()),
    ]);
    const issues = t.fake().issues();
    expect(t.fake().requestsTo('POST', '/repos/octo-org/octo-repo/issues')).toHaveLength(2);
    const open = issues.filter((i) => i.state === 'open');
    expect(open).toHaveLength(1);
    expect(open[0]!.body).toContain('six');
    const dup = issues.find((i) => i.state === 'closed')!;
    expect(dup.state_reason).toBe('not_planned');
    // The note is best effort under a perfect race: at least one, all the same.
    const notes = t
      .fake()
      .comments(dup.number)
      .map((c) => c.body);
    expect(notes.length).toBeGreaterThanOrEqual(1);
    expect(new Set(notes)).toEqual(
      new Set([`Duplicate of #${open[0]!.number}, the tracking issue with the newest report.`]),
    );
  });

  it('leaves an old issue a person reopened open, out of the way of the current one', async () => {
    const fake = t.fake();
    await syncTrackingIssue(t.gh(), opts(10, true, 'a', 'old incident'));
    // Closed long ago; a new incident opened #2.
    const old = fake.issues()[0]!;
    Object.assign(old, { state: 'closed', state_reason: 'completed' });
    expect((await syncTrackingIssue(t.gh(), opts(20, true, 'b'))).status).toBe('created');
    const current = fake.issues()[1]!;
    // A person reopens the old one to compare; the next scheduled run once closed it again as
    // a duplicate (not planned).
    Object.assign(old, { state: 'open', state_reason: 'reopened', labels: [LABEL, 'triage'] });
    for (const run of [21, 22]) {
      const result = await syncTrackingIssue(t.gh(), opts(run, true, 'b', `run ${run}`), t.log());
      expect(result).toMatchObject({ status: 'updated', issueNumber: current.number });
    }
    expect(old).toMatchObject({ state: 'open', state_reason: 'reopened', labels: ['triage'] });
    expect(old.body).toContain('old incident');
    expect(fake.comments(old.number).map((c) => c.body)).toEqual([
      `Reopened while #${current.number} tracks the prompts' health: left open, and no longer written or closed by the health runs (the \`prompt-health\` label is taken off). #${current.number} has the newest report.`,
    ]);
    expect(current.body).toContain('run 22');
    expect(current.state).toBe('open');
  });

  it('opens one issue when the create answers 502 after storing it', async () => {
    t.fake().failNext({
      method: 'POST',
      pathPattern: '/repos/octo-org/octo-repo/issues',
      status: 502,
      afterWrite: true,
    });
    expect((await syncTrackingIssue(t.gh(), opts(1, true, 'a'), t.log())).status).toBe('created');
    expect(t.fake().issues()).toHaveLength(1);
  });

  it('returns forbidden when the token may not write', async () => {
    t.fake().forbidWrites = true;
    const result = await syncTrackingIssue(t.gh(), opts(1, true, 'a'));
    expect(result.status).toBe('forbidden');
  });

  it('says an issue deleted while it was written is gone, not that a permission is missing', async () => {
    await syncTrackingIssue(t.gh(), opts(1, true, 'a'), t.log());
    const n = t.fake().issues()[0]!.number;
    t.fake().failNext({
      method: 'PATCH',
      pathPattern: `/repos/octo-org/octo-repo/issues/${n}`,
      status: 410,
    });
    const result = await syncTrackingIssue(t.gh(), opts(2, true, 'a'), t.log());
    expect(result).toMatchObject({ status: 'forbidden', gone: true });
    expect(result.status === 'forbidden' && result.message).toMatch(
      /^Could not update the tracking issue: it was deleted meanwhile \(HTTP 410/,
    );
  });

  it('says a repository has Issues turned off, not that a permission is missing', async () => {
    // GitHub's answer to opening an issue there; a fork has Issues off until someone turns them on.
    const off = { status: 410, body: { message: 'Issues are disabled for this repo' } };
    t.fake().failNext({ method: 'POST', pathPattern: '/repos/octo-org/octo-repo/issues', ...off });
    const opened = await syncTrackingIssue(t.gh(), opts(1, true, 'a'), t.log());
    expect(opened).toEqual({
      status: 'forbidden',
      message:
        'Could not open the tracking issue: the repository has Issues turned off (HTTP 410: Issues are disabled for this repo).',
      disabled: true,
    });
    // The same answer to the list that comes first.
    t.fake().failNext({ method: 'GET', pathPattern: '/repos/octo-org/octo-repo/issues', ...off });
    const listed = await syncTrackingIssue(t.gh(), opts(2, true, 'a'), t.log());
    expect(listed).toMatchObject({ status: 'forbidden', disabled: true });
    expect(t.fake().issues()).toHaveLength(0);
  });

  it('checks its arguments', async () => {
    await expect(
      syncTrackingIssue(t.gh(), { ...opts(1, true, 'a'), runNumber: 2 }),
    ).rejects.toThrow(/health marker/);
    await expect(
      syncTrackingIssue(t.gh(), { ...opts(1, true, 'a'), label: 'a,b' }),
    ).rejects.toThrow(/comma/);
  });
});

describe('syncTrackingIssue with a GitHub App token', () => {
  const APP = 'ghs_appTOKEN0000000000000000000000000';
  const t = useFakeGitHub({ tokens: { [APP]: { login: 'my-app[bot]', canReadUser: false } } });

  it("closes the App's issue on a healthy run, though GitHub does not tell the App its login", async () => {
    // Each run is a new process: a new client.
    const opened = await syncTrackingIssue(t.client(APP), opts(1, true, 'a'), t.log());
    expect(opened.status).toBe('created');
    expect(t.fake().issues()[0]).toMatchObject({ login: 'my-app[bot]', state: 'open' });
    const updated = await syncTrackingIssue(t.client(APP), opts(2, true, 'a', 'still'), t.log());
    expect(updated).toMatchObject({ status: 'updated', commented: false });
    const closed = await syncTrackingIssue(t.client(APP), opts(3, false, 'none'), t.log());
    expect(closed.status).toBe('closed');
    expect(t.fake().issues()).toEqual([
      expect.objectContaining({ login: 'my-app[bot]', state: 'closed', state_reason: 'completed' }),
    ]);
    expect(t.fake().requestsTo('POST', '/repos/octo-org/octo-repo/issues')).toHaveLength(1);
  });

  it("never takes a person's issue with our marker as the App's", async () => {
    const marker = buildHealthMarker({ key: 'health', sha: SHA, run: 1, attempt: 1, alerts: 'a' });
    t.fake().addIssue({ title: 'x', body: `${marker}\nx`, labels: [LABEL], login: 'alice' });
    const result = await syncTrackingIssue(t.client(APP), opts(2, false, 'none'), t.log());
    expect(result.status).toBe('none');
    expect(t.fake().issues()[0]).toMatchObject({ state: 'open' });
  });
});
