import { payloadValue, type ActionContext } from '../action/context.js';
import { ConfigError } from '../config/parse.js';
import { isCommitSha } from '../format/ids.js';
import {
  findOpenPullRequestsAt,
  findOpenPullRequestsByHead,
  findOpenPullRequestsForCommit,
  getPullRequest,
  type GitHub,
  type PullRequestInfo,
} from '../github/index.js';
import type { CompareReport } from '../report/types.js';

/** The run that made the report, as GitHub's `workflow_run` payload (trusted) describes it. */
export interface TriggeringRun {
  readonly id: number;
  readonly runNumber: number;
  readonly runAttempt: number;
  readonly headSha: string;
  readonly headBranch: string | null;
  /** `owner/name` of the head repository (the fork's, for a fork's pull request). */
  readonly headRepo: string | null;
  /** The head repository's id (it survives a rename of the fork); null when not given. */
  readonly headRepoId: number | null;
  readonly event: string;
  /** Numbers GitHub lists for the run: empty for a fork's pull request. */
  readonly prNumbers: readonly number[];
}

const positive = (v: unknown): number | null =>
  typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : null;

/** Reads the triggering run from a workflow_run payload; a payload without one is an error. */
export function triggeringRun(payload: Readonly<Record<string, unknown>>): TriggeringRun {
  const id = positive(payloadValue(payload, 'workflow_run', 'id'));
  const headSha = payloadValue(payload, 'workflow_run', 'head_sha');
  if (id === null || typeof headSha !== 'string' || !isCommitSha(headSha)) {
    throw new ConfigError(
      "mode relay needs the payload of a workflow_run event (workflow_run.id and head_sha): run it in a workflow with 'on: workflow_run' that names the pull-request workflow.",
    );
  }
  const text = (...p: string[]): string | null => {
    const v = payloadValue(payload, 'workflow_run', ...p);
    return typeof v === 'string' && v !== '' ? v : null;
  };
  const wr = (payload.workflow_run ?? {}) as { pull_requests?: unknown };
  const prs = Array.isArray(wr.pull_requests) ? (wr.pull_requests as unknown[]) : [];
  return {
    id,
    runNumber: positive(payloadValue(payload, 'workflow_run', 'run_number')) ?? 0,
    runAttempt: positive(payloadValue(payload, 'workflow_run', 'run_attempt')) ?? 1,
    headSha,
    headBranch: text('head_branch'),
    headRepo: text('head_repository', 'full_name'),
    headRepoId: positive(payloadValue(payload, 'workflow_run', 'head_repository', 'id')),
    event: text('event') ?? '',
    prNumbers: prs
      .map((p) => positive((p as { number?: unknown } | null)?.number))
      .filter((n): n is number => n !== null),
  };
}

/**
 * Why the report cannot be about the triggering run (another repository, commit or run), or
 * null when what it says agrees with GitHub's own account of the run.
 */
export function contextMismatch(
  report: CompareReport,
  run: TriggeringRun,
  repository: string,
): string | null {
  const c = report.context;
  if (c?.repository !== undefined && c.repository.toLowerCase() !== repository.toLowerCase())
    return `The report is about ${c.repository}, not ${repository}`;
  if (c?.head_sha !== undefined && c.head_sha !== run.headSha)
    return `The report is about commit ${c.head_sha.slice(0, 7)}, but run ${run.id} tested ${run.headSha.slice(0, 7)}`;
  if (c?.run_id !== undefined && c.run_id !== run.id)
    return `The report names run ${c.run_id}, but it is an artifact of run ${run.id}`;
  return null;
}

/**
 * Whether a pull request's head is in the run's head repository: by id when both sides give one
 * (a fork renamed between the run and this one), else by name.
 */
function fromRunOf(run: TriggeringRun): (p: PullRequestInfo) => boolean {
  const runRepo = run.headRepo?.toLowerCase() ?? null;
  return (p) =>
    p.headRepoId !== null && run.headRepoId !== null
      ? p.headRepoId === run.headRepoId
      : (p.headRepoFullName?.toLowerCase() ?? null) === runRepo;
}

/**
 * Open pull requests of this repository whose head is the run's commit but whose head repository
 * is not the run's: another fork that pushed the same commit. A check run belongs to a commit,
 * not to a pull request, and branch protection reads the newest of a name: a check this run's
 * report made there would stand for their pull request too.
 */
export async function othersAtCommit(
  gh: GitHub,
  ctx: ActionContext,
  run: TriggeringRun,
): Promise<PullRequestInfo[]> {
  const ids = { owner: ctx.owner, repo: ctx.repo };
  const fromRun = fromRunOf(run);
  const ours = `${ctx.owner}/${ctx.repo}`.toLowerCase();
  const at = await findOpenPullRequestsAt(gh, { ...ids, sha: run.headSha });
  return at.filter((p) => p.baseRepoFullName.toLowerCase() === ours && !fromRun(p));
}

/** Pull requests to publish on, or why none may be used. */
export type Targets =
  | { readonly ok: true; readonly pulls: readonly PullRequestInfo[] }
  | { readonly ok: false; readonly reason: string };

/**
 * The pull requests of this repository whose head is the run's commit. A fork's run lists no
 * pull request, so they are also looked up by head commit and by `fork-owner:branch`. When the
 * report names a pull request, that one is used, and only if it is open, its head is the run's
 * commit, its head repository is the run's and its base repository is this one: otherwise a fork
 * could have the report posted anywhere (another fork can push the same commit to a pull request
 * of its own). Pull requests found any other way must meet the same four conditions.
 */
export async function findTargets(
  gh: GitHub,
  ctx: ActionContext,
  run: TriggeringRun,
  claimed: number | undefined,
): Promise<Targets> {
  const ids = { owner: ctx.owner, repo: ctx.repo };
  const ours = `${ctx.owner}/${ctx.repo}`.toLowerCase();
  // Open only: a closed (or merged) pull request with the same head is over, and a report
  // posted there would reach people who no longer expect one.
  const fromRun = fromRunOf(run);
  const fits = (p: PullRequestInfo): boolean =>
    p.state === 'open' &&
    p.headSha === run.headSha &&
    fromRun(p) &&
    p.baseRepoFullName.toLowerCase() === ours;
  if (claimed !== undefined) {
    const pr = await getPullRequest(gh, { ...ids, number: claimed });
    if (pr && fits(pr)) return { ok: true, pulls: [pr] };
    const why = !pr
      ? 'which does not exist'
      : pr.baseRepoFullName.toLowerCase() !== ours
        ? `whose base repository is ${pr.baseRepoFullName}`
        : pr.headSha !== run.headSha
          ? `whose head is ${pr.headSha.slice(0, 7)}, not ${run.headSha.slice(0, 7)} (the commit run ${run.id} tested)`
          : !fromRun(pr)
            ? `whose head is in ${pr.headRepoFullName ?? 'a deleted repository'}, not ${run.headRepo ?? 'a deleted repository'} (where run ${run.id} ran)`
            : `which is ${pr.merged ? 'merged' : 'closed'}`;
    return {
      ok: false,
      reason: `The report names pull request #${claimed}, ${why}; it was not published anywhere`,
    };
  }
  const found: PullRequestInfo[] = [];
  for (const n of run.prNumbers) {
    const pr = await getPullRequest(gh, { ...ids, number: n });
    if (pr) found.push(pr);
  }
  found.push(...(await findOpenPullRequestsForCommit(gh, { ...ids, sha: run.headSha })));
  const headOwner = run.headRepo?.split('/')[0];
  if (headOwner && run.headBranch) {
    found.push(
      ...(await findOpenPullRequestsByHead(gh, {
        ...ids,
        headOwner,
        headBranch: run.headBranch,
        sha: run.headSha,
      })),
    );
  }
  const byNumber = new Map<number, PullRequestInfo>();
  for (const p of found) if (fits(p)) byNumber.set(p.number, p);
  return { ok: true, pulls: [...byNumber.values()].sort((a, b) => a.number - b.number) };
}
