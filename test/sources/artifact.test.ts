import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ActionContext } from '../../src/action/context.js';
import { parseConfig, type Config } from '../../src/config/config.js';
import { inputName } from '../../src/config/parse.js';
import { newestArtifact, pickEntry } from '../../src/sources/artifact.js';
import { baselineStoreArtifact, headStoreArtifact } from '../../src/sources/artifact-store.js';
import { SourceError } from '../../src/sources/errors.js';
import { useFakeGitHub } from '../github/helpers.js';

/** A zip whose one entry is a Unix symbolic link to `target`. */
const symlinkZip = (name: string, target: string): Uint8Array =>
  zipSync({ [name]: [new TextEncoder().encode(target), { os: 3, attrs: (0o120777 << 16) >>> 0 }] });

const STORE = new Uint8Array([0x53, 0x51, 0x4c, 0, 0xff, 0x80, 1, 2, 3]);

function config(inputs: Record<string, string>): Config {
  return parseConfig((n) => inputs[n], inputName);
}

function context(runId: number, payload: Record<string, unknown> = {}): ActionContext {
  return { eventName: 'pull_request', payload, owner: 'octo-org', repo: 'octo-repo', runId, runNumber: 3, runAttempt: 1, workspace: '/nonexistent', tempDir: '/tmp', serverUrl: 'https://github.com', sha: '', workflow: '' }; // prettier-ignore
}

async function rejection(p: Promise<unknown>): Promise<SourceError> {
  const error: unknown = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SourceError);
  return error as SourceError;
}

describe('choosing the artifact and the entry', () => {
  it('takes the newest artifact GitHub still keeps', () => {
    const a = (id: number, createdAt: string, expired = false) => ({ id, name: 'x', sizeInBytes: 1, expired, createdAt, workflowRunId: 1 }); // prettier-ignore
    const list = [a(1, '2024-01-01'), a(3, '2024-01-03', true), a(2, '2024-01-02')];
    expect(newestArtifact(list, 'x')).toEqual({ artifact: list[2], expired: 1 });
    expect(newestArtifact(list, 'y')).toEqual({ artifact: null, expired: 0 });
  });
  it('takes the only file, else the only store file, else refuses', () => {
    const ext = ['.sqlite', '.db'];
    expect(pickEntry(['anything.bin'], ext)).toBe('anything.bin');
    expect(pickEntry(['notes.txt', 'sub/db.sqlite'], ext)).toBe('sub/db.sqlite');
    expect(() => pickEntry(['a.sqlite', 'b.db'], ext)).toThrow(/2 files .* several ending in/);
    expect(pickEntry(['p/backup.db', 'p/db.sqlite'], ext, 'db.sqlite')).toBe('p/db.sqlite');
    expect(() => pickEntry(['a/db.sqlite', 'b/db.sqlite'], ext, 'db.sqlite')).toThrow(/several/);
    expect(() => pickEntry([], ext)).toThrow(
      "The artifact holds no file: upload the one file ending in .sqlite or .db (actions/upload-artifact's 'path').",
    );
  });
});

describe('stores from artifacts (real client, fake GitHub)', () => {
  const t = useFakeGitHub();
  const cfg = config({ 'store-artifact': 'prompt-store', 'max-store-size': '1KiB' });

  it('reads the head store of this run in memory, from the newest live artifact', async () => {
    t.fake().addArtifact(4242, { name: 'prompt-store', zip: zipSync({ 'db.sqlite': new Uint8Array([1]) }) }); // prettier-ignore
    t.fake().addArtifact(4242, { name: 'prompt-store', zip: zipSync({ 'x/db.sqlite': STORE, 'log.txt': new Uint8Array([9]) }) }); // prettier-ignore
    t.fake().addArtifact(4242, { name: 'prompt-store', zip: zipSync({ 'db.sqlite': new Uint8Array([2]) }), expired: true }); // prettier-ignore
    const input = await headStoreArtifact(t.gh(), context(4242), cfg);
    expect(input).toEqual({ bytes: STORE, label: 'artifact prompt-store (run 4242)' });
  });

  it("takes the store's -journal with it when the folder was uploaded (a killed writer's)", async () => {
    const journal = new Uint8Array([0xd9, 0xd5, 0x05, 0xf9, 7]);
    t.fake().addArtifact(4242, { name: 'prompt-store', zip: zipSync({ 'p/db.sqlite': STORE, 'p/db.sqlite-journal': journal }) }); // prettier-ignore
    const input = await headStoreArtifact(t.gh(), context(4242), cfg);
    expect(input).toEqual({ bytes: STORE, label: 'artifact prompt-store (run 4242)', journal });
  });

  it('says when a -wal file came with the store, and not when it is empty', async () => {
    const wal = new Uint8Array([0x37, 0x7f, 0x06, 0x82, 1]);
    t.fake().addArtifact(4242, { name: 'prompt-store', zip: zipSync({ 'p/db.sqlite': STORE, 'p/db.sqlite-wal': wal }) }); // prettier-ignore
    const input = await headStoreArtifact(t.gh(), context(4242), cfg);
    expect(input).toEqual({ bytes: STORE, label: 'artifact prompt-store (run 4242)', walPresent: true }); // prettier-ignore
    t.fake().addArtifact(4242, { name: 'prompt-store', zip: zipSync({ 'p/db.sqlite': STORE, 'p/db.sqlite-wal': new Uint8Array(0) }) }); // prettier-ignore
    expect(await headStoreArtifact(t.gh(), context(4242), cfg)).toEqual({ bytes: STORE, label: 'artifact prompt-store (run 4242)' }); // prettier-ignore
  });

  it('reads the store of an uploaded folder, skipping its other files whatever their size and number', async () => {
    // The .prompt_versions folder with a log above max-store-size and 150 other files beside it.
    const folder: Record<string, Uint8Array> = {
      '.prompt_versions/db.sqlite': STORE,
      '.prompt_versions/eval.log': new Uint8Array(5000).fill(65),
      '.prompt_versions/backup.db': new Uint8Array([1]),
    };
    for (let i = 0; i < 150; i++) folder[`.prompt_versions/runs/${i}.json`] = new Uint8Array([i]);
    t.fake().addArtifact(4242, { name: 'prompt-store', zip: zipSync(folder), size_in_bytes: 3000 }); // prettier-ignore
    const said: string[] = [];
    const input = await headStoreArtifact(t.gh(), context(4242), cfg, (m) => said.push(m));
    expect(input).toEqual({ bytes: STORE, label: 'artifact prompt-store (run 4242)' });
    expect(said).toEqual([
      'The artifact "prompt-store" of this run (4242): read ".prompt_versions/db.sqlite"; skipped 152 other files (".prompt_versions/eval.log", ".prompt_versions/backup.db", ".prompt_versions/runs/0.json", ".prompt_versions/runs/1.json", ".prompt_versions/runs/2.json", …).',
    ]);
  });

  it('still refuses an archive of more entries than any folder holds', async () => {
    // A zip whose end record declares 10,001 entries (building them takes fflate seconds).
    const many = zipSync({ 'db.sqlite': STORE });
    const end = new DataView(many.buffer, many.byteOffset + many.length - 22);
    end.setUint16(8, 10_001, true);
    end.setUint16(10, 10_001, true);
    t.fake().addArtifact(4242, { name: 'prompt-store', zip: many });
    const e = await rejection(headStoreArtifact(t.gh(), context(4242), cfg));
    expect(e.message).toMatch(/was refused: The artifact zip has 10001 entries; at most 10000 are accepted/); // prettier-ignore
  });

  it('a missing artifact is neutral and lists what the run has', async () => {
    t.fake().addArtifact(4242, { name: 'other-thing', zip: zipSync({ a: STORE }) });
    const e = await rejection(headStoreArtifact(t.gh(), context(4242), cfg));
    expect(e.neutral).toBe(true);
    expect(e.message).toBe(
      `There is no artifact "prompt-store" (input 'store-artifact') in this run (4242) (it has "other-thing"). Upload it with actions/upload-artifact in an earlier job of this workflow, and list that job in this job's 'needs:' (an artifact of another workflow's run is not read here). A folder whose name starts with a dot (.prompt_versions/) is uploaded only with include-hidden-files: true; add if-no-files-found: error so that an upload of nothing fails there.`,
    );
  });

  it('an expired artifact is neutral and says so', async () => {
    t.fake().addArtifact(4242, { name: 'prompt-store', zip: zipSync({ a: STORE }), expired: true }); // prettier-ignore
    const e = await rejection(headStoreArtifact(t.gh(), context(4242), cfg));
    expect(e.neutral).toBe(true);
    expect(e.message).toMatch(/has expired: GitHub no longer keeps it/);
  });

  it('checks the size before downloading', async () => {
    const big = t.fake().addArtifact(4242, { name: 'prompt-store', zip: zipSync({ a: STORE }), size_in_bytes: 2 * 1024 + 64 * 1024 * 1024 + 1 }); // prettier-ignore
    const e = await rejection(headStoreArtifact(t.gh(), context(4242), cfg));
    expect(e.neutral).toBe(false);
    expect(e.message).toBe(
      `The artifact "prompt-store" of this run (4242) is larger than 67110912 bytes: the file it is for and a -journal beside it, at most input 'max-store-size' (1024 bytes) each, and 67108864 bytes of other files. Upload only the file it is for (actions/upload-artifact's 'path'), or raise input 'max-store-size' if that file is expected to be that large.`,
    );
    expect(t.fake().requestsTo('GET', `/repos/octo-org/octo-repo/actions/artifacts/${big.id}/zip`)).toHaveLength(0); // prettier-ignore
  });

  it('refuses zips with a .. entry, an absolute path or a link, and caps the unpacked file', async () => {
    const cases: [Uint8Array, RegExp][] = [
      [zipSync({ '../db.sqlite': STORE }), /"\.\.\/db\.sqlite": a '\.\.' segment/],
      [zipSync({ 'db.sqlite': STORE, 'a/../../x': STORE }), /a '\.\.' segment/],
      [zipSync({ '/etc/db.sqlite': STORE }), /an absolute path/],
      [symlinkZip('db.sqlite', '/etc/passwd'), /a symbolic link/],
      [
        zipSync({ 'db.sqlite': new Uint8Array(4096) }, { level: 9 }),
        /over the limit of 1024\. It is larger than input 'max-store-size'; raise it/,
      ],
    ];
    for (const [zip, why] of cases) {
      t.fake().state.artifacts = [];
      t.fake().addArtifact(4242, { name: 'prompt-store', zip });
      const e = await rejection(headStoreArtifact(t.gh(), context(4242), cfg));
      expect(e.neutral, e.message).toBe(false);
      expect(e.message).toMatch(/^The artifact "prompt-store" of this run \(4242\) was refused: /);
      expect(e.message).toMatch(why);
    }
  });

  it('takes the baseline from the latest successful run of the workflow on the base branch', async () => {
    const f = t.fake();
    const old = f.addWorkflowRun('eval.yml', { head_branch: 'main' });
    const fork = f.addWorkflowRun('eval.yml', { head_branch: 'main', headRepo: 'fork/octo-repo' });
    const failed = f.addWorkflowRun('eval.yml', { head_branch: 'main', conclusion: 'failure' });
    const other = f.addWorkflowRun('eval.yml', { head_branch: 'release' });
    for (const r of [old, fork, failed, other])
      f.addArtifact(r.id, { name: 'store', zip: zipSync({ 'db.sqlite': new Uint8Array([r.id % 256]) }) }); // prettier-ignore
    f.addArtifact(old.id, { name: 'store', zip: zipSync({ 'db.sqlite': STORE }) });
    const c = config({ 'baseline-artifact': 'store', 'baseline-workflow': 'eval.yml' });
    const input = await baselineStoreArtifact(t.gh(), context(1), c, 'main');
    expect(input).toEqual({ bytes: STORE, label: `artifact store (run #${old.run_number} of eval.yml on main at ${old.head_sha.slice(0, 7)})` }); // prettier-ignore

    // The run at the change's base commit before a newer one; never one at the commit under test.
    const atBase = f.addWorkflowRun('eval.yml', { head_branch: 'main', head_sha: 'a'.repeat(40) });
    const newer = f.addWorkflowRun('eval.yml', { head_branch: 'main', head_sha: 'e'.repeat(40) });
    const atHead = f.addWorkflowRun('eval.yml', { head_branch: 'main', head_sha: 'f'.repeat(40) });
    for (const r of [atBase, newer, atHead]) f.addArtifact(r.id, { name: 'store', zip: zipSync({ 'db.sqlite': new Uint8Array([r.id % 256]) }) }); // prettier-ignore
    const pick = async (base: string | null, head: string) => {
      const got = await baselineStoreArtifact(t.gh(), context(1), c, 'main', { base, head });
      return 'bytes' in got ? got.bytes[0] : -1;
    };
    expect(await pick('a'.repeat(40), 'f'.repeat(40))).toBe(atBase.id % 256);
    expect(await pick('9'.repeat(40), 'f'.repeat(40))).toBe(newer.id % 256);
    expect(await pick(null, 'e'.repeat(40))).toBe(atHead.id % 256);

    // No pull request: the payload's default branch, else the API's.
    const withBranch = config({ 'baseline-artifact': 'store', 'baseline-workflow': 'eval.yml', 'baseline-branch': 'release' }); // prettier-ignore
    const fromRelease = await baselineStoreArtifact(t.gh(), context(1), withBranch, 'main');
    expect('bytes' in fromRelease && fromRelease.bytes).toEqual(new Uint8Array([other.id % 256]));
    await baselineStoreArtifact(t.gh(), context(1), c, null);
    expect(t.fake().requestsTo('GET', '/repos/octo-org/octo-repo')).toHaveLength(1);
    await baselineStoreArtifact(t.gh(), context(1, { repository: { default_branch: 'main' } }), c, null); // prettier-ignore
    expect(t.fake().requestsTo('GET', '/repos/octo-org/octo-repo')).toHaveLength(1);
  });

  it('takes the store from an older run when the newest uploaded none', async () => {
    const f = t.fake();
    const withStore = f.addWorkflowRun('eval.yml', { head_branch: 'main' });
    f.addArtifact(withStore.id, { name: 'store', zip: zipSync({ 'db.sqlite': STORE }) });
    // A scheduled run that skipped the evaluation: it uploaded logs only.
    const logsOnly = f.addWorkflowRun('eval.yml', { head_branch: 'main', event: 'schedule' });
    f.addArtifact(logsOnly.id, { name: 'logs', zip: zipSync({ 'log.txt': new Uint8Array(1) }) });
    const c = config({ 'baseline-artifact': 'store', 'baseline-workflow': 'eval.yml' });
    const input = await baselineStoreArtifact(t.gh(), context(1), c, 'main');
    expect('bytes' in input && input.bytes).toEqual(STORE);
    expect('label' in input && input.label).toContain(`run #${withStore.run_number} `);
    // None has it: the newest run's reason, neutral.
    const e = await rejection(baselineStoreArtifact(t.gh(), context(1), config({ 'baseline-artifact': 'other', 'baseline-workflow': 'eval.yml' }), 'main')); // prettier-ignore
    expect(e.neutral).toBe(true);
    expect(e.message).toMatch(new RegExp(`^There is no artifact "other" \\(input 'baseline-artifact'\\) in run #${logsOnly.run_number} of eval\\.yml on main .*the 2 newest successful runs were asked\\)\\. A folder whose name starts with a dot \\(\\.prompt_versions/\\) is uploaded only with include-hidden-files: true; .*$`)); // prettier-ignore
  });

  it('names the input when GitHub knows no workflow of that name', async () => {
    t.fake().failNext({ method: 'GET', pathPattern: /\/actions\/workflows\/evl\.yml\/runs$/, status: 404, body: { message: 'Not Found' } }); // prettier-ignore
    const c = config({ 'baseline-artifact': 'store', 'baseline-workflow': 'evl.yml' });
    const e = await rejection(baselineStoreArtifact(t.gh(), context(1), c, 'main'));
    expect(e.neutral).toBe(false);
    expect(e.message).toBe(
      "octo-org/octo-repo has no workflow evl.yml: input 'baseline-workflow' names the file of the workflow that uploads the baseline store (eval.yml for .github/workflows/eval.yml).",
    );
  });

  it('no successful run on the branch is neutral and names the fix', async () => {
    t.fake().addWorkflowRun('eval.yml', { head_branch: 'main', conclusion: 'failure' });
    const c = config({ 'baseline-artifact': 'store', 'baseline-workflow': 'eval.yml' });
    const e = await rejection(baselineStoreArtifact(t.gh(), context(1), c, 'main'));
    expect(e.neutral).toBe(true);
    expect(e.message).toMatch(
      /^No successful push, schedule, workflow_dispatch run of eval\.yml on branch 'main' in octo-org\/octo-repo .* or set input 'baseline-branch'\.$/,
    );
  });
});
