// Hand-built values for the hard cases: hostile store strings, huge runs, store summaries.
import type { CompareReport } from '../../src/report/types.js';
import type { SummaryReport, VersionSummary } from '../../src/report/summary-types.js';
import { baseline, comparison, report } from './fixtures.js';
import { classifierUnchanged, summarizerRegressed } from './fixtures-regression.js';

/** A name that tries every trick: HTML, mention, code, CDATA, comment, table, fence, bidi. */
export const HOSTILE =
  'evil|name <img src=x onerror=alert(1)> @octocat `code` ]]> <!-- \n| a | b |\n```\n' +
  '\u202Etxt.exe\u200B *bold* _it_ [link](http://evil.example) www.evil.example #1 ~~s~~ $x$ -->';

/** Hostile strings in every store field a report carries, plus a 10,000-character name. */
export function hostileReport(): CompareReport {
  const long = 'A'.repeat(4000) + '|<b>@octocat</b>' + 'z'.repeat(6000);
  const model = 'gpt-4o\n@admin <script>alert(1)</script>';
  const one = summarizerRegressed(HOSTILE, '1.0.0<!--x-->\u202E|');
  const two = summarizerRegressed(long, long);
  const three = comparison(
    HOSTILE,
    '```',
    40,
    baseline('@octocat', 50, { models: [model] }),
    classifierUnchanged().metrics.slice(),
    {
      cross_model: true,
      warnings: [`Model differs: ${model} |x| <!-- hidden -->`],
      candidate: {
        version: '```',
        version_reused: false,
        prompt_hash: null,
        n: 40,
        models: [HOSTILE],
        timestamp: 'not a date',
        git_commit: null,
      },
    },
  );
  const four = comparison(HOSTILE + ' new', '0.0.1', 10, null, []);
  return report('regressed', [one, two, three, four], { warnings: [HOSTILE] });
}

/** `n` candidates, every `every`-th one regressed, the others unchanged; names of `nameLength`. */
export function bigReport(n: number, every: number, nameLength = 12): CompareReport {
  const comparisons = Array.from({ length: n }, (_, i) => {
    const name = `prompt-${String(i).padStart(3, '0')}-`.padEnd(nameLength, 'x');
    return i % every === 0
      ? summarizerRegressed(name, `1.${i}.0`)
      : { ...classifierUnchanged(), prompt: name };
  });
  return report(
    comparisons.some((c) => c.status === 'regressed') ? 'regressed' : 'passed',
    comparisons,
  );
}

function version(
  prompt: string,
  v: string,
  day: number,
  calls: number,
  extra: Partial<VersionSummary> = {},
): VersionSummary {
  const d = String(day).padStart(2, '0');
  return {
    prompt,
    version: v,
    timestamp: `2026-10-${d}T09:00:00+00:00`,
    git_commit: null,
    tags: [],
    models: ['gpt-4o'],
    calls,
    success_rate: 0.985,
    quality_mean: 0.849,
    quality_median: 0.85,
    latency_p50: 412,
    latency_p95: 1290,
    cost_mean: 0.00169,
    tokens_mean: 812.4,
    first_call: `2026-10-${d}T09:05:12+00:00`,
    last_call: `2026-10-${d}T17:44:03+00:00`,
    ...extra,
  };
}

/** A store with three prompts, given out of order so the renderer has to sort. */
export function summaryReport(): SummaryReport {
  return {
    schema: 1,
    kind: 'summary',
    store: '.prompt_versions/db.sqlite',
    generated_at: '2026-11-02T09:14:27.512Z',
    prompts: 3,
    versions: [
      version('summarizer', '1.1.0', 12, 200, { tags: ['production'], git_commit: 'a1b2c3d' }),
      version('classifier', '1.4.1', 3, 150, {
        success_rate: 0.9933,
        quality_mean: 0.912,
        quality_median: 0.93,
        latency_p50: 288,
        latency_p95: 702,
        cost_mean: 0.00041,
        tokens_mean: 402.3,
      }),
      version('summarizer', '1.2.0', 30, 60, {
        quality_mean: 0.724,
        quality_median: 0.73,
        success_rate: 0.9667,
        latency_p50: 436,
        latency_p95: 1388,
        cost_mean: 0.00181,
        tokens_mean: 871,
      }),
      version('summarizer', '1.0.1-SNAPSHOT', 1, 1480, {
        success_rate: 0.971,
        quality_mean: 0.802,
        quality_median: 0.81,
        latency_p50: 2304,
        latency_p95: 6120,
      }),
      version('router', '7494c5ca74a7667b', 20, 0, {
        success_rate: null,
        quality_mean: null,
        quality_median: null,
        latency_p50: null,
        latency_p95: null,
        cost_mean: null,
        tokens_mean: null,
        first_call: null,
        last_call: null,
      }),
    ],
  };
}
