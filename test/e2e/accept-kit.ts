// What the acceptance end-to-end tests share: a fake GitHub API with the label's events and
// permissions, workspaces, and the action run on pull_request and issue_comment events.
import { readFileSync } from 'node:fs';
import { beforeEach } from 'vitest';
import { resetAcceptState, setLabel } from './fake-github/routes-accept.js';
import type { FakeComment } from './fake-github/state.js';
import { pullRequestEvent, type ActionRun } from './harness.js';
import { baseSpec, headSpec, storeBytes } from './stores.js';
import { baseAndHead, checkRuns } from './workflows.js';
import { e2eSuite } from './suite.js';

export const LABEL = 'prompt-regression-accepted';
export const PR = 5;
// Tests that run the action five to eight times; the machine may be shared.
export const SLOW = 180_000;

export type Workspace = { dir: string; baseSha: string; headSha: string };

/** Registers the suite's hooks (call it at the top of a test file) and returns its helpers. */
export function acceptKit() {
  const suite = e2eSuite();
  const fake = suite.fake;
  let run = 7;

  async function workspace(headQuality: number): Promise<Workspace> {
    return baseAndHead(await storeBytes(baseSpec()), await storeBytes(headSpec(headQuality)));
  }

  /** A pull_request run; `labeled` makes it the run GitHub starts when the label is added. */
  async function prRun(
    ws: Workspace,
    labeled?: { by: string },
    inputs?: Record<string, string>,
  ): Promise<ActionRun> {
    fake.state.pulls.get(PR)!.headSha = ws.headSha;
    const event = pullRequestEvent({
      number: PR,
      headSha: ws.headSha,
      baseSha: ws.baseSha,
    }) as Record<string, unknown>;
    if (labeled)
      Object.assign(event, {
        action: 'labeled',
        label: { name: LABEL },
        sender: { login: labeled.by },
      });
    run += 1;
    return suite.run(ws.dir, 'pull_request', event, {
      env: { GITHUB_RUN_NUMBER: String(run) },
      ...(inputs ? { inputs } : {}),
    });
  }

  /** A pull_request run on `ws` that has nothing to compare (its store artifact is missing). */
  async function skippedRun(ws: Workspace): Promise<ActionRun> {
    fake.state.pulls.get(PR)!.headSha = ws.headSha;
    run += 1;
    return suite.run(
      ws.dir,
      'pull_request',
      pullRequestEvent({ number: PR, headSha: ws.headSha, baseSha: ws.baseSha }),
      { inputs: { 'store-artifact': 'prompt-store' }, env: { GITHUB_RUN_NUMBER: String(run) } },
    );
  }

  /** When each command comment was written, as its event said (a re-run says the same). */
  const commandTimes = new Map<number, string>();

  /** An issue_comment run for a comment `body` by `login` on issue or pull request `number`. */
  async function commentRun(
    ws: Workspace,
    body: string,
    login: string,
    o: {
      number?: number;
      onPull?: boolean;
      rerun?: FakeComment;
      inputs?: Record<string, string>;
    } = {},
  ): Promise<ActionRun> {
    const number = o.number ?? PR;
    // A re-run of an earlier command's workflow run sees that comment's event again.
    const c = o.rerun ?? fake.addComment(number, body, login);
    const event = {
      action: 'created',
      issue: {
        number,
        ...(o.onPull === false
          ? {}
          : { pull_request: { url: `${fake.url}/repos/octo-org/octo-repo/pulls/${number}` } }),
      },
      comment: {
        id: c.id,
        body,
        created_at:
          commandTimes.get(c.id) ?? commandTimes.set(c.id, new Date().toISOString()).get(c.id),
        user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      },
    };
    run += 1;
    return suite.run(ws.dir, 'issue_comment', event, {
      env: { GITHUB_RUN_NUMBER: String(run) },
      ...(o.inputs ? { inputs: o.inputs } : {}),
    });
  }

  const sticky = (): string =>
    fake.comments(PR).find((c) => c.body.includes('prompt-versioner-action:comment'))?.body ?? '';
  const lastCheck = () =>
    checkRuns(fake)
      .filter((r) => r.head_sha === fake.state.pulls.get(PR)?.headSha)
      .at(-1);
  const label = (by: string, on = true) =>
    setLabel(fake.state, { number: PR, label: LABEL, actor: by, on });
  const reportOf = (r: ActionRun) =>
    JSON.parse(readFileSync(r.outputs['report-path'] ?? '', 'utf8')) as {
      verdict: string;
      acceptance: {
        accepted: boolean;
        grants: {
          by: string;
          via: string;
          at: string;
          covers: { prompt: string; version: string; metric: string }[];
        }[];
        not_covered: { reason: string }[];
        notes: string[];
      };
    };

  beforeEach(() => {
    resetAcceptState(fake.state);
    fake.addPullRequest({ number: PR, headSha: 'f'.repeat(40) });
  });

  /** The next run number, for a run the helpers above do not make. */
  const nextRun = (): number => (run += 1);

  return {
    suite,
    fake,
    nextRun,
    workspace,
    prRun,
    skippedRun,
    commentRun,
    sticky,
    lastCheck,
    label,
    reportOf,
  };
}
