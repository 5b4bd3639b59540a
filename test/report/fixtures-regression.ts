// The regression scenario: one prompt got worse, one held, one improved.
import type { Comparison, CompareReport } from '../../src/report/types.js';
import { baseline, comparison, metric, report } from './fixtures.js';

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
