import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { readActionContext } from './action/context.js';
import { modeForEvent, readConfig } from './action/inputs.js';
import type { ActionIO, ModeResult } from './action/io.js';
import type { Config, Mode } from './config/config.js';
import { describeError } from './errors.js';
import { createGitHubClient } from './github/index.js';
import type { ActionContext } from './action/context.js';
import type { GitHub } from './github/index.js';
import { commandMode } from './modes/command.js';
import { compareMode } from './modes/compare.js';
import { healthMode } from './modes/health.js';
import { prCheck } from './modes/pr-check.js';
import { publishMode } from './modes/publish.js';

const io: ActionIO = {
  log: { info: core.info, warning: core.warning, debug: core.debug },
  summary: async (markdown) => {
    await core.summary.addRaw(markdown, true).write();
  },
  setOutput: core.setOutput,
  startGroup: core.startGroup,
  endGroup: core.endGroup,
};

function dispatch(mode: Mode, ctx: ActionContext, config: Config, gh: GitHub): Promise<ModeResult> {
  switch (mode) {
    case 'pr-check':
      return prCheck(ctx, config, gh, io);
    case 'compare':
      return compareMode(ctx, config, gh, io);
    case 'publish':
      return publishMode(ctx, config, gh, io);
    case 'health':
      return healthMode(ctx, config, gh, io);
    case 'command':
      return commandMode(ctx, config, gh, io);
  }
}

/** The action: config -> mode -> publish -> outputs. The only place that fails the step. */
export async function run(): Promise<void> {
  try {
    const config = readConfig();
    if (config.githubToken) core.setSecret(config.githubToken);
    const ctx = readActionContext(process.env, tmpdir());
    const mode = config.mode === 'auto' ? modeForEvent(ctx.eventName, config) : config.mode;
    core.info(
      `prompt-versioner-action: ${mode} on ${ctx.eventName || 'an unknown event'} in ${ctx.owner}/${ctx.repo}`,
    );
    const gh = createGitHubClient(config.githubToken, { logger: io.log });
    const result = await dispatch(mode, ctx, config, gh);
    if (result.failure) core.setFailed(result.failure);
  } catch (error) {
    core.setFailed(describeError(error));
  }
}
