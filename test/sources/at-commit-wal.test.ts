// A -wal committed beside a store in rollback mode: SQLite reads a -wal it finds whatever the
// store's header says (sqlite3 3.40 and Python's sqlite3 both read its frames, and a read-write
// open checkpoints them into the file and switches it to WAL mode), so it is not ignored here.
import { describe, expect, it } from 'vitest';
import { readStoreAt } from '../../src/sources/at-commit.js';
import { STORE, workspaceWith } from '../e2e/workflows.js';

// The first 100 bytes of a store whose header says rollback mode (read/write versions 1).
function rollbackHeader(): Uint8Array {
  const bytes = new Uint8Array(100);
  bytes.set(new TextEncoder().encode('SQLite format 3\0'));
  bytes[18] = 1;
  bytes[19] = 1;
  return bytes;
}

const request = (dir: string, ref: string) => ({ workspace: dir, store: STORE, ref, side: 'base', owner: 'o', repo: 'r', gh: null, maxBytes: 1 << 20 }); // prettier-ignore

describe('readStoreAt: a -wal committed beside the store', () => {
  it('says so for a store in rollback mode too, and not for an empty -wal', async () => {
    const ws = workspaceWith({ [STORE]: rollbackHeader(), [`${STORE}-wal`]: new Uint8Array(64).fill(7) }); // prettier-ignore
    const read = await readStoreAt(request(ws.dir, ws.sha));
    expect(read.found && read.walPresent).toBe(true);
    const empty = workspaceWith({ [STORE]: rollbackHeader(), [`${STORE}-wal`]: new Uint8Array(0) }); // prettier-ignore
    const clean = await readStoreAt(request(empty.dir, empty.sha));
    expect(clean.found && clean.walPresent).toBeUndefined();
  });
});
