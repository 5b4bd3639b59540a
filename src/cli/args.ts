import { INPUTS, defaultOf } from '../config/inputs.js';
import { ConfigError } from '../config/parse.js';

/** The CLI's commands. */
export const COMMANDS = ['summary', 'compare', 'health'] as const;
/** One CLI command. */
export type Command = (typeof COMMANDS)[number];

/** A parsed command line. */
export interface ParsedArgs {
  readonly command: Command | 'help' | 'version';
  /** For `help`: the command whose help was asked for (`pv-check compare --help`). */
  readonly topic?: Command;
  /** Option values by name (without the leading dashes). */
  readonly options: ReadonlyMap<string, string>;
}

/** Descriptions of the options only the CLI has, and of settings it words its own way. */
const CLI_DESCRIPTIONS: Readonly<Record<string, string>> = {
  store: 'The store to read.',
  base: 'The store before the change (with --head).',
  head: 'The store after the change (with --base).',
  prompt: 'The prompt whose versions to compare (with --candidate).',
  candidate: 'The version under test.',
  baseline:
    'The version to compare with (default: production-tagged, else the newest earlier version).',
  format: 'text (default), markdown or json.',
  output: 'Also write the JSON report to FILE.',
  now: "The report's time, ISO 8601; without an offset, UTC (default: now); health: the time the windows end at.",
};

const ANALYSIS = [
  'alpha',
  'min-samples',
  'correction',
  'max-quality-drop',
  'max-accuracy-drop',
  'max-latency-increase',
  'max-cost-increase',
  'max-tokens-increase',
  'max-success-drop',
  'fail-on',
  'baseline-max-samples',
  'baseline-since',
];
const LIMITS = ['max-store-size', 'query-timeout'];

/** The options each command reads; any other is refused, so none is silently ignored. */
export const COMMAND_OPTIONS: Readonly<Record<Command, readonly string[]>> = {
  summary: ['store', 'format', 'now', ...LIMITS],
  compare: [
    'base',
    'head',
    'store',
    'prompt',
    'candidate',
    'baseline',
    'format',
    'output',
    'now',
    'charts',
    ...ANALYSIS,
    'baseline-samples',
    'pair-by',
    ...LIMITS,
  ],
  health: [
    'store',
    'now',
    'format',
    'output',
    'charts',
    ...ANALYSIS,
    'window',
    'history',
    'daily-budget',
    'monthly-budget',
    ...LIMITS,
  ],
};

/** What to use instead of a setting the CLI knows but no command reads. */
const INSTEAD: Readonly<Record<string, string>> = {
  'baseline-store': 'give the baseline store with --base (and the head store with --head)',
};

const known = new Set<string>([
  ...Object.values(COMMAND_OPTIONS).flat(),
  ...Object.keys(INSTEAD),
  ...INPUTS.filter((i) => !i.actionOnly).map((i) => i.name),
]);

function checkApplies(command: Command, name: string): void {
  if (COMMAND_OPTIONS[command].includes(name)) return;
  if (!known.has(name))
    throw new ConfigError(`Unknown option --${name} (see pv-check ${command} --help).`);
  const instead = INSTEAD[name] ? `: ${INSTEAD[name]}` : '';
  throw new ConfigError(
    `Option --${name} does not apply to ${command}${instead} (see pv-check ${command} --help).`,
  );
}

/**
 * Parses `command --name value` / `--name=value`; unknown options, options the command does not
 * read, and stray words are errors.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options = new Map<string, string>();
  const [first, ...rest] = argv;
  // A script whose command word came out empty must not pass: only asking for help is exit 0.
  if (first === undefined)
    throw new ConfigError(`No command given: expected one of ${COMMANDS.join(', ')} (see --help).`);
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = rest[0];
    return (COMMANDS as readonly string[]).includes(topic ?? '')
      ? { command: 'help', topic: topic as Command, options }
      : { command: 'help', options };
  }
  if (first === '--version' || first === '-V') return { command: 'version', options };
  if (!(COMMANDS as readonly string[]).includes(first)) {
    // Options before the command: name the command the user most likely meant to put first.
    const after = rest.find((a) => (COMMANDS as readonly string[]).includes(a));
    const hint =
      first === '--'
        ? `: pv-check takes no '--' (pv-check ${after ?? 'COMMAND'} ...)`
        : first.startsWith('-')
          ? after
            ? `: the command comes first, then its options (pv-check ${after} ${first} ...)`
            : `: the command comes first (pv-check COMMAND ${first} ...)`
          : '';
    throw new ConfigError(
      `Unknown command '${first}'${hint}; expected one of ${COMMANDS.join(', ')} (see --help).`,
    );
  }
  const command = first as Command;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg === '--help' || arg === '-h') return { command: 'help', topic: command, options };
    const m = /^--([a-z0-9-]+)(?:=(.*))?$/s.exec(arg);
    if (!m?.[1])
      throw new ConfigError(
        `Unexpected argument '${arg}': options look like --name value (see pv-check ${command} --help).`,
      );
    const name = m[1];
    checkApplies(command, name);
    let value = m[2];
    if (value === undefined) {
      value = rest[i + 1];
      if (value === undefined || value.startsWith('--'))
        throw new ConfigError(`Option --${name} needs a value.`);
      i += 1;
    }
    // An empty value (`--now=$UNSET`) would quietly mean the default: say so instead.
    if (value.trim() === '')
      throw new ConfigError(`Option --${name} is empty: give it a value, or leave it out.`);
    if (options.has(name)) throw new ConfigError(`Option --${name} is given twice.`);
    options.set(name, value);
  }
  return { command, options };
}

/** The store every command reads when --store is not given, as the library writes it. */
export const DEFAULT_STORE = defaultOf('store');

function optionLine(name: string): string {
  const spec = INPUTS.find((i) => i.name === name);
  const description = CLI_DESCRIPTIONS[name] ?? spec?.description ?? '';
  const def = spec?.default ?? '';
  const arg = { output: ' FILE', now: ' ISO-8601' }[name] ?? '';
  return `  --${(name + arg).padEnd(24)} ${description}${def ? ` (default ${def})` : ''}`;
}

const SYNOPSIS: Readonly<Record<Command, readonly string[]>> = {
  summary: ['pv-check summary [--store S.sqlite] [--format text|markdown|json]'],
  compare: [
    'pv-check compare --base BASE.sqlite --head HEAD.sqlite [--format json|markdown|text]',
    'pv-check compare [--store S.sqlite] --prompt NAME --candidate V [--baseline V] [--format ...]',
  ],
  health: ['pv-check health  [--store S.sqlite] [--now ISO-8601] [--format json|markdown|text]'],
};

const PURPOSE: Readonly<Record<Command, string>> = {
  summary: 'an overview of the store: prompts, versions, calls',
  compare:
    'every version the head store adds against the live version of its prompt in the base store, or two versions of one prompt in one store',
  health: "every prompt's live version: the recent window against its own history",
};

const EXIT =
  'Exit status: 0 nothing failed the policy, 1 the policy failed (fail-on), 2 bad input.\n';
const SUMMARY_EXIT = 'Exit status: 0 the summary was written, 2 bad input.\n';

/** The --help text: the commands, or one command's options alone. */
export function usage(topic?: Command): string {
  if (topic) {
    return `pv-check ${topic}: ${PURPOSE[topic]}

Usage:
${SYNOPSIS[topic].map((s) => `  ${s}`).join('\n')}

Options:
${COMMAND_OPTIONS[topic].map(optionLine).join('\n')}

${topic === 'summary' ? SUMMARY_EXIT : EXIT}`;
  }
  return `pv-check: statistical checks of Prompt Versioner stores

Usage:
${COMMANDS.flatMap((c) => SYNOPSIS[c])
  .map((s) => `  ${s}`)
  .join('\n')}

Commands:
${COMMANDS.map((c) => `  ${c.padEnd(9)} ${PURPOSE[c]}`).join('\n')}

--store defaults to ${DEFAULT_STORE}. Each command's options: pv-check COMMAND --help.

${EXIT}`;
}
