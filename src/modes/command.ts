import { payloadValue, type ActionContext } from '../action/context.js';
import { parseCommand } from '../action/command.js';
import type { ActionIO, ModeResult } from '../action/io.js';
import type { Run } from '../action/run.js';
import { labelState } from '../analysis/acceptance.js';
import type { Config } from '../config/config.js';
import { defaultOf } from '../config/inputs.js';
import { ConfigError } from '../config/parse.js';
import {
  addLabel,
  completeCheckRun,
  editComment,
  getComment,
  getPullRequest,
  hasWritePermission,
  isBotUser,
  latestCheckRun,
  listLabelEvents,
  postReply,
  reactToComment,
  readStickyComment,
  trimWithNote,
  MAX_REBUILDS,
  REPLY_MARKER,
  replyToLine,
  writtenByAction,
  type GitHub,
  type Reaction,
} from '../github/index.js';
import { acceptedTitleFromItems, replaceAcceptanceBlock } from '../render/compare/acceptance.js';
import type { AcceptanceReport, LabelEvent } from '../report/acceptance-types.js';
import type { CheckConclusion } from '../render/compare/check.js';
import { UNVERIFIED_TITLE } from '../render/compare/provenance.js';
import { code, md } from '../format/escape.js';
import { CHECK_SUMMARY_LIMIT, COMMENT_LIMIT } from '../format/limits.js';
import { namedList, planAccept, type AcceptPlan } from './command-plan.js';

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
    ...(config.comment === 'never'
      ? [
          '',
          `This workflow has \`comment: never\`: no report comment is posted, so \`/prompt-check accept\` has nothing to accept. Add the label ${code(config.acceptLabel, 60)} instead.`,
        ]
      : []),
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
    const tail = `${replyToLine(c.id)}\n${REPLY_MARKER}`;
    const r = await postReply(gh, {
      ...ids,
      issueNumber: c.issueNumber,
      // A command can be as long as a comment, and a reply that quotes it longer: kept within.
      body: `${trimWithNote(`@${c.login} ${text}`, COMMENT_LIMIT - tail.length - 2, 'the command')}\n\n${tail}`,
      // A re-run of this workflow answers in the reply it posted before.
      to: c.id,
    });
    if (r.status === 'forbidden') io.log.warning(`${r.message} (needs 'pull-requests: write').`);
    return { failure: null };
  };

  const gone = (id: number): Promise<ModeResult> => {
    io.log.warning(`The report comment ${id} was deleted while the acceptance was being recorded.`); // prettier-ignore
    return reply(
      'I could not record the acceptance: the report comment was deleted meanwhile. Re-run the check to post it again, then accept once more.',
      'confused',
    );
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
  const accept = { id: c.id, login: c.login, at: c.at, prompts: command.prompts };
  const target = { ...ids, issueNumber: c.issueNumber };
  let sticky = await readStickyComment(gh, { ...target, key: config.commentKey });
  let plan: AcceptPlan;
  let events: LabelEvent[];
  // The comment is read again just before it is written: a pull-request run that wrote its
  // report meanwhile (or another command) is not written over; the plan is made again from it.
  for (let round = 0; ; round++) {
    const pr = await getPullRequest(gh, { ...ids, number: c.issueNumber });
    events = await listLabelEvents(gh, { ...target, label: config.acceptLabel });
    const made = planAccept(config, accept, pr, sticky, events);
    if ('refusal' in made) return reply(made.refusal, 'confused');
    plan = made;
    const now = await getComment(gh, { ...ids, id: plan.sticky.id });
    if (now === null) return gone(plan.sticky.id);
    if (now.body === plan.sticky.body) break;
    if (round >= MAX_REBUILDS)
      return reply(
        `the report comment changed ${round + 1} times while the acceptance was being recorded: nothing was accepted. Comment again once the check has finished.`,
        'confused',
      );
    io.log.info(`The report comment ${now.id} changed since it was read: reading it again.`);
    sticky = now;
  }
  const { acceptance, block, dropped } = plan;
  const recorded = plan.sticky;
  const edited = await editComment(gh, { ...ids, commentId: recorded.id, body: plan.body });
  if (edited.status === 'gone') return gone(recorded.id);
  if (edited.status === 'forbidden') {
    io.log.warning(`${edited.message} (needs 'pull-requests: write').`);
    return reply(
      'I could not record the acceptance: this workflow may not edit comments (it needs `pull-requests: write`).',
      'confused',
    );
  }
  io.log.info(`Acceptance recorded in ${recorded.url}.`);
  io.setOutput('accepted', String(acceptance.accepted));
  io.setOutput('accepted-by', [...new Set(acceptance.covered.map((i) => i.accepted_by))].join(',')); // prettier-ignore
  io.setOutput('comment-url', recorded.url);

  // The label shows the acceptance in the list of pull requests, and removing it withdraws it.
  // A partial acceptance adds none: the label accepts everything the comment shows, and with a
  // personal token it would be that person's, so a later run would read it as accepting the rest.
  if (acceptance.accepted && !labelState(events).on) {
    const labelled = await addLabel(gh, { ...target, label: config.acceptLabel });
    if (labelled.status === 'forbidden') io.log.warning(labelled.message);
  }
  const unchanged = await updateCheck(gh, ctx, config, plan.headSha, acceptance, block, io);
  // The comment now says the check is neutral: say so when it could not be made neutral.
  if (unchanged !== null && acceptance.accepted)
    return reply(
      `the acceptance is recorded in the report comment, but ${unchanged} The pull request's next check run reads the acceptance and ends neutral.`,
      'confused',
    );
  if (dropped.length > 0)
    return reply(
      `your acceptance is recorded, but the report comment keeps at most ${plan.kept} acceptances, so older ones were dropped to make room: ${namedList(dropped, (n) => md(n, 100)).join(', ')} ${dropped.length === 1 ? 'is' : 'are'} no longer accepted. Comment ${code('/prompt-check accept', 40)} with no names to accept every failing prompt at once.`,
      'confused',
    );
  if (plan.state !== 'open') return reply(CLOSED_NOTE[plan.state], '+1');
  await react('+1');
  return { failure: null };
}

/** What an acceptance recorded on a pull request no longer open does. */
const CLOSED_NOTE = {
  merged:
    'the acceptance is recorded. This pull request is merged: the check of the push that merged it reads its acceptances, so re-run that check (on the base branch) for it to pass.',
  closed:
    'the acceptance is recorded. This pull request is closed: the acceptance counts if it is reopened at this commit.',
} as const;

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
