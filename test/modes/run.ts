// A mode's Run for in-process tests: a recording runner side and a client of the fake GitHub.
import type { ActionContext } from '../../src/action/context.js';
import type { ActionIO } from '../../src/action/io.js';
import type { OutputName } from '../../src/action/outputs.js';
import type { Run } from '../../src/action/run.js';
import { parseConfig } from '../../src/config/config.js';
import { inputName } from '../../src/config/parse.js';
import { createGitHubClient } from '../../src/github/client.js';
import { FakeGitHub } from '../e2e/fake-github.js';
import { baseSpec, headSpec, storeBytes } from '../e2e/stores.js';
import { baseAndHead } from '../e2e/workflows.js';

/** The runner's side, recorded. */
export interface RecordingIO extends ActionIO {
  readonly outputs: Map<OutputName, string>;
  readonly summaries: string[];
  readonly warnings: string[];
  /** The failure lines recorded as verdicts were reached. */
  readonly failures: string[];
}

/** A runner side that keeps the outputs, the job summary and the warnings. */
export function recordingIO(): RecordingIO {
  const outputs = new Map<OutputName, string>();
  const summaries: string[] = [];
  const warnings: string[] = [];
  const failures: string[] = [];
  return {
    outputs,
    summaries,
    warnings,
    failures,
    log: { info: () => undefined, debug: () => undefined, warning: (m) => void warnings.push(m) },
    summary: (m) => Promise.resolve(void summaries.push(m)),
    setOutput: (name, value) => void outputs.set(name, value),
    startGroup: () => undefined,
    endGroup: () => undefined,
    verdictFailure: (line) => void failures.push(line),
  };
}

/** A Run against `fake`, in workspace `ws`, with these action inputs. */
export function modeRun(o: {
  fake: FakeGitHub;
  ws: string;
  inputs: Record<string, string>;
  eventName: string;
  payload?: Record<string, unknown>;
  runNumber: number;
  sha?: string;
  /** The workflow file that runs (GITHUB_WORKFLOW_REF's path). */
  workflow?: string;
  /** The `github-token` (default: one the fake takes for the Actions bot). */
  token?: string;
}): Run & { io: RecordingIO } {
  const ctx: ActionContext = {
    eventName: o.eventName,
    payload: o.payload ?? {},
    owner: 'octo-org',
    repo: 'octo-repo',
    runId: 1000 + o.runNumber,
    runNumber: o.runNumber,
    runAttempt: 1,
    workspace: o.ws,
    tempDir: o.ws,
    serverUrl: 'https://github.com',
    sha: o.sha ?? 'c'.repeat(40),
    workflow: o.workflow ?? '.github/workflows/prompt-check.yml',
  };
  return {
    ctx,
    config: parseConfig((n) => o.inputs[n], inputName),
    gh: createGitHubClient(o.token ?? 'ghs_test', { baseUrl: o.fake.url, retryScale: 0.01 }),
    io: recordingIO(),
  };
}

/**
 * A started fake GitHub with pull request #`number` open on a git workspace whose head store
 * regresses against its base store (quality 0.85 to 0.7).
 */
export async function regressedPullRequest(
  number = 5,
): Promise<{ fake: FakeGitHub; ws: { dir: string; baseSha: string; headSha: string } }> {
  const fake = new FakeGitHub();
  await fake.start();
  const ws = baseAndHead(await storeBytes(baseSpec()), await storeBytes(headSpec(0.7)));
  fake.addPullRequest({ number, headSha: ws.headSha, baseSha: ws.baseSha });
  return { fake, ws };
}

/** An issue_comment payload, as GitHub sends it, for comment `id` with `body` by `login`. */
export function commentPayload(o: {
  readonly pr: number;
  readonly id: number;
  readonly body: string;
  readonly login: string;
  readonly action?: string;
  readonly at?: string;
  readonly type?: string;
  /** False: a comment on an issue, not a pull request. */
  readonly onPull?: boolean;
}): Record<string, unknown> {
  return {
    action: o.action ?? 'created',
    issue: { number: o.pr, ...(o.onPull === false ? {} : { pull_request: { url: 'x' } }) },
    comment: {
      id: o.id,
      body: o.body,
      created_at: o.at ?? new Date().toISOString(),
      user: { login: o.login, type: o.type ?? 'User' },
    },
  };
}
