// A store tracked with Git LFS: the commit holds a pointer, which git and the contents API give
// as it is; the workspace's checkout (lfs: true) cannot serve the base side.
import { describe, expect, it } from 'vitest';
import { readStoreAt } from '../../src/sources/at-commit.js';
import { SourceError } from '../../src/sources/errors.js';
import { STORE, baseAndHead } from '../e2e/workflows.js';

const POINTER = new TextEncoder().encode(
  'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 1716224\n',
);

describe('readStoreAt', () => {
  it('names the inputs that can serve a base store tracked with Git LFS', async () => {
    const ws = baseAndHead(POINTER, new TextEncoder().encode('the head store, checked out'));
    const read = readStoreAt({
      workspace: ws.dir,
      store: STORE,
      ref: ws.baseSha,
      side: 'base',
      owner: 'octo-org',
      repo: 'octo-repo',
      gh: null,
      maxBytes: 1 << 20,
    });
    await expect(read).rejects.toThrow(SourceError);
    await expect(read).rejects.toThrow(
      /is a Git LFS pointer: a store at a commit is read with git or the contents API, .*input 'baseline-artifact'/,
    );
  });
});
