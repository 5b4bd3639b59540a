import type { Logger } from '../github/index.js';
import type { OutputName } from './outputs.js';

/** The thin side of the action the modes write to: log, job summary, outputs. */
export interface ActionIO {
  readonly log: Logger;
  /** Appends Markdown to the job summary (`GITHUB_STEP_SUMMARY`). */
  summary(markdown: string): Promise<void>;
  /** Records an output; main.ts writes them all when the run ends. */
  setOutput(name: OutputName, value: string): void;
  startGroup(name: string): void;
  endGroup(): void;
  /**
   * Records the step's failure line as soon as the verdict is known, before anything is
   * published: a run that then fails to publish still prints the regression beside its error.
   */
  verdictFailure(line: string): void;
}

/** How a mode ended: what the outputs say and whether the policy failed the step. */
export interface ModeResult {
  /** Null when nothing failed; else the one-line reason the step fails. */
  readonly failure: string | null;
}

/** Warning shown when the token may not write (a fork's pull request). */
export const READ_ONLY_TOKEN_HINT =
  "The token cannot write to this pull request (a fork's pull request gets a read-only token), so the report is in the job summary and the log only. To comment on fork pull requests, run this action with 'publish: artifact' here and a second workflow on workflow_run with 'mode: relay' (see the README, \"Fork pull requests\").";
