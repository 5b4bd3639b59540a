import { describe, expect, it } from 'vitest';
import type { ActionContext } from '../../src/action/context.js';
import { contextMismatch, findTargets, triggeringRun } from '../../src/modes/relay-target.js';
import type { CompareReport } from '../../src/report/types.js';
import { useFakeGitHub } from '../github/helpers.js';
import { noChangesReport } from '../report/fixtures-warning.js';

const SHA = 'a'.repeat(40);
const ctx = { owner: 'octo-org', repo: 'octo-repo' } as ActionContext;
const payload = (wr: Record<string, unknown>) => ({
  workflow_run: { id: 77, run_number: 5, head_sha: SHA, ...wr },
});

describe('triggeringRun', () => {
  it("reads GitHub's account of the run, and refuses a payload without one", () => {
    expect(
      triggeringRun(payload({ head_branch: 'f', head_repository: { full_name: 'fork/r' }, pull_requests: [{ number: 3 }, { number: 'x' }], event: 'pull_request' })), // prettier-ignore
    ).toEqual({ id: 77, runNumber: 5, runAttempt: 1, headSha: SHA, headBranch: 'f', headRepo: 'fork/r', headRepoId: null, event: 'pull_request', prNumbers: [3] }); // prettier-ignore
    expect(() => triggeringRun({})).toThrow(/mode relay needs the payload of a workflow_run/);
    expect(() => triggeringRun(payload({ head_sha: 'HEAD' }))).toThrow(/workflow_run/);
  });
});

describe('contextMismatch', () => {
  const run = triggeringRun(payload({}));
  const report = (context: CompareReport['context']): CompareReport => ({ ...noChangesReport(), context }); // prettier-ignore
  it('accepts a report that agrees with the run, or says nothing', () => {
    expect(contextMismatch(report(undefined), run, 'octo-org/octo-repo')).toBeNull();
    expect(contextMismatch(report({ repository: 'Octo-Org/octo-repo', head_sha: SHA, run_id: 77 }), run, 'octo-org/octo-repo')).toBeNull(); // prettier-ignore
  });
  it('names what disagrees', () => {
    expect(contextMismatch(report({ head_sha: 'b'.repeat(40) }), run, 'o/r')).toMatch(/commit bbbbbbb, but run 77 tested aaaaaaa/); // prettier-ignore
    expect(contextMismatch(report({ run_id: 1 }), run, 'o/r')).toMatch(/names run 1/);
    expect(contextMismatch(report({ repository: 'x/y' }), run, 'o/r')).toMatch(/about x\/y, not o\/r/); // prettier-ignore
  });
});

describe('findTargets', () => {
  const t = useFakeGitHub();
  it("finds a same-repository pull request the run lists, and a fork's by its head", async () => {
    t.fake().addPullRequest({ number: 3, headSha: SHA });
    t.fake().addPullRequest({ number: 4, headSha: SHA, headRepo: 'fork/octo-repo', headRef: 'f' });
    t.fake().addPullRequest({ number: 5, headSha: 'c'.repeat(40), headRepo: 'fork/octo-repo', headRef: 'f' }); // prettier-ignore
    t.fake().addPullRequest({ number: 6, headSha: SHA, state: 'closed' });
    const run = triggeringRun(payload({ pull_requests: [{ number: 3 }, { number: 6 }], head_branch: 'f', head_repository: { full_name: 'fork/octo-repo' } })); // prettier-ignore
    const found = await findTargets(t.gh(), ctx, run, undefined);
    expect(found.ok && found.pulls.map((p) => p.number)).toEqual([4]);
    // A run of this repository's own branch: the pull request it lists.
    const own = triggeringRun(payload({ pull_requests: [{ number: 3 }], head_branch: 'f', head_repository: { full_name: 'octo-org/octo-repo' } })); // prettier-ignore
    const mine = await findTargets(t.gh(), ctx, own, undefined);
    expect(mine.ok && mine.pulls.map((p) => p.number)).toEqual([3]);
    // A closed pull request is refused even when the report names it (issue 13, finding 11).
    const six = await findTargets(t.gh(), ctx, own, 6);
    expect(!six.ok && six.reason).toMatch(/#6, which is closed; it was not published anywhere/);
    expect(await findTargets(t.gh(), ctx, own, 3)).toMatchObject({ ok: true, pulls: [{ number: 3 }] }); // prettier-ignore
    // Another repository's pull request at the same commit: never published on (a second fork
    // can push the same commit to a pull request of its own and name the first one's).
    const three = await findTargets(t.gh(), ctx, run, 3);
    expect(!three.ok && three.reason).toMatch(/#3, whose head is in octo-org\/octo-repo, not fork\/octo-repo \(where run 77 ran\)/); // prettier-ignore
    const five = await findTargets(t.gh(), ctx, run, 5);
    expect(!five.ok && five.reason).toMatch(/#5, whose head is ccccccc/);
    const missing = await findTargets(t.gh(), ctx, run, 99);
    expect(!missing.ok && missing.reason).toMatch(/#99, which does not exist/);
  });

  it('knows a fork renamed since its run by the repository id', async () => {
    t.fake().addPullRequest({ number: 7, headSha: SHA, headRepo: 'alice/renamed', headRepoId: 77, headRef: 'f' }); // prettier-ignore
    t.fake().addPullRequest({ number: 8, headSha: SHA, headRepo: 'mallory/octo-repo', headRepoId: 99, headRef: 'f' }); // prettier-ignore
    const run = triggeringRun(payload({ head_branch: 'f', head_repository: { full_name: 'alice/octo-repo', id: 77 } })); // prettier-ignore
    expect(await findTargets(t.gh(), ctx, run, 7)).toMatchObject({ ok: true, pulls: [{ number: 7 }] }); // prettier-ignore
    // Another repository with the run's old name is not the run's.
    const eight = await findTargets(t.gh(), ctx, run, 8);
    expect(!eight.ok && eight.reason).toMatch(/#8, whose head is in mallory\/octo-repo/);
  });
});
