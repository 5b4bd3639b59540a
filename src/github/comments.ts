import { silentLogger, type GitHub, type Logger } from './client.js';
import { isNewerThan, planDedupe, published, selectOurs, type Ours } from './dedupe.js';
import { createThenList } from './create.js';
import { isNotFound, toForbidden, write } from './errors.js';
import type { Forbidden } from './errors.js';
import { whoAmI } from './identity.js';
import { findMarker, type Marker } from './markers.js';
import { COMMENT_LIMIT } from '../format/limits.js';
import { trimWithNote } from './trim.js';

/** Where the sticky comment lives. */
export interface CommentTarget {
  owner: string;
  repo: string;
  /** Pull request (or issue) number. */
  issueNumber: number;
  /** The `comment-key` input. */
  key: string;
}

/** Arguments of {@link upsertStickyComment}. */
export interface UpsertCommentOptions extends CommentTarget {
  /** The whole comment; its first line is the marker built by `buildCommentMarker`. */
  body: string;
  /** Run number stamped in the marker (checked against the body). */
  runNumber: number;
  /** Head commit stamped in the marker (checked against the body). */
  headSha: string;
  /**
   * `upsert` creates the comment when there is none; `update-only` only refreshes an existing
   * one (`comment: on-regression` when there is no regression any more).
   */
  mode?: 'upsert' | 'update-only';
  /**
   * Whether GitHub confirms the run a comment's marker claims (see `confirmsRun`). A comment
   * that says it holds a newer run's report is left alone only when this confirms it; without
   * it, or when it says no, the current run's report replaces it, so that a forged run number
   * cannot freeze the comment.
   */
  confirmRun?: (marker: Marker) => Promise<boolean>;
}

/** Outcome of {@link upsertStickyComment}. */
export type StickyResult =
  | { status: 'created' | 'updated'; commentId: number; url: string }
  | { status: 'skipped'; commentId: number; url: string; reason: string }
  | { status: 'absent' }
  | Forbidden;

// html_url of each comment seen while listing, so results can link to the comment.
const urlOf = (urls: Map<number, string>, id: number): string => urls.get(id) ?? '';

async function listOurs(gh: GitHub, t: CommentTarget, urls: Map<number, string>): Promise<Ours[]> {
  const login = await whoAmI(gh);
  const all = await gh.paginate(gh.rest.issues.listComments, {
    owner: t.owner,
    repo: t.repo,
    issue_number: t.issueNumber,
    per_page: 100,
  });
  for (const c of all) urls.set(c.id, c.html_url);
  const items = all.map((c) => published(c.id, c.body, c.user));
  return selectOurs(items, { kind: 'comment', key: t.key, login });
}

/**
 * Edits a comment just listed: 'gone' when GitHub answers 404, as it does for a comment deleted
 * since (a token that may read a comment but not write it gets a 403, a {@link write} refusal).
 */
export async function updateListedComment(
  gh: GitHub,
  o: { readonly owner: string; readonly repo: string; readonly id: number; readonly body: string },
): Promise<'ok' | 'gone'> {
  let gone = false;
  await write('update the pull request comment', () =>
    gh.rest.issues
      .updateComment({ owner: o.owner, repo: o.repo, comment_id: o.id, body: o.body })
      .catch((error: unknown) => {
        if (!isNotFound(error)) throw error;
        gone = true;
      }),
  );
  return gone ? 'gone' : 'ok';
}

/** Leaves exactly one of ours: the oldest, carrying the newest report; deletes the rest. */
async function dedupe(gh: GitHub, t: CommentTarget, ours: Ours[], log: Logger): Promise<Ours> {
  const plan = planDedupe(ours)!;
  const { owner, repo } = t;
  if (plan.updateKeep) {
    await write('update the pull request comment', () =>
      gh.rest.issues.updateComment({
        owner,
        repo,
        comment_id: plan.keep.id,
        body: plan.newest.body,
      }),
    );
  }
  for (const id of plan.remove) {
    log.info(`Deleting duplicate report comment ${id} (a concurrent run also posted one).`);
    // A 404 means another run deduplicating the same race deleted it first.
    await gh.rest.issues.deleteComment({ owner, repo, comment_id: id }).catch((error: unknown) => {
      if (!isNotFound(error)) throw error;
    });
  }
  return { ...plan.keep, body: plan.newest.body, marker: plan.newest.marker };
}

/**
 * Creates or updates the one sticky comment for `key`: finds ours on every page, never
 * overwrites a newer run's report, and after creating, deduplicates what concurrent runs
 * posted. A token without write access yields `{ status: 'forbidden' }`, not a throw.
 */
export async function upsertStickyComment(
  gh: GitHub,
  opts: UpsertCommentOptions,
  logger: Logger = silentLogger,
): Promise<StickyResult> {
  const marker = findMarker(opts.body.split('\n', 1)[0], 'comment');
  if (!marker || marker.key !== opts.key || marker.run !== opts.runNumber) {
    throw new Error(
      `The comment body must start with the marker for key '${opts.key}' and run ${opts.runNumber}.`,
    );
  }
  if (marker.sha !== opts.headSha) {
    throw new Error(`The comment marker names commit ${marker.sha}, not ${opts.headSha}.`);
  }
  // A report past GitHub's limit would be refused whole; the renderers normally prevent it.
  const body = trimWithNote(opts.body, COMMENT_LIMIT);
  const { owner, repo } = opts;
  const urls = new Map<number, string>();
  // Null when the comment was deleted since it was listed: the report is posted anew.
  const replace = async (id: number, url: string, old: string): Promise<StickyResult | null> => {
    if (old !== body && (await updateListedComment(gh, { owner, repo, id, body })) === 'gone') {
      logger.info(`Comment ${id} was deleted since it was read: posting the report again.`);
      return null;
    }
    return { status: 'updated', commentId: id, url };
  };
  try {
    const ours = await listOurs(gh, opts, urls);
    if (ours.length > 0) {
      const kept = ours.length > 1 ? await dedupe(gh, opts, ours, logger) : ours[0]!;
      const url = urlOf(urls, kept.id);
      const newer = isNewerThan(kept.marker, marker);
      if (newer && (await opts.confirmRun?.(kept.marker))) {
        const reason = `comment ${kept.id} already shows run ${kept.marker.run} (attempt ${kept.marker.attempt}), newer than run ${marker.run} (attempt ${marker.attempt})`;
        logger.info(`Not updating the pull request comment: ${reason}.`);
        return { status: 'skipped', commentId: kept.id, url, reason };
      }
      if (newer)
        logger.info(
          `Comment ${kept.id} claims run ${kept.marker.run} (attempt ${kept.marker.attempt}), newer than this run ${marker.run}, but GitHub does not confirm that run: replacing it.`,
        );
      const replaced = await replace(kept.id, url, kept.body);
      if (replaced) return replaced;
    }
    if (opts.mode === 'update-only') return { status: 'absent' };

    const after = await createThenList(
      gh,
      {
        what: 'comment on the pull request',
        post: () =>
          gh.rest.issues.createComment({
            owner,
            repo,
            issue_number: opts.issueNumber,
            body,
            request: { retries: 0 },
          }),
        list: () => listOurs(gh, opts, urls),
        found: (listed) => listed.length > 0,
      },
      logger,
    );
    if (after.length === 0) throw new Error('The pull request comment was created but not found.');
    const kept = after.length > 1 ? await dedupe(gh, opts, after, logger) : after[0]!;
    return { status: 'created', commentId: kept.id, url: urlOf(urls, kept.id) };
  } catch (error) {
    return toForbidden(error, 'write the pull request comment');
  }
}
