import { isValidKey } from '../format/ids.js';
import { DEFAULT_THRESHOLDS, METRIC_SPECS, type Metric, type Thresholds } from '../metrics.js';
import {
  BASELINE_SOURCES,
  CORRECTIONS,
  FAIL_ON_LEVELS,
  type Correction,
  type FailOn,
} from '../report/types.js';
import { defaultOf } from './inputs.js';
import {
  ConfigError,
  parseBool,
  parsePairBy,
  parseDuration,
  parseEnum,
  parseInstantInput,
  parseNumber,
  parsePercent,
  parsePoints,
  parseSize,
  type Namer,
} from './parse.js';

/** Every mode, as the `mode` input names it (besides `auto`: chosen by the event). */
export const MODES = ['pr-check', 'health', 'compare', 'relay', 'command'] as const;

/** The relay's first name, still accepted: workflows written before the rename keep working. */
const MODE_ALIASES: Readonly<Record<string, Mode>> = { publish: 'relay' };
/** What the action does on this run. */
export type Mode = (typeof MODES)[number];
/** The values of the `baseline-samples` input. */
export const BASELINE_SAMPLES = ['auto', ...BASELINE_SOURCES] as const;
/** Where baseline samples come from (see the `baseline-samples` input). */
export type BaselineSamples = (typeof BASELINE_SAMPLES)[number];
/** The values of the `comment` input. */
export const COMMENT_MODES = ['always', 'on-regression', 'never'] as const;
/** When the sticky comment is written. */
export type CommentMode = (typeof COMMENT_MODES)[number];
/** The values of the `publish` input. */
export const PUBLISH_TARGETS = ['comment', 'artifact'] as const;
/** Where a pull request's report goes. */
export type PublishTarget = (typeof PUBLISH_TARGETS)[number];

/** Settings of the statistical comparison, shared by every mode. */
export interface AnalysisOptions {
  /** Significance level, applied to corrected p-values. */
  readonly alpha: number;
  /** Fewer calls than this on either side gives `insufficient_data`. */
  readonly minSamples: number;
  readonly correction: Correction;
  /** Materiality thresholds per metric. */
  readonly thresholds: Thresholds;
  /** Newest N baseline calls. */
  readonly baselineMaxSamples: number;
  /**
   * Whether `baselineMaxSamples` was given (not the default): a paired comparison's read of the
   * baseline's cases then keeps to it; by default it reads as many as the candidate's cases need.
   */
  readonly baselineMaxGiven?: boolean;
  /** Only baseline calls at or after this instant (ISO 8601, UTC). */
  readonly baselineSince: string | null;
  readonly baselineSamples: BaselineSamples;
  /** Metadata key naming a call's test case: paired comparisons when set (see `pair-by`). */
  readonly pairBy?: string | null;
}

/** Settings of the health report. */
export interface HealthOptions {
  readonly windowMs: number;
  readonly historyMs: number;
  /** EUR per day over all prompts, null for no budget. */
  readonly dailyBudget: number | null;
  /** EUR per calendar month over all prompts, null for no budget. */
  readonly monthlyBudget: number | null;
}

/** Every setting, parsed and validated once. */
export interface Config {
  readonly mode: Mode | 'auto';
  readonly analysis: AnalysisOptions;
  readonly health: HealthOptions;
  /** Null: the mode's default (regressed for comparisons, never for health). */
  readonly failOn: FailOn | null;
  readonly store: string;
  readonly baselineStore: string | null;
  readonly storeArtifact: string | null;
  readonly baselineArtifact: string | null;
  readonly baselineWorkflow: string | null;
  readonly baselineBranch: string | null;
  readonly maxStoreBytes: number;
  readonly queryTimeoutMs: number;
  readonly prompt: string | null;
  readonly candidate: string | null;
  readonly baseline: string | null;
  readonly prNumber: number | null;
  readonly comment: CommentMode;
  readonly commentKey: string;
  readonly checkName: string | null;
  readonly charts: boolean;
  readonly publish: PublishTarget;
  readonly reportArtifact: string;
  /** Label that accepts the current regressions when someone with write permission adds it. */
  readonly acceptLabel: string;
  /** How much worse than accepted a change may get and stay covered (fraction). */
  readonly acceptTolerance: number;
  readonly issue: boolean;
  readonly issueLabel: string;
  readonly githubToken: string;
}

/** Baseline calls read when `baseline-max-samples` is not given (or `min-samples`, when more). */
export const DEFAULT_BASELINE_MAX_SAMPLES = 1000;

/** Raw values by setting name; missing or empty means the default. */
export type RawSettings = (name: string) => string | undefined;

const THRESHOLD_INPUTS: Readonly<Record<Metric, string>> = {
  quality_score: 'max-quality-drop',
  accuracy: 'max-accuracy-drop',
  latency_ms: 'max-latency-increase',
  cost_eur: 'max-cost-increase',
  total_tokens: 'max-tokens-increase',
  success: 'max-success-drop',
};

// An unset secret arrives empty; the default's expression text arrives when nothing evaluated
// it. Neither is a token: sending it would only earn 401s further on.
function tokenOf(value: string | undefined): string {
  const token = value?.trim() ?? '';
  return token === '' || token.includes('${{') ? '' : token;
}

/** The accept label, one label name as GitHub allows it. */
function parseAcceptLabel(namer: Namer, label: string): string {
  if (label.includes(',') || Array.from(label).length > 50) {
    throw new ConfigError(
      `Invalid ${namer('accept-label')} '${label}': expected one label name of at most 50 characters, without commas.`,
    );
  }
  return label;
}

/** Parses and validates every setting; throws ConfigError naming the first bad one. */
export function parseConfig(raw: RawSettings, namer: Namer): Config {
  const checkName = raw('check-name');
  const get = (name: string): string => raw(name)?.trim() || defaultOf(name);
  const opt = (name: string): string | null => get(name) || null;
  // A prompt or version name as given: the library keeps spaces at a name's ends.
  const exact = (name: string): string | null => (raw(name)?.trim() ? raw(name)! : null);
  const num = (name: string, min: number, max: number, integer = false): number =>
    parseNumber(namer, name, get(name), { min, max, integer });
  const money = (name: string): number | null =>
    opt(name) === null ? null : num(name, 0, Number.MAX_SAFE_INTEGER);

  const thresholds = { ...DEFAULT_THRESHOLDS };
  for (const [metric, name] of Object.entries(THRESHOLD_INPUTS) as [Metric, string][]) {
    thresholds[metric] =
      metric === 'success'
        ? parsePoints(namer, name, get(name))
        : // A drop of more than all of a score could never be reached: no regression would fail.
          parsePercent(
            namer,
            name,
            get(name),
            METRIC_SPECS[metric].better === 'higher' ? 100 : 1000,
          );
  }
  const since = opt('baseline-since');
  const prNumber = opt('pr-number');
  const commentKey = get('comment-key');
  if (!isValidKey(commentKey)) {
    throw new ConfigError(
      `Invalid ${namer('comment-key')} '${commentKey}': expected 1 to 64 letters, digits, '.', '_' or '-'.`,
    );
  }
  const issueLabel = get('issue-label');
  if (issueLabel.includes(',')) {
    throw new ConfigError(
      `Invalid ${namer('issue-label')} '${issueLabel}': expected one label name, without commas (GitHub reads a comma as a list of labels).`,
    );
  }
  const failOn = opt('fail-on');
  const windowMs = parseDuration(namer, 'window', get('window'));
  const historyMs = parseDuration(namer, 'history', get('history'));
  // The health report tests the window against the history before it: a history shorter than
  // the window holds no block as long as it, and every window would read "not tested".
  if (historyMs < windowMs)
    throw new ConfigError(
      `${namer('history')} '${get('history')}' is shorter than ${namer('window')} '${get('window')}': the health report tests the window against the history before it, which must be at least as long (28 days against 24 hours by default); lengthen the history or shorten the window.`,
    );
  // A cap below the minimum leaves every baseline too small to test: every verdict untested. A
  // minimum raised alone raises the default cap with it; a cap given, 1000 too, is kept or
  // refused, never raised in silence (its input has no default in action.yml, so that the
  // runner's value for an omitted input, '', tells it from one given).
  const minSamples = num('min-samples', 2, 1_000_000, true);
  const capGiven = (raw('baseline-max-samples')?.trim() ?? '') !== '';
  const baselineMaxSamples = capGiven
    ? num('baseline-max-samples', 2, 10_000_000, true)
    : Math.max(DEFAULT_BASELINE_MAX_SAMPLES, minSamples);
  if (baselineMaxSamples < minSamples)
    throw new ConfigError(
      `${namer('baseline-max-samples')} ${baselineMaxSamples} is below ${namer('min-samples')} ${minSamples}: no baseline could then be tested. Raise it to at least ${minSamples}, leave it out (its default, ${DEFAULT_BASELINE_MAX_SAMPLES}, rises with the minimum), or lower the minimum.`,
    );
  return {
    mode: parseEnum(namer, 'mode', MODE_ALIASES[get('mode').trim().toLowerCase()] ?? get('mode'), [
      'auto',
      ...MODES,
    ]),
    analysis: {
      alpha: num('alpha', 1e-6, 0.5),
      minSamples,
      correction: parseEnum(namer, 'correction', get('correction'), CORRECTIONS),
      thresholds,
      baselineMaxSamples,
      baselineMaxGiven: capGiven,
      baselineSince: since === null ? null : parseInstantInput(namer, 'baseline-since', since),
      baselineSamples: parseEnum(
        namer,
        'baseline-samples',
        get('baseline-samples'),
        BASELINE_SAMPLES,
      ),
      pairBy: parsePairBy(namer, opt('pair-by')),
    },
    health: {
      windowMs,
      historyMs,
      dailyBudget: money('daily-budget'),
      monthlyBudget: money('monthly-budget'),
    },
    failOn: failOn === null ? null : parseEnum(namer, 'fail-on', failOn, FAIL_ON_LEVELS),
    store: get('store'),
    baselineStore: opt('baseline-store'),
    storeArtifact: opt('store-artifact'),
    baselineArtifact: opt('baseline-artifact'),
    baselineWorkflow: opt('baseline-workflow'),
    baselineBranch: opt('baseline-branch'),
    maxStoreBytes: parseSize(namer, 'max-store-size', get('max-store-size')),
    queryTimeoutMs: parseDuration(namer, 'query-timeout', get('query-timeout')),
    prompt: exact('prompt'),
    candidate: exact('candidate'),
    baseline: exact('baseline'),
    prNumber:
      prNumber === null
        ? null
        : parseNumber(namer, 'pr-number', prNumber, { min: 1, max: 2 ** 31, integer: true }),
    comment: parseEnum(namer, 'comment', get('comment'), COMMENT_MODES),
    commentKey,
    // '' set on purpose is "no check run" (the runner passes the default when it is not set).
    checkName: checkName === undefined ? get('check-name') : checkName.trim() || null,
    charts: parseBool(namer, 'charts', get('charts')),
    publish: parseEnum(namer, 'publish', get('publish'), PUBLISH_TARGETS),
    reportArtifact: get('report-artifact'),
    acceptLabel: parseAcceptLabel(namer, get('accept-label')),
    acceptTolerance: parsePercent(namer, 'accept-tolerance', get('accept-tolerance')),
    issue: parseBool(namer, 'issue', get('issue')),
    issueLabel,
    githubToken: tokenOf(raw('github-token')),
  };
}
