// A cancelled run (SIGINT, then SIGTERM) marks the check run it started as cancelled before it
// ends, instead of leaving it in progress on the commit.
import { EventEmitter } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exitOnCancel, onCancel, runCancelCleanups } from '../../src/action/cancel.js';
import { beginCheck } from '../../src/publish/check.js';
import { FakeGitHub } from '../e2e/fake-github.js';
import { checkRuns } from '../e2e/workflows.js';
import { modeRun } from '../modes/run.js';

let fake: FakeGitHub;
beforeAll(async () => {
  fake = new FakeGitHub();
  await fake.start();
});
afterAll(async () => {
  await fake.stop();
});

describe('a cancelled run', () => {
  it('marks the check run it started as cancelled, and one finished is left as it is', async () => {
    const run = modeRun({ fake, ws: '.', inputs: {}, eventName: 'pull_request', runNumber: 3 });
    const sha = 'a'.repeat(40);
    const finished = await beginCheck(run.gh, run.ctx, run.config, sha, run.io);
    await finished.finish({ conclusion: 'failure', title: 'Regressed', summary: 's' });
    await beginCheck(run.gh, run.ctx, run.config, sha, run.io);
    expect(checkRuns(fake).map((c) => c.status)).toEqual(['completed', 'in_progress']);
    await runCancelCleanups();
    expect(checkRuns(fake).map((c) => c.conclusion)).toEqual(['failure', 'cancelled']);
    expect(checkRuns(fake)[1]?.output.title).toBe('Cancelled before a verdict');
  });

  it('marks a check run cancelled that GitHub was still creating when the signal came', async () => {
    const run = modeRun({ fake, ws: '.', inputs: {}, eventName: 'pull_request', runNumber: 4 });
    const before = checkRuns(fake).length;
    fake.failNext({ method: 'POST', pathPattern: /\/check-runs$/, delayMs: 400 });
    const begun = beginCheck(run.gh, run.ctx, run.config, 'b'.repeat(40), run.io);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await runCancelCleanups();
    expect(checkRuns(fake).slice(before)).toMatchObject([
      { status: 'completed', conclusion: 'cancelled' },
    ]);
    await begun;
  });

  it('runs the cleanups on the first signal only, then exits 1', async () => {
    const source = new EventEmitter();
    const warned: string[] = [];
    const exits: number[] = [];
    let cleaned = 0;
    onCancel(() => Promise.resolve(void (cleaned += 1)));
    const ended = new Promise<void>((resolve) =>
      exitOnCancel(
        (m) => warned.push(m),
        source,
        (code) => resolve(void exits.push(code)),
      ),
    );
    source.emit('SIGINT');
    source.emit('SIGTERM');
    await ended;
    expect([cleaned, exits, warned.length]).toEqual([1, [1], 1]);
    expect(warned[0]).toMatch(/^Cancelled \(SIGINT\)/);
  });

  it('ends without waiting longer than its limit for a cleanup that hangs', async () => {
    const forget = onCancel(() => new Promise<void>(() => undefined));
    const started = Date.now();
    await runCancelCleanups(50);
    expect(Date.now() - started).toBeLessThan(2_000);
    forget();
  });
});
