// The fake must answer like GitHub where the port depends on it: pagination, auth, errors.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../e2e/fake-github.js';

describe('fake GitHub API', () => {
  let fake: FakeGitHub;
  const get = (path: string, headers: Record<string, string> = { authorization: 'token t' }) =>
    fetch(`${fake.url}${path}`, { headers });

  beforeEach(async () => {
    fake = new FakeGitHub({
      tokens: { pat: { login: 'alice', canReadUser: true } },
      strictTokens: true,
    });
    await fake.start();
    fake.addPullRequest({ number: 1, headSha: 'a'.repeat(40) });
    for (let i = 0; i < 75; i++) fake.addComment(1, `c${i}`);
  });
  afterEach(() => fake.stop());

  it('paginates with per_page (default 30, max 100), page and a Link header', async () => {
    const auth = { authorization: 'token pat' };
    let res = await get('/repos/octo-org/octo-repo/issues/1/comments', auth);
    expect(((await res.json()) as unknown[]).length).toBe(30);
    const link = res.headers.get('link')!;
    expect(link).toContain(
      `<${fake.url}/repos/octo-org/octo-repo/issues/1/comments?per_page=30&page=2>; rel="next"`,
    );
    expect(link).toContain('page=3>; rel="last"');
    res = await get('/repos/octo-org/octo-repo/issues/1/comments?per_page=50&page=2', auth);
    expect(((await res.json()) as unknown[]).length).toBe(25);
    expect(res.headers.get('link')).toMatch(/rel="prev".*rel="first"/);
    expect(res.headers.get('link')).not.toContain('rel="next"');
    res = await get('/repos/octo-org/octo-repo/issues/1/comments?per_page=500', auth);
    expect(((await res.json()) as unknown[]).length).toBe(75);
  });

  it('answers errors in GitHub shape and checks tokens', async () => {
    let res = await get('/repos/octo-org/octo-repo/issues/1/comments', {});
    expect(res.status).toBe(401);
    res = await get('/repos/octo-org/octo-repo/issues/1/comments');
    expect(res.status).toBe(401);
    const body = (await res.json()) as { message: string; documentation_url: string };
    expect(body.message).toBe('Bad credentials');
    expect(body.documentation_url).toMatch(/^https:\/\/docs\.github\.com/);
    res = await get('/repos/someone/else/issues/1/comments', { authorization: 'token pat' });
    expect(res.status).toBe(404);
    res = await get('/user', { authorization: 'bearer pat' });
    expect(await res.json()).toMatchObject({ login: 'alice' });
  });

  it('serves contents as base64 JSON up to 1 MB, and says encoding none above', async () => {
    fake.setFile('main', 'small.bin', new Uint8Array([0, 255, 128]));
    fake.setFile('main', 'big.bin', new Uint8Array(1024 * 1024 + 1));
    const auth = { authorization: 'token pat' };
    const small = (await (
      await get('/repos/octo-org/octo-repo/contents/small.bin', auth)
    ).json()) as { content: string; encoding: string };
    expect(small.encoding).toBe('base64');
    expect([...Buffer.from(small.content, 'base64')]).toEqual([0, 255, 128]);
    const big = (await (
      await get('/repos/octo-org/octo-repo/contents/big.bin?ref=main', auth)
    ).json()) as { content: string; encoding: string; size: number };
    expect(big).toMatchObject({ content: '', encoding: 'none', size: 1024 * 1024 + 1 });
  });

  it('refuses a token at blob storage', async () => {
    const run = fake.addWorkflowRun('ci.yml');
    const a = fake.addArtifact(run.id, { name: 'x', zip: new Uint8Array([1, 2, 3]) });
    expect((await get(`/_blob/${a.id}`)).status).toBe(403);
    const res = await get(`/_blob/${a.id}`, {});
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('applies a write before answering an after-write fault', async () => {
    fake.failNext({ method: 'POST', pathPattern: /comments$/, status: 502, afterWrite: true });
    const res = await fetch(`${fake.url}/repos/octo-org/octo-repo/issues/1/comments`, {
      method: 'POST',
      headers: { authorization: 'token pat', 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'hello' }),
    });
    expect(res.status).toBe(502);
    expect(fake.comments(1).at(-1)).toMatchObject({ body: 'hello', login: 'alice' });
    expect(fake.requests.at(-1)).toMatchObject({
      method: 'POST',
      status: 502,
      hasAuthorization: true,
      body: { body: 'hello' },
    });
    expect(fake.requests.at(-1)!.headers.authorization).toBeUndefined();
  });
});
