import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BatchSpec, StoreSpec } from '../../scripts/store-writer.mjs';
import { writeStore } from '../../scripts/store-writer.mjs';
import { storeZip } from './workflows.js';
import { e2eSuite } from './suite.js';

const DAY = 86_400_000;
// The action anchors its windows at the run's time, so the store is written relative to now.
const NOW = Date.now();
const ago = (days: number): string =>
  new Date(NOW - days * DAY).toISOString().replace('.000Z', '+00:00');

function calls(from: number, to: number, quality: number): BatchSpec {
  const perDay = 48;
  return {
    start: ago(from),
    count: Math.round((from - to) * perDay),
    spacingSeconds: 86_400 / perDay,
    model: 'gpt-4o',
    quality: { mean: quality, sd: 0.05 },
    latency: { median: 400, sigma: 0.25 },
    success: { p: 0.98 },
  };
}

/** One production prompt with 28 days of history; `collapse` drops quality in the last day. */
function spec(collapse: boolean): StoreSpec {
  const batches = collapse ? [calls(28, 1, 0.85), calls(1, 0.01, 0.55)] : [calls(28, 0.01, 0.85)];
  return {
    seed: 5,
    prompts: [
      {
        name: 'summarizer',
        versions: [
          { version: '1.1.0', timestamp: ago(40), versionTags: ['production'], calls: batches },
        ],
      },
    ],
  };
}

const suite = e2eSuite();
const fake = suite.fake;
let ws: string;

async function scheduled(collapse: boolean, runNumber: number) {
  writeFileSync(path.join(ws, '.prompt_versions', 'db.sqlite'), await writeStore(spec(collapse)));
  return suite.run(
    ws,
    'schedule',
    { schedule: '0 6 * * *' },
    {
      env: { GITHUB_RUN_NUMBER: String(runNumber), GITHUB_SHA: 'c'.repeat(40) },
    },
  );
}

beforeAll(() => {
  ws = mkdtempSync(path.join(tmpdir(), 'pv-health-'));
  mkdirSync(path.join(ws, '.prompt_versions'));
});

describe('schedule: the health report and its tracking issue, end to end', () => {
  it('opens an issue when unhealthy, updates it on the next run, closes it when healthy again', async () => {
    const first = await scheduled(true, 10);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.outputs.verdict).toBe('warning');
    expect(Number(first.outputs.alerts)).toBeGreaterThan(0);
    expect(first.summary).toMatch(/summarizer/);
    const report = JSON.parse(readFileSync(first.outputs['report-path'] ?? '', 'utf8')) as {
      kind: string;
      counts: { alerts: number };
    };
    expect(report).toMatchObject({ kind: 'health' });
    let issues = fake.issues();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      state: 'open',
      labels: ['prompt-health'],
      login: 'github-actions[bot]',
    });
    expect(issues[0]?.body.split('\n')[0]).toMatch(
      /^<!-- prompt-versioner-action:health key=default sha=c{40} run=10 attempt=1 alerts=[0-9a-f]{16} -->$/,
    );
    expect(issues[0]?.title).toMatch(/^Prompt health: 1 critical/);
    expect(first.outputs['issue-url']).toMatch(/issues\/1$/);

    const second = await scheduled(true, 11);
    expect(second.code).toBe(0);
    issues = fake.issues();
    expect(issues).toHaveLength(1);
    expect(issues[0]?.body).toMatch(/run=11 attempt=1/);
    // The same alerts: the body is updated, no comment piles up.
    expect(fake.comments(issues[0]?.number ?? 0)).toHaveLength(0);

    const healthy = await scheduled(false, 12);
    expect(healthy.code).toBe(0);
    expect(healthy.outputs).toMatchObject({ verdict: 'passed', alerts: '0' });
    issues = fake.issues();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    const comments = fake.comments(issues[0]?.number ?? 0);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toMatch(/Healthy again/);
  });

  it('names the open issue in issue-url when a newer run wrote it and it is left as is', async () => {
    const newer = await scheduled(true, 31);
    expect(newer.code, newer.stdout + newer.stderr).toBe(0);
    const open = fake.issues().filter((i) => i.state === 'open');
    expect(open).toHaveLength(1);
    expect(newer.outputs['issue-url']).toMatch(new RegExp(`issues/${open[0]?.number}$`));
    const older = await scheduled(true, 30);
    expect(older.code, older.stdout + older.stderr).toBe(0);
    expect(older.stdout).toMatch(/Tracking issue left as is: issue #\d+ already shows run 31/);
    expect(older.outputs['issue-url']).toBe(newer.outputs['issue-url']);
    expect(fake.issues().find((i) => i.number === open[0]?.number)?.body).toMatch(/run=31 /);
    // Healthy again: closed, so that the next tests start from no open issue.
    expect((await scheduled(false, 32)).code).toBe(0);
    expect(fake.issues().filter((i) => i.state === 'open')).toHaveLength(0);
  });

  it('says when the repository has Issues turned off, and writes the report all the same', async () => {
    // GitHub answers so to the list of issues the run reads first (and to opening one).
    fake.failNext({
      method: 'GET',
      pathPattern: '/repos/octo-org/octo-repo/issues',
      status: 410,
      body: { message: 'Issues are disabled for this repo' },
    });
    const run = await scheduled(true, 40);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.verdict).toBe('warning');
    expect(run.summary).toMatch(/summarizer/);
    expect(run.outputs['issue-url'] ?? '').toBe('');
    expect(run.stdout).toMatch(
      /::warning::Could not update the tracking issue: the repository has Issues turned off \(HTTP 410: Issues are disabled for this repo\)\. Turn Issues on in the repository's settings \(General, Features\), or set issue: false to write the health report without a tracking issue\./,
    );
    expect(run.stdout).not.toMatch(/deleted meanwhile|issues: write/);
    expect(fake.issues().filter((i) => i.state === 'open')).toHaveLength(0);
    // A healthy store again, as the next tests expect.
    expect((await scheduled(false, 41)).code).toBe(0);
  });

  it('fails the step only when fail-on says so', async () => {
    const run = await suite.run(
      ws,
      'schedule',
      {},
      {
        inputs: { 'fail-on': 'regressed', issue: 'false' },
        env: { GITHUB_RUN_NUMBER: '20' },
      },
    );
    // The store on disk is healthy after the last test: nothing fails.
    expect(run.code).toBe(0);
    writeFileSync(path.join(ws, '.prompt_versions', 'db.sqlite'), await writeStore(spec(true)));
    const failing = await suite.run(
      ws,
      'schedule',
      {},
      {
        inputs: { 'fail-on': 'regressed', issue: 'false' },
        env: { GITHUB_RUN_NUMBER: '21' },
      },
    );
    expect(failing.code).toBe(1);
    expect(failing.outputs.verdict).toBe('regressed');
    expect(failing.stdout).toMatch(
      /::error::Prompt health fails fail-on regressed: summarizer regressed/,
    );
  });

  it('reads the store from an artifact of this run, and ends neutral when it is missing', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'pv-health-artifact-'));
    const inputs = { 'store-artifact': 'prod-store', issue: 'false' };
    const missing = await suite.run(
      empty,
      'schedule',
      {},
      {
        inputs,
      },
    );
    expect(missing.code, missing.stdout).toBe(0);
    expect(missing.outputs.verdict).toBe('skipped');
    expect(missing.stdout).toMatch(/::warning::Prompt health not checked: .*prod-store/);
    fake.addArtifact(4242, { name: 'prod-store', zip: storeZip(await writeStore(spec(true))) });
    const run = await suite.run(
      empty,
      'schedule',
      {},
      {
        inputs,
      },
    );
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.verdict).toBe('warning');
    expect(Number(run.outputs.alerts)).toBeGreaterThan(0);
  });
});
