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
  /**
   * The comment body `body` was built from (null: there was none; undefined: it could not be
   * read), and how to build it again from another. Just before writing, the comment is read
   * again: when it holds something else (a command recorded an acceptance, or another run wrote,
   * since), `body` is made again from what it holds, so that nothing written meanwhile is lost.
   */
  rebuild?: {
    readonly from: string | null | undefined;
    readonly make: (now: CommentNow) => Promise<string>;
  };
}

/** A comment as it stands. */
export interface CommentNow {
  readonly id: number;
  readonly body: string;
  readonly url: string;
  /** When GitHub last stored its body (ISO 8601), when it says. */
  readonly updatedAt?: string;
}

/** How many times a body is made again from a comment that keeps changing. */
export const MAX_REBUILDS = 3;

/** One comment by its id, as it stands now; null when it was deleted (GitHub answers 404). */
export async function getComment(
  gh: GitHub,
  o: { readonly owner: string; readonly repo: string; readonly id: number },
): Promise<CommentNow | null> {
  try {
    const { data } = await gh.rest.issues.getComment({
      owner: o.owner,
      repo: o.repo,
      comment_id: o.id,
    });
    const at = data.updated_at ? { updatedAt: data.updated_at } : {};
    return { id: data.id, body: data.body ?? '', url: data.html_url, ...at };
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/** Outcome of {@link upsertStickyComment}. */
export type StickyResult =
  | { status: 'created' | 'updated'; commentId: number; url: string }
  | { status: 'skipped'; commentId: number; url: string; reason: string }
  | { status: 'absent' }
  | Forbidden;

// html_url (and updated_at) of each comment seen while listing, so results can link to it.
const urlOf = (urls: Map<number, string>, id: number): string => urls.get(id) ?? '';

async function listOurs(
  gh: GitHub,
  t: CommentTarget,
  urls: Map<number, string>,
  updated = new Map<number, string>(),
): Promise<Ours[]> {
  const login = await whoAmI(gh);
  const all = await gh.paginate(gh.rest.issues.listComments, {
    owner: t.owner,
    repo: t.repo,
    issue_number: t.issueNumber,
    per_page: 100,
  });
  for (const c of all) {
    urls.set(c.id, c.html_url);
    if (c.updated_at) updated.set(c.id, c.updated_at);
  }
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
  const updated = new Map<number, string>();
  // Null when the comment was deleted since it was listed: the report is posted anew.
  const replace = async (kept: Ours, url: string): Promise<StickyResult | null> => {
    const { id } = kept;
    const at = updated.get(id);
    const listed = { id, url, body: kept.body, ...(at ? { updatedAt: at } : {}) };
    const now = await freshest(gh, { owner, repo, body, marker, opts, logger }, listed);
    if (now !== null && 'skipped' in now) {
      logger.info(`Not updating the pull request comment: ${now.skipped}.`);
      return { status: 'skipped', commentId: id, url, reason: now.skipped };
    }
    const gone =
      now === null ||
      (now.seen !== now.body &&
        (await updateListedComment(gh, { owner, repo, id, body: now.body })) === 'gone');
    if (gone) {
      logger.info(`Comment ${id} was deleted since it was read: posting the report again.`);
      return null;
    }
    return { status: 'updated', commentId: id, url };
  };
  try {
    const ours = await listOurs(gh, opts, urls, updated);
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
      const replaced = await replace(kept, url);
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

/**
 * The body to write over comment `listed` (the one upsertStickyComment found), from the
 * comment as it stands just before the write: read again by its id, and while it holds
 * something else than what the body was built from, the body is made again (opts.rebuild) from
 * what it holds, at most MAX_REBUILDS times. `seen` is what the comment holds (no write when it
 * is the body already); null when it was deleted; `skipped` when a newer run's report, confirmed,
 * landed meanwhile.
 */
async function freshest(
  gh: GitHub,
  o: {
    readonly owner: string;
    readonly repo: string;
    readonly body: string;
    readonly marker: Marker;
    readonly opts: UpsertCommentOptions;
    readonly logger: Logger;
  },
  listed: CommentNow,
): Promise<{ body: string; seen: string } | { skipped: string } | null> {
  const { rebuild } = o.opts;
  let body = o.body;
  let from = rebuild?.from;
  let seen = listed;
  for (let round = 0; ; round++) {
    if (rebuild && seen.body !== from && round <= MAX_REBUILDS) {
      o.logger.info(`Comment ${seen.id} changed since its record was read: building the report on what it holds now.`); // prettier-ignore
      body = trimWithNote(await rebuild.make(seen), COMMENT_LIMIT);
      from = seen.body;
    }
    const now = await getComment(gh, { owner: o.owner, repo: o.repo, id: seen.id });
    if (now === null) return null;
    if (now.body === seen.body) return { body, seen: now.body };
    const m = findMarker(now.body.split('\n', 1)[0], 'comment');
    if (m && isNewerThan(m, o.marker) && (await o.opts.confirmRun?.(m)))
      return {
        skipped: `comment ${now.id} was written by run ${m.run} (attempt ${m.attempt}) meanwhile, newer than run ${o.marker.run} (attempt ${o.marker.attempt})`,
      };
    // Without a record to carry on, the body replaces whatever the comment holds.
    if (!rebuild) return { body, seen: now.body };
    if (round >= MAX_REBUILDS) {
      o.logger.warning(`Comment ${now.id} changed ${round + 1} times while the report was being written: what its last change recorded may be lost.`); // prettier-ignore
      return { body, seen: now.body };
    }
    seen = now;
  }
}
