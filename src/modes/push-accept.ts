// A push that fails on a regression accepted on the pull request it merged passes: the
// acceptances of every pull request the push's commits merged count (a merge queue can land
// several in one push), worked out as on the pull request and written nowhere.
import type { ActionContext } from '../action/context.js';
import type { ActionIO } from '../action/io.js';
import type { Config } from '../config/config.js';
import { coverage, failingItems, uncoverable } from '../analysis/acceptance.js';
import { describeError } from '../errors.js';
import { findMergedPullRequestForCommit, type GitHub } from '../github/index.js';
import type { CompareReport } from '../report/types.js';
import { plural } from '../wording/labels.js';
import { resolveAcceptance, type ResolvedAcceptance } from './accept-pr.js';

/** Commits of a push asked for the pull request each merged, at most. */
const MAX_COMMITS = 40;

// GitHub's own titles for the commit that lands a pull request: "Merge pull request #12 from ...",
// a squash's "Title (#12)". Only an order to ask in: the API says which pull request merged it.
const LANDS_A_PULL = /^Merge pull request #\d+\b|\(#\d+\)\s*$/;

/**
 * The pushed commit, then the push's other commits, newest first, without repeats: those titled
 * as GitHub titles the commit that lands a pull request first, so that a push landing several
 * pull requests, one of them of many commits, still asks each one's merge or squash commit.
 */
function pushedCommits(payload: Readonly<Record<string, unknown>>, headSha: string): string[] {
  const listed = Array.isArray(payload.commits) ? (payload.commits as unknown[]) : [];
  const commits = listed
    .map((c) => c as { id?: unknown; message?: unknown } | null)
    .filter((c) => typeof c?.id === 'string' && /^[0-9a-f]{40}$/.test(c.id))
    .reverse();
  const lands = (c: (typeof commits)[number]): boolean =>
    typeof c?.message === 'string' && LANDS_A_PULL.test(c.message.split('\n')[0] ?? '');
  const ordered = [...commits.filter(lands), ...commits.filter((c) => !lands(c))];
  return [...new Set([headSha, ...ordered.map((c) => c!.id as string)])].slice(0, MAX_COMMITS);
}

/** The pull requests the push merged, by its commits, each once, in the order first found. */
async function mergedPulls(
  gh: GitHub,
  ctx: ActionContext,
  commits: readonly string[],
  io: ActionIO,
): Promise<number[]> {
  const found: number[] = [];
  const failed: string[] = [];
  let reason = '';
  for (const sha of commits) {
    try {
      const pr = await findMergedPullRequestForCommit(gh, { owner: ctx.owner, repo: ctx.repo, sha }); // prettier-ignore
      if (pr && !found.includes(pr.number)) found.push(pr.number);
    } catch (error) {
      failed.push(sha.slice(0, 7));
      reason ||= describeError(error).replace(/\.$/, '');
    }
  }
  // One warning, not a line per commit: most often the token lacks the permission for all.
  if (failed.length > 0)
    io.log.warning(
      `Could not ask which pull request ${plural(failed.length, 'commit')} of this push merged (${failed.slice(0, 3).join(', ')}${failed.length > 3 ? ', …' : ''}; ${reason}); no acceptance is read from ${failed.length === 1 ? 'it' : 'them'}. The job needs \`pull-requests: read\` to honour a regression accepted on a pull request.`,
    );
  return found;
}

/**
 * The acceptance of a failing push: every failing metric accepted on one of the pull requests
 * its commits merged. Null when the push merged none (then nothing can accept it).
 */
export async function pushAcceptance(o: {
  readonly gh: GitHub;
  readonly ctx: ActionContext;
  readonly config: Config;
  readonly io: ActionIO;
  readonly report: CompareReport;
  readonly headSha: string;
}): Promise<ResolvedAcceptance | null> {
  const numbers = await mergedPulls(o.gh, o.ctx, pushedCommits(o.ctx.payload, o.headSha), o.io);
  if (numbers.length === 0) return null;
  o.io.log.info(
    `This push merged pull request${numbers.length === 1 ? '' : 's'} ${numbers.map((n) => `#${n}`).join(', ')}: ${numbers.length === 1 ? 'its' : 'their'} acceptances apply.`,
  );
  const parts: ResolvedAcceptance[] = [];
  for (const number of numbers)
    parts.push(await resolveAcceptance({ ...o, number, quiet: numbers.length > 1 }));
  if (parts.length === 1) return parts[0]!;
  const first = parts[0]!;
  const grants = parts.flatMap((p) => p.acceptance.grants);
  const blocked = uncoverable(o.report).length;
  const cov = coverage(failingItems(o.report), grants, o.config.acceptTolerance, blocked);
  if (cov.accepted)
    o.io.log.info(
      `Every metric that fails the check was accepted (by ${[...new Set(cov.covered.map((c) => c.accepted_by))].join(', ')}).`,
    );
  return {
    acceptance: {
      ...first.acceptance,
      accepted: cov.accepted,
      grants,
      covered: cov.covered,
      not_covered: cov.not_covered,
      notes: parts.flatMap((p) => p.acceptance.notes),
    },
    record: { ...first.record, grants },
  };
}
