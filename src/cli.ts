import { runCli } from './cli/main.js';
import { describeError } from './errors.js';
import { runnerSafeText } from './format/runner-safe.js';

// The CLI entry: argv in, report out. Bad input exits 2 with one line on stderr, never a stack.
try {
  const result = await runCli(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.exitCode = result.exitCode;
} catch (error) {
  // The message may quote the store (a trigger's name, a prompt the selection did not find).
  process.stderr.write(runnerSafeText(`pv-check: ${describeError(error)}`) + '\n');
  process.exitCode = 2;
}
