import { payloadValue, type ActionContext } from '../action/context.js';
import type { ActionIO } from '../action/io.js';
import {
  droppedPrompts,
  failingItems,
  grantsInForce,
  judgedAcceptance,
  labelScope,
  labelState,
  shownPostedAt,
  uncoverable,
} from '../analysis/acceptance.js';
import type { Config } from '../config/config.js';
import { describeError } from '../errors.js';
import {
  hasWritePermission,
  isNotFound,
  listLabelEvents,
  readStickyComment,
  whoAmI,
  type GitHub,
  type StickyComment,
} from '../github/index.js';
import {
  encodeRecord,
  findRecord,
  keptInRecord,
  recordHolds,
  recordedItem,
  shownTotal,
  type AcceptanceRecord,
} from '../report/acceptance-record.js';
import type {
  AcceptItem,
  AcceptanceReport,
  Grant,
  LabelEvent,
  Shown,
} from '../report/acceptance-types.js';
import { formatTimestamp } from '../format/numbers.js';
import type { CompareReport } from '../report/types.js';

/** What a pull-request run learned about acceptance, and the record its comment carries on. */
export interface ResolvedAcceptance {
  readonly acceptance: AcceptanceReport;
  readonly record: AcceptanceRecord;
  /**
   * The sticky comment's body it was worked out from: null when there was none, absent when it
   * could not be read. A write over a comment that holds anything else works it out again.
   */
  readonly from?: string | null;
}

/** True when this run was started by adding `label` (its head is the head at that moment). */
function isRunOfLabelEvent(ctx: ActionContext, label: string, event: LabelEvent): boolean {
  if (ctx.eventName !== 'pull_request' && ctx.eventName !== 'pull_request_target') return false;
  const name = payloadValue(ctx.payload, 'label', 'name');
  const sender = payloadValue(ctx.payload, 'sender', 'login');
  return (
    payloadValue(ctx.payload, 'action') === 'labeled' &&
    typeof name === 'string' &&
    name.toLowerCase() === label.toLowerCase() &&
    (sender === undefined || sender === event.actor)
  );
}

/** The label's acceptance, if the label is on and nobody recorded it yet; else a note or nothing. */
async function newLabelGrant(
  o: { gh: GitHub; ctx: ActionContext; config: Config },
  events: readonly LabelEvent[],
  grants: readonly Grant[],
  previous: AcceptanceRecord | null,
  current: CompareReport,
  /** The pull request has no sticky comment: no report was shown there yet. */
  noComment: boolean,
  /** When the comment's report was posted (shownPostedAt), NaN without one. */
  postedMs: number,
): Promise<{ grant?: Grant; note?: string }> {
  const { on, lastLabeled: e } = labelState(events);
  if (!on || e === null || grants.some((g) => g.via === 'label' && g.ref === e.id)) return {};
  const label = o.config.acceptLabel;
  // The command run adds the label itself, as its token's account: a bot, or with a personal
  // token a person (a machine user, or the maintainer). Only its recorded command is an
  // acceptance: the label would accept all the comment shows and credit the token's owner.
  const self = await whoAmI(o.gh);
  const ours = e.actorIsBot || (self !== null && self.toLowerCase() === e.actor.toLowerCase());
  if (ours && grants.some((g) => g.via === 'command' && Date.parse(g.at) <= Date.parse(e.at)))
    return {};
  if (e.actorIsBot) {
    return {
      note: `The label '${label}' was added by ${e.actor}, an app, not a person: it accepts nothing. Someone with write permission can add it, or comment '/prompt-check accept'.`,
    };
  }
  const may = await hasWritePermission(o.gh, {
    owner: o.ctx.owner,
    repo: o.ctx.repo,
    login: e.actor,
  });
  if (!may) {
    return {
      note: `The label '${label}' was added by @${e.actor}, who does not have write permission on this repository: it accepts nothing.`,
    };
  }
  const failing = failingItems(current);
  const covers = labelScope(
    previous?.shown ?? null,
    postedMs,
    e.at,
    failing,
    isRunOfLabelEvent(o.ctx, label, e),
    noComment && o.config.comment !== 'never',
  );
  if (covers === null) {
    // How long after (times to the minute would read alike); nothing for a comment without a
    // record the run can read.
    const s = Math.max(1, Math.round((postedMs - Date.parse(e.at)) / 1000));
    const when = !Number.isFinite(s) ? '' : s < 120 ? ` (${s} s later)` : ` (${Math.round(s / 60)} min later)`; // prettier-ignore
    return {
      note: `The label '${label}' was added by @${e.actor} on ${formatTimestamp(e.at)}, but the comment's report was posted after that${when}, before a run recorded what the label accepted: what it showed then is not known, so it accepts nothing. Remove and re-add the label to accept what the comment shows now.`,
    };
  }
  // As a command is refused: a record that cannot hold them all (more than 60, or fewer with
  // long names) would keep part of the acceptance, so none of it is given.
  const shown = previous?.shown;
  const total = covers === failing || !shown ? covers.length : shownTotal(shown);
  const held = total > 0 ? recordHolds(failing, covers) : 0;
  if (total > held)
    return {
      note: `The label '${label}' was added by @${e.actor} on ${formatTimestamp(e.at)}, but the report it was added on fails ${total} metrics, more than an acceptance on the record can hold (${held}): it accepts nothing. Fix some of the regressions, then add the label again.`,
    };
  return { grant: { by: e.actor, at: e.at, via: 'label', ref: e.id, covers: [...covers] } };
}

/**
 * Works out the acceptance of a pull request's report: the record our sticky comment carries
 * (what it showed, the acceptances given), the label's events and the permission of whoever
 * added it. Anything that cannot be read makes no acceptance (a note says why): a regression
 * then fails as usual, never the other way round.
 */
export async function resolveAcceptance(o: {
  readonly gh: GitHub;
  readonly ctx: ActionContext;
  readonly config: Config;
  readonly io: ActionIO;
  readonly report: CompareReport;
  readonly number: number;
  readonly headSha: string;
  readonly now?: string;
  /** Leave the coverage unsaid: the caller combines several pull requests' and says it. */
  readonly quiet?: boolean;
  /** The sticky comment as it stands, read already (null: there is none). */
  readonly sticky?: StickyComment | null;
}): Promise<ResolvedAcceptance> {
  const { gh, ctx, config, io, report } = o;
  const ids = { owner: ctx.owner, repo: ctx.repo, issueNumber: o.number };
  const failing = failingItems(report);
  const notes: string[] = [];
  let previous: AcceptanceRecord | null = null;
  let grants: Grant[] = [];
  // When the comment read showed its report (NaN: no report, or it could not be read).
  let posted = NaN;
  let from: string | null | undefined;
  try {
    const sticky =
      o.sticky !== undefined
        ? o.sticky
        : await readStickyComment(gh, { ...ids, key: config.commentKey });
    from = sticky?.body ?? null;
    previous = sticky ? findRecord(sticky.body, config.commentKey) : null;
    if (previous?.unread)
      notes.push(
        `${previous.unread} acceptance(s) on the record could not be read (written by another release of the action?): they cover nothing. Accept again what they covered.`,
      );
    const events = await listLabelEvents(gh, { ...ids, label: config.acceptLabel });
    grants = grantsInForce(previous?.grants ?? [], events);
    posted = previous?.shown
      ? shownPostedAt(previous.shown, previous.grants, sticky?.updatedAt)
      : NaN;
    const fresh = await newLabelGrant(o, events, grants, previous, report, sticky === null, posted);
    if (fresh.grant) grants.push(fresh.grant);
    if (fresh.note) notes.push(fresh.note);
  } catch (error) {
    grants = [];
    from = undefined;
    notes.push(
      isNotFound(error)
        ? `Pull request #${o.number} was not found (GitHub answered 404 for its comments: deleted, or never in this repository); nothing counts as accepted.`
        : `Could not read who accepted what on this pull request (${describeError(error).replace(/[.]$/, '')}); nothing counts as accepted.`,
    );
  }
  const blocked = uncoverable(report);
  const shown: Shown = {
    sha: o.headSha,
    ...shownAt(previous?.shown ?? null, o.headSha, failing, o.now, posted),
    failing,
    ...(blocked.length > 0 ? { uncoverable: blocked.length } : {}),
  };
  // What is said accepted is what the record keeps (a new label's grant may make one too many).
  const kept = keptInRecord(config.commentKey, { shown, grants });
  const lost = droppedPrompts(failing, grants, kept, config.acceptTolerance);
  if (lost.length > 0) {
    const names = lost.slice(0, 5).map((p) => JSON.stringify(p));
    if (lost.length > 5) names.push('…');
    notes.push(
      `The report comment has no room for every acceptance: older ones were dropped, and ${lost.length} prompt(s) they accepted no longer are (${names.join(', ')}). Comment '/prompt-check accept' to accept every failing prompt at once.`,
    );
  }
  grants = kept;
  if (blocked.length > 0 && grants.length > 0)
    notes.push(
      `${blocked.map((b) => JSON.stringify(b)).join(', ')}: a new prompt never called fails the check (fail-on: ${report.settings.fail_on}), and no acceptance covers it: run its evaluation.`,
    );
  const acceptance = judgedAcceptance(failing, grants, config, notes, blocked.length);
  // A run that only uploads its report (a fork's, read-only) is not where acceptance is
  // published: the trusted publisher works it out again, so its notes are not warnings here.
  for (const n of notes) {
    if (config.publish === 'artifact') io.log.info(n);
    else io.log.warning(n);
  }
  if (o.quiet) {
    // Said by the caller, over every pull request's acceptances.
  } else if (acceptance.accepted) {
    const by = [...new Set(acceptance.covered.map((c) => c.accepted_by))].join(', ');
    io.log.info(`Every metric that fails the check was accepted (by ${by}).`);
  } else if (grants.length > 0 && acceptance.not_covered.length > 0) {
    io.log.warning(
      `${acceptance.not_covered.length} failing metric(s) are not covered by the acceptance on record.`,
    );
  }
  return {
    acceptance,
    record: { shown, grants },
    ...(from !== undefined ? { from } : {}),
  };
}

/**
 * When the comment first showed this commit's failing metrics: a later run that shows the very
 * same keeps that time, so that a command written after it still accepts what it read, and
 * says by when the comment it read showed them (`previousPosted`, see shownPostedAt); a newer
 * commit or other failing metrics are shown from now.
 */
function shownAt(
  previous: Shown | null,
  sha: string,
  failing: readonly AcceptItem[],
  now: string | undefined,
  previousPosted: number,
): Pick<Shown, 'at' | 'posted'> {
  const key = (i: AcceptItem): string => {
    const r = recordedItem(i);
    return JSON.stringify([r.prompt, r.version, r.metric, r.status, r.change, r.threshold]);
  };
  const same =
    previous !== null &&
    previous.sha === sha &&
    shownTotal(previous) === failing.length &&
    previous.failing.every((item, k) => failing[k] !== undefined && key(item) === key(failing[k]));
  if (!same) return { at: now ?? new Date().toISOString() };
  return Number.isFinite(previousPosted)
    ? { at: previous.at, posted: new Date(previousPosted).toISOString() }
    : { at: previous.at };
}

/** The report with its acceptance; also the `accepted` and `accepted-by` outputs. */
export function withAcceptance(
  report: CompareReport,
  resolved: ResolvedAcceptance,
  io: ActionIO,
): CompareReport {
  const a = resolved.acceptance;
  io.setOutput('accepted', String(a.accepted));
  io.setOutput('accepted-by', [...new Set(a.covered.map((c) => c.accepted_by))].join(','));
  return { ...report, acceptance: a };
}

/**
 * The record line a comment that shows no report (a skipped run) carries: the acceptances given
 * so far (on the comment `body` as read, null: none), and that it shows nothing failing for
 * commit `headSha`, so that a label added while it is shown accepts nothing the reviewer has not
 * seen. Without it, the label's own run would take whatever it then finds (a report nobody was
 * shown yet).
 */
export function keptRecordLine(
  key: string,
  body: string | null,
  headSha: string,
  now?: string,
): string {
  const grants = (body === null ? null : findRecord(body, key))?.grants ?? [];
  const shown = { sha: headSha, at: now ?? new Date().toISOString(), failing: [] };
  return encodeRecord(key, { shown, grants });
}

/**
 * The sticky comment's body as it stands: null when there is none, undefined when it cannot be
 * read (acceptances given before are then lost, unless the write finds the comment changed).
 */
export async function stickyBody(
  gh: GitHub,
  ctx: ActionContext,
  key: string,
  issueNumber: number,
): Promise<string | null | undefined> {
  try {
    const sticky = await readStickyComment(gh, {
      owner: ctx.owner,
      repo: ctx.repo,
      issueNumber,
      key,
    });
    return sticky?.body ?? null;
  } catch {
    return undefined;
  }
}
