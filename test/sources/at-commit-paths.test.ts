// How the store's path is read at a commit: an absolute path into the workspace, and a store
// committed as a symbolic link (git gives the link's text; the checkout and the contents API
// give the file it leads to).
import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStoreAt, type StoreAtRefRequest } from '../../src/sources/at-commit.js';
import { git } from '../e2e/harness.js';
import { STORE, workspaceWith } from '../e2e/workflows.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

function at(dir: string, ref: string, store = STORE): StoreAtRefRequest {
  return { workspace: dir, store, ref, side: 'base', owner: 'o', repo: 'r', gh: null, maxBytes: 1 << 20 }; // prettier-ignore
}

// A workspace whose store path is committed as a link to `target` (relative to its folder).
function linked(target: string, files: Record<string, string> = {}): { dir: string; sha: string } {
  const ws = workspaceWith({ ...Object.fromEntries(Object.entries(files).map(([p, t]) => [p, bytes(t)])), '.prompt_versions/.keep': '' }); // prettier-ignore
  symlinkSync(target, path.join(ws.dir, STORE));
  git(ws.dir, 'add', '-A');
  git(ws.dir, 'commit', '-q', '-m', 'link');
  return { dir: ws.dir, sha: git(ws.dir, 'rev-parse', 'HEAD') };
}

describe('readStoreAt: the store path', () => {
  it('reads an absolute path into the workspace as the same file', async () => {
    const ws = workspaceWith({ [STORE]: bytes('the store') });
    writeFileSync(path.join(ws.dir, STORE), 'changed since');
    const read = await readStoreAt(at(ws.dir, ws.sha, path.join(ws.dir, STORE)));
    expect(read.found && Buffer.from(read.bytes).toString()).toBe('the store');
    await expect(readStoreAt(at(ws.dir, ws.sha, '/elsewhere/db.sqlite'))).rejects.toThrow(
      /The store path '\/elsewhere\/db\.sqlite' is outside the repository/,
    );
  });

  it('follows a store committed as a link, at the same commit, inside the repository', async () => {
    const ws = linked('../data/db.sqlite', { 'data/db.sqlite': 'the linked store' });
    writeFileSync(path.join(ws.dir, 'data/db.sqlite'), 'changed since');
    const read = await readStoreAt(at(ws.dir, ws.sha));
    expect(read.found && Buffer.from(read.bytes).toString()).toBe('the linked store');
  });

  it('refuses a link out of the repository, and a loop, saying which', async () => {
    const out = linked('../../outside.sqlite');
    await expect(readStoreAt(at(out.dir, out.sha))).rejects.toThrow(
      /is a symbolic link to '\.\.\/\.\.\/outside\.sqlite', outside the repository/,
    );
    const loop = linked('db.sqlite');
    await expect(readStoreAt(at(loop.dir, loop.sha))).rejects.toThrow(
      /leads through more than 8 links \(a loop\?\)/,
    );
  });
});
