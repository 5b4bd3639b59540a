// Hand-built reports with realistic numbers: the renderers are tested on values, not stores.
import { DEFAULT_THRESHOLDS, METRIC_SPECS, type Metric } from '../../src/metrics.js';
import type {
  BaselineInfo,
  CandidateStatus,
  Comparison,
  CompareReport,
  MetricResult,
  MetricStatus,
  ReportCounts,
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
    threshold: DEFAULT_THRESHOLDS[name],
    samples_needed: input.needed ?? null,
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

/** A comparison; its status is its worst metric's, as the analysis decides it. */
export function comparison(
  prompt: string,
  version: string,
  n: number,
  base: BaselineInfo | null,
  metrics: MetricResult[],
  extra: Partial<Comparison> = {},
): Comparison {
  const order: MetricStatus[] = [
    'regressed',
    'degraded',
    'inconclusive',
    'insufficient_data',
    'unchanged',
    'improved',
  ];
  const status: CandidateStatus =
    base === null
      ? 'new_prompt'
      : (order.find((s) => metrics.some((m) => m.status === s)) ?? 'unchanged');
  return {
    prompt,
    candidate: {
      version,
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

function counts(comparisons: readonly Comparison[]): ReportCounts {
  const of = (s: CandidateStatus) => comparisons.filter((c) => c.status === s).length;
  return {
    candidates: comparisons.length,
    regressed: of('regressed'),
    degraded: of('degraded'),
    inconclusive: of('inconclusive'),
    improved: of('improved'),
    new_prompts: of('new_prompt'),
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
    counts: counts(comparisons),
    comparisons,
    warnings: [],
    ...extra,
  };
}

/** summarizer 1.2.0: quality fell by 14.7 % (regressed), cost and tokens crept up (degraded). */
export function summarizerRegressed(prompt = 'summarizer', version = '1.2.0'): Comparison {
  return comparison(prompt, version, 60, baseline('1.1.0', 200), [
    metric('quality_score', {
      status: 'regressed',
      base: [197, 0.849, 0.85],
      cand: [58, 0.724, 0.73],
      p: 1.2e-25,
      padj: 1.9e-24,
      ci: [-0.1418, -0.1082],
    }),
    metric('latency_ms', {
      status: 'unchanged',
      base: [200, 431.2, 412],
      cand: [60, 452.7, 436],
      p: 0.041,
      padj: 0.49,
      ci: [-6, 52],
    }),
    metric('success', {
      status: 'inconclusive',
      base: [200, 0.985],
      cand: [60, 0.9667],
      p: 0.31,
      padj: 1,
      ci: [-0.0581, 0.0118],
      needed: 260,
    }),
    metric('cost_eur', {
      status: 'degraded',
      base: [200, 0.00169, 0.00166],
      cand: [60, 0.00181, 0.00178],
      p: 0.0004,
      padj: 0.0068,
      ci: [0.00007, 0.00017],
    }),
    metric('total_tokens', {
      status: 'degraded',
      base: [200, 812.4, 806],
      cand: [60, 871.0, 866],
      p: 0.0009,
      padj: 0.0144,
      ci: [35.2, 82.0],
    }),
  ]);
}

/** classifier 2.0.0: faster and cheaper, quality within noise: unchanged overall. */
export function classifierUnchanged(): Comparison {
  const base = baseline('1.4.1', 150, { models: ['gpt-4o-mini'], chosen_by: 'production_tag' });
  return comparison('classifier', '2.0.0', 120, base, [
    metric('quality_score', {
      status: 'unchanged',
      base: [150, 0.912, 0.93],
      cand: [120, 0.921, 0.94],
      p: 0.81,
      padj: 1,
      ci: [-0.0031, 0.0211],
    }),
    metric('accuracy', {
      status: 'unchanged',
      base: [150, 0.88, 1],
      cand: [120, 0.9, 1],
      p: 0.86,
      padj: 1,
      ci: [-0.0201, 0.0601],
    }),
    metric('latency_ms', {
      status: 'improved',
      base: [150, 301.5, 288],
      cand: [120, 236.1, 224],
      p: 1,
      padj: 1,
      ci: [-75, -52],
    }),
    metric('success', {
      status: 'unchanged',
      base: [150, 0.9933],
      cand: [120, 1],
      p: 1,
      padj: 1,
      ci: [-0.0112, 0.0301],
    }),
    metric('cost_eur', {
      status: 'improved',
      base: [150, 0.00041, 0.0004],
      cand: [120, 0.00035, 0.00034],
      p: 1,
      padj: 1,
      ci: [-0.000072, -0.000048],
    }),
    metric('total_tokens', {
      status: 'improved',
      base: [150, 402.3, 398],
      cand: [120, 344.4, 340],
      p: 1,
      padj: 1,
      ci: [-69.1, -46.7],
    }),
  ]);
}

/** translator 0.3.0-RC.2: better on every metric. */
export function translatorImproved(): Comparison {
  return comparison('translator', '0.3.0-RC.2', 200, baseline('0.2.1', 400), [
    metric('quality_score', {
      status: 'improved',
      base: [376, 0.781, 0.79],
      cand: [198, 0.836, 0.85],
      p: 1,
      padj: 1,
      ci: [0.0371, 0.0729],
    }),
    metric('latency_ms', {
      status: 'improved',
      base: [400, 1390, 1312],
      cand: [200, 1105, 1046],
      p: 1,
      padj: 1,
      ci: [-318, -214],
    }),
    metric('success', {
      status: 'improved',
      base: [400, 0.94],
      cand: [200, 0.99],
      p: 1,
      padj: 1,
      ci: [0.0262, 0.0712],
    }),
    metric('cost_eur', {
      status: 'improved',
      base: [400, 0.00312, 0.00305],
      cand: [200, 0.00254, 0.0025],
      p: 1,
      padj: 1,
      ci: [-0.00068, -0.00048],
    }),
    metric('total_tokens', {
      status: 'improved',
      base: [400, 1488, 1460],
      cand: [200, 1212, 1190],
      p: 1,
      padj: 1,
      ci: [-310.5, -241.5],
    }),
  ]);
}

/** The pull request that makes summarizer worse: the verdict is `regressed`. */
export function regressionReport(): CompareReport {
  return report('regressed', [classifierUnchanged(), summarizerRegressed(), translatorImproved()], {
    context: {
      repository: 'acme/assistant',
      pull_request: 482,
      head_sha: 'c0ffee1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b',
      run_number: 1337,
    },
  });
}
