import { describe, expect, it } from 'vitest';
import { changeOf } from '../../src/action/change.js';
import { modeForEvent } from '../../src/action/inputs.js';
import { parseConfig } from '../../src/config/config.js';
import { inputName } from '../../src/config/parse.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const ZERO = '0'.repeat(40);
const repository = { full_name: 'o/r', default_branch: 'main' };
const pr = { number: 5, head: { sha: A, ref: 'feature' }, base: { sha: B, ref: 'main' } };

describe('changeOf: what each event compares', () => {
  it('pull_request reads the head in the workspace; pull_request_target at the head commit', () => {
    expect(changeOf('pull_request', { pull_request: pr }, B)).toMatchObject({
      headSha: A,
      headAtCommit: false,
      baseRef: B,
      baseBranch: 'main',
      pullRequest: 5,
      checkRun: true,
    });
    expect(changeOf('pull_request_target', { pull_request: pr }, B)).toMatchObject({
      headSha: A,
      headAtCommit: true,
      baseRef: B,
    });
  });

  it("merge_group compares the group's head with its base, with no pull request", () => {
    const payload = { merge_group: { head_sha: A, base_sha: B, base_ref: 'refs/heads/release/1', head_ref: 'refs/heads/gh-readonly-queue/release/1/pr-5-x' } }; // prettier-ignore
    expect(changeOf('merge_group', payload, A)).toMatchObject({
      headSha: A,
      baseRef: B,
      baseBranch: 'release/1',
      pullRequest: null,
      checkRun: true,
    });
  });

  it('push compares with before; a new branch with the default branch; a new default branch with nothing', () => {
    const push = (o: object) => changeOf('push', { ref: 'refs/heads/feat', repository, ...o }, A);
    expect(push({ before: B, after: A })).toMatchObject({ baseRef: B, baseSide: 'before', checkRun: false, notes: [] }); // prettier-ignore
    expect(push({ before: B, after: A, forced: true })?.notes[0]).toMatch(/^Forced push/);
    expect(push({ before: ZERO, after: A, created: true })).toMatchObject({
      baseRef: 'main',
      baseSide: 'default branch',
    });
    expect(push({ ref: 'refs/heads/main', before: ZERO, after: A })).toMatchObject({ baseRef: null }); // prettier-ignore
    expect(push({ before: A, after: ZERO, deleted: true })?.skip).toBe(
      'The push deleted refs/heads/feat: there is no commit to check.',
    );
  });

  it("skips a push to the merge queue's own branch, which merge_group checks", () => {
    const ref = `refs/heads/gh-readonly-queue/main/pr-11-${B}`;
    expect(changeOf('push', { ref, before: ZERO, after: A, created: true, repository }, A)?.skip).toMatch(/^The push is to the merge queue's own branch gh-readonly-queue\/main\/pr-11-b{40}, which the merge_group event checks: add branches-ignore/); // prettier-ignore
    // A branch that only looks alike is checked.
    expect(changeOf('push', { ref: 'refs/heads/gh-readonly-queue-notes', before: B, after: A, repository }, A)?.skip).toBeUndefined(); // prettier-ignore
  });

  it('push of an annotated tag checks its commit, not the tag object', () => {
    const tagObject = 'c'.repeat(40);
    const tag = { ref: 'refs/tags/v1.2.0', before: ZERO, after: tagObject, repository };
    expect(changeOf('push', { ...tag, head_commit: { id: A } }, B)?.headSha).toBe(A);
    // Without head_commit, the workflow's own sha is the tag's commit.
    expect(changeOf('push', tag, B)?.headSha).toBe(B);
    // A branch's `after` is its commit.
    expect(changeOf('push', { ref: 'refs/heads/x', before: B, after: A, repository }, B)?.headSha).toBe(A); // prettier-ignore
    // A tag moved by force: said as a tag, and of the commit checked.
    const moved = changeOf('push', { ...tag, before: B, forced: true, head_commit: { id: A } }, A);
    expect(moved?.notes[0]).toBe(
      `Moved tag: compared with what the tag named before, ${B.slice(0, 7)}, which may not be an ancestor of ${A.slice(0, 7)}.`,
    );
  });

  it('refuses a payload without its commits, and answers null for other events', () => {
    expect(() => changeOf('merge_group', {}, A)).toThrow(
      "The merge_group event payload has no merge_group.head_sha (a commit sha): is GITHUB_EVENT_PATH the event's payload?",
    );
    expect(() => changeOf('pull_request_target', {}, A)).toThrow(/has no pull_request/);
    expect(changeOf('schedule', {}, A)).toBeNull();
  });

  it('auto mode on workflow_dispatch compares with a candidate, else runs the health report', () => {
    const with_ = (inputs: Record<string, string>) => parseConfig((n) => inputs[n], inputName);
    expect(modeForEvent('workflow_dispatch', with_({ prompt: 'p', candidate: '2' }))).toBe(
      'compare',
    );
    expect(modeForEvent('workflow_dispatch', with_({}))).toBe('health');
    // A prompt without its version is a comparison missing an input, said before anything runs.
    expect(() => modeForEvent('workflow_dispatch', with_({ prompt: 'summarizer' }))).toThrow(
      `input 'prompt' is set but input 'candidate' is not: give the version under test to compare "summarizer", or leave 'prompt' empty to run the health report.`,
    );
  });

  it('auto mode checks the change of every change event', () => {
    const config = parseConfig(() => undefined, inputName);
    for (const e of ['pull_request', 'pull_request_target', 'merge_group', 'push'])
      expect(modeForEvent(e, config)).toBe('pr-check');
    // Another event names the modes by the names the inputs take.
    expect(() => modeForEvent('release', config)).toThrow(
      "input 'mode' is auto, and event 'release' does not say what to do: set input 'mode' to pr-check (on pull_request, pull_request_target, merge_group or push), health, compare, relay (on workflow_run) or command (on issue_comment).",
    );
  });
});
