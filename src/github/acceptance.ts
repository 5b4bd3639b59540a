// The port's calls for accepting a known regression: label events, a person's permission,
// reactions and replies to a command, our sticky comment as it stands, the check run to update.
import type { LabelEvent } from '../report/acceptance-types.js';
import type { GitHub } from './client.js';
import { newestOf, published, selectOurs } from './dedupe.js';
import { isNotFound, toForbidden, write, type Forbidden } from './errors.js';
import { isBotUser, whoAmI } from './identity.js';
import { updateListedComment } from './comments.js';
import { CHECK_EXTERNAL_ID } from './checks.js';
import { replyToLine, writtenByAction } from './markers.js';

/** Repository coordinates. */
interface Repo {
  readonly owner: string;
  readonly repo: string;
}

/**
 * The `labeled` and `unlabeled` events of `label` on an issue or pull request (every page),
 * oldest first. GitHub compares label names without case, and so does this.
 */
export async function listLabelEvents(
  gh: GitHub,
  o: Repo & { readonly issueNumber: number; readonly label: string },
): Promise<LabelEvent[]> {
  const events = await gh.paginate(gh.rest.issues.listEvents, {
    owner: o.owner,
    repo: o.repo,
    issue_number: o.issueNumber,
    per_page: 100,
  });
  const wanted = o.label.toLowerCase();
  const out: LabelEvent[] = [];
  for (const e of events) {
    const name = (e as { label?: { name?: string } | null }).label?.name;
    if ((e.event !== 'labeled' && e.event !== 'unlabeled') || name?.toLowerCase() !== wanted)
      continue;
    out.push({
      id: e.id,
      action: e.event,
      actor: e.actor?.login ?? '',
      actorIsBot: isBotUser(e.actor),
      at: e.created_at,
    });
  }
  // GitHub lists events oldest first; a stable sort keeps that order within one second.
  return out.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** Permissions that may accept a regression: those that may merge. */
const WRITERS = new Set(['admin', 'maintain', 'write']);

/**
 * Whether `login` may write to the repository (admin, maintain or write). Someone who is not a
 * collaborator (GitHub answers 404) may not.
 */
export async function hasWritePermission(
  gh: GitHub,
  o: Repo & { readonly login: string },
): Promise<boolean> {
  try {
    const { data } = await gh.rest.repos.getCollaboratorPermissionLevel({
      owner: o.owner,
      repo: o.repo,
      username: o.login,
    });
    const role = (data as { role_name?: string }).role_name;
    return WRITERS.has(data.permission) || (role !== undefined && WRITERS.has(role));
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

/** Our sticky comment for `key` as it stands: its id, body and link; null when there is none. */
export interface StickyComment {
  readonly id: number;
  readonly body: string;
  readonly url: string;
  /** When GitHub last stored its body (ISO 8601), when it says. */
  readonly updatedAt?: string;
}

/** Every comment of the pull request (every page), and the login our comments are written by. */
async function everyComment(gh: GitHub, o: Repo & { readonly issueNumber: number }) {
  const login = await whoAmI(gh);
  const all = await gh.paginate(gh.rest.issues.listComments, {
    owner: o.owner,
    repo: o.repo,
    issue_number: o.issueNumber,
    per_page: 100,
  });
  return { login, all };
}

/** Finds our sticky comment for `key` (author checked, every page); the newest report wins. */
export async function readStickyComment(
  gh: GitHub,
  o: Repo & { readonly issueNumber: number; readonly key: string },
): Promise<StickyComment | null> {
  const { login, all } = await everyComment(gh, o);
  const ours = selectOurs(
    all.map((c) => published(c.id, c.body, c.user)),
    { kind: 'comment', key: o.key, login },
  );
  const newest = newestOf(ours);
  if (!newest) return null;
  const found = all.find((c) => c.id === newest.id);
  const url = found?.html_url ?? '';
  return { id: newest.id, body: newest.body, url, ...(found?.updated_at ? { updatedAt: found.updated_at } : {}) }; // prettier-ignore
}

/** Replaces the body of one of our comments; 'gone' when it was deleted since it was read. */
export async function editComment(
  gh: GitHub,
  o: Repo & { readonly commentId: number; readonly body: string },
): Promise<{ status: 'ok' | 'gone' } | Forbidden> {
  try {
    const { owner, repo, commentId: id, body } = o;
    return { status: await updateListedComment(gh, { owner, repo, id, body }) };
  } catch (error) {
    return toForbidden(error, 'update the pull request comment');
  }
}

/**
 * Posts one reply on the pull request. Never retried: a reply lost to a 5xx is better than two
 * (GitHub may have stored it before failing). With `to` (the command comment answered, whose
 * id the body names with replyToLine), a reply of ours to it already there is edited instead:
 * a re-run of the command's workflow answers in the same reply.
 */
export async function postReply(
  gh: GitHub,
  o: Repo & { readonly issueNumber: number; readonly body: string; readonly to?: number },
): Promise<{ status: 'ok'; url: string } | Forbidden> {
  try {
    const earlier = o.to === undefined ? null : await ourReply(gh, o, o.to);
    if (earlier) {
      const same = earlier.body === o.body;
      const { owner, repo } = o;
      if (
        same ||
        (await updateListedComment(gh, { owner, repo, id: earlier.id, body: o.body })) === 'ok'
      )
        // prettier-ignore
        return { status: 'ok', url: earlier.url };
    }
    const { data } = await write('reply on the pull request', () =>
      gh.rest.issues.createComment({
        owner: o.owner,
        repo: o.repo,
        issue_number: o.issueNumber,
        body: o.body,
        request: { retries: 0 },
      }),
    );
    return { status: 'ok', url: data.html_url };
  } catch (error) {
    return toForbidden(error, 'reply on the pull request');
  }
}

/** Our reply to command comment `to` on the pull request, if one was posted; else null. */
async function ourReply(
  gh: GitHub,
  o: Repo & { readonly issueNumber: number },
  to: number,
): Promise<{ id: number; body: string; url: string } | null> {
  const { login, all } = await everyComment(gh, o);
  const line = replyToLine(to);
  const found = all.find(
    (c) =>
      (login === null ? isBotUser(c.user) : c.user?.login === login) &&
      writtenByAction(c.body) &&
      (c.body ?? '').trimEnd().split('\n').includes(line),
  );
  return found ? { id: found.id, body: found.body ?? '', url: found.html_url } : null;
}

/** Reactions this action puts on a command comment. */
export type Reaction = '+1' | 'eyes' | 'confused';

/** Reacts to a comment, so its author sees the command was read. */
export async function reactToComment(
  gh: GitHub,
  o: Repo & { readonly commentId: number; readonly content: Reaction },
): Promise<{ status: 'ok' } | Forbidden> {
  try {
    await write('react to the comment', () =>
      gh.rest.reactions.createForIssueComment({
        owner: o.owner,
        repo: o.repo,
        comment_id: o.commentId,
        content: o.content,
      }),
    );
    return { status: 'ok' };
  } catch (error) {
    return toForbidden(error, 'react to the comment');
  }
}

/** Adds a label to an issue or pull request (GitHub creates the label if it is missing). */
export async function addLabel(
  gh: GitHub,
  o: Repo & { readonly issueNumber: number; readonly label: string },
): Promise<{ status: 'ok' } | Forbidden> {
  try {
    await write(`add the label '${o.label}'`, () =>
      gh.rest.issues.addLabels({
        owner: o.owner,
        repo: o.repo,
        issue_number: o.issueNumber,
        labels: [o.label],
      }),
    );
    return { status: 'ok' };
  } catch (error) {
    return toForbidden(error, `add the label '${o.label}'`);
  }
}

/** A check run as the command run needs it. */
export interface CheckRunInfo {
  readonly id: number;
  readonly conclusion: string | null;
  readonly title: string;
  readonly summary: string;
  /** Its link: the workflow run that made it, as our check runs set it. */
  readonly detailsUrl: string | null;
}

/**
 * A check run the action created: marked with CHECK_EXTERNAL_ID, or, made by a release before
 * the mark, unmarked with a title (a job's own check run, which GitHub names after the job, has
 * neither).
 */
function ours(r: { external_id?: string | null; output: { title?: string | null } }): boolean {
  return r.external_id === CHECK_EXTERNAL_ID || (!r.external_id && !!r.output.title);
}

/**
 * The newest check run named `name` on commit `sha` (every page), or null; with `ours`, the
 * newest of those the action created (CHECK_EXTERNAL_ID), whatever else bears the name.
 */
export async function latestCheckRun(
  gh: GitHub,
  o: Repo & { readonly sha: string; readonly name: string; readonly ours?: boolean },
): Promise<CheckRunInfo | null> {
  const runs = await gh.paginate(gh.rest.checks.listForRef, {
    owner: o.owner,
    repo: o.repo,
    ref: o.sha,
    check_name: o.name,
    filter: 'latest',
    per_page: 100,
  });
  const newest = runs
    .filter((r) => r.name === o.name && r.head_sha === o.sha)
    .filter((r) => !o.ours || ours(r))
    .sort((a, b) => b.id - a.id)[0];
  if (!newest) return null;
  return {
    id: newest.id,
    conclusion: newest.conclusion,
    title: newest.output.title ?? '',
    summary: newest.output.summary ?? '',
    detailsUrl: newest.details_url ?? null,
  };
}
