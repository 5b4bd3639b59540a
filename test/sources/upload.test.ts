import { unzipSync } from 'fflate';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SourceError } from '../../src/sources/errors.js';
import { REPORT_FILE, artifactClient, uploadReportArtifact } from '../../src/sources/upload.js';
import { FakeGitHub } from '../e2e/fake-github.js';
import { fakeRuntimeToken } from '../e2e/fake-github/routes-results.js';

const ENV = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL', 'GITHUB_SERVER_URL'] as const;
let fake: FakeGitHub;
const saved: Partial<Record<(typeof ENV)[number], string>> = {};

beforeEach(async () => {
  fake = new FakeGitHub();
  await fake.start();
  for (const k of ENV) saved[k] = process.env[k];
  process.env.ACTIONS_RUNTIME_TOKEN = fakeRuntimeToken(4242);
  process.env.ACTIONS_RESULTS_URL = `${fake.url}/`;
  process.env.GITHUB_SERVER_URL = 'https://github.com';
});
afterEach(async () => {
  for (const k of ENV) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  await fake.stop();
});

describe('the artifact client', () => {
  it('is its own bundle: a bundle without it is said to be an incomplete action, not a missing package', async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'pv-dist-'));
    const loading = artifactClient(path.join(dist, 'index.js'));
    await expect(loading).rejects.toBeInstanceOf(SourceError);
    await expect(loading).rejects.toThrow(
      /^The action is incomplete: .*artifact-client\.js is missing beside index\.js, .* run npm run build and commit all of dist\/\.$/,
    );
    // From sources, the package itself.
    const fromSources = await artifactClient(path.join(dist, 'upload.ts'));
    expect(typeof fromSources.DefaultArtifactClient).toBe('function');
  });
});

describe('uploadReportArtifact (@actions/artifact against the fake results service)', () => {
  it('uploads a zip holding the report file alone, as an artifact of the run in the token', async () => {
    const tempDir = mkdtempSync(path.join(tmpdir(), 'pv-up-'));
    const json = '{"schema":1}\n';
    const result = await uploadReportArtifact({ name: 'prompt-regression-report', json, tempDir });
    const [artifact] = fake.state.artifacts;
    expect(artifact).toMatchObject({ runId: 4242, name: 'prompt-regression-report' });
    expect(result.id).toBe(artifact?.id);
    const files = unzipSync(artifact!.zip);
    expect(Object.keys(files)).toEqual([REPORT_FILE]);
    expect(new TextDecoder().decode(files[REPORT_FILE])).toBe(json);
    // The signed blob URL is used without the runtime token.
    const puts = fake.requestsTo('PUT', /^\/_results\/artifacts\//);
    expect(puts.length).toBeGreaterThanOrEqual(2);
    expect(puts.every((r) => !r.hasAuthorization && r.status === 201)).toBe(true);
  });

  it('names the input when the upload is refused (a second artifact of the same name)', async () => {
    const tempDir = mkdtempSync(path.join(tmpdir(), 'pv-up-'));
    await uploadReportArtifact({ name: 'r', json: '{}', tempDir });
    await expect(uploadReportArtifact({ name: 'r', json: '{}', tempDir })).rejects.toThrow(
      /Could not upload the report as artifact 'r' \(input 'report-artifact'\)/,
    );
  });

  it('says plainly that GitHub Enterprise Server cannot take the artifact, and what works there', async () => {
    process.env.GITHUB_SERVER_URL = 'https://github.example-corp.com';
    const tempDir = mkdtempSync(path.join(tmpdir(), 'pv-up-'));
    const upload = uploadReportArtifact({ name: 'r', json: '{}', tempDir });
    await expect(upload).rejects.toThrow(
      /^Could not upload the report as artifact 'r': 'publish: artifact' needs github\.com or GHE\.com, .* On GHES run the check in one pull_request workflow \(publish: comment\)/,
    );
    expect(fake.state.artifacts).toEqual([]);
  });
});
