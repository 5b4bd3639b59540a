// The bundled CLI run on a store whose strings are GitHub workflow commands: whatever it prints
// (text, Markdown, JSON, errors) must carry none, and the JSON must still hold the strings as
// they are (issue 13, finding 1).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BatchSpec, StoreSpec } from '../../scripts/store-writer.mjs';
import { writeStore } from '../../scripts/store-writer.mjs';
import { freshDist } from '../e2e/harness.js';
import { COMMAND_STRINGS, workflowCommands } from '../report/runner-commands.js';

const MODEL = 'gpt ##[set-output name=verdict]passed';
const NAMES = COMMAND_STRINGS.slice(0, 5);
const VERSION = '::error title=Forged::boom';

const batch = (start: string, count: number, quality: number): BatchSpec => ({
  count,
  start,
  model: MODEL,
  quality: { mean: quality, sd: 0.05 },
  latency: { median: 400, sigma: 0.3 },
  success: { p: 0.98 },
});

function spec(head: boolean): StoreSpec {
  return {
    seed: head ? 2 : 1,
    prompts: NAMES.map((name, i) => ({
      name,
      versions: [
        { version: '1.0.0', timestamp: '2026-11-01T00:00:00+00:00', systemPrompt: `old ${i}`, calls: [batch('2026-11-01T00:00:00+00:00', 40, 0.85)] }, // prettier-ignore
        ...(head
          ? [{ version: i === 0 ? VERSION : COMMAND_STRINGS[5 + (i % 4)]!, timestamp: '2026-11-20T00:00:00+00:00', systemPrompt: `new ${i}`, calls: [batch('2026-11-20T00:00:00+00:00', 40, 0.6)] }] // prettier-ignore
          : []),
      ],
    })),
  };
}

let dir = '';
let cli = '';

function pvCheck(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'pv-commands-'));
  cli = path.join(freshDist(), 'cli.js');
  writeFileSync(path.join(dir, 'base.sqlite'), await writeStore(spec(false)));
  writeFileSync(path.join(dir, 'head.sqlite'), await writeStore(spec(true)));
  const trigger = `t ##[stop-commands]tok`;
  const refused = await writeStore({
    ...spec(false),
    sql: { afterData: [`CREATE TRIGGER "${trigger}" AFTER INSERT ON prompt_metrics BEGIN SELECT 1; END`] }, // prettier-ignore
  });
  writeFileSync(path.join(dir, 'refused.sqlite'), refused);
}, 600_000);

describe('pv-check prints no workflow command from a store', () => {
  it('in compare, summary and health, in every format', () => {
    const runs = {
      compare: ['compare', '--base', 'base.sqlite', '--head', 'head.sqlite'],
      summary: ['summary', '--store', 'head.sqlite'],
      health: ['health', '--store', 'head.sqlite', '--now', '2026-11-21T00:00:00Z'],
    };
    for (const [what, args] of Object.entries(runs)) {
      for (const format of ['text', 'markdown', 'json']) {
        const run = pvCheck(...args, '--format', format);
        const label = `${what} --format ${format}`;
        expect(run.stderr, label).toBe('');
        expect(run.stdout.length, label).toBeGreaterThan(200);
        expect(workflowCommands(run.stdout), label).toEqual([]);
      }
    }
  });

  it('keeps the JSON exact for programs, on stdout and in --output', () => {
    const run = pvCheck(...['compare', '--base', 'base.sqlite', '--head', 'head.sqlite'], '--format', 'json', '--output', 'report.json'); // prettier-ignore
    expect(run.code).toBe(1);
    const file = readFileSync(path.join(dir, 'report.json'), 'utf8');
    expect(workflowCommands(file)).toEqual([]);
    for (const text of [run.stdout, file]) {
      const report = JSON.parse(text) as {
        comparisons: { prompt: string; candidate: { version: string; models: string[] } }[];
      };
      expect(report.comparisons.map((c) => c.prompt).sort()).toEqual([...NAMES].sort());
      const first = report.comparisons.find((c) => c.prompt === NAMES[0]);
      expect(first?.candidate.version).toBe(VERSION);
      expect(first?.candidate.models).toEqual([MODEL]);
    }
    // The strings are there, escaped where they would have formed a command.
    expect(run.stdout).toContain('\\u0023#[set-output name=verdict]passed');
  });

  it('in the one-line error about a refused store', () => {
    const run = pvCheck('summary', '--store', 'refused.sqlite');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^pv-check: .*defines triggers \(t ##\u200B\[stop-commands\]tok\)/);
    expect(workflowCommands(run.stderr)).toEqual([]);
  });
});
