// What a `/prompt-check accept` does to the sticky comment as it stands (pure): the comment's new
// body and what it accepts, or why it accepts nothing. The command run works it out again when
// the comment changed before it could write it (see command.ts).
import {
  commandScope,
  droppedPrompts,
  grantsInForce,
  judgedAcceptance,
  shownPostedAt,
} from '../analysis/acceptance.js';
import type { Config } from '../config/config.js';
import { code, md } from '../format/escape.js';
import { COMMENT_LIMIT } from '../format/limits.js';
import { formatTimestamp } from '../format/numbers.js';
import { trimWithNote, type StickyComment } from '../github/index.js';
import { acceptanceBlock, replaceAcceptanceBlock } from '../render/compare/acceptance.js';
import {
  encodeRecord,
  findRecord,
  keptInRecord,
  recordHolds,
  replaceRecordLine,
  shownTotal,
  tooManyToAccept,
} from '../report/acceptance-record.js';
import type { AcceptanceReport, Grant, LabelEvent } from '../report/acceptance-types.js';

/** The command, as the plan needs it. */
export interface AcceptCommand {
  /** The command comment's id. */
  readonly id: number;
  readonly login: string;
  /** When the comment was written (ISO 8601). */
  readonly at: string;
  /** The prompts named (none: every failing prompt). */
  readonly prompts: readonly string[];
}

/** The pull request, as the plan needs it. */
export interface PlanPull {
  readonly state: 'open' | 'closed';
  readonly merged: boolean;
  readonly headSha: string;
}

/** What recording the command does. */
export interface AcceptPlan {
  /** The sticky comment the plan was made on. */
  readonly sticky: StickyComment;
  /** The head commit its report is about. */
  readonly headSha: string;
  /** The pull request's state: the reply says what an acceptance of a closed one does. */
  readonly state: 'open' | 'merged' | 'closed';
  /** The sticky comment's new body. */
  readonly body: string;
  readonly acceptance: AcceptanceReport;
  /** The acceptance block, for the check run's summary. */
  readonly block: string;
  /** Prompts an older acceptance accepted that the record has no room for any more. */
  readonly dropped: readonly string[];
  /** How many acceptances the record keeps. */
  readonly kept: number;
}

/** Unknown names a reply quotes; the rest are counted. */
export const MAX_NAMED = 20;

/** Names for a reply, the first MAX_NAMED of them and a count of the rest. */
export function namedList(names: readonly string[], show: (n: string) => string): string[] {
  const out = names.slice(0, MAX_NAMED).map(show);
  if (names.length > MAX_NAMED) out.push(`${names.length - MAX_NAMED} more`);
  return out;
}

/**
 * The plan of `command` on the sticky comment `sticky` of pull request `pr` (null: it does not
 * exist), with the accept label's `events`; or the reply that says why nothing is accepted.
 */
export function planAccept(
  config: Config,
  command: AcceptCommand,
  pr: PlanPull | null,
  sticky: StickyComment | null,
  events: readonly LabelEvent[],
): AcceptPlan | { refusal: string } {
  const refuse = (refusal: string): { refusal: string } => ({ refusal });
  // A merged or closed pull request's acceptance still counts, as the label's does: for the
  // check of the push that merged it when re-run, or once it is reopened (the reply says so).
  if (!pr) return refuse('this pull request was not found: there is nothing to accept.');
  const record = sticky ? findRecord(sticky.body, config.commentKey) : null;
  const label = code(config.acceptLabel, 60);
  // No report comment will come: the label's own run is the one way left to accept.
  if (!sticky && config.comment === 'never')
    return refuse(
      `this workflow has \`comment: never\`, so no report comment is posted on pull requests and a command has nothing to accept or to record its acceptance in: nothing was accepted. Add the label ${label} instead: the check run it starts accepts the regressions it finds.`,
    );
  if (!sticky || !record?.shown) {
    return refuse(
      `there is no prompt regression report on this pull request yet (or it was posted by an older version of the action). Wait for the check to finish, then comment again. If the pull request's workflow has \`comment: never\`, no report comment will come: add the label ${label} instead.`,
    );
  }
  const shown = record.shown;
  if (shown.sha !== pr.headSha) {
    return refuse(
      `the report on this pull request is about commit ${code(shown.sha.slice(0, 7), 7)}, but its head is now ${code(pr.headSha.slice(0, 7), 7)}. Wait for the check of the new commit, then comment again.`,
    );
  }
  // Written before the report it would accept was posted: the author may have pushed since the
  // comment was read, and the new report may show other regressions than the ones accepted.
  const posted = shownPostedAt(shown, record.grants, sticky.updatedAt);
  if (Date.parse(command.at) < posted) {
    return refuse(
      `your comment was written before the report it would accept was posted (${formatTimestamp(new Date(posted).toISOString())}, for commit ${code(shown.sha.slice(0, 7), 7)}): it may show other regressions than the ones you read. Read the report, then comment again.`,
    );
  }
  if ((shown.uncoverable ?? 0) > 0)
    return refuse(
      'a new prompt that was never called fails the check on this commit, and no acceptance covers it: nothing was accepted. Run its evaluation, then comment again.',
    );
  const total = shownTotal(shown);
  if (total > shown.failing.length) return refuse(tooManyToAccept(total, shown.failing.length));
  const scope = commandScope(shown.failing, command.prompts);
  // Beside the list the comment shows, the record may not keep all the acceptance covers.
  const held = recordHolds(shown.failing, scope.covers);
  if (held < scope.covers.length) return refuse(tooManyToAccept(scope.covers.length, held));
  if (scope.unknown.length > 0) {
    const failingNames = [...new Set(shown.failing.map((i) => md(i.prompt, 100)))];
    const known =
      failingNames.length > 0 ? ` Prompts that fail the check: ${failingNames.join(', ')}.` : '';
    // A reason written on the command's line reads as names: say how to give one.
    const named = namedList(scope.unknown, (n) => code(n, 100));
    return refuse(
      `no prompt that fails the check is named ${named.join(', ')}: nothing was accepted.${known} The words after \`accept\` name prompts (quote a name with spaces); write a reason on the lines after the command.`,
    );
  }
  if (scope.covers.length === 0)
    return refuse('nothing fails the check on this commit: there is nothing to accept.');

  // A re-run of this command's workflow after the label was removed: the removal withdrew it.
  const removed = events.find(
    (e) => e.action === 'unlabeled' && Date.parse(e.at) > Date.parse(command.at),
  );
  if (removed)
    return refuse(
      `the label ${label} was removed after this comment (by ${md(removed.actor, 40)} on ${formatTimestamp(removed.at)}), which withdrew the acceptance: nothing was accepted. Comment again to accept the report as it is now.`,
    );
  const grant: Grant = {
    by: command.login,
    at: command.at,
    via: 'command',
    ref: command.id,
    covers: scope.covers,
  };
  // A re-run of this workflow must not record the same command twice.
  const given = [
    ...grantsInForce(record.grants, events).filter(
      (g) => !(g.via === 'command' && g.ref === command.id),
    ),
    grant,
  ];
  // What is said accepted is what the record keeps: past its room, older acceptances go.
  const grants = keptInRecord(config.commentKey, { shown, grants: given });
  const acceptance = judgedAcceptance(shown.failing, grants, config);
  const block = acceptanceBlock(acceptance);
  const withRecord = replaceRecordLine(
    sticky.body,
    config.commentKey,
    encodeRecord(config.commentKey, { shown, grants }),
  );
  return {
    sticky,
    headSha: shown.sha,
    state: pr.merged ? 'merged' : pr.state,
    body: trimWithNote(replaceAcceptanceBlock(withRecord, block, 2), COMMENT_LIMIT),
    acceptance,
    block,
    dropped: droppedPrompts(shown.failing, given, grants, config.acceptTolerance),
    kept: grants.length,
  };
}
