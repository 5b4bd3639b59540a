// Hand-built reports of a `warning` run and of a run with no changes.
import type { CompareReport } from '../../src/report/types.js';
import { baseline, comparison, metric, report } from './fixtures.js';

/** A `warning` run: degraded, inconclusive, too few calls, a new prompt and a cross-model one. */
export function warningReport(): CompareReport {
  const supportBot = comparison(
    'support-bot',
    '3.1.0',
    300,
    baseline('3.0.2', 300, { models: ['claude-sonnet-4'] }),
    [
      metric('quality_score', {
        status: 'unchanged',
        base: [296, 0.874, 0.88],
        cand: [292, 0.861, 0.87],
        p: 0.031,
        padj: 0.62,
        // At the corrected levels: not significant, so the interval reaches past zero.
        ci: [-0.031, 0.0053],
        ciAlpha: [0.0033, 0.0033],
      }),
      metric('latency_ms', {
        status: 'degraded',
        base: [300, 1912, 1840],
        cand: [300, 2131, 2060],
        p: 2.1e-5,
        padj: 0.00053,
        ci: [130, 310],
      }),
      metric('success', {
        status: 'unchanged',
        base: [300, 0.9767],
        cand: [300, 0.9733],
        p: 0.4,
        padj: 1,
        ci: [-0.0262, 0.0195],
      }),
      metric('cost_eur', {
        status: 'unchanged',
        base: [300, 0.0124, 0.0121],
        cand: [300, 0.0131, 0.0127],
        p: 0.02,
        padj: 0.42,
        ci: [-0.0002, 0.0016],
        ciAlpha: [0.0033, 0.0033],
      }),
      metric('total_tokens', {
        status: 'unchanged',
        base: [300, 2210, 2175],
        cand: [300, 2290, 2248],
        p: 0.06,
        padj: 1,
        ci: [-8.5, 168.5],
      }),
    ],
  );
  const extractorBase = baseline('1.0.0', 40, {
    source: 'history',
    age_days: 3,
    newest_call: '2026-10-29T11:00:00+00:00',
  });
  const extractor = comparison('invoice-extractor', 'feature-invoices-1a2b3c4', 34, extractorBase, [
    metric('quality_score', {
      status: 'inconclusive',
      base: [40, 0.81, 0.83],
      cand: [34, 0.762, 0.78],
      p: 0.046,
      padj: 0.83,
      ci: [-0.0968, 0.0008],
      needed: 180,
    }),
    metric('latency_ms', {
      status: 'unchanged',
      base: [40, 975, 940],
      cand: [34, 990, 955],
      p: 0.4,
      padj: 1,
      ci: [-60, 95],
    }),
    metric('success', {
      status: 'inconclusive',
      base: [40, 1],
      cand: [34, 0.9706],
      p: 0.46,
      padj: 1,
      ci: [-0.1312, 0.0312],
      needed: 150,
    }),
    metric('cost_eur', {
      status: 'unchanged',
      base: [40, 0.0031, 0.003],
      cand: [34, 0.0032, 0.0031],
      p: 0.3,
      padj: 1,
      ci: [-0.0002, 0.0004],
    }),
    metric('total_tokens', {
      status: 'unchanged',
      base: [40, 1510, 1498],
      cand: [34, 1532, 1519],
      p: 0.28,
      padj: 1,
      ci: [-41, 85],
    }),
  ]);
  const routerBase = baseline('2f0c1e9d6b8a4c31', 150, {
    models: ['gpt-4o-mini'],
    chosen_by: 'production_tag',
  });
  const router = comparison('router', '7494c5ca74a7667b', 12, routerBase, [
    metric('quality_score', {
      status: 'insufficient_data',
      base: [150, 0.955, 1],
      cand: [12, 0.917, 1],
    }),
    metric('latency_ms', {
      status: 'insufficient_data',
      base: [150, 204, 198],
      cand: [12, 215, 207],
    }),
    metric('success', { status: 'insufficient_data', base: [150, 1], cand: [12, 1] }),
  ]);
  const faq = comparison('faq-answerer', '0.1.0', 45, null, [], {
    candidate: {
      version: '0.1.0',
      version_reused: false,
      prompt_hash: null,
      n: 45,
      models: ['gpt-4o-mini'],
      timestamp: '2026-11-01T16:20:00+00:00',
      git_commit: null,
    },
  });
  const rewriterBase = baseline('1.9.0', 220, {
    source: 'history',
    age_days: 46.4,
    newest_call: '2026-09-16T08:12:40+00:00',
  });
  const rewriter = comparison(
    'rewriter',
    '2.0.0',
    80,
    rewriterBase,
    [
      metric('quality_score', {
        status: 'unchanged',
        base: [220, 0.83, 0.84],
        cand: [80, 0.815, 0.83],
        p: 0.12,
        padj: 1,
        ci: [-0.0312, 0.0012],
      }),
      metric('latency_ms', {
        status: 'improved',
        base: [220, 1290, 1210],
        cand: [80, 688, 640],
        p: 1,
        padj: 1,
        ci: [-640, -505],
      }),
      metric('success', {
        status: 'unchanged',
        base: [220, 0.9909],
        cand: [80, 1],
        p: 1,
        padj: 1,
        ci: [-0.0128, 0.0348],
      }),
      metric('cost_eur', {
        status: 'improved',
        base: [220, 0.0052, 0.0051],
        cand: [80, 0.00041, 0.0004],
        p: 1,
        padj: 1,
        ci: [-0.00494, -0.00464],
      }),
      metric('total_tokens', {
        status: 'unchanged',
        base: [220, 1020, 1006],
        cand: [80, 990, 978],
        p: 0.91,
        padj: 1,
        ci: [-71, 11],
      }),
    ],
    {
      candidate: {
        version: '2.0.0',
        version_reused: false,
        prompt_hash: null,
        n: 80,
        models: ['gpt-4o-mini'],
        timestamp: '2026-11-01T17:45:00+00:00',
        git_commit: 'c0ffee1',
      },
      cross_model: true,
      warnings: [
        "The baseline has no calls on the candidate's models: this compares across models.",
        'Model differs: baseline gpt-4o; candidate gpt-4o-mini.',
        'Temperature differs: baseline 0.7; candidate 0.2.',
        "The baseline's newest call is 46 days older than the candidate's: conditions may have changed. Re-run the live version in the evaluation for a fresh baseline.",
      ],
    },
  );
  return report('warning', [supportBot, extractor, router, faq, rewriter], {
    warnings: [
      '2 of 4 comparisons use baseline calls logged earlier, not re-run with this change.',
    ],
    context: {
      repository: 'acme/assistant',
      pull_request: 491,
      head_sha: '5e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b',
      run_number: 1402,
    },
  });
}

/** A run where the head store adds no prompt version. */
export function noChangesReport(extra: Partial<CompareReport> = {}): CompareReport {
  return report('no_changes', [], extra);
}
