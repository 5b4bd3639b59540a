import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ActionContext } from '../action/context.js';
import type { ActionIO } from '../action/io.js';
import { renderJson } from '../report/json.js';
import { isCommitSha } from '../format/ids.js';
import { runnerSafeJson } from '../format/runner-safe.js';
import type { CompareReport, ReportContext } from '../report/types.js';
import type { HealthReport } from '../report/health-types.js';

/**
 * Writes the JSON report under RUNNER_TEMP and sets the `report-path` output. The file is named
 * by the step too: two steps of a job (two prompts compared) share RUNNER_TEMP, and the second
 * overwrote the first's report under its `report-path`.
 */
export async function writeReport(
  report: CompareReport | HealthReport,
  ctx: ActionContext,
  key: string,
  io: ActionIO,
): Promise<string> {
  const dir = path.join(ctx.tempDir, 'prompt-versioner-action');
  await mkdir(dir, { recursive: true });
  const step = (ctx.step ?? '').replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100);
  const file = path.join(dir, `${report.kind}-${key}${step ? `-${step}` : ''}.json`);
  // A later step may `cat` it into the log: it parses the same but carries no workflow command.
  await writeFile(file, runnerSafeJson(renderJson(report)));
  io.setOutput('report-path', file);
  return file;
}

/** What a report's context names besides the repository and the run. */
export interface ContextAbout {
  readonly pullRequest?: number | null;
  readonly headSha?: string;
  /** Stamped only when it is a commit sha (a base branch name says nothing durable). */
  readonly baseRef?: string | null;
}

/** The report's `context` stamp: where and in which run it was made (keys in the JSON's order). */
export function reportContext(ctx: ActionContext, about: ContextAbout = {}): ReportContext {
  return {
    repository: `${ctx.owner}/${ctx.repo}`,
    ...(about.pullRequest != null ? { pull_request: about.pullRequest } : {}),
    ...(about.headSha !== undefined ? { head_sha: about.headSha } : {}),
    ...(about.baseRef && isCommitSha(about.baseRef) ? { base_sha: about.baseRef } : {}),
    run_id: ctx.runId,
    run_number: ctx.runNumber,
  };
}
