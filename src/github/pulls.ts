import type { GitHub } from './client.js';
import { isNotFound } from './errors.js';

/** What the publish mode needs to know about a pull request. */
export interface PullRequestInfo {
  number: number;
  state: 'open' | 'closed';
  merged: boolean;
  headSha: string;
  headRef: string;
  /** `owner/name` of the head repository; null when the fork was deleted. */
  headRepoFullName: string | null;
  /** The head repository's id (it survives a rename); null when unknown. */
  headRepoId: number | null;
  /** `owner/name` of the base repository: must be ours before we publish on it. */
  baseRepoFullName: string;
  baseRef: string;
  baseSha: string;
}

interface PullLike {
  number: number;
  state: string;
  merged?: boolean | null;
  merged_at?: string | null;
  head: { sha: string; ref: string; repo: { full_name: string; id?: number } | null };
  base: { sha: string; ref: string; repo: { full_name: string } };
}

function toInfo(p: PullLike): PullRequestInfo {
  return {
    number: p.number,
    state: p.state === 'open' ? 'open' : 'closed',
    merged: p.merged ?? Boolean(p.merged_at),
    headSha: p.head.sha,
    headRef: p.head.ref,
    headRepoFullName: p.head.repo?.full_name ?? null,
    headRepoId: typeof p.head.repo?.id === 'number' ? p.head.repo.id : null,
    baseRepoFullName: p.base.repo.full_name,
    baseRef: p.base.ref,
    baseSha: p.base.sha,
  };
}

/**
 * Open pull requests GitHub associates with a commit (every page): closed ones that once had
 * it as head are left out. Note: asked of the base repository, this finds no pull request from
 * a fork; see {@link findOpenPullRequestsByHead}.
 */
export async function findOpenPullRequestsForCommit(
  gh: GitHub,
  o: { owner: string; repo: string; sha: string },
): Promise<PullRequestInfo[]> {
  const pulls = await gh.paginate(gh.rest.repos.listPullRequestsAssociatedWithCommit, {
    owner: o.owner,
    repo: o.repo,
    commit_sha: o.sha,
    per_page: 100,
  });
  return pulls.map((p) => toInfo(p)).filter((p) => p.state === 'open');
}

/**
 * The one merged pull request GitHub associates with a pushed commit (the pull request the push
 * merged), or null when there is none, or more than one.
 */
export async function findMergedPullRequestForCommit(
  gh: GitHub,
  o: { owner: string; repo: string; sha: string },
): Promise<PullRequestInfo | null> {
  const pulls = await gh.paginate(gh.rest.repos.listPullRequestsAssociatedWithCommit, {
    owner: o.owner,
    repo: o.repo,
    commit_sha: o.sha,
    per_page: 100,
  });
  const merged = pulls.map((p) => toInfo(p)).filter((p) => p.merged);
  return merged.length === 1 ? merged[0]! : null;
}

/**
 * Open pull requests of the repository whose head is `headOwner:headBranch` and whose head
 * commit is `sha`: how a `workflow_run` from a fork finds its pull request.
 */
export function findOpenPullRequestsByHead(
  gh: GitHub,
  o: { owner: string; repo: string; headOwner: string; headBranch: string; sha: string },
): Promise<PullRequestInfo[]> {
  return findOpenPullRequestsAt(gh, { ...o, head: `${o.headOwner}:${o.headBranch}` });
}

/**
 * Every open pull request of the repository whose head commit is `sha`, from any repository
 * (every page of the open ones: GitHub associates a fork's commit with no pull request), or only
 * those of `head` (`owner:branch`).
 */
export async function findOpenPullRequestsAt(
  gh: GitHub,
  o: { owner: string; repo: string; sha: string; head?: string },
): Promise<PullRequestInfo[]> {
  const pulls = await gh.paginate(gh.rest.pulls.list, {
    owner: o.owner,
    repo: o.repo,
    state: 'open',
    ...(o.head === undefined ? {} : { head: o.head }),
    per_page: 100,
  });
  return pulls.map((p) => toInfo(p)).filter((p) => p.headSha === o.sha);
}

/** One pull request, or null when it does not exist. */
export async function getPullRequest(
  gh: GitHub,
  o: { owner: string; repo: string; number: number },
): Promise<PullRequestInfo | null> {
  try {
    const { data } = await gh.rest.pulls.get({
      owner: o.owner,
      repo: o.repo,
      pull_number: o.number,
    });
    return toInfo(data);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}
