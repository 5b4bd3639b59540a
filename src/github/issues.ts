import { silentLogger, type GitHub, type Logger } from './client.js';
import { isNewerThan, newestOf, planDedupe, type DedupePlan } from './dedupe.js';
import { createThenList } from './create.js';
import { githubMessage, statusOf, toForbidden, write } from './errors.js';
import type { Forbidden } from './errors.js';
import { ensureLabel } from './labels.js';
import { findMarker } from './markers.js';
import { decideIssueAction, type IssueDecision } from './tracking.js';
import { carryAlerting } from './carried.js';
import {
  closedByHand,
  listOpenOurs,
  newestClosed,
  REOPEN_WITHIN_MS,
  type IssueQuery,
  type Seen,
} from './issue-list.js';
import { COMMENT_LIMIT } from '../format/limits.js';
import { trimWithNote } from './trim.js';

/** Arguments of {@link syncTrackingIssue}. */
export interface SyncIssueOptions extends IssueQuery {
  title: string;
  /** The health report; its first line is the marker built by `buildHealthMarker`. */
  body: string;
  /**
   * The report again within `limit` characters (less detail): asked when what the issue carries
   * over (the prompts still alerting, a note) would push `body` past GitHub's limit, which a
   * plain cut would end in the middle of a table.
   */
  refit?: (limit: number) => string;
  /** Fingerprint of the current alerts (checked against the marker). */
  alertsFingerprint: string;
  /** Each current alert's short key (see alertKeys), as the body's second line lists them. */
  alertKeys?: readonly string[];
  unhealthy: boolean;
  /** Some alert may open an issue (see decideIssueAction); absent: the same as `unhealthy`. */
  confirmed?: boolean;
  /** Run number stamped in the marker (checked against the body). */
  runNumber: number;
  /** Posted on the issue before it is closed ("healthy again"). */
  healthyComment: string;
  /** Posted once when the set of alerts changed on an open issue. */
  alertsChangedComment?: string;
  /** Prompts this run alerts on (kept in the description, see carried.ts). */
  alerting?: readonly string[];
  /** Prompts this run could not test: one the open issue alerted on keeps it open. */
  untested?: readonly string[];
  /** The run's window (ISO 8601): calls before it are not this run's news; its end is now. */
  window?: { readonly since: string; readonly until: string };
  /** Posted on a recently closed issue opened again instead of a new one. */
  reopenedComment?: string;
  /**
   * The title of an issue kept open only for prompts that alerted and could not be tested since
   * (how many): `title` would call it healthy. Default: `title`.
   */
  keptTitle?: (prompts: number) => string;
}

/** Outcome of {@link syncTrackingIssue}. */
export type IssueSyncResult =
  | {
      status: 'created' | 'updated' | 'closed';
      issueNumber: number;
      url: string;
      commented: boolean;
    }
  | { status: 'skipped'; issueNumber: number; url: string; reason: string; open: boolean }
  | { status: 'none' }
  | Forbidden;

const DEFAULT_ALERTS_CHANGED =
  'The alerts changed. The issue description shows the current report.';

// GitHub's 403 to a comment on a locked issue from a token that is not a collaborator's (the
// job's GITHUB_TOKEN): "Unable to create comment because issue is locked."
const LOCKED = /\bis locked\b/i;

/**
 * Comments on tracking issue `n`; a locked one takes no comment from the job's token, and the
 * run goes on without it (the description, closing and reopening still work). Whether it did.
 */
async function comment(
  gh: GitHub,
  o: SyncIssueOptions,
  n: number,
  body: string,
  log: Logger,
  what = 'comment on the tracking issue',
): Promise<boolean> {
  return write(what, async () => {
    try {
      await gh.rest.issues.createComment({ owner: o.owner, repo: o.repo, issue_number: n, body });
      return true;
    } catch (error) {
      if (statusOf(error) !== 403 || !LOCKED.test(githubMessage(error))) throw error;
      log.info(`Tracking issue #${n} is locked: no comment (${githubMessage(error)}).`);
      return false;
    }
  });
}

/** `shown` with its marker line replaced by this run's: the run that closed it is on record. */
function stamped(shown: string, body: string): string {
  const marker = body.split('\n', 1)[0]!;
  const at = shown.indexOf('\n');
  return at < 0 ? marker : `${marker}${shown.slice(at)}`;
}

/**
 * Folds duplicates into the kept one: it gets the newest body, the others are closed; one a
 * person reopened is left open, out of the runs' way (see `release`).
 */
async function applyDedupe(
  gh: GitHub,
  o: SyncIssueOptions,
  plan: DedupePlan,
  seen: Seen,
  log: Logger,
): Promise<void> {
  const { owner, repo } = o;
  if (plan.updateKeep) {
    const title = seen.titles.get(plan.newest.id) ?? o.title;
    await write('update the tracking issue', () =>
      gh.rest.issues.update({
        owner,
        repo,
        issue_number: plan.keep.id,
        body: plan.newest.body,
        title,
      }),
    );
  }
  for (const n of plan.remove) {
    // Another run folding the same race may have closed it already; one note is enough.
    const { data: current } = await gh.rest.issues.get({ owner, repo, issue_number: n });
    if (current.state === 'closed') continue;
    // Reopened by a person (an old incident, to compare with): no duplicate of a race, and not
    // ours to close again. Left open without the label, which the runs list, with one note.
    if (current.state_reason === 'reopened') {
      await release(gh, o, n, plan.keep.id, current.labels, log);
      continue;
    }
    log.info(`Closing duplicate tracking issue #${n} in favour of #${plan.keep.id}.`);
    const note = `Duplicate of #${plan.keep.id}, the tracking issue with the newest report.`;
    await comment(gh, o, n, note, log, 'comment on a duplicate tracking issue');
    await write('close a duplicate tracking issue', () =>
      gh.rest.issues.update({
        owner,
        repo,
        issue_number: n,
        state: 'closed',
        state_reason: 'not_planned',
      }),
    );
  }
}

/** Leaves issue `n`, reopened by a person, open and out of the runs' way: one note, no label. */
async function release(
  gh: GitHub,
  o: SyncIssueOptions,
  n: number,
  keep: number,
  labels: readonly (string | { name?: string })[],
  log: Logger,
): Promise<void> {
  log.info(`Tracking issue #${n} was reopened while #${keep} is open: left open, unlabelled.`);
  const note = `Reopened while #${keep} tracks the prompts' health: left open, and no longer written or closed by the health runs (the \`${o.label.replace(/`/g, '')}\` label is taken off). #${keep} has the newest report.`;
  await comment(gh, o, n, note, log, 'comment on a reopened tracking issue');
  const names = labels.map((l) => (typeof l === 'string' ? l : (l.name ?? '')));
  const rest = names.filter((l) => l !== '' && l.toLowerCase() !== o.label.toLowerCase());
  await write('take the label off a reopened tracking issue', () =>
    gh.rest.issues.update({ owner: o.owner, repo: o.repo, issue_number: n, labels: rest }),
  );
}

function checkArgs(o: SyncIssueOptions): ReturnType<typeof findMarker> & object {
  // parseConfig refuses such an input; this guards other callers.
  if (o.label.includes(','))
    throw new Error(`The tracking issue label '${o.label}' must not contain a comma.`);
  const marker = findMarker(o.body, 'health');
  if (
    !marker ||
    marker.key !== o.key ||
    marker.run !== o.runNumber ||
    marker.alerts !== o.alertsFingerprint ||
    marker.workflow !== o.workflow
  ) {
    throw new Error(
      `The tracking issue body must start with the health marker for key '${o.key}', run ${o.runNumber} and alerts '${o.alertsFingerprint}'.`,
    );
  }
  return marker;
}

/**
 * Keeps one open tracking issue while unhealthy: opens it (creating the label), refreshes its
 * body, comments once when the alerts change, and comments and closes it once healthy. Never
 * uses the search API; never overwrites a newer run's report; folds duplicates left by races.
 */
export async function syncTrackingIssue(
  gh: GitHub,
  o: SyncIssueOptions,
  log: Logger = silentLogger,
): Promise<IssueSyncResult> {
  const marker = checkArgs(o);
  const { owner, repo } = o;
  try {
    let seen = await listOpenOurs(gh, o);
    const plan = decideIssueAction(seen.ours, marker, o.unhealthy, o.confirmed ?? o.unhealthy);
    const { dedupe } = plan;
    // The newest report among the open issues: what the description shows now.
    const shown = newestOf(seen.ours)?.body;
    let carried = carryAlerting(o.body, shown, o.alerting ?? [], o.untested ?? []);
    const added = carried.body.length - o.body.length;
    if (carried.body.length > COMMENT_LIMIT && o.refit && added < COMMENT_LIMIT / 2)
      carried = carryAlerting(o.refit(COMMENT_LIMIT - added), shown, o.alerting ?? [], o.untested ?? []); // prettier-ignore
    const body = trimWithNote(carried.body, COMMENT_LIMIT);
    // Healthy but for a prompt that alerted and could not be tested since: not healthy yet.
    const decision: IssueDecision =
      plan.decision.action === 'close' && carried.kept.length > 0
        ? { action: 'update', issue: plan.decision.issue, alertsChanged: false }
        : plan.decision;
    if (decision !== plan.decision)
      log.info(`Tracking issue kept open: ${carried.kept.length} prompt(s) that alerted could not be tested.`); // prettier-ignore
    if (dedupe) await applyDedupe(gh, o, dedupe, seen, log);
    const url = (n: number): string => seen.urls.get(n) ?? '';
    switch (decision.action) {
      case 'none':
        return { status: 'none' };
      case 'skip':
        log.info(`Not updating the tracking issue: ${decision.reason}.`);
        return {
          status: 'skipped',
          issueNumber: decision.issue,
          url: url(decision.issue),
          reason: decision.reason,
          open: true,
        };
      case 'update': {
        const n = decision.issue;
        const title = decision === plan.decision ? o.title : (o.keptTitle?.(carried.kept.length) ?? o.title); // prettier-ignore
        await write('update the tracking issue', () =>
          gh.rest.issues.update({ owner, repo, issue_number: n, title, body }),
        );
        const commented =
          decision.alertsChanged &&
          (await comment(gh, o, n, o.alertsChangedComment ?? DEFAULT_ALERTS_CHANGED, log));
        return { status: 'updated', issueNumber: n, url: url(n), commented };
      }
      case 'close': {
        const n = decision.issue;
        const commented = await comment(gh, o, n, o.healthyComment, log);
        // The last alerts stay in view; the marker names this run, so that an older run
        // finishing later sees the issue was closed after it (see 'create').
        const closing = stamped(shown ?? body, body);
        await write(
          'close the tracking issue',
          () =>
          gh.rest.issues.update({ owner, repo, issue_number: n, state: 'closed', state_reason: 'completed', body: closing }), // prettier-ignore
        );
        return { status: 'closed', issueNumber: n, url: url(n), commented };
      }
      case 'create': {
        const closed = await newestClosed(gh, o);
        if (closed && isNewerThan(closed.issue.marker, marker)) {
          const { id, marker: by } = closed.issue;
          const reason = `issue #${id} was closed by run ${by.run} (attempt ${by.attempt}), newer than run ${marker.run} (attempt ${marker.attempt})`;
          log.info(`Not opening a tracking issue: ${reason}.`);
          return { status: 'skipped', issueNumber: id, url: closed.url, reason, open: false };
        }
        const handClosed =
          closed && closedByHand(closed, marker.alerts ?? '', o.window, o.alertKeys);
        if (closed && handClosed) {
          log.info(`Not opening a tracking issue: ${handClosed}.`);
          return { status: 'skipped', issueNumber: closed.issue.id, url: closed.url, reason: handClosed, open: false }; // prettier-ignore
        }
        // Closed a few days ago: the same thread again, with its discussion, not a new issue.
        const now = o.window ? Date.parse(o.window.until) : Date.now();
        if (closed?.at && now - Date.parse(closed.at) < REOPEN_WITHIN_MS) {
          const n = closed.issue.id;
          await write(
            'reopen the tracking issue',
            () =>
            gh.rest.issues.update({ owner, repo, issue_number: n, state: 'open', title: o.title, body }), // prettier-ignore
          );
          const commented = await comment(gh, o, n, o.reopenedComment ?? DEFAULT_ALERTS_CHANGED, log); // prettier-ignore
          log.info(`Tracking issue #${n} reopened (closed ${closed.at}).`);
          return { status: 'updated', issueNumber: n, url: closed.url, commented };
        }
        await ensureLabel(gh, { owner, repo, name: o.label });
        seen = await createThenList(
          gh,
          {
            what: 'open the tracking issue',
            post: () =>
              gh.rest.issues.create({
                owner,
                repo,
                title: o.title,
                body,
                labels: [o.label],
                request: { retries: 0 },
              }),
            list: () => listOpenOurs(gh, o),
            found: (listed) => listed.ours.length > 0,
          },
          log,
        );
        const after = planDedupe(seen.ours, 'newest');
        if (!after) throw new Error('The tracking issue was opened but not found.');
        if (after.remove.length > 0) await applyDedupe(gh, o, after, seen, log);
        return {
          status: 'created',
          issueNumber: after.keep.id,
          url: url(after.keep.id),
          commented: false,
        };
      }
    }
  } catch (error) {
    return toForbidden(error, 'update the tracking issue');
  }
}
