import { describe, expect, it } from 'vitest';
import { checkOutput, completeCheckRun, startCheckRun } from '../../src/github/checks.js';
import { useFakeGitHub } from './helpers.js';

const SHA = 'd'.repeat(40);
const repo = { owner: 'octo-org', repo: 'octo-repo' };

describe('check runs', () => {
  const t = useFakeGitHub();

  it('starts in progress, then completes with the output', async () => {
    const started = await startCheckRun(t.gh(), {
      ...repo,
      name: 'Prompt regression',
      headSha: SHA,
      detailsUrl: 'https://example.test/run/1',
    });
    expect(started.status).toBe('ok');
    if (started.status !== 'ok') return;
    const run = t.fake().state.checkRuns.get(started.checkRunId)!;
    expect(run).toMatchObject({
      status: 'in_progress',
      head_sha: SHA,
      details_url: 'https://example.test/run/1',
    });
    const done = await completeCheckRun(t.gh(), {
      ...repo,
      checkRunId: started.checkRunId,
      conclusion: 'failure',
      title: '1 regression',
      summary: 'quality dropped',
      text: 'details',
    });
    expect(done.status).toBe('ok');
    expect(t.fake().state.checkRuns.get(started.checkRunId)).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      output: { title: '1 regression', summary: 'quality dropped', text: 'details' },
    });
  });

  it('trims an oversized summary and text so GitHub accepts them', async () => {
    const started = await startCheckRun(t.gh(), { ...repo, name: 'c', headSha: SHA });
    if (started.status !== 'ok') throw new Error('not started');
    const done = await completeCheckRun(t.gh(), {
      ...repo,
      checkRunId: started.checkRunId,
      conclusion: 'neutral',
      title: 't',
      summary: 's'.repeat(70_000),
      text: 'x'.repeat(100_000),
    });
    expect(done.status).toBe('ok');
    const output = t.fake().state.checkRuns.get(started.checkRunId)!.output;
    expect(output.summary!.length).toBeLessThanOrEqual(65_535);
    expect(output.text).toMatch(/truncated by prompt-versioner-action/);
  });

  it('returns forbidden instead of throwing when checks may not be written', async () => {
    t.fake().forbidWrites = true;
    const started = await startCheckRun(t.gh(), { ...repo, name: 'c', headSha: SHA });
    expect(started).toMatchObject({ status: 'forbidden' });
    const done = await completeCheckRun(t.gh(), {
      ...repo,
      checkRunId: 1,
      conclusion: 'success',
      title: 't',
      summary: 's',
    });
    expect(done.status).toBe('forbidden');
  });

  it('retries a 5xx on completion (an idempotent write)', async () => {
    const started = await startCheckRun(t.gh(), { ...repo, name: 'c', headSha: SHA });
    if (started.status !== 'ok') throw new Error('not started');
    t.fake().failNext({ method: 'PATCH', pathPattern: /check-runs/, status: 503 });
    const done = await completeCheckRun(t.gh(), {
      ...repo,
      checkRunId: started.checkRunId,
      conclusion: 'success',
      title: 't',
      summary: 's',
    });
    expect(done.status).toBe('ok');
    expect(
      t
        .fake()
        .requestsTo('PATCH', /check-runs/)
        .map((r) => r.status),
    ).toEqual([503, 200]);
  });

  it('keeps output without text free of a text field', () => {
    expect(checkOutput({ title: 't', summary: 's' })).toEqual({ title: 't', summary: 's' });
  });
});
