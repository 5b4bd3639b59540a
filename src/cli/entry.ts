import { describeError } from '../errors.js';
import { markInvisible } from '../format/escape.js';
import { runnerSafeText } from '../format/runner-safe.js';
import { offerSpare, type SpareWorker } from '../worker/spare.js';
import { runCli } from './main.js';
import { ConfigError } from '../config/parse.js';

/** A run from a folder that was deleted meanwhile fails on its first relative path: say so. */
function cwdOrThrow(): void {
  try {
    process.cwd();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'an error';
    throw new ConfigError(
      `the current folder cannot be read (${code}; was it deleted?): cd to an existing folder and run pv-check again.`,
    );
  }
}

/**
 * The CLI: argv in, report on stdout, the exit status returned. Bad input is 2 with one line on
 * stderr, never a stack. Bundled as dist/cli-main.js, which dist/cli.js loads; `spare` is the
 * worker it started ahead, which the store's reading then uses (see worker/spare.ts).
 */
export async function main(
  argv: readonly string[],
  spare: SpareWorker | null = null,
): Promise<number> {
  offerSpare(spare);
  try {
    cwdOrThrow();
    const result = await runCli(argv);
    process.stdout.write(result.stdout);
    return result.exitCode;
  } catch (error) {
    process.stderr.write(errorLine(error));
    return 2;
  }
}

/**
 * The one line a failed run writes. The message may quote the store (a trigger's name, a prompt
 * the selection did not find): an invisible character in it is shown, so that two names never
 * read alike.
 */
export function errorLine(error: unknown): string {
  return runnerSafeText(markInvisible(`pv-check: ${describeError(error)}`)) + '\n';
}
