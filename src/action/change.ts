import { ConfigError } from '../config/parse.js';
import { isCommitSha } from '../format/ids.js';
import { payloadValue, pullRequestOf } from './context.js';

/** The events whose change the comparison checks (mode pr-check). */
export const CHANGE_EVENTS = [
  'pull_request',
  'pull_request_target',
  'merge_group',
  'push',
] as const;

/** A merge queue's branch: `refs/heads/gh-readonly-queue/<base>/pr-<N>-<sha>`. */
const QUEUE_REF = /^refs\/heads\/gh-readonly-queue\/.+\/pr-([1-9][0-9]{0,9})-[0-9a-f]{40}$/;

/** What one event asks the comparison to check: the store at one commit against another's. */
export interface Change {
  readonly event: (typeof CHANGE_EVENTS)[number];
  /** The commit under test: its store is the head store; the check run goes on it. */
  readonly headSha: string;
  /**
   * Read the head store at `headSha` (git objects, else the contents API), not from the
   * workspace: on pull_request_target the default checkout holds the base branch.
   */
  readonly headAtCommit: boolean;
  /** Where the baseline store is read: a commit sha, a branch name, or null for none. */
  readonly baseRef: string | null;
  /** How messages name `baseRef`: `base`, `before`, `default branch`. */
  readonly baseSide: string;
  /** The baseline branch (for baseline-artifact), null when the event names none. */
  readonly baseBranch: string | null;
  /** The pull request to comment on; null for merge groups and pushes. */
  readonly pullRequest: number | null;
  /**
   * A merge group's queued pull request, named by its head ref
   * (`refs/heads/gh-readonly-queue/<base>/pr-<N>-<sha>`): its acceptances count for the group.
   */
  readonly queuedPullRequest?: number;
  /** Create a check run on `headSha` (not for pushes: the workflow's own job is their check). */
  readonly checkRun: boolean;
  /** What the log and the job summary should know about the choice of baseline. */
  readonly notes: readonly string[];
  /** Why there is nothing to check (a push that deleted its branch), else absent. */
  readonly skip?: string;
}

const ZERO = /^0{40}$/;

const text = (payload: Readonly<Record<string, unknown>>, ...path: string[]): string => {
  const v = payloadValue(payload, ...path);
  return typeof v === 'string' ? v : '';
};

/** `refs/heads/main` -> `main`; other refs (tags) give null. */
function branchOf(ref: string): string | null {
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null;
}

function need(value: string, what: string, event: string): string {
  if (!isCommitSha(value))
    throw new ConfigError(
      `The ${event} event payload has no ${what} (a commit sha): is GITHUB_EVENT_PATH the event's payload?`,
    );
  return value;
}

function pullRequestChange(
  event: 'pull_request' | 'pull_request_target',
  payload: Readonly<Record<string, unknown>>,
): Change {
  const pr = pullRequestOf(payload);
  if (!pr)
    throw new ConfigError(
      `The ${event} event payload has no pull_request (number, head.sha, base.sha): is GITHUB_EVENT_PATH the event's payload?`,
    );
  return {
    event,
    headSha: need(pr.headSha, 'pull_request.head.sha', event),
    headAtCommit: event === 'pull_request_target',
    baseRef: need(pr.baseSha, 'pull_request.base.sha', event),
    baseSide: 'base',
    baseBranch: pr.baseRef || null,
    pullRequest: pr.number,
    checkRun: true,
    notes: [],
  };
}

function pushChange(payload: Readonly<Record<string, unknown>>, sha: string): Change {
  const ref = text(payload, 'ref');
  const after = text(payload, 'after') || sha;
  const before = text(payload, 'before');
  const defaultBranch = text(payload, 'repository', 'default_branch');
  const branch = branchOf(ref);
  // An annotated tag's `after` is the tag object, not a commit: its commit is head_commit's (and
  // the workflow's own sha).
  const commit = ref.startsWith('refs/tags/') ? text(payload, 'head_commit', 'id') || sha : after;
  const base = {
    event: 'push' as const,
    headSha: commit,
    headAtCommit: false,
    pullRequest: null,
    checkRun: false,
  };
  const skipped = (skip: string): Change => ({
    ...base,
    baseRef: null,
    baseSide: '',
    baseBranch: null,
    notes: [],
    skip,
  });
  if (ZERO.test(after) || payload.deleted === true)
    return skipped(`The push deleted ${ref || 'its ref'}: there is no commit to check.`);
  need(after, 'after', 'push');
  // The merge queue pushes its own temporary branches: their check is the merge_group event's,
  // which reads the queued pull request's acceptances; this push would fail on them.
  if (ref.startsWith('refs/heads/gh-readonly-queue/'))
    return skipped(
      `The push is to the merge queue's own branch ${ref.slice('refs/heads/'.length)}, which the merge_group event checks: add branches-ignore: ['gh-readonly-queue/**'] to the workflow's push trigger to skip these runs.`,
    );
  if (before && !ZERO.test(before)) {
    const notes =
      payload.forced === true
        ? [
            ref.startsWith('refs/tags/')
              ? `Moved tag: compared with what the tag named before, ${before.slice(0, 7)}, which may not be an ancestor of ${commit.slice(0, 7)}.`
              : `Forced push: compared with the branch's previous tip ${before.slice(0, 7)}, which may not be an ancestor of ${commit.slice(0, 7)}.`,
          ]
        : [];
    return { ...base, baseRef: need(before, 'before', 'push'), baseSide: 'before', baseBranch: branch, notes }; // prettier-ignore
  }
  // A new branch or tag has no earlier tip: what runs today is the default branch's store.
  if (defaultBranch && branch !== defaultBranch)
    return {
      ...base,
      baseRef: defaultBranch,
      baseSide: 'default branch',
      baseBranch: defaultBranch,
      notes: [
        `${ref || 'The ref'} is new (before is 0000000): compared with the store on the default branch ${defaultBranch}.`,
      ],
    };
  return {
    ...base,
    baseRef: null,
    baseSide: '',
    baseBranch: branch,
    notes: [
      `${ref || 'The ref'} is new and there is no other branch to compare with: every version is new.`,
    ],
  };
}

/** Reads what to compare from the event; a change event without its fields is an error. */
export function changeOf(
  eventName: string,
  payload: Readonly<Record<string, unknown>>,
  sha: string,
): Change | null {
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
      return pullRequestChange(eventName, payload);
    case 'merge_group': {
      const headSha = need(text(payload, 'merge_group', 'head_sha'), 'merge_group.head_sha', eventName); // prettier-ignore
      const queued = QUEUE_REF.exec(text(payload, 'merge_group', 'head_ref'))?.[1];
      return {
        ...(queued !== undefined && Number.isSafeInteger(Number(queued))
          ? { queuedPullRequest: Number(queued) }
          : {}),
        event: 'merge_group',
        headSha,
        headAtCommit: false,
        baseRef: need(text(payload, 'merge_group', 'base_sha'), 'merge_group.base_sha', eventName),
        baseSide: 'base',
        baseBranch: branchOf(text(payload, 'merge_group', 'base_ref')),
        pullRequest: null,
        checkRun: true,
        notes: [],
      };
    }
    case 'push':
      return pushChange(payload, sha);
    default:
      return null;
  }
}
