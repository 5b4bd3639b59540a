import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// `npm test`: every behaviour, fast enough to run before each commit. The long proofs (the
// 150-case store fuzz, the query-timeout proof on a store that reads for minutes, GitHub's real
// retry waits, the longest acceptance sequences, the fork publishing flow and the action's run
// on each event, whose modes run in process here too) are named `*.slow.test.ts` and run by
// `npm run test:slow` (vitest.slow.config.ts), which CI runs too.
// A zone that is not UTC, with a half-hour offset, for every test: a store's time read as the
// machine's local time (a timestamp without an offset is UTC) shows as a failure here, not only
// on a laptop abroad. Set before any test thread starts; child processes inherit it.
process.env.TZ = 'Asia/Kolkata';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.slow.test.ts', 'node_modules/**'],
    globalSetup: ['test/setup/temp-root.ts'],
    // One test file per core: most of the time goes to the bundled action and CLI running as
    // child processes, which the default (one less than the cores) leaves a core idle for.
    maxWorkers: Math.max(2, availableParallelism()),
    // Worker threads, not a process per file: a fifth less CPU for the same files (no test
    // changes the working folder, and each thread has its own copy of the environment).
    pool: 'threads',
    // Test files share a thread's loaded modules instead of each importing the sources again:
    // half the CPU of the unit tests (87 s to 43 s). Tests keep no state in shared modules;
    // the one spy restores what it replaces.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
