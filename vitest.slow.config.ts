import { defineConfig } from 'vitest/config';

// `npm run test:slow`: the long proofs that `npm test` leaves out (see vitest.config.ts).
export default defineConfig({
  test: {
    include: ['test/**/*.slow.test.ts'],
    globalSetup: ['test/setup/temp-root.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
