import type { Metric, PrimaryTest, UnpairedTest } from '../metrics.js';
import type { AcceptanceReport } from './acceptance-types.js';

/** Status of one metric of one candidate (DESIGN.md "Status of one metric"). */
export type MetricStatus =
  'regressed' | 'degraded' | 'improved' | 'unchanged' | 'inconclusive' | 'insufficient_data';

/** Status of a candidate: its worst metric's, or `new_prompt` when there is nothing to compare with. */
export type CandidateStatus = MetricStatus | 'new_prompt';

/** Every verdict of a report. */
export const VERDICTS = ['passed', 'regressed', 'warning', 'no_changes'] as const;

/** The run's verdict. */
export type Verdict = (typeof VERDICTS)[number];

/**
 * Which statuses fail the run: a status and every worse one. `untested` fails from
 * `insufficient_data` on (a changed prompt that could not be tested); `never` fails nothing.
 */
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

/** Every `fail-on` level, strictest last but one. */
export const FAIL_ON_LEVELS = [
  'regressed',
  'degraded',
  'inconclusive',
  'untested',
  'never',
] as const;

/** Every multiple-testing correction (the `correction` input). */
export const CORRECTIONS = ['holm', 'bh', 'none'] as const;

/** Multiple-testing correction over every primary test of a run. */
export type Correction = (typeof CORRECTIONS)[number];

/** Worst first: a candidate's status is the first of these that any of its metrics has. */
export const STATUS_SEVERITY: readonly MetricStatus[] = [
  'regressed',
  'degraded',
  'inconclusive',
  'insufficient_data',
  'unchanged',
  'improved',
];

/** Candidate statuses in the order a reader meets them, worst first: `new_prompt` last. */
export const STATUS_ORDER: readonly CandidateStatus[] = [...STATUS_SEVERITY, 'new_prompt'];

/** Descriptive statistics of one side of a comparison. For `success`, mean is the rate. */
export interface SideStats {
  readonly n: number;
  readonly mean: number | null;
  readonly median: number | null;
}

/**
 * A test that was run but does not decide the status. In a paired comparison it is the unpaired
 * primary test on all calls, for comparison.
 */
export interface SecondaryTest {
  readonly test: UnpairedTest;
  readonly p_value: number;
}

/** One metric of one comparison. */
export interface MetricResult {
  readonly metric: Metric;
  readonly status: MetricStatus;
  readonly baseline: SideStats;
  readonly candidate: SideStats;
  /**
   * Change of the metric's center (mean, median or rate), candidate vs baseline, as a fraction
   * of the baseline; null when the baseline center is 0 or missing.
   */
  readonly relative_change: number | null;
  /** Candidate center minus baseline center; for success, in rate units (0.05 = 5 points). */
  readonly absolute_change: number | null;
  readonly test: PrimaryTest;
  /** One-sided p-value in the "worse" direction; null when not tested (insufficient data). */
  readonly p_value: number | null;
  /** After the run's multiple-testing correction. */
  readonly p_value_adjusted: number | null;
  /**
   * Interval for the effect (candidate minus baseline): difference of means (Welch), shift of
   * the median (Hodges-Lehmann) or difference of rates (Newcombe). Each end is a one-sided
   * bound at the level the run's correction tested its direction at (`ci_alpha`), so that the
   * interval agrees with the decision; with `correction: none` it is the (1 - 2 alpha) interval.
   */
  readonly ci: readonly [number, number] | null;
  /**
   * One-sided error rate of each end of `ci`: the lower end is a (1 - ci_alpha[0]) lower
   * confidence bound, the upper end a (1 - ci_alpha[1]) upper bound. Null when not tested.
   */
  readonly ci_alpha: readonly [number, number] | null;
  /** The materiality threshold applied (fraction, or rate points for success). */
  readonly threshold: number;
  /**
   * For `inconclusive`, and for `unchanged` when `underpowered`: calls per side that would
   * detect a material change at 80 % power.
   */
  readonly samples_needed: number | null;
  /**
   * True for an `unchanged` metric whose interval still reaches the threshold, while its
   * estimate is no worse than the baseline's: these sample sizes cannot resolve the threshold,
   * a sample-size note rather than a warning.
   */
  readonly underpowered: boolean;
  readonly secondary: readonly SecondaryTest[];
  /**
   * Present when the metric had enough values but could not be tested as logged (values too
   * large for the arithmetic, quality on two scales, latency in two units or missing from many
   * candidate calls): why. Its status is then `inconclusive`, with null p-values.
   */
  readonly not_tested?: string;
  /**
   * Only with `pair-by`: true when the test ran on matched cases (then n, mean and median of
   * both sides are over per-case means of the matched cases, `samples_needed` counts cases).
   */
  readonly paired?: boolean;
  /** Only with `pair-by`: cases with a value of this metric on both sides. */
  readonly matched_cases?: number;
  /** Only with `pair-by`: cases with a value of this metric on one side only (left out when paired). */
  readonly baseline_only_cases?: number;
  readonly candidate_only_cases?: number;
}

/** How a comparison's calls matched up by case (only with `pair-by`). */
export interface CasePairing {
  /** The metadata key. */
  readonly key: string;
  /** True when at least one metric was compared on matched cases. */
  readonly paired: boolean;
  readonly matched_cases: number;
  readonly baseline_only_cases: number;
  readonly candidate_only_cases: number;
  /** Calls without the key (or with invalid metadata), left out of paired tests. */
  readonly baseline_calls_without_case: number;
  readonly candidate_calls_without_case: number;
}

/** The version under test. */
export interface CandidateInfo {
  readonly version: string;
  /**
   * The base store has a version of this prompt with this version string but other text (a
   * fresh store per CI job restarts at 1.0.0; `overwrite=True` rewrites a version in place).
   */
  readonly version_reused: boolean;
  /** SHA-256 (hex, first 16 chars) of system prompt, NUL, user prompt; null when unknown. */
  readonly prompt_hash: string | null;
  readonly n: number;
  readonly models: readonly string[];
  readonly timestamp: string;
  readonly git_commit: string | null;
  /**
   * The candidate's calls on models the baseline has no call on, left out of the comparison
   * (like with like): not in `n`. Absent when none were, and from reports of earlier engines.
   */
  readonly left_out?: { readonly models: readonly string[]; readonly calls: number };
  /**
   * The base store's version of this prompt (the newest, other than the baseline) whose text the
   * candidate has again: the change reverts to it. Absent otherwise.
   */
  readonly reverts_to?: string;
  /**
   * The head's other version strings with the candidate's very text (a re-save under a bumped
   * string), newest first: their calls are pooled into the candidate's `n`. Absent otherwise.
   */
  readonly pooled?: readonly string[];
}

/** Where a baseline's samples may come from. */
export const BASELINE_SOURCES = ['fresh', 'history'] as const;

/** Where the baseline's samples came from. */
export type BaselineSource = (typeof BASELINE_SOURCES)[number];

/** The ways a baseline version may be chosen. */
export const BASELINE_CHOICES = ['explicit', 'production_tag', 'latest', 'same_text'] as const;

/** How the baseline version was chosen. */
export type BaselineChoice = (typeof BASELINE_CHOICES)[number];

/**
 * Why a baseline may not be the version that runs: the production tag was not moved to a newer
 * version that has taken the calls since (`tag_not_moved`), or, untagged, newer versions with
 * calls but fewer than min-samples were passed over for it (`newer_few_calls`).
 */
export const BASELINE_DOUBTS = ['tag_not_moved', 'newer_few_calls'] as const;

export type BaselineDoubt = (typeof BASELINE_DOUBTS)[number];

/** The version compared against. */
export interface BaselineInfo {
  readonly version: string;
  /** As the candidate's `prompt_hash`. */
  readonly prompt_hash: string | null;
  readonly n: number;
  readonly models: readonly string[];
  readonly timestamp: string;
  readonly chosen_by: BaselineChoice;
  /** `fresh`: calls the pull request's evaluation logged again; `history`: earlier calls. */
  readonly source: BaselineSource;
  /** Newest baseline call used, ISO 8601. */
  readonly newest_call: string | null;
  /** Days between the newest baseline call and the newest candidate call. */
  readonly age_days: number | null;
  /**
   * The baseline's prompt, when it is not the candidate's: the candidate's prompt seems renamed
   * from it (the base store has no prompt of the new name, the head none of the old). Absent otherwise.
   */
  readonly prompt?: string;
  /** Set when the baseline may not be what runs (a warning, never a pass): see BASELINE_DOUBTS. */
  readonly doubt?: BaselineDoubt;
}

/** One candidate version against its baseline. */
export interface Comparison {
  readonly prompt: string;
  readonly candidate: CandidateInfo;
  readonly baseline: BaselineInfo | null;
  readonly status: CandidateStatus;
  readonly metrics: readonly MetricResult[];
  /** True when the baseline had no calls on the candidate's models. */
  readonly cross_model: boolean;
  /** Plain-text notes (model, temperature or max_tokens differ; baseline is old; ...). */
  readonly warnings: readonly string[];
  /** Present when the run was asked to pair by case (`pair-by`) and a baseline was found. */
  readonly pairing?: CasePairing;
}

/** The settings a report was made with, so that it can be read on its own. */
export interface ReportSettings {
  readonly alpha: number;
  readonly correction: Correction;
  readonly min_samples: number;
  readonly fail_on: FailOn;
  readonly thresholds: Readonly<Record<Metric, number>>;
  /** The metadata key calls were paired by (`pair-by`); absent when not asked for. */
  readonly pair_by?: string;
}

/** Counts for outputs and one-line verdicts. */
export interface ReportCounts {
  readonly candidates: number;
  readonly regressed: number;
  readonly degraded: number;
  readonly inconclusive: number;
  readonly improved: number;
  readonly new_prompts: number;
  /** Changed prompts with an earlier version that could not be tested (too few calls). */
  readonly untested: number;
  /** Distinct prompt names among the comparisons. */
  readonly prompts: number;
}

/** A head version whose prompt text the base store has under another version string. */
export interface SameTextNote {
  readonly prompt: string;
  readonly version: string;
  /** The base store's version string with the same text. */
  readonly same_as: string;
}

/** A base version that a head store copied from the base store lacks. */
export interface LostVersionNote {
  readonly prompt: string;
  readonly version: string;
  /** The base's live version of the prompt: nothing was compared for it. */
  readonly live: boolean;
}

/** The pull-request comparison report: the JSON contract of DESIGN.md. */
export interface CompareReport {
  readonly schema: 1;
  readonly kind: 'compare';
  readonly verdict: Verdict;
  readonly generated_at: string;
  readonly settings: ReportSettings;
  readonly counts: ReportCounts;
  readonly comparisons: readonly Comparison[];
  /** Head versions that only relabel a base version's text: not prompt changes, not tested. */
  readonly same_text: readonly SameTextNote[];
  /**
   * Base versions a head store copied from the base lacks: a live one's text, or versions the
   * base registered after the head's newest copied row (an older copy kept in a merge conflict, or
   * the stores given the other way round). The verdict is then at least `warning`. Absent from
   * reports of engines before it: none.
   */
  readonly lost_versions?: readonly LostVersionNote[];
  /**
   * True when the run had no baseline store at all (none at the base commit, or none given):
   * every version reads as new and nothing was compared, so the verdict is at least `warning`.
   * Absent otherwise, and from reports of engines before it.
   */
  readonly no_baseline_store?: true;
  /** Run-level notes (no baseline store, cross-model comparisons, ...). */
  readonly warnings: readonly string[];
  /** Where the report is about; set by the action, absent from the CLI. */
  readonly context?: ReportContext;
  /**
   * A known regression accepted on the pull request (label or command), set by the action;
   * never taken from a report artifact (validation drops it: a fork could write anything).
   */
  readonly acceptance?: AcceptanceReport;
}

/** The pull request or run a report belongs to (the publish mode checks it). */
export interface ReportContext {
  readonly repository?: string;
  readonly pull_request?: number;
  readonly head_sha?: string;
  readonly base_sha?: string;
  readonly run_id?: number;
  readonly run_number?: number;
}
