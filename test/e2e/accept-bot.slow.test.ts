// Accepting a known regression, end to end: the label on the pull request and the
// `/prompt-check` comment command, against the fake GitHub API.
import { describe, expect, it } from 'vitest';
import { acceptState, setLabel } from './fake-github/routes-accept.js';
import { acceptKit, LABEL, PR, SLOW } from './accept-kit.js';

const { fake, workspace, prRun, commentRun, sticky, lastCheck, label, reportOf } = acceptKit();

describe('accepting a regression with the label', () => {
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

describe('accepting a regression with the label, while a comment is being written', () => {
  it('accepts nothing when the report it would cover was posted after the label', async () => {
    const ws = await workspace(0.7);
    await prRun(ws);
    // The run made its report, then waited out a rate limit before its comment landed: the
    // label went on in between, while the comment still showed the report before it.
    const labeled = label('maintainer');
    const comment = fake
      .comments(PR)
      .find((c) => c.body.includes('prompt-versioner-action:comment'))!;
    const landed = Date.parse(labeled.created_at) + 30_000;
    comment.updated_at = new Date(landed).toISOString();
    const r = await prRun(ws, { by: 'maintainer' });
    expect(r.code, r.stdout).toBe(1);
    expect(r.outputs).toMatchObject({ accepted: 'false', 'accepted-by': '' });
    expect(lastCheck()).toMatchObject({ conclusion: 'failure' });
    expect(reportOf(r).acceptance.grants).toEqual([]);
    expect(reportOf(r).acceptance.notes.join(' ')).toMatch(
      /added by @maintainer on .*, but the comment's report was posted after that \(30 s later\), before a run recorded what the label accepted: what it showed then is not known, so it accepts nothing\. Remove and re-add the label/,
    );
    // Added again, after the comment it now shows: that report is accepted.
    label('maintainer', false);
    const later = new Date(landed + 1000).toISOString();
    setLabel(fake.state, { number: PR, label: LABEL, actor: 'maintainer', on: true, at: later });
    const again = await prRun(ws, { by: 'maintainer' });
    expect(again.code, again.stdout).toBe(0);
    expect(again.outputs).toMatchObject({ accepted: 'true', 'accepted-by': 'maintainer' });
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

  it("says so when its empty check-name leaves the pull request's failing check as it is", async () => {
    const ws = await workspace(0.7);
    await prRun(ws);
    expect(lastCheck()?.conclusion).toBe('failure');
    const cmd = await commentRun(ws, '/prompt-check accept', 'maintainer', {
      inputs: { 'check-name': '' },
    });
    expect(cmd.code, cmd.stdout).toBe(0);
    expect(lastCheck()?.conclusion).toBe('failure');
    expect(fake.comments(PR).at(-1)?.body).toMatch(
      /the acceptance is recorded in the report comment, but this workflow's `check-name` is empty, so the check run `Prompt regressions` was left as it is/,
    );
  });

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

  it('takes the command of the person whose personal token it runs with, never its own replies', async () => {
    fake.addToken('ghp_maintainer_token', { login: 'maintainer', canReadUser: true });
    const inputs = { 'github-token': 'ghp_maintainer_token' };
    const ws = await workspace(0.7);
    await prRun(ws, undefined, inputs);
    expect(lastCheck()?.conclusion).toBe('failure');
    const r = await commentRun(ws, '/prompt-check accept', 'maintainer', { inputs });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/Comment ignored/);
    expect(sticky()).toMatch(/Accepted by/);
    // Its reply, written as that person, comes back as a comment event: ignored, no loop.
    await commentRun(ws, '/prompt-check help', 'maintainer', { inputs });
    const reply = fake.comments(PR).at(-1)!;
    expect(reply.login).toBe('maintainer');
    expect(reply.body.split('\n').at(-1)).toBe('<!-- prompt-versioner-action:reply -->');
    const writes = fake.requests.length;
    const echo = await commentRun(ws, reply.body, 'maintainer', { inputs });
    expect(echo.stdout).toMatch(/Comment ignored: it was written by this action/);
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
