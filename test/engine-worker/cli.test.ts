// The bundled CLI, copied alone into an empty folder, reading hostile stores in its worker: the
// process ends at the limit (so the worker was terminated, not abandoned), with one line.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeStore } from '../../scripts/store-writer.mjs';
import { isolatedAction } from '../e2e/harness.js';
import { expectOneLine, pvCheck, useCli } from './cli-run.js';
import { hugeStringStore, pairSpec } from './stores.js';

const dir = mkdtempSync(path.join(tmpdir(), 'pv-worker-cli-'));

beforeAll(async () => {
  useCli(path.join(isolatedAction(), 'dist', 'cli.js'), dir);
  writeFileSync(path.join(dir, 'base.sqlite'), await writeStore(pairSpec(false)));
  writeFileSync(path.join(dir, 'head.sqlite'), await writeStore(pairSpec(true)));
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

describe('an incomplete installation', () => {
  it('is named, with reinstalling as the fix, whichever file of the worker is gone', async () => {
    for (const gone of ['worker-main.js', 'sql-wasm-browser.wasm']) {
      const root = isolatedAction();
      rmSync(path.join(root, 'dist', gone));
      useCli(path.join(root, 'dist', 'cli.js'), dir);
      const run = await pvCheck('summary', '--store', 'base.sqlite');
      expectOneLine(run, new RegExp(`^pv-check: The installation is incomplete \\(.*${gone.replace('.', '\\.')}.*\\): reinstall it\\.\\n$`)); // prettier-ignore
    }
    useCli(path.join(isolatedAction(), 'dist', 'cli.js'), dir);
  }, 120_000);
});

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
      /^pv-check: Cannot read store "missing.sqlite": no such file\. Check the path .*\n$/,
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

/** The name, id and niceness of each thread of process `pid`. */
function niceness(pid: number): [string, string, number][] {
  const seen: [string, string, number][] = [];
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    // After the name in parentheses: state, then 15 fields, then the niceness (proc(5), field 19).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
    seen.push([name, tid, Number(fields[16])]);
  }
  return seen;
}

describe("pv-check's threads", () => {
  it.runIf(process.platform === 'linux')(
    "run V8's helper threads at a lower priority, and its own at the usual one",
    async () => {
      const cli = path.join(isolatedAction(), 'dist', 'cli.js');
      const child = spawn(process.execPath, [cli, 'summary', '--store', 'base.sqlite'], {
        cwd: dir,
        stdio: 'ignore',
      });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      let done = false;
      void exited.then(() => (done = true));
      // Node starts its helper threads before the CLI's first line: the last look counts for them.
      const helpers = new Map<string, number>();
      const own = new Map<string, Set<number>>();
      while (!done) {
        try {
          for (const [name, tid, nice] of niceness(child.pid!))
            if (name === 'V8Worker') helpers.set(tid, nice);
            else own.set(name, (own.get(name) ?? new Set()).add(nice));
        } catch {
          // The process or a thread ended while it was read.
        }
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      expect(await exited).toBe(0);
      expect(helpers.size).toBeGreaterThan(0);
      expect([...helpers.values()]).toEqual([...helpers.values()].map(() => 5));
      expect(own.get('WorkerThread')).toEqual(new Set([0]));
      expect(own.get('MainThread')).toEqual(new Set([0]));
    },
  );
});
