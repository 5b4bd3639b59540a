import { describe, expect, it } from 'vitest';
import { apiWaitScale, createGitHubClient, redactingLogger } from '../../src/github/client.js';
import { learnLogin, whoAmI } from '../../src/github/identity.js';
import { secondaryRateLimit } from '../e2e/fake-github.js';
import { RecordingLogger, TOKEN, useFakeGitHub } from './helpers.js';

describe('createGitHubClient', () => {
  const t = useFakeGitHub();

  it('talks to the base URL with the token and our user agent', async () => {
    t.fake().addPullRequest({ number: 1, headSha: 'a'.repeat(40) });
    await t.gh().rest.pulls.get({ owner: 'octo-org', repo: 'octo-repo', pull_number: 1 });
    const [req] = t.fake().requests;
    expect(req!.hasAuthorization).toBe(true);
    expect(req!.headers['user-agent']).toMatch(/^prompt-versioner-action/);
    expect(JSON.stringify(t.fake().requests)).not.toContain(TOKEN);
  });

  it('retries 5xx a bounded number of times, with back-off, then fails', async () => {
    const path = '/repos/octo-org/octo-repo/pulls/1';
    t.fake().failNext({ method: 'GET', pathPattern: path, status: 502, times: 10 });
    await expect(
      t.gh().rest.pulls.get({ owner: 'octo-org', repo: 'octo-repo', pull_number: 1 }),
    ).rejects.toMatchObject({ status: 502 });
    const tries = t.fake().requestsTo('GET', path);
    expect(tries).toHaveLength(4);
    // Back-off 1, 4, 9 s scaled by 0.01.
    expect(tries[3]!.at - tries[2]!.at).toBeGreaterThanOrEqual(85);
  });

  it('does not retry a client error', async () => {
    await expect(
      t.gh().rest.pulls.get({ owner: 'octo-org', repo: 'octo-repo', pull_number: 404 }),
    ).rejects.toMatchObject({ status: 404 });
    expect(t.fake().requests).toHaveLength(1);
  });

  it('waits out a 403 secondary rate limit, then gives up after the retries with a warning', async () => {
    t.fake().addPullRequest({ number: 1, headSha: 'a'.repeat(40) });
    const path = '/repos/octo-org/octo-repo/pulls/1';
    t.fake().failNext({ method: 'GET', pathPattern: path, ...secondaryRateLimit(403, 2) });
    await t.gh().rest.pulls.get({ owner: 'octo-org', repo: 'octo-repo', pull_number: 1 });
    const [first, second] = t.fake().requestsTo('GET', path);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(19);

    t.fake().failNext({
      method: 'GET',
      pathPattern: path,
      ...secondaryRateLimit(403, 1),
      times: 10,
    });
    await expect(
      t.gh().rest.pulls.get({ owner: 'octo-org', repo: 'octo-repo', pull_number: 1 }),
    ).rejects.toMatchObject({ status: 403 });
    expect(t.log().lines.some((l) => /giving up after 3 retries/.test(l))).toBe(true);
  });

  it('does not wait for a rate limit longer than the maximum', async () => {
    const path = '/repos/octo-org/octo-repo/pulls/1';
    t.fake().failNext({ method: 'GET', pathPattern: path, ...secondaryRateLimit(429, 3600) });
    await expect(
      t.gh().rest.pulls.get({ owner: 'octo-org', repo: 'octo-repo', pull_number: 1 }),
    ).rejects.toMatchObject({ status: 429 });
    expect(t.fake().requestsTo('GET', path)).toHaveLength(1);
  });

  it('knows no login when GET /user is refused, asking once, until a created item tells', async () => {
    expect(await whoAmI(t.gh())).toBeNull();
    expect(await whoAmI(t.gh())).toBeNull();
    expect(t.fake().requestsTo('GET', '/user')).toHaveLength(1);
    learnLogin(t.gh(), 'github-actions[bot]');
    expect(await whoAmI(t.gh())).toBe('github-actions[bot]');
    expect(t.fake().requestsTo('GET', '/user')).toHaveLength(1);
  });

  it('survives a slow answer', async () => {
    t.fake().addPullRequest({ number: 1, headSha: 'a'.repeat(40) });
    t.fake().failNext({
      method: 'GET',
      pathPattern: '/repos/octo-org/octo-repo/pulls/1',
      delayMs: 200,
    });
    const { data } = await t
      .gh()
      .rest.pulls.get({ owner: 'octo-org', repo: 'octo-repo', pull_number: 1 });
    expect(data.number).toBe(1);
  });

  it('drops a request whose answer does not begin in time and asks again', async () => {
    t.fake().addPullRequest({ number: 1, headSha: 'a'.repeat(40) });
    const path = '/repos/octo-org/octo-repo/pulls/1';
    const gh = createGitHubClient(TOKEN, {
      baseUrl: t.fake().url,
      retryScale: 0.01,
      answerTimeoutMs: 150,
      logger: t.log(),
    });
    t.fake().failNext({ method: 'GET', pathPattern: path, delayMs: 1000 });
    const { data } = await gh.rest.pulls.get({ owner: 'octo-org', repo: 'octo-repo', pull_number: 1 }); // prettier-ignore
    expect(data.number).toBe(1);
    expect(t.fake().requestsTo('GET', path)).toHaveLength(2);

    // Stalled every time: the retries, then an error that says why.
    t.fake().failNext({ method: 'GET', pathPattern: path, delayMs: 1000, times: 4 });
    await expect(
      gh.rest.pulls.get({ owner: 'octo-org', repo: 'octo-repo', pull_number: 1 }),
    ).rejects.toThrow('GitHub did not answer within 150 ms');
    expect(t.fake().requestsTo('GET', path)).toHaveLength(6);
  });
});

describe('redactingLogger', () => {
  it('never passes the token on', () => {
    const log = new RecordingLogger();
    const safe = redactingLogger(log, TOKEN);
    safe.warning(`failed with token ${TOKEN} twice ${TOKEN}`);
    safe.info('plain');
    expect(log.lines).toEqual(['warning: failed with token *** twice ***', 'info: plain']);
  });
});

describe('apiWaitScale', () => {
  it('shortens the waits only against an API on this machine', () => {
    const at = (url: string, scale = '0.01') =>
      apiWaitScale({ GITHUB_API_URL: url, PV_API_WAIT_SCALE: scale });
    expect(at('http://127.0.0.1:4000')).toBe(0.01);
    expect(at('http://localhost:4000/api/v3')).toBe(0.01);
    expect(at('https://api.github.com')).toBe(1);
    expect(at('https://ghe.example.com/api/v3')).toBe(1);
    expect(at('https://127.0.0.1.example.com')).toBe(1);
    expect(at('not a url')).toBe(1);
    // Never longer, never zero or negative, never a word.
    for (const scale of ['2', '0', '-1', 'fast', ''])
      expect(at('http://127.0.0.1:1', scale)).toBe(1);
    expect(apiWaitScale({})).toBe(1);
  });
});
