// The set-up every end-to-end test file shares: one fake GitHub API and one isolated copy of the
// bundled action per file, the fake reset before each test, and the way a test runs the action.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { FakeGitHub } from './fake-github.js';
import { isolatedAction, pullRequestEvent, runAction, type ActionRun } from './harness.js';
import { resetFake } from './workflows.js';

/** What a run adds to the workspace, event and API URL: inputs, environment, repository. */
export type RunExtras = Omit<
  Parameters<typeof runAction>[0],
  'actionDir' | 'workspace' | 'apiUrl' | 'eventName' | 'event'
>;

/** A workspace with a base and a head commit, as `baseAndHead` makes it. */
export interface PullWorkspace {
  readonly dir: string;
  readonly baseSha: string;
  readonly headSha: string;
}

/** One test file's fake API and action. */
export interface Suite {
  readonly fake: FakeGitHub;
  /** Runs the bundled action in `dir` on one event. */
  readonly run: (
    dir: string,
    eventName: string,
    event: object,
    extras?: RunExtras,
  ) => Promise<ActionRun>;
  /** Runs the bundled action on `pull_request` #5, from the workspace's base to its head. */
  readonly pullRequest: (ws: PullWorkspace, extras?: RunExtras) => Promise<ActionRun>;
}

/**
 * Registers the hooks of an end-to-end test file and returns its suite: call it before the
 * file's own hooks, which then run after the fake is started and reset.
 */
export function e2eSuite(): Suite {
  const fake = new FakeGitHub();
  let actionDir = '';
  beforeAll(async () => {
    actionDir = isolatedAction();
    await fake.start();
  });
  afterAll(async () => {
    await fake.stop();
  });
  beforeEach(() => {
    resetFake(fake);
  });
  const run: Suite['run'] = (dir, eventName, event, extras = {}) =>
    runAction({ actionDir, workspace: dir, apiUrl: fake.url, eventName, event, ...extras });
  return {
    fake,
    run,
    pullRequest: (ws, extras) => {
      // GitHub sends the event for the pull request's head as it is then.
      const pull = fake.state.pulls.get(5);
      if (pull) pull.headSha = ws.headSha;
      return run(
        ws.dir,
        'pull_request',
        pullRequestEvent({ number: 5, headSha: ws.headSha, baseSha: ws.baseSha }),
        extras,
      );
    },
  };
}
