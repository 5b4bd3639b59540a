/**
 * A tiny Mermaid `xychart-beta` per worsened candidate: each metric's center as a percentage
 * of the baseline's, with the baseline drawn as a line at 100. GitHub renders it in comments
 * and job summaries; every label comes from our metric labels, never from the store.
 */
import { mermaidText } from '../../format/escape.js';
import type { Comparison } from '../../report/types.js';
import { METRIC_SPECS } from '../../metrics.js';

/** One bar: a label and the candidate's center as a percentage of the baseline's. */
interface Bar {
  readonly label: string;
  readonly percent: number;
}

function bars(c: Comparison): Bar[] {
  return c.metrics.flatMap((m) =>
    m.relative_change === null || !Number.isFinite(m.relative_change)
      ? []
      : [{ label: METRIC_SPECS[m.metric].label, percent: 100 * (1 + m.relative_change) }],
  );
}

/** Whether a candidate gets a chart: it worsened and has at least one relative change. */
function wantsChart(c: Comparison): boolean {
  return (
    c.baseline !== null &&
    (c.status === 'regressed' || c.status === 'degraded') &&
    bars(c).length > 0
  );
}

/** The chart as a fenced Mermaid block (no trailing newline), or null when there is none. */
export function mermaidChart(c: Comparison): string | null {
  if (!wantsChart(c)) return null;
  const data = bars(c);
  const top = Math.max(100, ...data.map((b) => b.percent));
  // Headroom above the tallest bar, rounded to a multiple of 20 so the axis ticks stay round.
  const yMax = Math.ceil((top * 1.1) / 20) * 20;
  const labels = data.map((b) => `"${mermaidText(b.label, 20)}"`).join(', ');
  const values = data.map((b) => b.percent.toFixed(1)).join(', ');
  const baseline = data.map(() => '100').join(', ');
  return [
    '```mermaid',
    'xychart-beta',
    '  title "Candidate as percent of baseline (line = baseline, 100)"',
    `  x-axis [${labels}]`,
    `  y-axis "Percent of baseline" 0 --> ${yMax}`,
    `  bar [${values}]`,
    `  line [${baseline}]`,
    '```',
  ].join('\n');
}
