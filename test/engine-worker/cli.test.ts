// The bundled CLI, copied alone into an empty folder, reading hostile stores in its worker: the
// process ends at the limit (so the worker was terminated, not abandoned), with one line.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeStore } from '../../scripts/store-writer.mjs';
import { isolatedAction } from '../e2e/harness.js';
import { hugeStringStore, pairSpec, slowStore } from './stores.js';

const dir = mkdtempSync(path.join(tmpdir(), 'pv-worker-cli-'));
let cli = '';

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

function pvCheck(...args: string[]): Promise<Run> {
  const started = Date.now();
  const child = spawn(process.execPath, [cli, ...args], { cwd: dir });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started })),
  );
}

// Exit 2 and exactly one line on stderr, without a stack trace.
function expectOneLine(run: Run, pattern: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/^pv-check: [^\n]*\n$/);
  expect(run.stderr).toMatch(pattern);
}

beforeAll(async () => {
  cli = path.join(isolatedAction(), 'dist', 'cli.js');
  writeFileSync(path.join(dir, 'base.sqlite'), await writeStore(pairSpec(false)));
  writeFileSync(path.join(dir, 'head.sqlite'), await writeStore(pairSpec(true)));
  writeFileSync(path.join(dir, 'slow.sqlite'), await slowStore());
  writeFileSync(path.join(dir, 'huge.sqlite'), await hugeStringStore());
  const view = await writeStore(
    pairSpec(true, {
      sql: {
        afterData: [
          'ALTER TABLE prompt_metrics RENAME TO calls',
          'CREATE VIEW prompt_metrics AS WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL ' +
            'SELECT i + 1 FROM r) SELECT calls.* FROM calls, r',
        ],
      },
    }),
  );
  writeFileSync(path.join(dir, 'view.sqlite'), view);
}, 600_000);

describe('pv-check reads stores in a worker', () => {
  it('answers as before: a regression exits 1 with the JSON report', async () => {
    const run = await pvCheck(
      'compare',
      '--base',
      'base.sqlite',
      '--head',
      'head.sqlite',
      '--format',
      'json',
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ kind: 'compare', verdict: 'regressed' });
  });

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

  it('stops a store that builds a 1 GB string at the memory limit', async () => {
    const run = await pvCheck('compare', '--base', 'base.sqlite', '--head', 'huge.sqlite');
    expectOneLine(
      run,
      /^pv-check: Reading the stores "huge.sqlite" and "base.sqlite" needed more memory than allowed .*--max-store-size/,
    );
  });

  it("prints the engine's refusals in one line, as before", async () => {
    expectOneLine(
      await pvCheck('summary', '--store', 'missing.sqlite'),
      /^pv-check: Cannot read store "missing.sqlite": no such file.\n$/,
    );
    expectOneLine(
      await pvCheck('summary', '--store', 'view.sqlite'),
      /^pv-check: Cannot read store "view.sqlite": prompt_metrics is a view, not a table.\n$/,
    );
    expectOneLine(
      await pvCheck(
        'compare',
        '--store',
        'head.sqlite',
        '--prompt',
        'nope',
        '--candidate',
        '1.1.0',
      ),
      /^pv-check: Prompt "nope" is not in head.sqlite/,
    );
  });
});
