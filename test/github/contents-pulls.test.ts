import { describe, expect, it } from 'vitest';
import { TooLargeError } from '../../src/github/bytes.js';
import { getFileAtRef } from '../../src/github/contents.js';
import {
  findOpenPullRequestsByHead,
  findOpenPullRequestsForCommit,
  getPullRequest,
} from '../../src/github/pulls.js';
import { useFakeGitHub } from './helpers.js';

const repo = { owner: 'octo-org', repo: 'octo-repo' };

/** Every byte value, NULs and invalid UTF-8 included, as a SQLite file would have. */
function binary(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 7 + (i >> 8)) % 256;
  bytes.set(new TextEncoder().encode('SQLite format 3\0'), 0);
  return bytes;
}

describe('getFileAtRef', () => {
  const t = useFakeGitHub();

  for (const contentType of ['application/octet-stream', 'text/plain; charset=utf-8']) {
    it(`downloads a binary file byte for byte (served as ${contentType})`, async () => {
      t.fake().state.rawContentType = contentType;
      const bytes = binary(300_000);
      t.fake().setFile('base123', '.prompt_versions/db.sqlite', bytes);
      const got = await getFileAtRef(t.gh(), {
        ...repo,
        path: '.prompt_versions/db.sqlite',
        ref: 'base123',
        maxBytes: 1_000_000,
      });
      expect(got).not.toBeNull();
      expect(Buffer.from(got!).equals(Buffer.from(bytes))).toBe(true);
      const [req] = t.fake().requestsTo('GET', /\/contents\//);
      expect(req!.headers.accept).toBe('application/vnd.github.raw+json');
      expect(req!.query.ref).toBe('base123');
    });
  }

  it('returns null for a missing file', async () => {
    expect(
      await getFileAtRef(t.gh(), { ...repo, path: 'nope.sqlite', ref: 'main', maxBytes: 10 }),
    ).toBeNull();
  });

  it('fails on a commit GitHub does not know, which is no "no store there"', async () => {
    t.fake().state.unknownRefs.add('c0ffee'.padEnd(40, '0'));
    const at = { ...repo, path: '.prompt_versions/db.sqlite', maxBytes: 10 };
    await expect(getFileAtRef(t.gh(), { ...at, ref: 'c0ffee'.padEnd(40, '0') })).rejects.toThrow(
      /^GitHub does not know commit c0ffee0+ \("No commit found for the ref"\): the store there cannot be read/,
    );
    expect(await getFileAtRef(t.gh(), { ...at, ref: 'main' })).toBeNull();
  });

  it('refuses a file over the cap', async () => {
    t.fake().setFile('main', 'big.sqlite', binary(5000));
    await expect(
      getFileAtRef(t.gh(), { ...repo, path: 'big.sqlite', ref: 'main', maxBytes: 4096 }),
    ).rejects.toBeInstanceOf(TooLargeError);
  });
});

describe('pull requests', () => {
  const t = useFakeGitHub();

  it('finds open same-repository pull requests by commit, across pages', async () => {
    const sha = 'e'.repeat(40);
    const numbers = [];
    for (let i = 0; i < 120; i++)
      numbers.push(t.fake().addPullRequest({ headSha: sha, headRef: `b${i}` }).number);
    t.fake().addPullRequest({ headSha: 'f'.repeat(40) });
    t.fake().addPullRequest({ headSha: sha, headRef: 'old', state: 'closed' });
    const found = await findOpenPullRequestsForCommit(t.gh(), { ...repo, sha });
    expect(found.map((p) => p.number)).toEqual(numbers);
    expect(
      t.fake().requestsTo('GET', `/repos/octo-org/octo-repo/commits/${sha}/pulls`),
    ).toHaveLength(2);
    expect(found[0]).toMatchObject({
      headSha: sha,
      baseRepoFullName: 'octo-org/octo-repo',
      state: 'open',
    });
  });

  it('finds a fork pull request by its head, which the commit lookup cannot', async () => {
    const sha = '1'.repeat(40);
    const pr = t
      .fake()
      .addPullRequest({ headSha: sha, headRepo: 'forker/octo-repo', headRef: 'main' });
    expect(await findOpenPullRequestsForCommit(t.gh(), { ...repo, sha })).toEqual([]);
    const found = await findOpenPullRequestsByHead(t.gh(), {
      ...repo,
      headOwner: 'forker',
      headBranch: 'main',
      sha,
    });
    expect(found.map((p) => p.number)).toEqual([pr.number]);
    expect(found[0]!.headRepoFullName).toBe('forker/octo-repo');
    expect(
      await findOpenPullRequestsByHead(t.gh(), {
        ...repo,
        headOwner: 'forker',
        headBranch: 'main',
        sha: '2'.repeat(40),
      }),
    ).toEqual([]);
  });

  it('gets one pull request, or null', async () => {
    const pr = t.fake().addPullRequest({ headSha: '3'.repeat(40), state: 'closed', merged: true });
    expect(await getPullRequest(t.gh(), { ...repo, number: pr.number })).toMatchObject({
      number: pr.number,
      state: 'closed',
      merged: true,
      headSha: '3'.repeat(40),
    });
    expect(await getPullRequest(t.gh(), { ...repo, number: 999 })).toBeNull();
  });
});
