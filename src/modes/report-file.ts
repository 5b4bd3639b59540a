import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ActionContext } from '../action/context.js';
import type { ActionIO } from '../action/io.js';
import { renderJson } from '../report/json.js';
import { runnerSafeJson } from '../format/runner-safe.js';
import type { CompareReport } from '../report/types.js';
import type { HealthReport } from '../report/health-types.js';

/** Writes the JSON report under RUNNER_TEMP and sets the `report-path` output. */
export async function writeReport(
  report: CompareReport | HealthReport,
  ctx: ActionContext,
  key: string,
  io: ActionIO,
): Promise<string> {
  const dir = path.join(ctx.tempDir, 'prompt-versioner-action');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${report.kind}-${key}.json`);
  // A later step may `cat` it into the log: it parses the same but carries no workflow command.
  await writeFile(file, runnerSafeJson(renderJson(report)));
  io.setOutput('report-path', file);
  return file;
}
