// The query-timeout proof: a valid store that takes minutes to read ends at the limit (so the
// worker was terminated, not abandoned), with one line. Slow by nature: `npm run test:slow`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isolatedAction } from '../e2e/harness.js';
import { expectOneLine, pvCheck, useCli } from './cli-run.js';
import { slowStore } from './stores.js';

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pv-worker-timeout-'));
  useCli(path.join(isolatedAction(), 'dist', 'cli.js'), dir);
  writeFileSync(path.join(dir, 'slow.sqlite'), await slowStore());
}, 600_000);

describe('pv-check stops a slow store at --query-timeout', () => {
  it('ends at --query-timeout on a valid store that reads for minutes, whatever the limit', async () => {
    for (const seconds of [1, 3]) {
      const run = await pvCheck(
        'summary',
        '--store',
        'slow.sqlite',
        '--query-timeout',
        `${seconds}s`,
      );
      expectOneLine(
        run,
        new RegExp(
          `^pv-check: Reading the store "slow.sqlite" took longer than --query-timeout \\(${seconds}s\\): ` +
            'the store may be hostile or far too large; raise --query-timeout if it is genuine.\n$',
        ),
      );
      // Node start and the bundle's load come on top; an abandoned worker would keep the
      // process alive for the minute or more the store takes to read.
      expect(run.ms).toBeGreaterThanOrEqual(seconds * 1000);
      expect(run.ms).toBeLessThan(seconds * 1000 + 6000);
    }
  });
});
