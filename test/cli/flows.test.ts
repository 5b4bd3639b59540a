// The flows real repositories run, through the bundled CLI, with stores written the way the
// library writes them: a fresh store per CI job, a version overwritten in place, a version
// string bumped without a text change, and the library's own 20-call monitoring example.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BatchSpec, StoreSpec, VersionSpec } from '../../scripts/store-writer.mjs';
import type { CompareReport } from '../../src/report/types.js';
import { freshDist } from '../e2e/harness.js';
import { storeBytes } from '../e2e/stores.js';

const calls = (start: string, count: number, quality: number, success = 0.98): BatchSpec => ({
  count,
  start,
  spacingSeconds: 30,
  model: 'gpt-4o',
  temperature: 0.2,
  quality: { mean: quality, sd: 0.08 },
  latency: { median: 400, sigma: 0.3 },
  success: { p: success },
  tokens: { input: { mean: 300, sd: 10 }, output: { mean: 120, sd: 10 } },
  cost: { perKInput: 0.0025, perKOutput: 0.01 },
});

const OLD = { systemPrompt: 'You summarize.', userPrompt: 'Summarize: {text}' };
const NEW = { systemPrompt: 'You summarize tersely.', userPrompt: 'Five words: {text}' };

const v = (version: string, at: string, text: typeof OLD, batch: BatchSpec[]): VersionSpec => ({
  version,
  timestamp: at,
  ...text,
  calls: batch,
});

const store = (seed: number, ...versions: VersionSpec[]): StoreSpec => ({
  seed,
  prompts: [{ name: 'summarizer', versions }],
});

let dir: string;
let cli: string;

async function write(name: string, spec: StoreSpec): Promise<string> {
  const file = path.join(dir, `${name}.sqlite`);
  writeFileSync(file, await storeBytes(spec));
  return file;
}

function compare(...args: string[]): { code: number | null; report: CompareReport } {
  const r = spawnSync(process.execPath, [cli, 'compare', ...args, '--format', 'json'], {
    encoding: 'utf8',
  });
  expect(r.stderr).toBe('');
  return { code: r.status, report: JSON.parse(r.stdout) as CompareReport };
}

function text(...args: string[]): { code: number | null; out: string } {
  const r = spawnSync(process.execPath, [cli, 'compare', ...args, '--format', 'text'], {
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout };
}

// main's job ran on Nov 20; the pull request's on Nov 26, each from an empty store.
const mainJob = v('1.0.0', '2026-11-20T09:00:00+00:00', OLD, [
  calls('2026-11-20T09:00:00+00:00', 60, 0.82),
]);
const prJob = v('1.0.0', '2026-11-26T09:00:00+00:00', NEW, [
  calls('2026-11-26T09:00:00+00:00', 60, 0.69),
]);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pv-flows-'));
  // Building the bundle belongs in a hook: it can take minutes on a busy machine.
  cli = path.join(freshDist(), 'cli.js');
});

describe('pv-check on the flows of real repositories', () => {
  it('fails a quality drop behind a reused 1.0.0 (a fresh store per CI job)', async () => {
    const base = await write('fresh-base', store(1, mainJob));
    const head = await write('fresh-head', store(2, prJob));
    const { code, report } = compare('--base', base, '--head', head);
    expect(code).toBe(1);
    expect(report.verdict).toBe('regressed');
    expect(report.comparisons).toHaveLength(1);
    expect(report.comparisons[0]).toMatchObject({
      prompt: 'summarizer',
      status: 'regressed',
      candidate: { version: '1.0.0', version_reused: true, n: 60 },
      baseline: { version: '1.0.0', n: 60, source: 'history' },
    });
    const out = text('--base', base, '--head', head).out;
    expect(out).toContain('REGRESSED  summarizer 1.0.0 (new text) vs 1.0.0 (base)');
    expect(out).toContain('The version string 1.0.0 was reused');
  });

  it('fails a version rewritten in place with overwrite=True, in a diff and by name', async () => {
    const other = {
      name: 'classifier',
      versions: [v('2.0.0', '2026-11-01T00:00:00+00:00', OLD, [])],
    };
    const rewritten = v('1.0.0', '2026-11-26T09:00:00+00:00', NEW, [
      calls('2026-11-26T09:00:00+00:00', 60, 0.69),
    ]);
    const base = await write('overwrite-base', {
      seed: 3,
      prompts: [other, { name: 'summarizer', versions: [mainJob] }],
    });
    // The library deletes the old row and inserts a new one: new id, timestamp, text and calls.
    const head = await write('overwrite-head', {
      seed: 4,
      prompts: [other, { name: 'summarizer', versions: [rewritten] }],
    });
    const diff = compare('--base', base, '--head', head);
    expect(diff.code).toBe(1);
    expect(diff.report.comparisons.map((c) => [c.prompt, c.status])).toEqual([
      ['summarizer', 'regressed'],
    ]);
    const named = compare(
      '--base', base, '--head', head, '--prompt', 'summarizer', '--candidate', '1.0.0',
    ); // prettier-ignore
    expect(named.code).toBe(1);
    expect(named.report.comparisons[0]).toMatchObject({
      status: 'regressed',
      candidate: { version_reused: true },
      baseline: { version: '1.0.0', n: 60 },
    });
  });

  it('does not test a bumped version string whose text the base already ran', async () => {
    const bumped = v('1.1.0', '2026-11-26T09:00:00+00:00', OLD, [
      calls('2026-11-26T09:00:00+00:00', 60, 0.5),
    ]);
    const base = await write('relabel-base', store(5, mainJob));
    const head = await write('relabel-head', store(5, mainJob, bumped));
    const { code, report } = compare('--base', base, '--head', head);
    expect(code).toBe(0);
    expect(report.verdict).toBe('no_changes');
    expect(report.same_text).toEqual([
      { prompt: 'summarizer', version: '1.1.0', same_as: '1.0.0' },
    ]);
    expect(text('--base', base, '--head', head).out).toMatch(
      /^– No prompt changes: .*summarizer 1\.1\.0\s+has the same prompt text as 1\.0\.0, not tested\./s,
    );
  });

  it('never passes the 20-call monitoring example, and fails it when asked to', async () => {
    // The library's performance_monitoring example: 20 calls a side, clearly worse.
    const baseline = v('1.0.0', '2026-11-20T09:00:00+00:00', OLD, [
      calls('2026-11-20T09:00:00+00:00', 20, 0.9, 1),
    ]);
    const worse = v('1.1.0', '2026-11-20T09:30:00+00:00', NEW, [
      calls('2026-11-20T09:30:00+00:00', 20, 0.77, 0.65),
    ]);
    const base = await write('perf-base', store(6, baseline));
    const head = await write('perf-head', store(6, baseline, worse));
    const plain = compare('--base', base, '--head', head);
    expect(plain.code).toBe(0);
    expect(plain.report.verdict).toBe('warning');
    expect(plain.report.counts).toMatchObject({ untested: 1, candidates: 1 });
    const out = text('--base', base, '--head', head).out;
    expect(out).toMatch(/^! Changed prompt not tested: 1 changed prompt: 1 not tested/);
    expect(out.replace(/\s+/g, ' ')).toContain(
      '20 candidate calls and 20 calls of baseline 1.0.0; 30 per side needed',
    );
    expect(out).not.toMatch(/✓|No regression/);
    expect(compare('--base', base, '--head', head, '--fail-on', 'untested').code).toBe(1);
    // With the minimum lowered to what the example logs, it is tested, and it regressed.
    const tested = compare('--base', base, '--head', head, '--min-samples', '20');
    expect(tested.code).toBe(1);
    expect(tested.report.comparisons[0]?.status).toBe('regressed');
  });
});
