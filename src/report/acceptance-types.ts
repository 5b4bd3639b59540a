/**
 * The acceptance of a known regression, as the JSON report carries it: who accepted, when, how,
 * and which prompt versions and metrics that covers in this report. Shapes only.
 */
import type { Metric } from '../metrics.js';
import type { MetricStatus } from './types.js';

/** How an acceptance was given. */
export type AcceptVia = 'label' | 'command';

/** One metric of one candidate version that fails the policy: what an acceptance names. */
export interface AcceptItem {
  readonly prompt: string;
  readonly version: string;
  readonly metric: Metric;
  readonly status: MetricStatus;
  /**
   * The change the report shows: relative (a fraction of the baseline) for most metrics, rate
   * points for `success`; null when it could not be computed.
   */
  readonly change: number | null;
  /** The materiality threshold the metric was judged with (same units as `change`). */
  readonly threshold: number;
  /**
   * When `change` is null (a baseline at 0): the change in the metric's own unit, which later
   * reports are compared on instead. Absent in records written before it was kept.
   */
  readonly absolute_change?: number;
  /**
   * The candidate's `prompt_hash`: an acceptance covers the text it was given for, not another
   * text logged under the same version string (absent in records written before it was kept).
   */
  readonly prompt_hash?: string;
}

/** One act of acceptance: a label added, or a `/prompt-check accept` command. */
export interface Grant {
  /** Login of the person who accepted (write permission checked when it was given). */
  readonly by: string;
  /** When it was given (the label event's or the command comment's time), ISO 8601. */
  readonly at: string;
  readonly via: AcceptVia;
  /** The label event id, or the id of the command comment. */
  readonly ref: number;
  /** What was regressed when it was given (and, for a command naming prompts, named). */
  readonly covers: readonly AcceptItem[];
}

/** A failing metric an acceptance covers. */
export interface CoveredItem extends AcceptItem {
  /** The change that was accepted. */
  readonly accepted_change: number | null;
  readonly accepted_by: string;
}

/** Why a failing metric is not covered. */
export type UncoveredReason =
  | 'not_accepted'
  /** Accepted for another text logged under the same version string. */
  | 'other_text'
  | 'worse_than_accepted'
  | 'status_worse_than_accepted';

/** A failing metric no acceptance covers. */
export interface UncoveredItem extends AcceptItem {
  readonly reason: UncoveredReason;
  /** The accepted change of the same prompt version and metric, when there is one. */
  readonly accepted_change: number | null;
}

/** What the JSON report says about acceptance (field `acceptance`). */
export interface AcceptanceReport {
  /** True when at least one metric fails the policy and acceptances cover every one. */
  readonly accepted: boolean;
  /** The `accept-label` input. */
  readonly label: string;
  /** How much worse than accepted a change may get and stay covered (`accept-tolerance`). */
  readonly tolerance: number;
  /** Acceptances in force (not withdrawn), oldest first. */
  readonly grants: readonly Grant[];
  readonly covered: readonly CoveredItem[];
  readonly not_covered: readonly UncoveredItem[];
  /** Plain-text notes: a label added by someone without write permission, and the like. */
  readonly notes: readonly string[];
}

/** The digest of the report a sticky comment shows: what a reviewer saw. */
export interface Shown {
  /** Head commit of that report. */
  readonly sha: string;
  /** When it was published, ISO 8601. */
  readonly at: string;
  readonly failing: readonly AcceptItem[];
  /**
   * Failing metrics the report showed; more than `failing` holds when the record could not keep
   * them all (a record written before this was kept says nothing: then `failing`'s length).
   */
  readonly total?: number;
  /** Failing candidates no acceptance covers (new prompts never called, see `uncoverable`). */
  readonly uncoverable?: number;
  /**
   * By when a comment already showed this very report (ISO 8601): set by a run that showed it
   * again, from the comment it read, so that its own later write does not make a label or a
   * command given in between look older than the report (see shownPostedAt).
   */
  readonly posted?: string;
}

/** One `labeled` or `unlabeled` event of the accept label on the pull request, oldest first. */
export interface LabelEvent {
  readonly id: number;
  readonly action: 'labeled' | 'unlabeled';
  readonly actor: string;
  /** An App or the Actions bot, never a person: a bot's label is not an acceptance. */
  readonly actorIsBot: boolean;
  readonly at: string;
}
