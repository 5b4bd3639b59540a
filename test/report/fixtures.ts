// Hand-built reports with realistic numbers: the renderers are tested on values, not stores.
import { countStatuses, worstStatus } from '../../src/report/policy.js';
import { DEFAULT_THRESHOLDS, METRIC_SPECS, type Metric } from '../../src/metrics.js';
import type {
  BaselineInfo,
  CandidateStatus,
  Comparison,
  CompareReport,
  MetricResult,
  MetricStatus,
  SideStats,
  Verdict,
} from '../../src/report/types.js';

type Side = [n: number, mean: number | null, median?: number | null];

interface MetricInput {
  status: MetricStatus;
  base: Side;
  cand: Side;
  p?: number | null;
  padj?: number | null;
  ci?: [number, number] | null;
  needed?: number | null;
  underpowered?: boolean;
  /** One-sided alpha of each end of the interval (default: alpha, both ends). */
  ciAlpha?: [number, number];
}

function side([n, mean, median]: Side): SideStats {
  return { n, mean, median: median === undefined ? mean : median };
}

/** A metric result whose changes follow from the two sides, as the analysis computes them. */
export function metric(name: Metric, input: MetricInput): MetricResult {
  const spec = METRIC_SPECS[name];
  const b = side(input.base);
  const c = side(input.cand);
  const center = (s: SideStats) => (spec.center === 'median' ? s.median : s.mean);
  const bc = center(b);
  const cc = center(c);
  const tested = input.status !== 'insufficient_data';
  return {
    metric: name,
    status: input.status,
    baseline: b,
    candidate: c,
    relative_change: bc === null || cc === null || bc === 0 ? null : (cc - bc) / bc,
    absolute_change: bc === null || cc === null ? null : cc - bc,
    test: spec.test,
    p_value: tested ? (input.p ?? null) : null,
    p_value_adjusted: tested ? (input.padj ?? null) : null,
    ci: tested ? (input.ci ?? null) : null,
    ci_alpha: tested && input.ci ? (input.ciAlpha ?? [0.05, 0.05]) : null,
    threshold: DEFAULT_THRESHOLDS[name],
    samples_needed: input.needed ?? null,
    underpowered: input.underpowered ?? false,
    secondary: name === 'latency_ms' && tested ? [{ test: 'welch_t', p_value: input.p ?? 1 }] : [],
  };
}

/** A baseline with the usual defaults: latest earlier version, re-run with the change. */
export function baseline(
  version: string,
  n: number,
  extra: Partial<BaselineInfo> = {},
): BaselineInfo {
  return {
    version,
    prompt_hash: null,
    n,
    models: ['gpt-4o'],
    timestamp: '2026-10-12T09:30:00+00:00',
    chosen_by: 'latest',
    source: 'fresh',
    newest_call: '2026-11-01T18:02:11+00:00',
    age_days: 0,
    ...extra,
  };
}

/**
 * A comparison; its status is decided by the analysis' own rule: its worst metric's (too few
 * calls when it has none), or `new_prompt` without a baseline.
 */
export function comparison(
  prompt: string,
  version: string,
  n: number,
  base: BaselineInfo | null,
  metrics: MetricResult[],
  extra: Partial<Comparison> = {},
): Comparison {
  const status: CandidateStatus = base === null ? 'new_prompt' : worstStatus(metrics);
  return {
    prompt,
    candidate: {
      version,
      version_reused: false,
      prompt_hash: null,
      n,
      models: base?.models ?? ['gpt-4o'],
      timestamp: '2026-11-01T17:45:00+00:00',
      git_commit: 'c0ffee1',
    },
    baseline: base,
    status,
    metrics,
    cross_model: false,
    warnings: [],
    ...extra,
  };
}

/** A report around the comparisons, with default settings. */
export function report(
  verdict: Verdict,
  comparisons: Comparison[],
  extra: Partial<CompareReport> = {},
): CompareReport {
  return {
    schema: 1,
    kind: 'compare',
    verdict,
    generated_at: '2026-11-02T09:14:27.512Z',
    settings: {
      alpha: 0.05,
      correction: 'holm',
      min_samples: 30,
      fail_on: 'regressed',
      thresholds: DEFAULT_THRESHOLDS,
    },
    counts: countStatuses(comparisons),
    comparisons,
    same_text: [],
    warnings: [],
    ...extra,
  };
}
