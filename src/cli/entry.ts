import { describeError } from '../errors.js';
import { runnerSafeText } from '../format/runner-safe.js';
import { offerSpare, type SpareWorker } from '../worker/spare.js';
import { runCli } from './main.js';

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
    const result = await runCli(argv);
    process.stdout.write(result.stdout);
    return result.exitCode;
  } catch (error) {
    // The message may quote the store (a trigger's name, a prompt the selection did not find).
    process.stderr.write(runnerSafeText(`pv-check: ${describeError(error)}`) + '\n');
    return 2;
  }
}
