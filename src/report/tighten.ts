/**
 * A fork's report was made under the fork's own settings: its workflow (from the pull request)
 * chooses alpha, min-samples and the thresholds. The publisher judges it by the stricter of those
 * and its own, where the report's numbers allow: a larger alpha and a smaller threshold re-judge
 * the metrics from their adjusted p-values and changes; a metric left untested under a larger
 * min-samples, with enough calls by the publisher's, cannot be: it stays untested (never green),
 * and a note says so. Under a smaller min-samples than the publisher's, a metric that passed on
 * fewer calls than the publisher asks is untested; one found worse stays as it was found.
 */
import { reachesThreshold, type Metric } from '../metrics.js';
import type { CompareReport, MetricResult, MetricStatus } from './types.js';
import { worseBy } from './worse-by.js';

/** The publisher's own analysis settings. */
export interface PublisherSettings {
  readonly alpha: number;
  readonly minSamples: number;
  readonly thresholds: Readonly<Record<Metric, number>>;
}

/** What the publisher's settings changed, in words, for the log. */
export interface Tightened {
  readonly report: CompareReport;
  readonly notes: readonly string[];
}

const SIGNIFICANT: readonly MetricStatus[] = ['regressed', 'degraded'];

/** A metric judged again at `alpha` and `threshold` (both at least as strict as its own). */
function rejudge(m: MetricResult, alpha: number, threshold: number): MetricResult {
  const p = m.p_value_adjusted;
  const worse = worseBy(m);
  if (p === null || worse === null || m.not_tested !== undefined) return m;
  if (p >= alpha || m.status === 'improved') return { ...m, threshold };
  const status: MetricStatus = reachesThreshold(worse, threshold) ? 'regressed' : 'degraded';
  return status === m.status ? { ...m, threshold } : { ...m, status, threshold };
}

/** Statuses that pass: under a larger min-samples, too few calls leave them untested. */
const PASSING: readonly MetricStatus[] = ['unchanged', 'improved'];

/** A metric that passed on fewer than `min` calls a side, as the engine leaves one untested. */
function untestedBelow(m: MetricResult, min: number): MetricResult {
  if (!PASSING.includes(m.status) || Math.min(m.baseline.n, m.candidate.n) >= min) return m;
  return {
    ...m,
    status: 'insufficient_data',
    p_value: null,
    p_value_adjusted: null,
    ci: null,
    ci_alpha: null,
    samples_needed: null,
    underpowered: false,
    secondary: [],
  };
}

/** The report under the stricter of its settings and the publisher's, and what that changed. */
export function tightenReport(report: CompareReport, p: PublisherSettings): Tightened {
  const own = report.settings;
  const notes: string[] = [];
  const enough = (m: MetricResult): boolean =>
    m.status === 'insufficient_data' && Math.min(m.baseline.n, m.candidate.n) >= p.minSamples;
  const untested =
    own.min_samples > p.minSamples
      ? report.comparisons.flatMap((c) =>
          c.metrics.filter(enough).map((m) => `${c.prompt} ${m.metric}`),
        )
      : [];
  if (untested.length > 0)
    notes.push(
      `The report left ${untested.length} metric${untested.length === 1 ? '' : 's'} untested under its min-samples ${own.min_samples}, with enough calls for this workflow's ${p.minSamples}: ${untested.slice(0, 3).join('; ')}${untested.length > 3 ? '; …' : ''}. They stay untested (not passing); give both workflows the same min-samples.`,
    );
  const alpha = Math.max(own.alpha, p.alpha);
  const thresholds = { ...own.thresholds };
  for (const metric of Object.keys(thresholds) as Metric[])
    thresholds[metric] = Math.min(own.thresholds[metric], p.thresholds[metric] ?? Infinity);
  let changed = 0;
  const minSamples = Math.max(own.min_samples, p.minSamples);
  let short = 0;
  const comparisons = report.comparisons.map((c) => ({
    ...c,
    metrics: c.metrics.map((m) => {
      const threshold = Math.min(m.threshold, p.thresholds[m.metric] ?? Infinity);
      const judged = untestedBelow(rejudge(m, alpha, threshold), minSamples);
      if (judged.status === 'insufficient_data' && m.status !== 'insufficient_data') short++;
      if (judged.status !== m.status || SIGNIFICANT.includes(judged.status) !== SIGNIFICANT.includes(m.status)) changed++; // prettier-ignore
      return judged;
    }),
  }));
  const laxer: string[] = [];
  if (own.alpha < p.alpha) laxer.push(`alpha ${own.alpha} (this workflow: ${p.alpha})`);
  for (const metric of Object.keys(own.thresholds) as Metric[])
    if (own.thresholds[metric] > (p.thresholds[metric] ?? Infinity))
      laxer.push(`the ${metric} threshold ${own.thresholds[metric]} (this workflow: ${p.thresholds[metric]})`); // prettier-ignore
  if (own.min_samples < p.minSamples)
    laxer.push(`min-samples ${own.min_samples} (this workflow: ${p.minSamples})`);
  if (laxer.length > 0)
    notes.unshift(
      `The report was made with ${laxer.join(', ')}: this workflow's settings, which flag more, apply${changed > 0 ? `, and changed the status of ${changed} metric${changed === 1 ? '' : 's'}` : ''}${short > 0 ? ` (${short} of them untested: too few calls for this workflow's min-samples)` : ''} (intervals stay at the report's levels).`,
    );
  return {
    report: {
      ...report,
      comparisons,
      settings: { ...own, alpha, thresholds, min_samples: minSamples },
      // Said in the comment and the check run too, not only in the publisher's log.
      warnings: [...report.warnings, ...notes],
    },
    notes,
  };
}
