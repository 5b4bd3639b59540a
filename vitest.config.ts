import { defineConfig } from 'vitest/config';

// `npm test`: every behaviour, fast enough to run before each commit. The long proofs (the
// 150-case store fuzz, the query-timeout proof on a store that reads for minutes) are named
// `*.slow.test.ts` and run by `npm run test:slow` (vitest.slow.config.ts), which CI runs too.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.slow.test.ts', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
