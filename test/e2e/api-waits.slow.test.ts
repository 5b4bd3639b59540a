// GitHub's own waits, not the tests' shortened ones: the action rides out 500s, a 502 after a
// write, a secondary rate limit (retry-after: 1) and a slow answer, and ends with one sticky
// comment and one check run. Slow (about 10 s of real waiting), so `npm run test:slow` runs it.
import { beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub, secondaryRateLimit } from './fake-github.js';
import { baseSpec, headSpec, storeBytes } from './stores.js';
import { baseAndHead, botComments, loggedText } from './workflows.js';
import { e2eSuite } from './suite.js';

const TOKEN = 'ghs_test_token_1234567890';
const suite = e2eSuite();
const fake = suite.fake;

const ours = (): ReturnType<FakeGitHub['comments']> => botComments(fake, 5);
const logged = loggedText;

beforeEach(() => {
  fake.addPullRequest({ number: 5, headSha: 'f'.repeat(40) });
});

describe('a flaky API at its real pace', () => {
  it('completes with one sticky comment and one check run through 500s, a 502 after a write, rate limits and slow answers', async () => {
    for (let i = 0; i < 210; i++) fake.addComment(5, `comment ${i}`);
    // An earlier run's comment, on the third page of 100.
    const ws = baseAndHead(await storeBytes(baseSpec()), await storeBytes(headSpec(0.7)));
    const older = fake.addComment(
      5,
      `<!-- prompt-versioner-action:comment key=default sha=${ws.headSha} run=3 attempt=1 -->\nold report`,
      'github-actions[bot]',
    );
    for (let i = 0; i < 40; i++) fake.addComment(5, `later comment ${i}`);
    fake.failNext({ method: 'GET', pathPattern: /\/issues\/5\/comments$/, status: 500 });
    fake.failNext({ method: 'POST', pathPattern: /\/check-runs$/, ...secondaryRateLimit(429, 1) });
    fake.failNext({
      method: 'PATCH',
      pathPattern: /\/issues\/comments\/\d+$/,
      status: 502,
      afterWrite: true,
    });
    fake.failNext({ method: 'PATCH', pathPattern: /\/check-runs\/\d+$/, delayMs: 1500 });
    // GitHub's own waits (retry-after, write spacing), not the tests' shortened ones.
    const run = await suite.pullRequest(ws, { env: { PV_API_WAIT_SCALE: '1' } });
    expect(run.code, logged(run)).toBe(1);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]?.id).toBe(older.id);
    expect(ours()[0]?.body).toMatch(/run=7 attempt=1/);
    const checks = [...fake.state.checkRuns.values()];
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(logged(run)).not.toContain(TOKEN);
    // The faults happened and were ridden out: the 429 was waited for (retry-after: 1).
    const creates = fake.requestsTo('POST', /\/check-runs$/);
    expect(creates.map((r) => r.status)).toEqual([429, 201]);
    expect((creates[1]?.at ?? 0) - (creates[0]?.at ?? 0)).toBeGreaterThanOrEqual(900);
    expect(fake.requestsTo('GET', /\/issues\/5\/comments$/).some((r) => r.status === 500)).toBe(
      true,
    );
    expect(fake.requestsTo('PATCH', /\/issues\/comments\/\d+$/).map((r) => r.status)[0]).toBe(502);
  });
});
