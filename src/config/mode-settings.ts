// The checks of settings that depend on the mode: run once, as soon as the mode is known and
// before any API call, so that a mode script starts from settings it can use.
import type { Config, Mode } from './config.js';
import { ConfigError, inputName, parseDuration } from './parse.js';
import { defaultOf } from './inputs.js';

const WORKFLOW_FILE = /^[A-Za-z0-9._-]+\.ya?ml$/;

/** The workflow file name the REST API wants; a `.github/workflows/` path is accepted too. */
export function workflowFile(value: string): string {
  // The last segment, as path.posix.basename takes it (trailing slashes ignored).
  const file = value.replaceAll('\\', '/').replace(/\/+$/, '').split('/').at(-1) ?? '';
  if (!WORKFLOW_FILE.test(file)) {
    throw new ConfigError(
      `Invalid input 'baseline-workflow' '${value}': expected a workflow file name such as eval.yml.`,
    );
  }
  return file;
}

// Input combinations the artifact sources cannot serve.
function checkArtifactInputs(config: Config): string[] {
  if (config.baselineArtifact && config.baselineStore) {
    throw new ConfigError(
      "inputs 'baseline-store' and 'baseline-artifact' both name the baseline store: set only one.",
    );
  }
  if (config.baselineArtifact && !config.baselineWorkflow) {
    throw new ConfigError(
      "input 'baseline-artifact' needs input 'baseline-workflow' (the workflow file that uploads it, e.g. eval.yml).",
    );
  }
  if (!config.baselineArtifact && (config.baselineWorkflow || config.baselineBranch)) {
    const which = config.baselineWorkflow ? 'baseline-workflow' : 'baseline-branch';
    throw new ConfigError(
      `input '${which}' is set but input 'baseline-artifact' is not: name the artifact that holds the baseline store.`,
    );
  }
  if (config.baselineWorkflow) workflowFile(config.baselineWorkflow);
  return [];
}

function checkCompareInputs(config: Config): string[] {
  if (!config.prompt || !config.candidate) {
    throw new ConfigError(
      `mode compare needs input 'prompt' (the prompt name) and input 'candidate' (the version under test); input 'baseline' is optional (default: the production-tagged, else the newest earlier version).`,
    );
  }
  const unused = [
    ...(config.baselineStore ? ['baseline-store'] : []),
    ...(config.baselineArtifact ? ['baseline-artifact'] : []),
  ];
  return unused.map(
    (input) =>
      `input '${input}' is not used by mode compare: it compares two versions in one store (input 'store' or 'store-artifact').`,
  );
}

// Inputs only mode compare reads: given to another mode, the comparison asked for does not run.
function compareOnly(mode: Mode, config: Config): string[] {
  const set = [
    ...(config.prompt ? ['prompt'] : []),
    ...(config.candidate ? ['candidate'] : []),
    ...(config.baseline ? ['baseline'] : []),
    ...(config.prNumber !== null ? ['pr-number'] : []),
  ];
  return set.map(
    (input) =>
      `input '${input}' is not used by mode ${mode}: only mode compare reads it (set input 'mode' to compare to compare two versions).`,
  );
}

// Inputs only the health report reads, set away from their defaults on another mode.
function healthOnly(mode: Mode, config: Config): string[] {
  const h = config.health;
  const off = (name: string, ms: number): boolean =>
    ms !== parseDuration(inputName, name, defaultOf(name));
  const set = [
    ...(off('window', h.windowMs) ? ['window'] : []),
    ...(off('history', h.historyMs) ? ['history'] : []),
    ...(h.dailyBudget !== null ? ['daily-budget'] : []),
    ...(h.monthlyBudget !== null ? ['monthly-budget'] : []),
  ];
  return set.map(
    (input) =>
      `input '${input}' is not used by mode ${mode}: only the health report reads it (mode health, or auto on schedule).`,
  );
}

// Inputs that shape a comparison's baseline, which the health report does not have: its window
// is always judged against its own history, call by call or day by day.
function comparisonOnly(config: Config): string[] {
  const a = config.analysis;
  const set = [
    ...(a.pairBy ? ['pair-by'] : []),
    ...(a.baselineSamples !== 'auto' ? ['baseline-samples'] : []),
  ];
  return set.map(
    (input) =>
      `input '${input}' is not used by mode health: it shapes a comparison's baseline (mode pr-check or compare), while the health report judges each live version's window against its own history.`,
  );
}

// `publish: artifact` is how a pull request's read-only run hands its report over; elsewhere the
// report is published as usual, and nothing is uploaded.
function artifactPublish(mode: Mode, config: Config): string[] {
  return config.publish === 'artifact'
    ? [
        `input 'publish' is artifact, which only mode pr-check on a pull request reads: mode ${mode} publishes as usual, and uploads no report artifact.`,
      ]
    : [];
}

const MODE_CHECKS: Readonly<Record<Mode, (config: Config) => string[]>> = {
  'pr-check': (config) => [
    ...checkArtifactInputs(config),
    ...compareOnly('pr-check', config),
    ...healthOnly('pr-check', config),
  ],
  compare: (config) => [
    ...checkCompareInputs(config),
    ...healthOnly('compare', config),
    ...artifactPublish('compare', config),
  ],
  relay: (config) => [
    ...compareOnly('relay', config),
    ...healthOnly('relay', config),
    ...artifactPublish('relay', config),
  ],
  health: (config) => [
    ...compareOnly('health', config),
    ...comparisonOnly(config),
    ...artifactPublish('health', config),
  ],
  command: (config) => [
    ...compareOnly('command', config),
    ...healthOnly('command', config),
    ...artifactPublish('command', config),
  ],
};

/**
 * Checks the settings `mode` depends on: a {@link ConfigError} naming the input and the fix for
 * a combination the mode cannot run with; warnings (returned, for the caller to log) for
 * inputs the mode ignores.
 */
export function checkModeSettings(mode: Mode, config: Config): readonly string[] {
  return MODE_CHECKS[mode](config);
}
