import { payloadValue, type ActionContext } from '../action/context.js';
import { parseCommand } from '../action/command.js';
import type { ActionIO, ModeResult } from '../action/io.js';
import type { Run } from '../action/run.js';
import {
  commandScope,
  coverage,
  droppedPrompts,
  grantsInForce,
  labelState,
  shownPostedAt,
} from '../analysis/acceptance.js';
import type { Config } from '../config/config.js';
import { defaultOf } from '../config/inputs.js';
import { ConfigError } from '../config/parse.js';
import {
  addLabel,
  completeCheckRun,
  editComment,
  getPullRequest,
  hasWritePermission,
  isBotUser,
  latestCheckRun,
  listLabelEvents,
  postReply,
  reactToComment,
  readStickyComment,
  trimWithNote,
  REPLY_MARKER,
  writtenByAction,
  type GitHub,
  type Reaction,
} from '../github/index.js';
import {
  acceptanceBlock,
  acceptedTitleFromItems,
  replaceAcceptanceBlock,
} from '../render/compare/acceptance.js';
import {
  encodeRecord,
  findRecord,
  keptInRecord,
  replaceRecordLine,
  recordHolds,
  shownTotal,
  tooManyToAccept,
} from '../report/acceptance-record.js';
import type { AcceptanceReport, Grant } from '../report/acceptance-types.js';
import type { CheckConclusion } from '../render/compare/check.js';
import { UNVERIFIED_TITLE } from '../render/compare/provenance.js';
import { code, md } from '../format/escape.js';
import { formatTimestamp } from '../format/numbers.js';
import { CHECK_SUMMARY_LIMIT, COMMENT_LIMIT } from '../format/limits.js';

/** The comment that carries the command, from the trusted issue_comment payload. */
interface CommandComment {
  readonly id: number;
  readonly body: string;
  readonly login: string;
  readonly bot: boolean;
  readonly at: string;
  readonly issueNumber: number;
  readonly onPullRequest: boolean;
}

function commandComment(payload: Readonly<Record<string, unknown>>): CommandComment | null {
  const id = payloadValue(payload, 'comment', 'id');
  const body = payloadValue(payload, 'comment', 'body');
  const login = payloadValue(payload, 'comment', 'user', 'login');
  const type = payloadValue(payload, 'comment', 'user', 'type');
  const at = payloadValue(payload, 'comment', 'created_at');
  const issueNumber = payloadValue(payload, 'issue', 'number');
  if (typeof id !== 'number' || typeof issueNumber !== 'number' || typeof login !== 'string')
    return null;
  const issue = (payload.issue ?? {}) as { pull_request?: unknown };
  return {
    id,
    body: typeof body === 'string' ? body : '',
    login,
    bot: isBotUser({ login, type: typeof type === 'string' ? type : '' }) || type === 'Bot',
    at: typeof at === 'string' ? at : new Date().toISOString(),
    issueNumber,
    onPullRequest: typeof issue.pull_request === 'object' && issue.pull_request !== null,
  };
}

/** The reply to `/prompt-check help` (and to a command it does not know). */
function helpText(config: Config): string {
  const tolerance = `${Number((config.acceptTolerance * 100).toFixed(2))} %`;
  return [
    '**prompt-versioner-action commands**, in a comment on a pull request:',
    '',
    '- `/prompt-check accept`: accept every regression the report on this pull request shows for its head commit (needs write permission on the repository).',
    '- `/prompt-check accept summarizer "my prompt"`: accept only the regressions of the prompts named (quote names with spaces).',
    '- `/prompt-check help`: this message.',
    '',
    `An acceptance covers the prompt versions and metrics that were regressed when it was given: a later push that regresses another prompt or version, or the same metric by more than ${tolerance} beyond what was accepted, fails the check again. Adding the label ${code(config.acceptLabel, 60)} (by someone with write permission) accepts too; removing it withdraws every acceptance.`,
  ].join('\n');
}

/**
 * The comment-command mode (issue_comment): `/prompt-check accept [prompt ...]` from someone with
 * write permission records an acceptance in our sticky comment and updates the check run;
 * `/prompt-check help` answers with the commands. It never checks out or runs the pull
 * request's code: everything it knows comes from the API and the comment our earlier run wrote.
 * Comments by bots, comments this action wrote (by their marker: with a personal token it writes
 * as that person) and comments on issues are ignored, so it cannot loop.
 */
export async function commandMode({ ctx, config, gh, io }: Run): Promise<ModeResult> {
  if (ctx.eventName !== 'issue_comment') {
    throw new ConfigError(
      `mode command needs an issue_comment event; this is '${ctx.eventName || 'unknown'}'. Run it in a workflow 'on: issue_comment' (see the README, "Accepting a known regression").`,
    );
  }
  const c = commandComment(ctx.payload);
  const action = payloadValue(ctx.payload, 'action');
  const ignore = (why: string): ModeResult => {
    io.log.info(`Comment ignored: ${why}.`);
    return { failure: null };
  };
  if (!c) return ignore('the payload has no comment');
  if (action !== 'created') return ignore(`it was ${String(action ?? 'changed')}, not created`);
  if (!c.onPullRequest) return ignore(`#${c.issueNumber} is an issue, not a pull request`);
  if (c.bot) return ignore(`it was written by ${c.login}, a bot`);
  if (writtenByAction(c.body)) return ignore('it was written by this action');
  const command = parseCommand(c.body);
  if (!command) return ignore('it holds no /prompt-check command');

  const ids = { owner: ctx.owner, repo: ctx.repo };
  const react = async (content: Reaction): Promise<void> => {
    const r = await reactToComment(gh, { ...ids, commentId: c.id, content });
    if (r.status === 'forbidden') io.log.warning(r.message);
  };
  const reply = async (text: string, content: Reaction): Promise<ModeResult> => {
    await react(content);
    const r = await postReply(gh, {
      ...ids,
      issueNumber: c.issueNumber,
      // A command can be as long as a comment, and a reply that quotes it longer: kept within.
      body: `${trimWithNote(`@${c.login} ${text}`, COMMENT_LIMIT - REPLY_MARKER.length - 2, 'the command')}\n\n${REPLY_MARKER}`,
    });
    if (r.status === 'forbidden') io.log.warning(`${r.message} (needs 'pull-requests: write').`);
    return { failure: null };
  };

  if (command.kind === 'help') return reply(`\n\n${helpText(config)}`, 'eyes');
  if (command.kind === 'unknown')
    return reply(
      `${code(command.word, 40)} is not a command I know.\n\n${helpText(config)}`,
      'confused',
    );

  io.log.info(`/prompt-check accept by ${c.login} on pull request #${c.issueNumber}.`);
  if (!(await hasWritePermission(gh, { ...ids, login: c.login }))) {
    return reply(
      'thank you, but only people with write permission on this repository can accept a regression. A maintainer can comment `/prompt-check accept` or add the label ' +
        `${code(config.acceptLabel, 60)}.`,
      'confused',
    );
  }
  const pr = await getPullRequest(gh, { ...ids, number: c.issueNumber });
  if (!pr || pr.state !== 'open')
    return reply('this pull request is not open: there is nothing to accept.', 'confused');
  const sticky = await readStickyComment(gh, {
    ...ids,
    issueNumber: pr.number,
    key: config.commentKey,
  });
  const record = sticky ? findRecord(sticky.body, config.commentKey) : null;
  if (!sticky || !record?.shown) {
    return reply(
      'there is no prompt regression report on this pull request yet (or it was posted by an older version of the action). Wait for the check to finish, then comment again.',
      'confused',
    );
  }
  const shown = record.shown;
  if (shown.sha !== pr.headSha) {
    return reply(
      `the report on this pull request is about commit ${code(shown.sha.slice(0, 7), 7)}, but its head is now ${code(pr.headSha.slice(0, 7), 7)}. Wait for the check of the new commit, then comment again.`,
      'confused',
    );
  }
  // Written before the report it would accept was posted: the author may have pushed since the
  // comment was read, and the new report may show other regressions than the ones accepted.
  const posted = shownPostedAt(shown, record.grants, sticky.updatedAt);
  if (Date.parse(c.at) < posted) {
    return reply(
      `your comment was written before the report it would accept was posted (${formatTimestamp(new Date(posted).toISOString())}, for commit ${code(shown.sha.slice(0, 7), 7)}): it may show other regressions than the ones you read. Read the report, then comment again.`,
      'confused',
    );
  }
  if ((shown.uncoverable ?? 0) > 0)
    return reply(
      'a new prompt that was never called fails the check on this commit, and no acceptance covers it: nothing was accepted. Run its evaluation, then comment again.',
      'confused',
    );
  const total = shownTotal(shown);
  if (total > shown.failing.length) {
    return reply(tooManyToAccept(total, shown.failing.length), 'confused');
  }
  const scope = commandScope(shown.failing, command.prompts);
  // Beside the list the comment shows, the record may not keep all the acceptance covers.
  const held = recordHolds(shown.failing, scope.covers);
  if (held < scope.covers.length)
    return reply(tooManyToAccept(scope.covers.length, held), 'confused');
  if (scope.unknown.length > 0) {
    const failingNames = [...new Set(shown.failing.map((i) => md(i.prompt, 100)))];
    const known =
      failingNames.length > 0 ? ` Prompts that fail the check: ${failingNames.join(', ')}.` : '';
    // A reason written on the command's line reads as names: say how to give one.
    const named = scope.unknown.slice(0, MAX_NAMED).map((n) => code(n, 100));
    if (scope.unknown.length > MAX_NAMED) named.push(`${scope.unknown.length - MAX_NAMED} more`);
    return reply(
      `no prompt that fails the check is named ${named.join(', ')}: nothing was accepted.${known} The words after \`accept\` name prompts (quote a name with spaces); write a reason on the lines after the command.`,
      'confused',
    );
  }
  if (scope.covers.length === 0)
    return reply('nothing fails the check on this commit: there is nothing to accept.', 'confused');

  const events = await listLabelEvents(gh, {
    ...ids,
    issueNumber: pr.number,
    label: config.acceptLabel,
  });
  // A re-run of this command's workflow after the label was removed: the removal withdrew it.
  const removed = events.find(
    (e) => e.action === 'unlabeled' && Date.parse(e.at) > Date.parse(c.at),
  );
  if (removed)
    return reply(
      `the label ${code(config.acceptLabel, 60)} was removed after this comment (by ${md(removed.actor, 40)} on ${formatTimestamp(removed.at)}), which withdrew the acceptance: nothing was accepted. Comment again to accept the report as it is now.`,
      'confused',
    );
  const grant: Grant = { by: c.login, at: c.at, via: 'command', ref: c.id, covers: scope.covers };
  // A re-run of this workflow must not record the same command twice.
  const given = [
    ...grantsInForce(record.grants, events).filter((g) => !(g.via === 'command' && g.ref === c.id)),
    grant,
  ];
  // What is said accepted is what the record keeps: past its room, older acceptances go.
  const grants = keptInRecord(config.commentKey, { shown, grants: given });
  const cov = coverage(shown.failing, grants, config.acceptTolerance);
  const dropped = droppedPrompts(shown.failing, given, grants, config.acceptTolerance);
  const named = dropped.slice(0, MAX_NAMED).map((n) => md(n, 100));
  if (dropped.length > MAX_NAMED) named.push(`${dropped.length - MAX_NAMED} more`);
  const acceptance: AcceptanceReport = {
    accepted: cov.accepted,
    label: config.acceptLabel,
    tolerance: config.acceptTolerance,
    grants,
    covered: cov.covered,
    not_covered: cov.not_covered,
    notes: [],
  };
  const block = acceptanceBlock(acceptance);
  const withRecord = replaceRecordLine(
    sticky.body,
    config.commentKey,
    encodeRecord(config.commentKey, { shown, grants }),
  );
  const body = trimWithNote(replaceAcceptanceBlock(withRecord, block, 2), COMMENT_LIMIT);
  const edited = await editComment(gh, { ...ids, commentId: sticky.id, body });
  if (edited.status === 'gone') {
    io.log.warning(`The report comment ${sticky.id} was deleted while the acceptance was being recorded.`); // prettier-ignore
    return reply(
      'I could not record the acceptance: the report comment was deleted meanwhile. Re-run the check to post it again, then accept once more.',
      'confused',
    );
  }
  if (edited.status === 'forbidden') {
    io.log.warning(`${edited.message} (needs 'pull-requests: write').`);
    return reply(
      'I could not record the acceptance: this workflow may not edit comments (it needs `pull-requests: write`).',
      'confused',
    );
  }
  io.log.info(`Acceptance recorded in ${sticky.url}.`);
  io.setOutput('accepted', String(cov.accepted));
  io.setOutput('accepted-by', [...new Set(cov.covered.map((i) => i.accepted_by))].join(','));
  io.setOutput('comment-url', sticky.url);

  // The label shows the acceptance in the list of pull requests, and removing it withdraws it.
  // A partial acceptance adds none: the label accepts everything the comment shows, and with a
  // personal token it would be that person's, so a later run would read it as accepting the rest.
  if (cov.accepted && !labelState(events).on) {
    const labelled = await addLabel(gh, {
      ...ids,
      issueNumber: pr.number,
      label: config.acceptLabel,
    });
    if (labelled.status === 'forbidden') io.log.warning(labelled.message);
  }
  const unchanged = await updateCheck(gh, ctx, config, pr.headSha, acceptance, block, io);
  // The comment now says the check is neutral: say so when it could not be made neutral.
  if (unchanged !== null && acceptance.accepted)
    return reply(
      `the acceptance is recorded in the report comment, but ${unchanged} The pull request's next check run reads the acceptance and ends neutral.`,
      'confused',
    );
  if (dropped.length > 0)
    return reply(
      `your acceptance is recorded, but the report comment keeps at most ${grants.length} acceptances, so older ones were dropped to make room: ${named.join(', ')} ${dropped.length === 1 ? 'is' : 'are'} no longer accepted. Comment ${code('/prompt-check accept', 40)} with no names to accept every failing prompt at once.`,
      'confused',
    );
  await react('+1');
  return { failure: null };
}

/** Unknown names a reply quotes; the rest are counted. */
const MAX_NAMED = 20;

/**
 * The newest check run of the head commit: neutral when everything is accepted, and the block.
 * Null when done (or when the workflow keeps no check run); else why the check was left as it
 * is, as the end of a sentence to the person who accepted.
 */
async function updateCheck(
  gh: GitHub,
  ctx: ActionContext,
  config: Config,
  headSha: string,
  acceptance: AcceptanceReport,
  block: string,
  io: ActionIO,
): Promise<string | null> {
  const ids = { owner: ctx.owner, repo: ctx.repo };
  if (!config.checkName) {
    // No check run of its own; one under the default name (the pull request's workflow kept it)
    // would stay failing while the comment says neutral.
    const fallback = defaultOf('check-name');
    const other = await latestCheckRun(gh, { ...ids, sha: headSha, name: fallback });
    if (!other || other.conclusion === 'success' || other.conclusion === 'neutral') return null;
    io.log.warning(
      `check-name is empty, but ${headSha.slice(0, 7)} has a check run '${fallback}': it is left as it is. Give this workflow the check-name of the pull request's workflow.`,
    );
    return `this workflow's \`check-name\` is empty, so the check run ${code(fallback, 60)} was left as it is: give the command workflow the \`check-name\` of the pull request's workflow.`;
  }
  const name = code(config.checkName, 60);
  const run = await latestCheckRun(gh, { ...ids, sha: headSha, name: config.checkName });
  if (!run) {
    io.log.warning(
      `No check run '${config.checkName}' on ${headSha.slice(0, 7)} to update: give this workflow the check-name of the pull request's workflow.`,
    );
    return `this commit has no check run named ${name} to turn neutral: give the command workflow the \`check-name\` of the pull request's workflow.`;
  }
  const kept: CheckConclusion =
    run.conclusion === 'success' || run.conclusion === 'neutral' ? run.conclusion : 'failure';
  const summary = trimWithNote(replaceAcceptanceBlock(run.summary, block, 0), CHECK_SUMMARY_LIMIT);
  const result = await completeCheckRun(gh, {
    ...ids,
    checkRunId: run.id,
    conclusion: acceptance.accepted ? 'neutral' : kept,
    // A fork's relayed report keeps saying first that it is not verified.
    title: acceptance.accepted
      ? acceptedTitleFromItems(acceptance, run.title.startsWith(UNVERIFIED_TITLE))
      : run.title,
    summary,
  });
  if (result.status !== 'forbidden') return null;
  io.log.warning(`${result.message} (needs 'checks: write').`);
  return `this workflow may not change the check run ${name}: give it \`checks: write\` in its permissions.`;
}
