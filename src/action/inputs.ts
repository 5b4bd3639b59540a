import * as core from '@actions/core';
import { parseConfig, type Config, type Mode } from '../config/config.js';
import { ConfigError, inputName } from '../config/parse.js';
import { INPUTS } from '../config/inputs.js';

/**
 * Every input through @actions/core, parsed and validated once. An input the runner did not set
 * at all reads as unset (undefined), apart from one set to '' (which `check-name` reads as none).
 */
export function readConfig(): Config {
  return parseConfig((name) => {
    if (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] === undefined)
      return undefined;
    const value = core.getInput(name);
    return NAME_INPUTS.has(name) ? exactName(name, value) : value;
  }, inputName);
}

/** Inputs that name a prompt or one of its versions (see {@link exactName}). */
const NAME_INPUTS = new Set(['prompt', 'candidate', 'baseline']);

/**
 * A prompt or version name as input `name` gives it. GitHub trims every input, so a name with
 * spaces at its ends (which the library keeps as they are) is given as a JSON string:
 * `prompt: '" summarizer"'`. A value that does not start with a double quote is the name itself.
 */
export function exactName(name: string, value: string): string {
  if (!value.startsWith('"')) return value;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    parsed = undefined;
  }
  if (typeof parsed === 'string' && parsed !== '') return parsed;
  throw new ConfigError(
    `input '${name}' starts with a double quote but is not a JSON string holding a name (${JSON.stringify(value.slice(0, 80))}): a name with spaces at its ends is written as one, ${name}: '" summarizer"'; a name that itself starts with a quote, as "\\"quoted\\" name".`,
  );
}

// Inputs whose '' means something of its own: an empty token is refused, no check run's name is
// no check run.
const EMPTY_MEANS_ITSELF = new Set(['github-token', 'check-name']);

/**
 * A warning for each input with a default that the workflow set to '': GitHub passes an unset
 * variable (`alpha: ${{ vars.PROMPT_ALPHA }}`) as '', and the default then applies, so a stricter
 * policy meant there would otherwise be lost without a word.
 */
export function emptyInputWarnings(env: NodeJS.ProcessEnv): string[] {
  return INPUTS.filter(
    (i) =>
      i.default !== '' &&
      !EMPTY_MEANS_ITSELF.has(i.name) &&
      env[`INPUT_${i.name.replace(/ /g, '_').toUpperCase()}`]?.trim() === '',
  ).map(
    (i) =>
      `input '${i.name}' is empty (an unset variable or secret?): its default ${JSON.stringify(i.default)} applies. Give it a value, or leave it out of 'with:'.`,
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
