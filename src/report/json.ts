/** The JSON report: the report value itself, the single source of truth of every rendering. */
import type { CompareReport } from './types.js';
import type { HealthReport } from './health-types.js';
import type { SummaryReport } from './summary-types.js';

/** The report as pretty-printed JSON with a final newline (`--format json`, `report-path`). */
export function renderJson(report: CompareReport | SummaryReport | HealthReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
