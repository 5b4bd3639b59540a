/** The metrics the analysis knows, in report order. */
export const METRICS = [
  'quality_score',
  'accuracy',
  'latency_ms',
  'success',
  'cost_eur',
  'total_tokens',
] as const;

/** One metric column of `prompt_metrics`. */
export type Metric = (typeof METRICS)[number];

/**
 * The primary test that decides a metric's status: the paired ones when compared by case, and
 * `day_level_t` when the baseline spans several days (the candidate's mean against the spread of
 * daily means).
 */
export type PrimaryTest = (typeof PRIMARY_TESTS)[number];

/** The primary tests on two independent samples of calls. */
export const UNPAIRED_TESTS = ['welch_t', 'mann_whitney_u', 'fisher_exact'] as const;

/** One primary test on two independent samples of calls. */
export type UnpairedTest = (typeof UNPAIRED_TESTS)[number];

/** The primary tests on per-case differences (`pair-by`). */
export const PAIRED_TESTS = [
  'paired_t',
  'wilcoxon_signed_rank',
  'mcnemar_exact',
  // Success with more than one call of a case on a side: the stratified exact test, or its
  // normal approximation (Mantel-Haenszel) where the exact one would take too long.
  'cmh_exact',
  'cmh_normal',
] as const;

/** One primary test on per-case differences. */
export type PairedTest = (typeof PAIRED_TESTS)[number];

/** Every name a report's `test` field may carry (README, "The JSON report"). */
export const PRIMARY_TESTS = [...UNPAIRED_TESTS, ...PAIRED_TESTS, 'day_level_t'] as const;

/**
 * The paired test that replaces each unpaired one when cases are matched (success with repeated
 * calls of a case: `cmh_exact`).
 */
export const PAIRED_TEST: Readonly<Record<UnpairedTest, PairedTest>> = {
  welch_t: 'paired_t',
  mann_whitney_u: 'wilcoxon_signed_rank',
  fisher_exact: 'mcnemar_exact',
};

/** How a metric is judged: which way is better, which test, which statistic the threshold applies to. */
export interface MetricSpec {
  readonly metric: Metric;
  /** Human label for reports. */
  readonly label: string;
  readonly better: 'higher' | 'lower';
  readonly test: UnpairedTest;
  /** The statistic the materiality threshold and the interval are about. */
  readonly center: 'mean' | 'median' | 'rate';
  /** `relative`: a fraction of the baseline's center; `points`: an absolute difference of rates. */
  readonly threshold: 'relative' | 'points';
  /** Default materiality threshold (Prompt Versioner's own alert thresholds). */
  readonly defaultThreshold: number;
}

/** Every metric's spec, keyed by metric. */
export const METRIC_SPECS: Readonly<Record<Metric, MetricSpec>> = {
  quality_score: {
    metric: 'quality_score',
    label: 'Quality',
    better: 'higher',
    test: 'welch_t',
    center: 'mean',
    threshold: 'relative',
    defaultThreshold: 0.1,
  },
  accuracy: {
    metric: 'accuracy',
    label: 'Accuracy',
    better: 'higher',
    test: 'welch_t',
    center: 'mean',
    threshold: 'relative',
    defaultThreshold: 0.1,
  },
  latency_ms: {
    metric: 'latency_ms',
    label: 'Latency',
    better: 'lower',
    test: 'mann_whitney_u',
    center: 'median',
    threshold: 'relative',
    defaultThreshold: 0.3,
  },
  success: {
    metric: 'success',
    label: 'Success rate',
    better: 'higher',
    test: 'fisher_exact',
    center: 'rate',
    threshold: 'points',
    defaultThreshold: 0.05,
  },
  cost_eur: {
    metric: 'cost_eur',
    label: 'Cost',
    better: 'lower',
    test: 'welch_t',
    center: 'mean',
    threshold: 'relative',
    defaultThreshold: 0.2,
  },
  total_tokens: {
    metric: 'total_tokens',
    label: 'Tokens',
    better: 'lower',
    test: 'welch_t',
    center: 'mean',
    threshold: 'relative',
    defaultThreshold: 0.2,
  },
};

/** Materiality thresholds per metric: fractions for relative metrics, rate points for success. */
export type Thresholds = Readonly<Record<Metric, number>>;

/** The default thresholds. */
export const DEFAULT_THRESHOLDS: Thresholds = Object.fromEntries(
  METRICS.map((m) => [m, METRIC_SPECS[m].defaultThreshold]),
) as Record<Metric, number>;

/**
 * Rounding a change carries from the arithmetic on its two sides (0.97 - 0.92 is
 * 0.04999999999999993), as a share of the threshold.
 */
const THRESHOLD_ROUNDING = 1e-9;

/**
 * A change in the worse direction (in the threshold's units) is material: at least the threshold,
 * as the settings read ("at least 20 %"), whatever the last bits of its arithmetic.
 */
export function reachesThreshold(worseBy: number, threshold: number): boolean {
  return worseBy >= threshold - THRESHOLD_ROUNDING * Math.max(1, Math.abs(threshold));
}

/** Type guard for metric names coming from outside. */
export function isMetric(value: string): value is Metric {
  return (METRICS as readonly string[]).includes(value);
}

/**
 * A change of a metric in threshold units, signed so that positive means worse: the one rule
 * that metric tests, day-level tests and trends share. Relative thresholds divide by the
 * base's magnitude; a change from a base of zero is infinitely worse or better (or none).
 */
export function toWorse(diff: number, base: number, spec: MetricSpec): number {
  const signed = spec.better === 'higher' ? -diff : diff;
  if (spec.threshold === 'points') return signed;
  if (base !== 0) return signed / Math.abs(base);
  return signed === 0 ? 0 : signed > 0 ? Infinity : -Infinity;
}
