/**
 * Hidden HTML-comment markers that let a later run find what an earlier run published:
 *
 *   <!-- prompt-versioner-action:comment key=KEY sha=HEADSHA run=N attempt=N -->
 *   <!-- prompt-versioner-action:health key=KEY sha=SHA run=N attempt=N alerts=FINGERPRINT wf=WORKFLOW -->
 *
 * Report bodies put the marker on their first line, and only a first line is read as one. The
 * parser accepts only this exact format. Safety assumption: the report renderers escape `<` in every
 * string that comes from a store (prompt names, versions, model names), so store content can
 * never form a line that parses as a marker. Authorship is checked as well (see dedupe.ts).
 */
import { KEY_PATTERN, SHA_PREFIX_PATTERN, isShaPrefix, isValidKey } from '../format/ids.js';

/** What a marker marks: the sticky PR comment or the health tracking issue. */
export type MarkerKind = 'comment' | 'health';

/** A parsed marker. */
export interface Marker {
  kind: MarkerKind;
  /** The `comment-key` input: several workflows may keep separate comments on one PR. */
  key: string;
  /** Head commit the report is about. */
  sha: string;
  /** `GITHUB_RUN_NUMBER` of the workflow that computed the report; orders reports. */
  run: number;
  /** `GITHUB_RUN_ATTEMPT`; orders re-runs of one run. */
  attempt: number;
  /** Health only: fingerprint of the set of alerts, to tell when they changed. */
  alerts?: string;
  /**
   * Health only: a short hash of the workflow file that ran (see `workflowKey`). Run numbers
   * count per workflow, so reports of two workflows cannot be ordered: each keeps its own issue.
   * Absent in markers written before it was kept.
   */
  workflow?: string;
}

/** What a report is stamped with; `alerts` is required for health markers. */
export type MarkerFields = Omit<Marker, 'kind'>;

const NAME = 'prompt-versioner-action';
const LINE = new RegExp(
  `^<!-- prompt-versioner-action:(comment|health) key=(${KEY_PATTERN}) sha=(${SHA_PREFIX_PATTERN}) run=([1-9][0-9]{0,14}) attempt=([1-9][0-9]{0,5})(?: alerts=(${KEY_PATTERN}))?(?: wf=([0-9a-f]{8}))? -->$`,
);

function checkFields(kind: MarkerKind, f: MarkerFields): void {
  const bad = (what: string): never => {
    throw new Error(`Cannot build a ${kind} marker: invalid ${what}.`);
  };
  if (!isValidKey(f.key)) bad(`key ${JSON.stringify(f.key)}`);
  if (!isShaPrefix(f.sha)) bad(`sha ${JSON.stringify(f.sha)} (lowercase hex expected)`);
  if (!Number.isSafeInteger(f.run) || f.run < 1) bad(`run number ${f.run}`);
  if (!Number.isSafeInteger(f.attempt) || f.attempt < 1 || f.attempt > 999_999) {
    bad(`attempt ${f.attempt}`);
  }
  if (kind === 'health' && (f.alerts === undefined || !isValidKey(f.alerts))) {
    bad(`alerts fingerprint ${JSON.stringify(f.alerts)}`);
  }
  if (f.workflow !== undefined && (kind !== 'health' || !/^[0-9a-f]{8}$/.test(f.workflow)))
    bad(`workflow ${JSON.stringify(f.workflow)}`);
}

/** The marker line of a sticky PR comment. */
export function buildCommentMarker(fields: Omit<MarkerFields, 'alerts'>): string {
  checkFields('comment', fields);
  return `<!-- ${NAME}:comment key=${fields.key} sha=${fields.sha} run=${fields.run} attempt=${fields.attempt} -->`;
}

/** The marker line of a health tracking issue. */
export function buildHealthMarker(fields: MarkerFields & { alerts: string }): string {
  checkFields('health', fields);
  const wf = fields.workflow === undefined ? '' : ` wf=${fields.workflow}`;
  return `<!-- ${NAME}:health key=${fields.key} sha=${fields.sha} run=${fields.run} attempt=${fields.attempt} alerts=${fields.alerts}${wf} -->`;
}

/** Parses one line that must be exactly a marker (a trailing `\r` is tolerated). */
export function parseMarkerLine(line: string): Marker | null {
  const m = LINE.exec(line.endsWith('\r') ? line.slice(0, -1) : line);
  if (!m) return null;
  const [, kind, key, sha, run, attempt, alerts, workflow] = m;
  if (kind === 'health' ? alerts === undefined : alerts !== undefined || workflow !== undefined)
    return null;
  const marker: Marker = {
    kind: kind as MarkerKind,
    key: key!,
    sha: sha!,
    run: Number(run),
    attempt: Number(attempt),
  };
  if (alerts !== undefined) marker.alerts = alerts;
  if (workflow !== undefined) marker.workflow = workflow;
  return Number.isSafeInteger(marker.run) ? marker : null;
}

/**
 * The marker of a body: its first line, when that is exactly a marker of `kind`. Only the first
 * line counts: our bodies start with it, and a marker further down is text someone quoted or
 * wrote (another workflow's comment echoing user text), never ours.
 */
export function findMarker(body: string | null | undefined, kind: MarkerKind): Marker | null {
  if (!body) return null;
  const marker = parseMarkerLine(body.split('\n', 1)[0] ?? '');
  return marker?.kind === kind ? marker : null;
}

/**
 * The first marker of `kind` on any line of a body: for an issue we opened (its author checked),
 * whose description a maintainer may have edited, a note put above our marker.
 */
export function findMarkerAnywhere(
  body: string | null | undefined,
  kind: MarkerKind,
): Marker | null {
  for (const line of (body ?? '').split('\n')) {
    if (!line.startsWith('<!-- ')) continue;
    const marker = parseMarkerLine(line);
    if (marker?.kind === kind) return marker;
  }
  return null;
}

/** The last line of each reply to a command: a comment that ends with it is ours. */
export const REPLY_MARKER = `<!-- ${NAME}:reply -->`;

/** The hidden line of a reply naming the command comment it answers (before REPLY_MARKER). */
export function replyToLine(commentId: number): string {
  return `<!-- ${NAME}:reply-to ${commentId} -->`;
}

/**
 * Whether a comment is one this action wrote: a reply to a command (its last line), or a sticky
 * report (its first). With a personal token the action comments as that person, whose own
 * comments are commands all the same: only our markers tell ours apart.
 */
export function writtenByAction(body: string | null | undefined): boolean {
  const lines = (body ?? '').trimEnd().split('\n');
  return lines.at(-1) === REPLY_MARKER || parseMarkerLine(lines[0] ?? '') !== null;
}

/** Orders two reports: negative when `a` is older than `b` (run number, then attempt). */
export function compareRuns(a: Pick<Marker, 'run' | 'attempt'>, b: typeof a): number {
  return a.run - b.run || a.attempt - b.attempt;
}

// The tracking issue's second line: each confirmed alert's short key (alertKeys).
const ALERT_KEYS = new RegExp(
  `^<!-- ${NAME}:alert-keys ((?:[0-9a-f]{8})(?:,[0-9a-f]{8})*)? -->\\r?$`,
);

/** The hidden line under a tracking issue's marker that lists its alerts' short keys. */
export function buildAlertKeysLine(keys: readonly string[]): string {
  if (!keys.every((k) => /^[0-9a-f]{8}$/.test(k))) throw new Error('alert keys are 8 hex digits');
  return `<!-- ${NAME}:alert-keys ${keys.join(',')} -->`;
}

/** The alert keys a tracking issue's body lists (in its first lines), or null without the line. */
export function findAlertKeys(body: string): string[] | null {
  // Under the marker, after the lines carried.ts puts there (the alerting line, a note).
  for (const line of body.split('\n', 12)) {
    const m = ALERT_KEYS.exec(line);
    if (m) return m[1] ? m[1].split(',') : [];
  }
  return null;
}
