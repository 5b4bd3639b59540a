import { spawn } from 'node:child_process';
import {
  appendFileSync,
  closeSync,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { StoreSpec } from '../../scripts/store-writer.mjs';
import { generateRows, writeStore } from '../../scripts/store-writer.mjs';
import { StoreError } from '../../src/store/errors.js';
import { openStoreFile } from '../../src/store/file.js';
import { LazyFile, WHOLE_FILE_MAX_BYTES, changeCounter } from '../../src/store/lazy.js';
import { FULL_CHECK_MAX_BYTES, openDatabase, openStore, type Store } from '../../src/store/open.js';
import { batch, rejection } from './helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'pv-lazy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// 40 prompts x 5 versions, calls interleaved in time as production logs them.
function manySpec(perVersion: number): StoreSpec {
  return {
    seed: 5,
    prompts: Array.from({ length: 40 }, (_, p) => ({
      name: `p${p}`,
      versions: Array.from({ length: 5 }, (_, v) => ({
        version: `1.${v}.0`,
        timestamp: `2026-0${v + 1}-01T00:00:00+00:00`,
        calls: [
          batch(`2026-0${v + 1}-01T00:${String(p).padStart(2, '0')}:00+00:00`, perVersion, {
            spacingSeconds: (28 * 86400) / perVersion,
          }),
        ],
      })),
    })),
  };
}

/**
 * Opens `file` `tries` times and reads it with `read` while another process logs a call into it
 * in a transaction each (`pad` characters of metadata, `pauseMs` between): each try's outcome,
 * 'read' or the StoreError's code.
 */
async function whileLogging(
  file: string,
  o: {
    readonly pauseMs: number;
    readonly pad: number;
    readonly tries: number;
    readonly wholeUpTo?: number;
  },
  read: (store: Store) => void,
): Promise<string[]> {
  const writer = spawn(process.execPath, [
    '-e',
    `const { DatabaseSync } = require('node:sqlite');
     const db = new DatabaseSync(process.argv[1]);
     const add = db.prepare("INSERT INTO prompt_metrics (version_id, timestamp, quality_score, metadata) VALUES (1, ?, 0.8, ?)");
     const pause = new Int32Array(new SharedArrayBuffer(4));
     console.log('ready');
     for (const end = Date.now() + 6000; Date.now() < end; ) {
       db.exec('BEGIN'); add.run(new Date().toISOString(), 'x'.repeat(${o.pad})); db.exec('COMMIT');
       if (${o.pauseMs} > 0) Atomics.wait(pause, 0, 0, ${o.pauseMs});
     }`,
    file,
  ]);
  await new Promise((resolve) => writer.stdout.once('data', resolve));
  const outcomes: string[] = [];
  for (let i = 0; i < o.tries; i++) {
    try {
      const store = await openStoreFile(file, o.wholeUpTo ? { wholeUpTo: o.wholeUpTo } : {});
      read(store);
      store.close();
      outcomes.push('read');
    } catch (error) {
      outcomes.push(error instanceof StoreError ? error.code : String(error));
    }
  }
  writer.kill();
  return outcomes;
}

async function both(spec: StoreSpec, name: string): Promise<[Store, Store, LazyFile, number]> {
  const bytes = await writeStore(spec);
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  const lazy = new LazyFile(file);
  return [
    await openStore(bytes, { label: file }),
    await openStore(lazy, { label: file }),
    lazy,
    bytes.length,
  ];
}

const plain = (store: Store): unknown => JSON.parse(JSON.stringify(store.versions()));

describe('a store file read page by page', () => {
  it('answers as the bytes in memory do, reading a small part of the file for one version', async () => {
    const [memory, lazy, file, size] = await both(manySpec(300), 'many.sqlite');
    expect(size).toBeGreaterThan(FULL_CHECK_MAX_BYTES / 4);
    const id = lazy.versions()[3]!.id;
    const query = { versionId: id, metrics: ['quality_score', 'latency_ms'] as const, newest: 100 };
    expect(lazy.samples(query)).toEqual(memory.samples(query));
    expect(lazy.versions()[3]!.calls).toBe(300);
    expect(lazy.lastCallAt()).toBe(memory.lastCallAt());
    // Versions, one version's calls and the newest call: no full read.
    expect(file.bytesRead).toBeLessThan(size / 3);
    expect(plain(lazy)).toEqual(plain(memory));
    const range = ['2026-03-20T00:00:00Z', '2026-04-03T12:00:00Z'] as const;
    expect(lazy.costByDay(...range)).toEqual(memory.costByDay(...range));
    memory.close();
    lazy.close();
  });

  it('reads bytes in memory in place, as it reads a file: sql.js keeps no copy of them', async () => {
    const bytes = await writeStore(manySpec(5));
    const { db } = await openDatabase(bytes, { label: 'bytes' });
    const count = 'SELECT count(*), avg(quality_score) FROM prompt_metrics';
    expect(db.exec(count)[0]!.values[0]![0]).toBe(1000);
    // Pages SQLite dropped from its cache are read again from the caller's bytes: a copy made
    // when the database was opened would still answer.
    db.exec('PRAGMA shrink_memory');
    bytes.fill(0, 4096);
    expect(() => db.exec(count)).toThrow();
    db.close();
  });

  it('reads a store of up to the full-check size whole, in one read, and answers the same', async () => {
    // The full integrity check reads every page of such a store anyway.
    expect(WHOLE_FILE_MAX_BYTES).toBe(FULL_CHECK_MAX_BYTES);
    const [memory, lazy, file, size] = await both(manySpec(20), 'small.sqlite');
    expect(size).toBeLessThanOrEqual(WHOLE_FILE_MAX_BYTES);
    const ids = lazy.versions().map((v) => v.id);
    const query = (id: number) => ({ versionId: id, metrics: ['quality_score'] as const });
    for (const id of ids.slice(0, 20))
      expect(lazy.samples(query(id))).toEqual(memory.samples(query(id)));
    const range = ['2026-01-20T00:00:00Z', '2026-04-03T12:00:00Z'] as const;
    expect(lazy.costByDay(...range)).toEqual(memory.costByDay(...range));
    expect(plain(lazy)).toEqual(plain(memory));
    expect(file.reads).toBe(1);
    // A bigger one is read as SQLite and the walks ask, a part at a time.
    const [, big, bigFile, bigSize] = await both(manySpec(300), 'big.sqlite');
    expect(bigSize).toBeGreaterThan(WHOLE_FILE_MAX_BYTES);
    big.samples(query(big.versions()[0]!.id));
    expect(bigFile.reads).toBeGreaterThan(1);
    for (const s of [memory, lazy, big]) s.close();
  });

  it('refuses to go on when the file changes under it', async () => {
    const bytes = await writeStore(manySpec(300));
    expect(bytes.length).toBeGreaterThan(WHOLE_FILE_MAX_BYTES);
    const file = path.join(dir, 'changing.sqlite');
    writeFileSync(file, bytes);
    const store = await openStoreFile(file);
    expect(store.versions()).toHaveLength(200);
    appendFileSync(file, new Uint8Array(4096));
    const e = (() => {
      try {
        store.samples({ versionId: 1, metrics: ['quality_score'] });
      } catch (error) {
        return error as StoreError;
      }
      throw new Error('expected a StoreError');
    })();
    expect(e).toBeInstanceOf(StoreError);
    expect(e.code).toBe('changed');
    expect(e.message).toMatch(/changed while it was being read/);
    // A writer logging several calls a second never pauses long enough: the copy is the fix.
    expect(e.message).toMatch(
      /: read a copy made with SQLite's backup, .*Connection\.backup\); retrying helps only when the writer pauses\.$/,
    );
    store.close();
  });

  it('reads a small store that a program keeps logging into as one committed state', async () => {
    // The library's way of logging: a transaction per call, its rollback journal created and
    // deleted each time. A journal read before a commit and a store read after it made a
    // "corrupt" store, and a journal deleted between its stat and its read an unreadable one.
    const file = path.join(dir, 'logging.sqlite');
    writeFileSync(file, await writeStore(manySpec(5)));
    const outcomes = await whileLogging(file, { pauseMs: 3, pad: 0, tries: 15 }, (store) =>
      expect(store.versions()).toHaveLength(200),
    );
    // Never a corrupt or unreadable store; a store that changes on every try may still be refused.
    expect(outcomes.filter((o) => o !== 'read' && o !== 'changed')).toEqual([]);
    expect(outcomes.filter((o) => o === 'read').length).toBeGreaterThan(outcomes.length / 2);
  });

  it('says a big store that a program logs into changed, never that it is corrupt', async () => {
    // Calls appended as fast as can be: the file grows, its header first (page 1 is written
    // first), its new pages after; commits may come within one tick of the clock.
    const file = path.join(dir, 'logging-big.sqlite');
    writeFileSync(file, await writeStore(manySpec(300)));
    const outcomes = await whileLogging(file, { pauseMs: 0, pad: 3000, tries: 12 }, (store) => {
      store.versions();
      store.samples({ versionId: 1, metrics: ['quality_score'] });
    });
    expect(outcomes.filter((o) => o !== 'read' && o !== 'changed')).toEqual([]);
  });

  it('reads a big store that a program logs into a few times a second whole, as one state', async () => {
    // What a run does after a first one saw the file change (worker/run.ts): the snapshot takes
    // a fraction of the run, and fits between the commits.
    const file = path.join(dir, 'logging-whole.sqlite');
    writeFileSync(file, await writeStore(manySpec(300)));
    expect(statSync(file).size).toBeGreaterThan(WHOLE_FILE_MAX_BYTES);
    const read = (store: Store): void => {
      expect(store.versions()).toHaveLength(200);
      for (let v = 1; v <= 200; v++) store.samples({ versionId: v, metrics: ['quality_score'] });
    };
    const o = { pauseMs: 80, pad: 0, tries: 6, wholeUpTo: 64 * 1024 * 1024 };
    // Read page by page, every try sees a commit here; whole, nearly none (a snapshot that sees
    // one is taken again, up to 8 times; a machine loaded by other tests missed 2 of 6 once).
    const outcomes = await whileLogging(file, o, read);
    expect(outcomes.filter((x) => x === 'read').length, outcomes.join()).toBeGreaterThanOrEqual(3);
  });

  it("reads the header's change counter, and takes the file as changed when it moves", () => {
    // Every commit raises bytes 24-27, written first with page 1: a commit within one tick of a
    // coarse clock leaves the times alone, but not the counter. (This machine's file times are
    // fine-grained, so the times alone would show the write below too.)
    const file = path.join(dir, 'tick.sqlite');
    const bytes = new Uint8Array(8192);
    bytes.set([0x01, 0x02, 0x03, 0xfe], 24);
    writeFileSync(file, bytes);
    const fd = openSync(file, 'r+');
    expect(changeCounter(fd)).toBe(0x010203fe);
    const lazy = new LazyFile(file);
    expect(lazy.unchanged()).toBe(true);
    writeSync(fd, new Uint8Array([0x01, 0x02, 0x03, 0xff]), 0, 4, 24);
    expect(changeCounter(fd)).toBe(0x010203ff);
    expect(lazy.unchanged()).toBe(false);
    closeSync(fd);
    lazy.close();
    writeFileSync(file, new Uint8Array(20));
    const short = openSync(file, 'r');
    expect(changeCounter(short)).toBe(-1);
    closeSync(short);
  });

  it('answers from the bytes it read whole when a small file changes after it was opened', async () => {
    const bytes = await writeStore(manySpec(5));
    const file = path.join(dir, 'small-changing.sqlite');
    writeFileSync(file, bytes);
    const store = await openStoreFile(file);
    const memory = await openStore(bytes, { label: file });
    const query = { versionId: 1, metrics: ['quality_score'] as const };
    appendFileSync(file, new Uint8Array(4096));
    writeFileSync(file, new Uint8Array(bytes.length));
    expect(store.samples(query)).toEqual(memory.samples(query));
    expect(plain(store)).toEqual(plain(memory));
    store.close();
    memory.close();
  });

  it('above the full-check size, a damaged calls page fails its query in one line', async () => {
    const bytes = await writeStore(manySpec(350));
    expect(bytes.length).toBeGreaterThan(FULL_CHECK_MAX_BYTES);
    // Scribble over pages in the middle of the file: the calls table lives there.
    const middle = Math.floor(bytes.length / 2 / 4096) * 4096;
    for (let page = middle; page < middle + 40 * 4096; page += 4096)
      bytes.fill(0xa5, page + 8, page + 2048);
    const file = path.join(dir, 'damaged.sqlite');
    writeFileSync(file, bytes);
    const store = await openStoreFile(file);
    const e = await rejection(Promise.resolve().then(() => store.totals()));
    expect(e).toBeInstanceOf(StoreError);
    expect(e.code).toBe('corrupt');
    expect(e.message).not.toContain('\n');
    expect(e.message).toMatch(/^Cannot read store ".*damaged\.sqlite": SQLite cannot read it/);
    // SQLite's own words, kept apart from the message for callers that tell failures apart.
    expect(e.sqlite).toMatch(/\S/);
    expect(e.message).toContain(`(${String(e.sqlite)}).`);
    store.close();
  });

  it('counts and newest calls of every version agree, one by one or all at once', async () => {
    const [memory, lazy] = await both(manySpec(4), 'counts.sqlite');
    memory.totals(); // the summary's pass: it tells the counts too
    // More than 64 versions asked one by one: the rest come from one pass over the table.
    const spec = manySpec(4);
    const newest = new Map<number, string>();
    for (const row of generateRows(spec))
      if (Date.parse(row.timestamp) > Date.parse(newest.get(row.version_id) ?? '0000'))
        newest.set(row.version_id, row.timestamp);
    const expected = lazy.versions().map((v) => [4, newest.get(v.id)]);
    expect(lazy.versions().map((v) => [v.calls, v.lastCallAt])).toEqual(expected);
    expect(memory.versions().map((v) => [v.calls, v.lastCallAt])).toEqual(expected);
    memory.close();
    lazy.close();
  });
});
