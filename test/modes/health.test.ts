// The health mode in process: a recording runner side, the fake GitHub, a real store. Each
// branch (alerts: issue opened; healthy: issue closed; issue off; a missing store) without a bundle.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatchSpec, StoreSpec } from '../../scripts/store-writer.mjs';
import { writeStore } from '../../scripts/store-writer.mjs';
import { healthMode } from '../../src/modes/health.js';
import { FakeGitHub } from '../e2e/fake-github.js';
import { findAlertKeys } from '../../src/github/markers.js';
import { modeRun } from './run.js';

const DAY = 86_400_000;
const NOW = new Date('2026-11-01T06:00:00Z');
const ago = (days: number): string =>
  new Date(NOW.getTime() - days * DAY).toISOString().replace('.000Z', '+00:00');

function calls(from: number, to: number, quality: number): BatchSpec {
  return {
    start: ago(from),
    count: Math.round((from - to) * 48),
    spacingSeconds: 1800,
    model: 'gpt-4o',
    quality: { mean: quality, sd: 0.05 },
    latency: { median: 400, sigma: 0.25 },
    success: { p: 0.98 },
  };
}

/** The last day's quality: collapsed (0.55), a little lower (0.81: within the threshold), else as before. */
function spec(collapse: boolean | 'a little'): StoreSpec {
  const last = collapse === 'a little' ? 0.81 : 0.55;
  const batches = collapse ? [calls(28, 1, 0.85), calls(1, 0.01, last)] : [calls(28, 0.01, 0.85)];
  const versions = [
    { version: '1.1.0', timestamp: ago(40), versionTags: ['production'], calls: batches },
  ];
  return { seed: 5, prompts: [{ name: 'summarizer', versions }] };
}

let fake: FakeGitHub;
let ws: string;

beforeAll(async () => {
  fake = new FakeGitHub();
  await fake.start();
  ws = mkdtempSync(path.join(tmpdir(), 'pv-health-mode-'));
  mkdirSync(path.join(ws, '.prompt_versions'));
});
afterAll(async () => {
  await fake.stop();
});

async function healthRun(o: {
  collapse?: boolean | 'a little';
  inputs?: Record<string, string>;
  runNumber: number;
  workflow?: string;
}) {
  if (o.collapse !== undefined)
    writeFileSync(
      path.join(ws, '.prompt_versions', 'db.sqlite'),
      await writeStore(spec(o.collapse)),
    );
  const run = modeRun({
    fake,
    ws,
    inputs: { mode: 'health', ...o.inputs },
    eventName: 'schedule',
    runNumber: o.runNumber,
    ...(o.workflow === undefined ? {} : { workflow: o.workflow }),
  });
  const io = run.io;
  const result = await healthMode(run, NOW);
  return { result, io };
}

describe('health mode, in process', () => {
  it('opens the tracking issue on alerts and closes it when healthy again', async () => {
    const sick = await healthRun({ collapse: true, runNumber: 10 });
    expect(sick.result).toEqual({ failure: null });
    expect(sick.io.outputs.get('verdict')).toBe('warning');
    expect(Number(sick.io.outputs.get('alerts'))).toBeGreaterThan(0);
    expect(sick.io.outputs.get('issue-url')).toMatch(/issues\/\d+$/);
    const report = JSON.parse(readFileSync(sick.io.outputs.get('report-path') ?? '', 'utf8')) as {
      kind: string;
      context: unknown;
    };
    expect(report).toMatchObject({
      kind: 'health',
      context: { repository: 'octo-org/octo-repo', run_id: 1010, run_number: 10 },
    });
    expect(sick.io.summaries.join('')).toMatch(/summarizer/);
    expect(fake.issues().filter((i) => i.state === 'open')).toHaveLength(1);

    const well = await healthRun({ collapse: false, runNumber: 11 });
    expect(Object.fromEntries(well.io.outputs)).toMatchObject({ verdict: 'passed', alerts: '0' });
    expect(well.io.outputs.has('issue-url')).toBe(false);
    expect(fake.issues().filter((i) => i.state === 'open')).toHaveLength(0);
  });

  it('leaves an open tracking issue open when nothing could be checked', async () => {
    await healthRun({ collapse: true, runNumber: 20 });
    const open = fake.issues().filter((i) => i.state === 'open');
    expect(open).toHaveLength(1);
    // The run's clock is before every call: no prompt has calls to check.
    const run = modeRun({
      fake,
      ws,
      inputs: { mode: 'health' },
      eventName: 'schedule',
      runNumber: 21,
    });
    await healthMode(run, new Date('2026-09-01T06:00:00Z'));
    expect(run.io.outputs.get('verdict')).toBe('warning');
    expect(run.io.summaries.join('')).toMatch(/Prompt health: nothing checked/);
    expect(
      fake
        .issues()
        .filter((i) => i.state === 'open')
        .map((i) => i.number),
    ).toEqual(open.map((i) => i.number));
    // Nor does a run whose prompts all had too few calls to test close it as healthy.
    const few = { ...calls(0.5, 0.01, 0.85), count: 4 };
    const versions = [{ version: '1.1.0', timestamp: ago(40), versionTags: ['production'], calls: [few] }]; // prettier-ignore
    writeFileSync(
      path.join(ws, '.prompt_versions', 'db.sqlite'),
      await writeStore({ seed: 6, prompts: [{ name: 'summarizer', versions }] }),
    );
    const thin = await healthRun({ runNumber: 23 });
    expect(thin.io.outputs.get('verdict')).toBe('warning');
    expect(thin.io.summaries.join('')).toMatch(/Prompt health: nothing tested/);
    expect(fake.issues().filter((i) => i.state === 'open')).toHaveLength(1);
    // A healthy run closes it as before.
    await healthRun({ collapse: false, runNumber: 22 });
    expect(fake.issues().filter((i) => i.state === 'open')).toHaveLength(0);
  });

  it("leaves another workflow's issue to it, though both use the default key", async () => {
    // Two copies of the health workflow, one store each: run numbers count per workflow, so the
    // healthy one (run 211) must not close the issue of the other's alerts (run 12), nor may that
    // one then take the closed issue as newer news.
    const open = () => fake.issues().filter((i) => i.state === 'open');
    const eu = await healthRun({ collapse: true, runNumber: 12, workflow: '.github/workflows/health-eu.yml' }); // prettier-ignore
    const [issue] = open();
    expect(eu.io.outputs.get('issue-url')).toMatch(new RegExp(`issues/${issue!.number}$`));
    const us = await healthRun({ collapse: false, runNumber: 211, workflow: '.github/workflows/health-us.yml' }); // prettier-ignore
    expect(us.io.outputs.has('issue-url')).toBe(false);
    expect(open().map((i) => i.number)).toEqual([issue!.number]);
    expect(fake.comments(issue!.number)).toEqual([]);
    const again = await healthRun({ collapse: true, runNumber: 13, workflow: '.github/workflows/health-eu.yml' }); // prettier-ignore
    expect(again.io.outputs.get('issue-url')).toMatch(new RegExp(`issues/${issue!.number}$`));
    expect(fake.issues().find((i) => i.number === issue!.number)?.body).toContain('run=13');

    // A maintainer's note put above the report: still the tracking issue, no duplicate opens.
    issue!.body = `Investigating, see the incident doc.\n\n${issue!.body}`;
    await healthRun({ collapse: true, runNumber: 14, workflow: '.github/workflows/health-eu.yml' }); // prettier-ignore
    expect(open().map((i) => i.number)).toEqual([issue!.number]);
    await healthRun({ collapse: false, runNumber: 15, workflow: '.github/workflows/health-eu.yml' }); // prettier-ignore
    expect(open()).toEqual([]);
  });

  it('keeps the issue open while a prompt that alerted has too few calls to test', async () => {
    const THIN = '.github/workflows/health-thin.yml';
    // summarizer collapses; then the team routes most of its traffic away (4 calls in the window,
    // still bad): it has not shown it is healthy, though classifier, tested, is.
    const store = async (summarizer: BatchSpec[]) => {
      const v = (calls: BatchSpec[]) => [{ version: '1.1.0', timestamp: ago(40), versionTags: ['production'], calls }]; // prettier-ignore
      const prompts = [
        { name: 'summarizer', versions: v(summarizer) },
        { name: 'classifier', versions: v([calls(28, 0.01, 0.85)]) },
      ];
      writeFileSync(path.join(ws, '.prompt_versions', 'db.sqlite'), await writeStore({ seed: 8, prompts })); // prettier-ignore
    };
    const open = () => fake.issues().filter((i) => i.state === 'open');
    await store([calls(28, 1, 0.85), calls(1, 0.01, 0.55)]);
    await healthRun({ runNumber: 40, workflow: THIN });
    const [issue] = open();
    expect(issue).toBeDefined();
    await store([calls(28, 1, 0.85), { ...calls(1, 0.01, 0.55), count: 4 }]);
    const thin = await healthRun({ runNumber: 41, workflow: THIN });
    expect(thin.io.outputs.get('alerts')).toBe('0');
    expect(open().map((i) => i.number)).toEqual([issue!.number]);
    expect(open()[0]?.body).toMatch(
      /\*\*Kept open:\*\* summarizer alerted before and had too few calls/,
    );
    expect(
      fake
        .comments(issue!.number)
        .map((c) => c.body)
        .join('\n'),
    ).not.toMatch(/Healthy again/);
    // Tested healthy again: closed.
    await store([calls(28, 0.01, 0.85)]);
    await healthRun({ runNumber: 42, workflow: THIN });
    expect(open()).toEqual([]);
  });

  it('respects a person closing the issue, and reopens a recent one rather than open another', async () => {
    const HAND = '.github/workflows/health-hand.yml';
    const ours = () => fake.issues().filter((i) => i.body.includes('run=5'));
    const open = () => fake.issues().filter((i) => i.state === 'open');
    await healthRun({ collapse: true, runNumber: 50, workflow: HAND });
    const [issue] = open();
    // Closed as not planned ("known, let be"): the same alerts do not open an issue again.
    Object.assign(issue!, { state: 'closed', state_reason: 'not_planned', closed_at: NOW.toISOString() }); // prettier-ignore
    const count = fake.issues().length;
    const held = await healthRun({ collapse: true, runNumber: 51, workflow: HAND });
    expect(open()).toEqual([]);
    expect(fake.issues()).toHaveLength(count);
    // No issue is open: the output names none (a later step would page someone on it).
    expect(held.io.outputs.has('issue-url')).toBe(false);
    // Closed as done while the window still holds the calls it was closed on: not raised again.
    Object.assign(issue!, { state_reason: 'completed' });
    await healthRun({ collapse: true, runNumber: 52, workflow: HAND });
    expect(open()).toEqual([]);
    // Closed a week ago or less, before the window began: the same issue opens again, with a word.
    Object.assign(issue!, { closed_at: ago(2) });
    await healthRun({ collapse: true, runNumber: 53, workflow: HAND });
    expect(open().map((i) => i.number)).toEqual([issue!.number]);
    expect(fake.comments(issue!.number).at(-1)?.body).toMatch(/^Unhealthy again in \[run 53\]/);
    expect(ours()).toHaveLength(1);
    await healthRun({ collapse: false, runNumber: 54, workflow: HAND });
    expect(open()).toEqual([]);
  });

  it('holds a close as not planned for a week at most', async () => {
    const WEEK = '.github/workflows/health-week.yml';
    const from = fake.issues().length + 1;
    const open = () => fake.issues().filter((i) => i.state === 'open' && i.number >= from);
    await healthRun({ collapse: true, runNumber: 60, workflow: WEEK });
    const [issue] = open();
    // Under its marker, each alert's short key: a later run tells a new alert from a cleared one.
    expect(findAlertKeys(issue!.body)?.length).toBeGreaterThan(0);
    // Closed as not planned 8 days ago, and the same alerts now (fixed and broken again since?).
    Object.assign(issue!, { state: 'closed', state_reason: 'not_planned', closed_at: ago(8) });
    await healthRun({ collapse: true, runNumber: 61, workflow: WEEK });
    expect(open()).toHaveLength(1);
    expect(open()[0]?.number).not.toBe(issue!.number);
    await healthRun({ collapse: false, runNumber: 62, workflow: WEEK });
    expect(open()).toEqual([]);
  });

  it('leaves issues alone with issue: false, and fails only when fail-on says so', async () => {
    const before = fake.issues().length;
    const run = await healthRun({
      collapse: true,
      runNumber: 12,
      inputs: { issue: 'false', 'fail-on': 'regressed' },
    });
    expect(fake.issues()).toHaveLength(before);
    expect(run.io.outputs.has('issue-url')).toBe(false);
    expect(run.result.failure).toMatch(/^Prompt health fails fail-on regressed: summarizer/);
  });

  it('fails with a one-line reason when the store is missing', async () => {
    await expect(healthRun({ runNumber: 13, inputs: { store: 'nowhere.sqlite' } })).rejects.toThrow(
      /nowhere\.sqlite/,
    );
  });
  it('keeps the issue open while a metric stays significantly worse within its threshold', async () => {
    await healthRun({ collapse: true, runNumber: 40 });
    const open = () => fake.issues().filter((i) => i.state === 'open');
    expect(open()).toHaveLength(1);
    // The next day measures just under the threshold: a note, no alert, and the issue stays.
    const less = await healthRun({ collapse: 'a little', runNumber: 41 });
    expect(less.io.outputs.get('alerts')).toBe('0');
    const report = JSON.parse(readFileSync(less.io.outputs.get('report-path') ?? '', 'utf8')) as {
      prompts: { metrics: { metric: string; status: string }[] }[];
    };
    expect(report.prompts[0]?.metrics.find((m) => m.metric === 'quality_score')?.status).toBe('degraded'); // prettier-ignore
    expect(open()).toHaveLength(1);
    expect(open()[0]?.title).toBe(
      'Prompt health: still significantly worse, within the thresholds',
    );
    // Healthy again: closed, as before.
    await healthRun({ collapse: false, runNumber: 42 });
    expect(open()).toHaveLength(0);
  });

  it('says why it closes when a bad release is compared with its own history from now on', async () => {
    // 1.1.0, 15 % worse than 1.0.0, took over 26 days before NOW: 1.0.0's calls in the 28-day
    // history hold 3 days at NOW, too few to compare with; 6 days earlier they held 9.
    const versions = [
      { version: '1.0.0', timestamp: ago(70), calls: [calls(66, 26, 0.85)] },
      { version: '1.1.0', timestamp: ago(26), versionTags: ['production'], calls: [calls(26, 0.01, 0.72)] }, // prettier-ignore
    ];
    writeFileSync(
      path.join(ws, '.prompt_versions', 'db.sqlite'),
      await writeStore({ seed: 7, prompts: [{ name: 'summar*izer*', versions }] }),
    );
    const open = () => fake.issues().filter((i) => i.state === 'open');
    const at = (days: number, runNumber: number) => {
      const run = modeRun({ fake, ws, inputs: { mode: 'health' }, eventName: 'schedule', runNumber }); // prettier-ignore
      return healthMode(run, new Date(NOW.getTime() - days * DAY)).then(() => run.io);
    };
    const compared = await at(6, 60);
    expect(compared.outputs.get('alerts')).toBe('1');
    const [issue] = open();
    expect(issue).toBeDefined();
    const ended = await at(0, 61);
    expect(ended.outputs.get('alerts')).toBe('0');
    expect(open()).toHaveLength(0);
    expect(fake.comments(issue!.number).at(-1)?.body).toBe(
      `No alerts in [run 61](https://github.com/octo-org/octo-repo/actions/runs/1061), but not a fix for summar\\*izer\\* 1.1.0 (worse than 1.0.0 on quality in its first days): it is now compared with its own history, the calls of the version it replaced having left the history. The report above says more. Closing.`,
    );
  });
});
