import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeStore } from '../../scripts/store-writer.mjs';
import { openStoreFile, unreadable } from '../../src/store/file.js';
import { rejection, simpleSpec } from './helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'pv-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('openStoreFile()', () => {
  it('refuses a file above the cap from its size alone', async () => {
    const big = path.join(dir, 'big.sqlite');
    writeFileSync(big, '');
    truncateSync(big, 600 * 1024 * 1024); // sparse: reading it would take time and memory
    const started = Date.now();
    const e = await rejection(openStoreFile(big));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(e.code).toBe('too_large');
    expect(e.message).toBe(
      `Cannot read store "${big}": the file is 600 MiB, above the 512 MiB limit; raise it with the ` +
        'action input max-store-size or the CLI option --max-store-size.',
    );
  });

  it('says when the file does not exist', async () => {
    const e = await rejection(openStoreFile(path.join(dir, 'nope.sqlite')));
    expect(e.code).toBe('unreadable');
    expect(e.message).toMatch(
      /nope\.sqlite": no such file\. Check the path .*Prompt Versioner writes \.prompt_versions\/db\.sqlite under the folder its script runs in\.$/,
    );
    // --store=~/db.sqlite: the shell expands no ~ after the =.
    const tilde = await rejection(openStoreFile('~/pv-no-such-store.sqlite'));
    expect(tilde.message).toMatch(/: no such file: the shell leaves a ~ after = as it is \(--store=~\/db\.sqlite\); write --store ~\/db\.sqlite, or the whole path\.$/); // prettier-ignore
  });

  it('names a permission problem and its fix, not the system error', () => {
    // As root the tests cannot be refused a read; the error is the one Node gives another user.
    const denied = Object.assign(new Error("EACCES: permission denied, open 'db.sqlite'"), {
      code: 'EACCES',
    });
    const e = unreadable('db.sqlite', denied);
    expect(e.code).toBe('unreadable');
    expect(e.message).toMatch(
      /"db\.sqlite": this user may not read it \(or a folder on its path\): give it read permission, or run as a user who may\.$/,
    );
    expect(e.message).not.toMatch(/EACCES/);
  });

  it('names a path too long and a loop of links, with the fix, not the system error', async () => {
    const long = await rejection(openStoreFile(path.join(dir, `${'a'.repeat(300)}.sqlite`)));
    expect(long.message).toMatch(/: its path, or a name in it, is longer than the system allows \(ENAMETOOLONG\): check how it was built, or give a shorter path\.$/); // prettier-ignore
    expect(long.message).not.toMatch(/stat '/);
    symlinkSync('loop-b.sqlite', path.join(dir, 'loop-a.sqlite'));
    symlinkSync('loop-a.sqlite', path.join(dir, 'loop-b.sqlite'));
    const loop = await rejection(openStoreFile(path.join(dir, 'loop-a.sqlite')));
    expect(loop.message).toMatch(/: its path goes round a loop of symbolic links \(ELOOP\): give the path of the store file itself\.$/); // prettier-ignore
  });

  it('points from a folder to the store file inside it', async () => {
    const project = path.join(dir, 'project');
    mkdirSync(path.join(project, '.prompt_versions'), { recursive: true });
    const empty = await rejection(openStoreFile(project));
    expect(empty.message).toMatch(
      /project": it is a folder, not a store file; give the path of the db\.sqlite file\.$/,
    );
    writeFileSync(
      path.join(project, '.prompt_versions', 'db.sqlite'),
      await writeStore(simpleSpec()),
    );
    const e = await rejection(openStoreFile(project));
    expect(e.code).toBe('unreadable');
    expect(e.message).toBe(
      `Cannot read store "${project}": it is a folder; the store is the file inside it: ${path.join(project, '.prompt_versions', 'db.sqlite')}.`,
    );
    const folder = await rejection(openStoreFile(path.join(project, '.prompt_versions')));
    expect(folder.message).toMatch(
      /the store is the file inside it: .*\.prompt_versions\/db\.sqlite\.$/,
    );
  });

  it('refuses a WAL store with a non-empty -wal file, and opens it when the -wal file is empty', async () => {
    const file = path.join(dir, 'wal.sqlite');
    const bytes = await writeStore(simpleSpec());
    bytes[18] = 2;
    bytes[19] = 2;
    writeFileSync(file, bytes);
    writeFileSync(`${file}-wal`, 'pending frames');
    const e = await rejection(openStoreFile(file));
    expect(e.code).toBe('wal_pending');
    expect(e.message).toContain(`run sqlite3 ${file} 'PRAGMA wal_checkpoint(TRUNCATE)'`);
    writeFileSync(`${file}-wal`, '');
    const store = await openStoreFile(file);
    expect(store.label).toBe(file);
    expect(store.versions()).toHaveLength(2);
    store.close();
  });

  it('refuses a -wal file beside a store whose header says rollback mode: SQLite reads it', async () => {
    const file = path.join(dir, 'rollback.sqlite');
    writeFileSync(file, await writeStore(simpleSpec()));
    writeFileSync(`${file}-wal`, 'frames a copy left behind');
    const e = await rejection(openStoreFile(file));
    expect(e.code).toBe('wal_pending');
    expect(e.message).toMatch(/a -wal file lies beside the store \(its header says rollback mode, but SQLite reads a -wal it finds\).*PRAGMA wal_checkpoint\(TRUNCATE\)/); // prettier-ignore
  });
});
