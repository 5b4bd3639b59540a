/**
 * Finding our tracking issues: the open ones, and the newest closed one with how and when it was
 * closed (a run older than the one that closed it opens nothing; a person's close may stand).
 */
import { shortSha256 } from '../hash.js';
import type { GitHub } from './client.js';
import { newestOf, published, selectOurs, type Ours } from './dedupe.js';
import { whoAmI } from './identity.js';
import { findAlertKeys } from './markers.js';

/** Which tracking issues are ours. */
export interface IssueQuery {
  owner: string;
  repo: string;
  /** Label that marks tracking issues; created when missing. No commas (the API splits on them). */
  label: string;
  /** Marker key: several health workflows may keep separate issues. */
  key: string;
  /**
   * The workflow's key in the marker (see `buildHealthMarker`): an issue another workflow keeps
   * under the same key is left to it. Absent: every issue of the key is ours.
   */
  workflow?: string;
}

export interface Seen {
  ours: Ours[];
  titles: Map<number, string>;
  urls: Map<number, string>;
  /** When each closed issue was closed, and how (`completed`, `not_planned`). */
  closed: Map<number, { at: string | null; reason: string | null }>;
}

type Listed = Awaited<ReturnType<GitHub['rest']['issues']['listForRepo']>>['data'];

async function oursOf(gh: GitHub, o: IssueQuery, all: Listed): Promise<Seen> {
  const login = await whoAmI(gh);
  // The issues API lists pull requests too; a tracking issue is never one.
  const issues = all.filter((i) => !i.pull_request);
  const items = issues.map((i) => published(i.number, i.body, i.user));
  return {
    ours: selectOurs(items, {
      kind: 'health',
      key: o.key,
      login,
      anywhere: true,
      ...(o.workflow === undefined ? {} : { workflow: o.workflow }),
    }),
    titles: new Map(issues.map((i) => [i.number, i.title])),
    urls: new Map(issues.map((i) => [i.number, i.html_url])),
    closed: new Map(
      issues.map((i) => [i.number, { at: i.closed_at ?? null, reason: i.state_reason ?? null }]),
    ),
  };
}

export async function listOpenOurs(gh: GitHub, o: IssueQuery): Promise<Seen> {
  const all = await gh.paginate(gh.rest.issues.listForRepo, {
    owner: o.owner,
    repo: o.repo,
    labels: o.label,
    state: 'open',
    per_page: 100,
  });
  return oursOf(gh, o, all);
}

/**
 * The newest report among our recently closed issues (the 100 updated last), with the run that
 * closed it: a run older than that one must not open a new issue on older data.
 */
export async function newestClosed(gh: GitHub, o: IssueQuery): Promise<ClosedIssue | undefined> {
  const { owner, repo, label } = o;
  // The most recently updated first: the issue a run closed is among them, however many older
  // incidents carry the label.
  const params = {
    owner,
    repo,
    labels: label,
    state: 'closed',
    sort: 'updated',
    direction: 'desc',
    per_page: 100,
  } as const;
  const { data } = await gh.rest.issues.listForRepo(params);
  const seen = await oursOf(gh, o, data);
  const issue = newestOf(seen.ours);
  const closed = issue && seen.closed.get(issue.id);
  return (
    issue && {
      issue,
      url: seen.urls.get(issue.id) ?? '',
      at: closed?.at ?? null,
      reason: closed?.reason ?? null,
    }
  );
}

/** Our newest closed tracking issue, and when and how it was closed. */
export interface ClosedIssue {
  issue: Ours;
  url: string;
  at: string | null;
  reason: string | null;
}

/** A closed issue is opened again, rather than a new one, within this time of its closing. */
export const REOPEN_WITHIN_MS = 7 * 86_400_000;

/**
 * The alerts fingerprint of a report without alerts (alertsFingerprint hashes its alerts' keys
 * joined: none join to ''), which the marker of a healthy close carries.
 */
export const NO_ALERTS = shortSha256('');

/**
 * Why a person's close of `closed` stands for this run's alerts, or null: closed by hand (a close
 * of ours leaves a report without alerts) while showing the same alerts, as not planned (known,
 * let be) within the last week, or since the window began (the window still holds the calls it
 * was closed on).
 */
export function closedByHand(
  closed: ClosedIssue,
  alerts: string,
  window?: { readonly since: string; readonly until: string },
  /** This run's alerts' short keys: fewer than a close as not planned dismissed are no news. */
  keys?: readonly string[],
): string | null {
  const shown = closed.issue.marker.alerts;
  if (shown === NO_ALERTS || closed.at === null) return null;
  // A week at most: the same alerts weeks later (fixed and broken again) are news.
  const now = window ? Date.parse(window.until) : Date.now();
  const notPlanned =
    closed.reason === 'not_planned' && now - Date.parse(closed.at) < REOPEN_WITHIN_MS;
  if (shown !== alerts) {
    // Some of the alerts it dismissed cleared (a budget raised): only a new one is news.
    const dismissed = findAlertKeys(closed.issue.body);
    const fewer =
      keys !== undefined && keys.length > 0 && dismissed !== null && keys.every((k) => dismissed.includes(k)); // prettier-ignore
    return notPlanned && fewer
      ? `issue #${closed.issue.id} was closed as not planned with these alerts and more; a new issue opens when a new one appears, or in a week if they hold`
      : null;
  }
  if (notPlanned)
    return `issue #${closed.issue.id} was closed as not planned with these same alerts; a new issue opens when they change, or in a week if they hold`;
  if (window !== undefined && Date.parse(closed.at) > Date.parse(window.since))
    return `issue #${closed.issue.id} was closed after this run's window began, with these same alerts; it opens again if they hold once the window is past the close`;
  return null;
}
