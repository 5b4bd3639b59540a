/**
 * What an acceptance of a known regression covers (pure). An acceptance names the prompt
 * versions and metrics that failed the policy when it was given, with the change each showed;
 * it covers a later report's failing metric only when that is the same prompt, version (and
 * text) and metric, its status is no worse, and its change is no worse than the accepted one by more than
 * the tolerance. Removing the label withdraws every acceptance given before.
 */
import { METRIC_SPECS } from '../metrics.js';
import type {
  AcceptanceReport,
  AcceptItem,
  CoveredItem,
  Grant,
  LabelEvent,
  Shown,
  UncoveredItem,
  UncoveredReason,
} from '../report/acceptance-types.js';
import { recordedItem, recordedName, sameItem } from '../report/acceptance-record.js';
import { sanitize } from '../format/escape.js';
import { STATUS_SEVERITY, type CompareReport, type MetricResult } from '../report/types.js';
import { failsPolicy, verdictStatus } from '../report/policy.js';

/** The change of a metric as the report shows it: rate points for success, else relative. */
function shownChange(m: MetricResult): number | null {
  return METRIC_SPECS[m.metric].threshold === 'points'
    ? m.absolute_change
    : (m.relative_change ?? null);
}

/** How much worse (positive) or better (negative) a change is, in the metric's direction. */
export function worseBy(item: Pick<AcceptItem, 'metric' | 'change'>): number | null {
  if (item.change === null) return null;
  return METRIC_SPECS[item.metric].better === 'higher' ? -item.change : item.change;
}

/**
 * Candidates that fail the report's policy with no metric to accept: new prompts never called,
 * under `fail-on: untested`. No acceptance covers them (an acceptance is of what was measured);
 * their evaluation has to run.
 */
export function uncoverable(report: CompareReport): string[] {
  return report.comparisons
    .filter((c) => c.metrics.length === 0 && failsPolicy(verdictStatus(c), report.settings.fail_on))
    .map((c) => `${c.prompt} ${c.candidate.version}`);
}

/**
 * Every metric of every candidate that fails the report's `fail-on` policy, in report order,
 * names in their recorded form (long names shortened with a hash; see `recordedName`).
 */
export function failingItems(report: CompareReport): AcceptItem[] {
  const failOn = report.settings.fail_on;
  const out: AcceptItem[] = [];
  for (const c of report.comparisons) {
    if (!failsPolicy(c.status, failOn)) continue;
    for (const m of c.metrics) {
      if (!failsPolicy(m.status, failOn)) continue;
      const change = shownChange(m);
      const absolute = m.absolute_change;
      out.push(
        recordedItem({
          prompt: c.prompt,
          version: c.candidate.version,
          metric: m.metric,
          status: m.status,
          change,
          threshold: m.threshold,
          ...(change === null && absolute !== null && Number.isFinite(absolute)
            ? { absolute_change: absolute }
            : {}),
          ...(c.candidate.prompt_hash ? { prompt_hash: c.candidate.prompt_hash } : {}),
        }),
      );
    }
  }
  return out;
}

// Float noise must not turn "exactly as accepted" into "worse".
const EPSILON = 1e-12;

/**
 * Whether `now` is within the tolerance of the accepted change: no worse than the accepted
 * change plus `tolerance` times the larger of that change and the materiality threshold (so a
 * small accepted change still leaves room for sampling noise). A change with no relative value
 * (a baseline at 0) is compared in the metric's own unit, within `tolerance` of the accepted
 * one: a cost accepted at +0.002 per call does not cover +0.039. Where neither side has a number
 * (a metric accepted as not tested), the statuses alone decide.
 */
export function withinTolerance(now: AcceptItem, accepted: AcceptItem, tolerance: number): boolean {
  const w = worseBy(now);
  const wa = worseBy(accepted);
  if (w !== null && wa !== null) {
    const base = Math.max(wa, 0);
    return w <= base + tolerance * Math.max(base, Math.abs(accepted.threshold)) + EPSILON;
  }
  const [a, aa] = [absoluteWorse(now), absoluteWorse(accepted)];
  if (w === null && wa === null && a !== null && aa !== null)
    return a <= Math.max(aa, 0) * (1 + tolerance) + EPSILON;
  // Not tested, with an estimate or none: what was accepted is that it is not tested.
  if (now.status === 'insufficient_data' && accepted.status === 'insufficient_data') return true;
  // One side measured against a baseline the other's was not: not the change that was accepted.
  // Records written before absolute changes were kept compare as they did.
  return w === null && wa === null && (a === null || aa === null);
}

/** `worseBy` of an item's absolute change (see `AcceptItem.absolute_change`). */
function absoluteWorse(item: AcceptItem): number | null {
  return item.absolute_change === undefined
    ? null
    : worseBy({ metric: item.metric, change: item.absolute_change });
}

const rank = (s: AcceptItem['status']): number => STATUS_SEVERITY.indexOf(s);

/** What acceptances cover of the failing metrics of a report. */
export interface Coverage {
  /** At least one metric fails, and acceptances cover every one. */
  readonly accepted: boolean;
  readonly covered: CoveredItem[];
  readonly not_covered: UncoveredItem[];
}

/**
 * A report's acceptance: what `grants` cover of `failing` (coverage), with the settings it was
 * judged under (`accept-label`, `accept-tolerance`) and its notes.
 */
export function judgedAcceptance(
  failing: readonly AcceptItem[],
  grants: readonly Grant[],
  settings: { readonly acceptLabel: string; readonly acceptTolerance: number },
  notes: readonly string[] = [],
  /** Failing candidates no acceptance can cover (see `uncoverable`). */
  blocked = 0,
): AcceptanceReport {
  const cov = coverage(failing, grants, settings.acceptTolerance, blocked);
  return {
    accepted: cov.accepted,
    label: settings.acceptLabel,
    tolerance: settings.acceptTolerance,
    grants,
    covered: cov.covered,
    not_covered: cov.not_covered,
    notes,
  };
}

/** Splits `failing` into what `grants` cover and what they do not, and why. */
export function coverage(
  failing: readonly AcceptItem[],
  grants: readonly Grant[],
  tolerance: number,
  /** Failing candidates no acceptance can cover (see `uncoverable`). */
  blocked = 0,
): Coverage {
  const covered: CoveredItem[] = [];
  const notCovered: UncoveredItem[] = [];
  for (const item of failing) {
    const matches = grants.flatMap((g) =>
      g.covers.filter((c) => sameItem(c, item)).map((c) => ({ c, by: g.by })),
    );
    const hit = matches.find(
      ({ c }) => rank(item.status) >= rank(c.status) && withinTolerance(item, c, tolerance),
    );
    if (hit) {
      covered.push({ ...item, accepted_change: hit.c.change, accepted_by: hit.by });
      continue;
    }
    let reason: UncoveredReason = 'not_accepted';
    const otherText = (c: AcceptItem): boolean =>
      c.prompt === item.prompt && c.version === item.version && c.metric === item.metric;
    if (matches.length === 0 && grants.some((g) => g.covers.some(otherText))) reason = 'other_text';
    if (matches.length > 0) {
      reason = matches.some(({ c }) => rank(item.status) >= rank(c.status))
        ? 'worse_than_accepted'
        : 'status_worse_than_accepted';
    }
    // The most lenient accepted change is the one the reader compares with.
    const accepted = matches
      .map(({ c }) => c)
      .sort((a, b) => (worseBy(b) ?? -Infinity) - (worseBy(a) ?? -Infinity))[0];
    notCovered.push({ ...item, reason, accepted_change: accepted?.change ?? null });
  }
  return {
    accepted: failing.length > 0 && notCovered.length === 0 && blocked === 0,
    covered,
    not_covered: notCovered,
  };
}

/**
 * The prompts of `failing` that `given` covers and `kept` (what a record keeps of it, see
 * keptInRecord) no longer does, in report order: acceptances dropped to make room.
 */
export function droppedPrompts(
  failing: readonly AcceptItem[],
  given: readonly Grant[],
  kept: readonly Grant[],
  tolerance: number,
): string[] {
  if (kept.length === given.length) return [];
  const now = coverage(failing, kept, tolerance).covered;
  const lost = coverage(failing, given, tolerance).covered.filter(
    (i) => !now.some((k) => sameItem(k, i)),
  );
  return [...new Set(lost.map((i) => i.prompt))];
}

/** Whether the label is on the pull request, and the event that put it there. */
export function labelState(events: readonly LabelEvent[]): {
  readonly on: boolean;
  readonly lastLabeled: LabelEvent | null;
} {
  const last = events.at(-1);
  const lastLabeled = [...events].reverse().find((e) => e.action === 'labeled') ?? null;
  return {
    on: last?.action === 'labeled',
    lastLabeled: last?.action === 'labeled' ? lastLabeled : null,
  };
}

const time = (iso: string): number => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
};

/**
 * The recorded acceptances still in force: a label's while that very label event is the one
 * that put the label on (removing and re-adding it makes a new one), a command's while the
 * label has not been removed since it was given.
 */
export function grantsInForce(recorded: readonly Grant[], events: readonly LabelEvent[]): Grant[] {
  const { on, lastLabeled } = labelState(events);
  return recorded.filter((g) => {
    if (g.via === 'label') return on && lastLabeled !== null && g.ref === lastLabeled.id;
    return !events.some((e) => e.action === 'unlabeled' && time(e.at) > time(g.at));
  });
}

/**
 * When the report the comment shows was posted: its run takes `shown.at` before it writes the
 * comment, and a write that waits out a rate limit lands seconds or a minute later; a label or
 * a command in between was given against the report before. The comment's last change is that
 * write, unless an acceptance was recorded since the report was made (then it may be that edit
 * instead). A run that showed the very same report again (a re-run, another label's run) knew
 * by when the comment it read showed it, and recorded that (`shown.posted`): its own write,
 * later, does not make an acceptance given in between look older than the report.
 */
export function shownPostedAt(
  shown: Shown,
  grants: readonly Grant[],
  updatedAt: string | undefined,
): number {
  const made = Date.parse(shown.at);
  const edited = updatedAt === undefined ? NaN : Date.parse(updatedAt);
  const acceptedSince = grants.some((g) => Date.parse(g.at) >= made);
  const last = Number.isFinite(edited) && !acceptedSince ? Math.max(made, edited) : made;
  const before = shown.posted === undefined ? NaN : Date.parse(shown.posted);
  return Number.isFinite(before) && before < last ? Math.max(made, before) : last;
}

/**
 * What a label added at `labeledAt` accepts: what the comment showed when the label was added
 * (its report, posted at `postedMs` or before: see shownPostedAt). Without a comment that shows
 * a report, the run the label event itself started (whose head is the head at that moment)
 * takes this report's failing metrics, and any other run nothing when no comment was ever
 * written (`nothingShown`). Null when nobody can tell what was accepted: the comment's report
 * was posted after the label (a push's report whose comment was still being written when the
 * label was added, or one that replaced it before any run saw the label).
 */
export function labelScope(
  shown: Shown | null,
  postedMs: number,
  labeledAt: string,
  current: readonly AcceptItem[],
  runOfTheLabelEvent: boolean,
  nothingShown = false,
): readonly AcceptItem[] | null {
  if (shown) return postedMs <= time(labeledAt) ? shown.failing : null;
  if (runOfTheLabelEvent) return current;
  if (nothingShown) return [];
  return null;
}

/**
 * What a `/prompt-check accept` command accepts: the failing metrics the comment shows, only of
 * the named prompts when it names some. `unknown` lists names that match no failing prompt.
 */
export function commandScope(
  shown: readonly AcceptItem[],
  names: readonly string[],
): { readonly covers: AcceptItem[]; readonly unknown: string[] } {
  if (names.length === 0) return { covers: [...shown], unknown: [] };
  // Recorded names of very long prompts are shortened; a typed name is compared the same way.
  // A name typed as the report shows it (line breaks as ␤, a second space as ␠) means the
  // prompt it shows, when no prompt has that very name.
  const shownAs = (n: string): string => sanitize(n, Number.MAX_SAFE_INTEGER);
  const prompts = new Set(shown.map((i) => i.prompt));
  // Each prompt's shown form, once (a command may carry thousands of words): null when two share it.
  const byShown = new Map<string, string | null>();
  for (const p of prompts) {
    const key = shownAs(p);
    byShown.set(key, byShown.has(key) ? null : p);
  }
  const resolve = (n: string): string | undefined => {
    const exact = recordedName(n);
    return prompts.has(exact) ? exact : (byShown.get(shownAs(n)) ?? undefined);
  };
  const wanted = new Set(names.map(resolve).filter((p) => p !== undefined));
  const unknown = names.filter((n) => resolve(n) === undefined);
  return { covers: shown.filter((i) => wanted.has(i.prompt)), unknown };
}
