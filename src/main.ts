import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { exitOnCancel } from './action/cancel.js';
import { readActionContext } from './action/context.js';
import { emptyInputWarnings, modeForEvent, readConfig } from './action/inputs.js';
import type { ActionIO } from './action/io.js';
import type { Outputs } from './action/outputs.js';
import type { ModeScript } from './action/run.js';
import type { Mode } from './config/config.js';
import { checkModeSettings } from './config/mode-settings.js';
import { ConfigError } from './config/parse.js';
import { describeError } from './errors.js';
import { runnerSafeText } from './format/runner-safe.js';
import { markInvisible, md } from './format/escape.js';
import { apiWaitScale, createGitHubClient } from './github/index.js';
import { commandMode } from './modes/command.js';
import { compareMode } from './modes/compare.js';
import { healthMode } from './modes/health.js';
import { prCheck } from './modes/pr-check.js';
import { relayMode } from './modes/relay.js';

/** Why an empty github-token input stops the run before any API call. */
const EMPTY_TOKEN =
  "Input 'github-token' is empty: leave it out to use the job's token (github.token), or check that the secret it names exists (an unset secret is empty, and workflows from forks get no secrets).";

// Messages may quote store files, prompts or artifacts. core.info writes a line as it is,
// and core escapes only \r, \n and % in a warning's text, so each gets the runner-safe pass.
const log: ActionIO['log'] = {
  info: (m) => core.info(runnerSafeText(m)),
  warning: (m) => core.warning(runnerSafeText(m)),
  debug: (m) => core.debug(runnerSafeText(m)),
};

/** What the run wrote to the runner so far. */
interface Wrote {
  summary: boolean;
  /** A write of the job summary failed, and a warning said so. */
  summaryFailed?: boolean;
  verdictFailure?: string;
}

/** The runner side the modes write to; outputs go into `outputs` until the run ends. */
function actionIO(outputs: Outputs, wrote: Wrote): ActionIO {
  return {
    log,
    summary: async (markdown) => {
      wrote.summary = true;
      try {
        await core.summary.addRaw(markdown, true).write();
      } catch (error) {
        // A runner without job summaries (GHES before 3.6, act) or an unwritable file: the
        // report still goes to the comment, the check run and report-path.
        core.summary.emptyBuffer();
        if (wrote.summaryFailed) return;
        wrote.summaryFailed = true;
        log.warning(
          `The job summary could not be written (${describeError(error)}); the report is published everywhere else as usual. Run on a runner that sets GITHUB_STEP_SUMMARY to see it there.`,
        );
      }
    },
    setOutput: (name, value) => outputs.set(name, value),
    startGroup: core.startGroup,
    endGroup: core.endGroup,
    verdictFailure: (line) => (wrote.verdictFailure = line),
  };
}

/** Writes the run's outputs: the one place that sets them. */
function writeOutputs(outputs: Outputs): void {
  for (const [name, value] of outputs) core.setOutput(name, value);
}

/** The script of each mode. */
const MODE_SCRIPTS: Readonly<Record<Mode, ModeScript>> = {
  'pr-check': prCheck,
  compare: compareMode,
  relay: relayMode,
  health: (run) => healthMode(run),
  command: commandMode,
};

/** The action: config -> mode -> publish -> outputs. The only place that fails the step. */
export async function run(): Promise<void> {
  const outputs: Outputs = new Map();
  const wrote: Wrote = { summary: false };
  const io = actionIO(outputs, wrote);
  exitOnCancel((m) => io.log.warning(m));
  let failure: string | null;
  try {
    const config = readConfig();
    if (!config.githubToken) throw new ConfigError(EMPTY_TOKEN);
    core.setSecret(config.githubToken);
    const ctx = readActionContext(process.env, tmpdir());
    const mode = config.mode === 'auto' ? modeForEvent(ctx.eventName, config) : config.mode;
    for (const warning of [...emptyInputWarnings(process.env), ...checkModeSettings(mode, config)])
      io.log.warning(warning);
    core.info(
      `prompt-versioner-action: ${mode} on ${ctx.eventName || 'an unknown event'} in ${ctx.owner}/${ctx.repo}`,
    );
    const gh = createGitHubClient(config.githubToken, {
      logger: io.log,
      retryScale: apiWaitScale(process.env),
    });
    failure = (await MODE_SCRIPTS[mode]({ ctx, config, gh, io })).failure;
  } catch (error) {
    // As the CLI's line: an invisible character a quoted store string brings is shown.
    failure = markInvisible(describeError(error));
    // The verdict was reached before publishing failed: the regression is still said.
    if (wrote.verdictFailure) core.error(runnerSafeText(wrote.verdictFailure));
    // A run that stopped says so where its report would have been, and in `verdict`.
    if (!outputs.has('verdict')) io.setOutput('verdict', 'error');
    if (!wrote.summary)
      await io
        .summary(`❌ **Prompt check could not run**: ${md(failure, 2000)}\n`)
        .catch(() => undefined);
  }
  // Outputs recorded before a failure still describe what was published.
  writeOutputs(outputs);
  if (failure) core.setFailed(runnerSafeText(failure));
}
