import { readFileSync } from 'node:fs';
import { ConfigError } from '../config/parse.js';

/** The parts of the GitHub Actions environment the modes use, read once. */
export interface ActionContext {
  readonly eventName: string;
  /** The webhook payload of the triggering event (`GITHUB_EVENT_PATH`). */
  readonly payload: Readonly<Record<string, unknown>>;
  readonly owner: string;
  readonly repo: string;
  readonly runId: number;
  readonly runNumber: number;
  readonly runAttempt: number;
  readonly workspace: string;
  /** Where files for this job may be written (`RUNNER_TEMP`). */
  readonly tempDir: string;
  readonly serverUrl: string;
  /** The commit the workflow runs on (`GITHUB_SHA`). */
  readonly sha: string;
  /**
   * The workflow's file in its repository (`.github/workflows/health.yml`, from
   * `GITHUB_WORKFLOW_REF`), else its name (`GITHUB_WORKFLOW`); empty outside Actions.
   */
  readonly workflow: string;
  /** The step's id in its job (`GITHUB_ACTION`: its `id:`, else one GitHub makes up). */
  readonly step?: string;
}

/** The workflow file of `GITHUB_WORKFLOW_REF` (`owner/repo/PATH@ref`), else `GITHUB_WORKFLOW`. */
function workflowOf(env: NodeJS.ProcessEnv): string {
  const ref = env.GITHUB_WORKFLOW_REF ?? '';
  const at = ref.lastIndexOf('@');
  const path = (at < 0 ? ref : ref.slice(0, at)).split('/').slice(2).join('/');
  return path || (env.GITHUB_WORKFLOW ?? '');
}

const int = (value: string | undefined, fallback: number): number => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

/** Reads the Actions environment; a missing repository or unreadable event file is an error. */
export function readActionContext(env: NodeJS.ProcessEnv, tmpFallback: string): ActionContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) {
    throw new ConfigError(
      'GITHUB_REPOSITORY is not set (owner/name): run this inside GitHub Actions, or use the pv-check CLI.',
    );
  }
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new ConfigError(
        `Cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${String(error)}.`,
      );
    }
  }
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    owner,
    repo,
    runId: int(env.GITHUB_RUN_ID, 1),
    runNumber: int(env.GITHUB_RUN_NUMBER, 1),
    runAttempt: int(env.GITHUB_RUN_ATTEMPT, 1),
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    tempDir: env.RUNNER_TEMP ?? tmpFallback,
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    sha: env.GITHUB_SHA ?? '',
    workflow: workflowOf(env),
    ...(env.GITHUB_ACTION ? { step: env.GITHUB_ACTION } : {}),
  };
}

/** The web page of the workflow run `ctx.runId`. */
export function runUrl(ctx: ActionContext): string {
  return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}`;
}

/** The pull request of a pull_request / pull_request_target payload. */
export interface PullRequestRef {
  readonly number: number;
  readonly headSha: string;
  readonly baseSha: string;
  readonly baseRef: string;
}

function field(o: unknown, ...path: string[]): unknown {
  let v = o;
  for (const p of path)
    v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined;
  return v;
}

/** The pull request the event is about, or null when the payload has none. */
export function pullRequestOf(payload: Readonly<Record<string, unknown>>): PullRequestRef | null {
  const number = field(payload, 'pull_request', 'number');
  const headSha = field(payload, 'pull_request', 'head', 'sha');
  const baseSha = field(payload, 'pull_request', 'base', 'sha');
  const baseRef = field(payload, 'pull_request', 'base', 'ref');
  if (typeof number !== 'number' || typeof headSha !== 'string' || typeof baseSha !== 'string')
    return null;
  return { number, headSha, baseSha, baseRef: typeof baseRef === 'string' ? baseRef : '' };
}

/** A value of the payload by path, if it is a string or number. */
export function payloadValue(
  payload: Readonly<Record<string, unknown>>,
  ...path: string[]
): string | number | undefined {
  const v = field(payload, ...path);
  return typeof v === 'string' || typeof v === 'number' ? v : undefined;
}
