import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  ArtifactExpiredError,
  downloadArtifactZip,
  latestSuccessfulRun,
  listRunArtifacts,
} from '../../src/github/artifacts.js';
import { TooLargeError } from '../../src/github/bytes.js';
import { extractSingleFile } from '../../src/github/zip.js';
import { TOKEN, useFakeGitHub } from './helpers.js';

const repo = { owner: 'octo-org', repo: 'octo-repo' };
const store = new Uint8Array([0x53, 0x51, 0, 0xff, 0x80, 0x00, 0xfe, 1, 2, 3]);

describe('artifacts', () => {
  const t = useFakeGitHub();

  it('lists a run artifacts by name and downloads the zip through the redirect without the token', async () => {
    const run = t.fake().addWorkflowRun('prompt-check.yml');
    const zip = zipSync({ 'db.sqlite': store });
    const artifact = t.fake().addArtifact(run.id, { name: 'prompt-store', zip });
    t.fake().addArtifact(run.id, { name: 'other', zip });
    const list = await listRunArtifacts(t.gh(), { ...repo, runId: run.id, name: 'prompt-store' });
    expect(list).toEqual([
      expect.objectContaining({
        id: artifact.id,
        name: 'prompt-store',
        sizeInBytes: zip.length,
        expired: false,
        workflowRunId: run.id,
      }),
    ]);

    const bytes = await downloadArtifactZip(t.gh(), {
      ...repo,
      artifactId: artifact.id,
      maxBytes: 1_000_000,
    });
    expect(Buffer.from(bytes).equals(Buffer.from(zip))).toBe(true);
    expect(extractSingleFile(bytes, { maxBytes: 1000 }).bytes).toEqual(store);

    const redirect = t
      .fake()
      .requestsTo('GET', `/repos/octo-org/octo-repo/actions/artifacts/${artifact.id}/zip`);
    expect(redirect.map((r) => [r.status, r.hasAuthorization])).toEqual([[302, true]]);
    const blob = t.fake().requestsTo('GET', `/_blob/${artifact.id}`);
    expect(blob.map((r) => [r.status, r.hasAuthorization])).toEqual([[200, false]]);
    expect(JSON.stringify(blob)).not.toContain(TOKEN);
  });

  it('gives a typed error for an expired artifact', async () => {
    const run = t.fake().addWorkflowRun('prompt-check.yml');
    const a = t
      .fake()
      .addArtifact(run.id, { name: 'x', zip: zipSync({ a: store }), expired: true });
    await expect(
      downloadArtifactZip(t.gh(), { ...repo, artifactId: a.id, maxBytes: 1000 }),
    ).rejects.toBeInstanceOf(ArtifactExpiredError);
    // Expired after the metadata was read: the download itself answers 410.
    const b = t.fake().addArtifact(run.id, { name: 'y', zip: zipSync({ a: store }) });
    t.fake().failNext({
      method: 'GET',
      pathPattern: `/repos/octo-org/octo-repo/actions/artifacts/${b.id}`,
      afterWrite: true,
      status: 200,
      body: { id: b.id, name: 'y', size_in_bytes: 10, expired: false },
    });
    b.expired = true;
    await expect(
      downloadArtifactZip(t.gh(), { ...repo, artifactId: b.id, maxBytes: 1000 }),
    ).rejects.toThrow(/has expired/);
  });

  it('refuses an artifact larger than the cap before downloading it', async () => {
    const run = t.fake().addWorkflowRun('prompt-check.yml');
    const a = t
      .fake()
      .addArtifact(run.id, { name: 'x', zip: zipSync({ a: new Uint8Array(5000) }, { level: 0 }) });
    await expect(
      downloadArtifactZip(t.gh(), { ...repo, artifactId: a.id, maxBytes: 1000 }),
    ).rejects.toBeInstanceOf(TooLargeError);
    expect(t.fake().requestsTo('GET', /\/zip$/)).toHaveLength(0);
  });

  it('caps the bytes read even when the size was understated', async () => {
    const run = t.fake().addWorkflowRun('prompt-check.yml');
    const a = t.fake().addArtifact(run.id, {
      name: 'x',
      zip: zipSync({ a: new Uint8Array(5000) }, { level: 0 }),
      size_in_bytes: 10,
    });
    await expect(
      downloadArtifactZip(t.gh(), { ...repo, artifactId: a.id, maxBytes: 1000 }),
    ).rejects.toBeInstanceOf(TooLargeError);
  });

  it('finds the newest successful run on a branch of this repository only', async () => {
    const fake = t.fake();
    const ours = fake.addWorkflowRun('prompt-check.yml', { head_branch: 'main' });
    fake.addWorkflowRun('prompt-check.yml', { head_branch: 'main', conclusion: 'failure' });
    fake.addWorkflowRun('prompt-check.yml', {
      head_branch: 'main',
      event: 'pull_request',
      headRepo: 'forker/octo-repo',
    });
    fake.addWorkflowRun('prompt-check.yml', { head_branch: 'feature' });
    fake.addWorkflowRun('other.yml', { head_branch: 'main' });
    const found = await latestSuccessfulRun(t.gh(), {
      ...repo,
      workflow: 'prompt-check.yml',
      branch: 'main',
    });
    expect(found).toMatchObject({ id: ours.id, headBranch: 'main', event: 'push' });
    const req = t
      .fake()
      .requestsTo('GET', '/repos/octo-org/octo-repo/actions/workflows/prompt-check.yml/runs')[0]!;
    expect(req.query).toMatchObject({ branch: 'main', status: 'success' });
    expect(
      await latestSuccessfulRun(t.gh(), { ...repo, workflow: 'none.yml', branch: 'main' }),
    ).toBeNull();
  });

  it('passes over newer runs of events not listed', async () => {
    const fake = t.fake();
    const push = fake.addWorkflowRun('eval.yml', { head_branch: 'main' });
    fake.addWorkflowRun('eval.yml', { head_branch: 'main', event: 'pull_request_target' });
    fake.addWorkflowRun('eval.yml', { head_branch: 'main', event: 'issue_comment' });
    const o = { ...repo, workflow: 'eval.yml', branch: 'main' };
    expect(await latestSuccessfulRun(t.gh(), { ...o, events: ['push', 'schedule'] })).toMatchObject({ id: push.id }); // prettier-ignore
    expect(await latestSuccessfulRun(t.gh(), { ...o, events: ['schedule'] })).toBeNull();
    expect(await latestSuccessfulRun(t.gh(), o)).toMatchObject({ event: 'issue_comment' });
  });
});
