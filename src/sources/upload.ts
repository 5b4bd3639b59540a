import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SourceError } from './errors.js';

/** Days the report artifact is kept: the publishing workflow reads it within minutes. */
const REPORT_RETENTION_DAYS = 7;

/** The file name of the report inside its artifact. */
export const REPORT_FILE = 'prompt-regression-report.json';

// Joined from parts so that ncc leaves the import to run time (see store/sqljs.ts).
const CLIENT_BUNDLE = ['artifact-client', 'js'].join('.');
const CLIENT_PACKAGE = ['@actions', 'artifact'].join('/');

/**
 * The artifact client: its own bundle beside the action's (dist/artifact-client.js), loaded
 * only now since it is most of the action's code; the package itself when running from sources
 * (`self`, the running module, is a .ts file). A bundle without it is an incomplete copy of the
 * action, said as such rather than as a missing package.
 */
export async function artifactClient(
  self: string = fileURLToPath(import.meta.url),
): Promise<typeof import('./artifact-client.js')> {
  const bundled = path.join(path.dirname(self), CLIENT_BUNDLE);
  if (!existsSync(bundled) && !self.endsWith('.ts'))
    throw new SourceError(
      `The action is incomplete: ${bundled} is missing beside ${path.basename(self)}, and 'publish: artifact' needs it. Use a released version of the action (uses: prompt-versioner/prompt-versioner-action@v1), or run npm run build and commit all of dist/.`,
    );
  const url = existsSync(bundled) ? pathToFileURL(bundled).href : CLIENT_PACKAGE;
  return (await import(/* webpackIgnore: true */ url)) as typeof import('./artifact-client.js');
}

/**
 * Uploads the JSON report, and nothing else, as an artifact of this run: it is written alone
 * into a fresh folder under RUNNER_TEMP, so no file of the workspace can ride along.
 */
export async function uploadReportArtifact(o: {
  readonly name: string;
  readonly json: string;
  readonly tempDir: string;
}): Promise<{ id: number | null; size: number | null }> {
  const { DefaultArtifactClient } = await artifactClient();
  const dir = await mkdtemp(path.join(o.tempDir, 'pv-report-'));
  const file = path.join(dir, REPORT_FILE);
  await writeFile(file, o.json);
  try {
    const result = await new DefaultArtifactClient().uploadArtifact(o.name, [file], dir, {
      retentionDays: REPORT_RETENTION_DAYS,
    });
    return { id: result.id ?? null, size: result.size ?? null };
  } catch (error) {
    if (error instanceof Error && error.name === 'GHESNotSupportedError')
      throw new SourceError(
        `Could not upload the report as artifact '${o.name}': 'publish: artifact' needs github.com or GHE.com, since GitHub Enterprise Server has no artifact service for this action. On GHES run the check in one pull_request workflow (publish: comment) for branches of the repository; the two-workflow fork setup is not available there.`,
      );
    const why = error instanceof Error ? error.message : String(error);
    throw new SourceError(
      `Could not upload the report as artifact '${o.name}' (input 'report-artifact'): ${why.split('\n')[0]}. 'publish: artifact' works only inside GitHub Actions; a matrix needs one report-artifact name per job.`,
    );
  }
}
