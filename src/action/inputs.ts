import * as core from '@actions/core';
import { parseConfig, type Config, type Mode } from '../config/config.js';
import { ConfigError, inputName } from '../config/parse.js';

/**
 * Every input through @actions/core, parsed and validated once. An input the runner did not set
 * at all reads as unset (undefined), apart from one set to '' (which `check-name` reads as none).
 */
export function readConfig(): Config {
  return parseConfig(
    (name) =>
      process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] === undefined
        ? undefined
        : core.getInput(name),
    inputName,
  );
}

/** The mode for `mode: auto`, from the event that started the workflow. */
export function modeForEvent(eventName: string, config: Config): Mode {
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
    case 'merge_group':
    case 'push':
      return 'pr-check';
    case 'schedule':
      return 'health';
    case 'workflow_dispatch':
      if (config.candidate) return 'compare';
      // A prompt named without its version is a comparison missing an input, not a health run.
      if (config.prompt)
        throw new ConfigError(
          `input 'prompt' is set but input 'candidate' is not: give the version under test to compare ${JSON.stringify(config.prompt.slice(0, 80))}, or leave 'prompt' empty to run the health report.`,
        );
      return 'health';
    case 'workflow_run':
      return 'relay';
    case 'issue_comment':
      return 'command';
    default:
      throw new ConfigError(
        `input 'mode' is auto, and event '${eventName || 'unknown'}' does not say what to do: set input 'mode' to pr-check (on pull_request, pull_request_target, merge_group or push), health, compare, relay (on workflow_run) or command (on issue_comment).`,
      );
  }
}
