import { verdictLine, type Style } from './content.js';
import { plain } from '../../format/escape.js';
import type { CompareReport } from '../../report/types.js';

const PLAIN: Style = { esc: plain, strong: (t) => t, nameMax: 80 };

/** The verdict as one plain line, for a failed step's message and the log. */
export function failureLine(report: CompareReport): string {
  const v = verdictLine(report, PLAIN);
  return v.detail ? `${v.headline}: ${v.detail}` : v.headline;
}
