import { INPUTS } from '../config/inputs.js';
import { ConfigError } from '../config/parse.js';

/** The CLI's commands. */
export const COMMANDS = ['summary', 'compare', 'health'] as const;
/** One CLI command. */
export type Command = (typeof COMMANDS)[number];

/** Options only the CLI has (paths and output), next to the shared settings of INPUTS. */
const CLI_OPTIONS = ['base', 'head', 'format', 'now', 'output'] as const;

/** A parsed command line. */
export interface ParsedArgs {
  readonly command: Command | 'help' | 'version';
  /** Option values by name (without the leading dashes). */
  readonly options: ReadonlyMap<string, string>;
}

const known = new Set<string>([
  ...CLI_OPTIONS,
  ...INPUTS.filter((i) => !i.actionOnly).map((i) => i.name),
]);

/** Parses `command --name value` / `--name=value`; unknown options and stray words are errors. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options = new Map<string, string>();
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    return { command: 'help', options };
  }
  if (first === '--version' || first === '-V') return { command: 'version', options };
  if (!(COMMANDS as readonly string[]).includes(first)) {
    throw new ConfigError(
      `Unknown command '${first}': expected one of ${COMMANDS.join(', ')} (see --help).`,
    );
  }
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg === '--help' || arg === '-h') return { command: 'help', options };
    const m = /^--([a-z0-9-]+)(?:=(.*))?$/s.exec(arg);
    if (!m?.[1])
      throw new ConfigError(
        `Unexpected argument '${arg}': options look like --name value (see --help).`,
      );
    const name = m[1];
    if (!known.has(name)) throw new ConfigError(`Unknown option --${name} (see --help).`);
    let value = m[2];
    if (value === undefined) {
      value = rest[i + 1];
      if (value === undefined || value.startsWith('--'))
        throw new ConfigError(`Option --${name} needs a value.`);
      i += 1;
    }
    if (options.has(name)) throw new ConfigError(`Option --${name} is given twice.`);
    options.set(name, value);
  }
  return { command: first as Command, options };
}

/** The --help text. */
export function usage(): string {
  const shared = INPUTS.filter((i) => !i.actionOnly)
    .map(
      (i) =>
        `  --${i.name.padEnd(22)} ${i.description}${i.default ? ` (default ${i.default})` : ''}`,
    )
    .join('\n');
  return `pv-check: statistical checks of Prompt Versioner stores

Usage:
  pv-check summary --store S.sqlite [--format text|markdown|json]
  pv-check compare --base BASE.sqlite --head HEAD.sqlite [--format json|markdown|text]
  pv-check compare --store S.sqlite --prompt NAME --candidate V [--baseline V] [--format ...]
  pv-check health  --store S.sqlite [--now ISO-8601] [--format json|markdown|text]

Options:
  --base, --head             The stores before and after a pull request's evaluation.
  --format                   text (default), markdown or json.
  --output FILE              Also write the JSON report to FILE.
  --now                      Health: the time the windows end at (default: now).
${shared}

Exit status: 0 nothing failed the policy, 1 the policy failed (fail-on), 2 bad input.
`;
}
