// The compare mode (workflow_dispatch) in process: its branches without building the bundle.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareMode } from '../../src/modes/compare.js';
import { FakeGitHub } from '../e2e/fake-github.js';
import { headSpec, storeBytes } from '../e2e/stores.js';
import { modeRun } from './run.js';

const VERSIONS = { mode: 'compare', prompt: 'summarizer', candidate: '1.2.0', baseline: '1.1.0' };

let fake: FakeGitHub;
let ws: string;

beforeAll(async () => {
  fake = new FakeGitHub();
  await fake.start();
  ws = mkdtempSync(path.join(tmpdir(), 'pv-compare-mode-'));
  mkdirSync(path.join(ws, '.prompt_versions'));
  writeFileSync(path.join(ws, '.prompt_versions', 'db.sqlite'), await storeBytes(headSpec(0.7)));
});
afterAll(async () => {
  await fake.stop();
});

const compare = (inputs: Record<string, string>, runNumber = 7) =>
  modeRun({ fake, ws, inputs, eventName: 'workflow_dispatch', runNumber });

describe('compare mode, in process', () => {
  it('reports a regression to the summary and outputs, in its own report file, posting nothing', async () => {
    const run = compare(VERSIONS);
    const result = await compareMode(run);
    expect(result.failure).toMatch(/^Prompt regression/);
    expect(Object.fromEntries(run.io.outputs)).toMatchObject({
      verdict: 'regressed',
      regressions: '1',
    });
    expect(run.io.outputs.get('report-path')).toMatch(/compare-default\.compare\.json$/);
    expect(run.io.summaries.join('')).toMatch(/1\.2\.0/);
    expect(fake.state.comments).toHaveLength(0);
  });

  it('gives each step of a job its own report file', async () => {
    // Two steps comparing two prompts share RUNNER_TEMP: the second overwrote the first's file.
    const step = (id: string, candidate: string) => {
      const baseline = candidate === '1.2.0' ? '1.1.0' : '1.2.0';
      const run = compare({ ...VERSIONS, candidate, baseline });
      return { ...run, ctx: { ...run.ctx, step: id } };
    };
    const [first, second] = [step('pv', '1.2.0'), step('__prompt-versioner_action__run_2', '1.1.0')]; // prettier-ignore
    await compareMode(first);
    await compareMode(second);
    const [a, b] = [first.io.outputs.get('report-path'), second.io.outputs.get('report-path')];
    expect(a).toMatch(/compare-default\.compare-pv\.json$/);
    expect(b).toMatch(/compare-default\.compare-__prompt-versioner_action__run_2\.json$/);
    const report = JSON.parse(readFileSync(a!, 'utf8')) as { comparisons: { candidate: { version: string } }[] }; // prettier-ignore
    expect(report.comparisons[0]!.candidate.version).toBe('1.2.0');
  });

  it('with pr-number, keeps its own sticky comment on that pull request', async () => {
    const pr = fake.addPullRequest({ number: 12, headSha: 'd'.repeat(40) });
    const run = compare({ ...VERSIONS, 'pr-number': '12' });
    await compareMode(run);
    const comments = fake.comments(12);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body.split('\n')[0]).toBe(
      `<!-- prompt-versioner-action:comment key=default.compare sha=${pr.headSha} run=7 attempt=1 -->`,
    );
    expect(run.io.outputs.get('comment-url')).toMatch(/#issuecomment-/);
  });

  it('refuses a pr-number with no pull request before comparing', async () => {
    const run = compare({ ...VERSIONS, 'pr-number': '99' });
    await expect(compareMode(run)).rejects.toThrow(/has no pull request #99/);
    expect(run.io.outputs.size).toBe(0);
  });

  it('refuses a pr-number of a closed or merged pull request, posting nothing', async () => {
    fake.addPullRequest({ number: 13, headSha: 'd'.repeat(40), state: 'closed' });
    fake.addPullRequest({ number: 14, headSha: 'd'.repeat(40), state: 'closed', merged: true });
    for (const [n, how] of [
      ['13', 'closed'],
      ['14', 'merged'],
    ] as const) {
      const run = compare({ ...VERSIONS, 'pr-number': n });
      await expect(compareMode(run)).rejects.toThrow(
        `input 'pr-number' is ${n}, but pull request #${n} is ${how}: give the number of an open pull request, or leave it empty.`,
      );
    }
    expect(fake.comments(13).length + fake.comments(14).length).toBe(0);
  });
});
