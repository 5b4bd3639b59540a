import { describe, expect, it } from 'vitest';
import { writeStore } from '../../scripts/store-writer.mjs';
import { openStore } from '../../src/store/open.js';
import { METRICS } from '../../src/metrics.js';
import { StoreError } from '../../src/store/errors.js';
import { rejection, simpleSpec } from './helpers.js';

const label = 'stores/db.sqlite';

async function refusal(bytes: Uint8Array, opts: { maxBytes?: number; walPresent?: boolean } = {}) {
  const error = await rejection(openStore(bytes, { label, ...opts }));
  expect(error).toBeInstanceOf(StoreError);
  expect(error.message).not.toContain('\n');
  expect(error.message.startsWith(`Cannot read store "${label}": `)).toBe(true);
  return error;
}

describe('openStore refuses, with one line that names the file', () => {
  it('an empty file', async () => {
    const e = await refusal(new Uint8Array(0));
    expect(e.code).toBe('empty');
    expect(e.message).toMatch(/the file is empty \(0 bytes\)/);
  });

  it('a file that is not SQLite', async () => {
    const e = await refusal(new TextEncoder().encode('this is not a database\n'));
    expect(e.code).toBe('not_sqlite');
    expect(e.message).toMatch(/not a SQLite database/);
  });

  it('a zip or gzip of a store, saying to extract it', async () => {
    const store = await writeStore(simpleSpec());
    const { zipSync, gzipSync } = await import('fflate');
    const zip = await refusal(zipSync({ 'db.sqlite': store }));
    expect(zip.message).toMatch(/: it is a zip archive, not the store itself: unzip it and give the db\.sqlite inside\.$/); // prettier-ignore
    const gz = await refusal(gzipSync(store));
    expect(gz.message).toMatch(/: it is a gzip file, not the store itself: decompress it \(gunzip\)/); // prettier-ignore
  });

  it('a Git LFS pointer committed in place of the store, saying how to fetch it', async () => {
    const pointer =
      'version https://git-lfs.github.com/spec/v1\n' +
      'oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\n' +
      'size 1716224\n';
    const e = await refusal(new TextEncoder().encode(pointer));
    expect(e.code).toBe('not_sqlite');
    expect(e.message).toMatch(
      /it is a Git LFS pointer, not the store itself: fetch the store with git lfs pull/,
    );
  });

  it('a file above the size cap, saying which option raises it', async () => {
    const bytes = await writeStore(simpleSpec());
    const e = await refusal(bytes, { maxBytes: 4096 });
    expect(e.code).toBe('too_large');
    expect(e.message).toBe(
      `Cannot read store "${label}": the file is ${bytes.length} bytes, above the 4096 bytes ` +
        'limit; raise it with the action input max-store-size or the CLI option --max-store-size.',
    );
  });

  it('a truncated file', async () => {
    const bytes = await writeStore(simpleSpec());
    const e = await refusal(bytes.slice(0, Math.floor(bytes.length / 2) + 100));
    expect(e.code).toBe('truncated');
    expect(e.message).toContain(`the file has ${Math.floor(bytes.length / 2) + 100}`);
  });

  it('a header cut short', async () => {
    const bytes = await writeStore(simpleSpec());
    expect((await refusal(bytes.slice(0, 50))).code).toBe('truncated');
  });

  it('a corrupt file (quick_check)', async () => {
    const bytes = await writeStore(simpleSpec());
    // Scribble over the middle of every page but the first: b-tree pages no longer parse.
    for (let page = 4096; page < bytes.length; page += 4096)
      bytes.fill(0xa5, page + 8, page + 2048);
    const e = await refusal(bytes);
    expect(e.code).toBe('corrupt');
    expect(e.message).toMatch(/corrupt/);
  });

  it('a WAL-mode store with a -wal file beside it, saying how to checkpoint', async () => {
    const bytes = await writeStore(simpleSpec());
    bytes[18] = 2;
    bytes[19] = 2;
    const e = await refusal(bytes, { walPresent: true });
    expect(e.code).toBe('wal_pending');
    // A -wal file may be all checkpointed: the message claims no more than that it may hold some.
    expect(e.message).toContain(
      'a -wal file lies beside it, which may hold changes not yet in the main file',
    );
    // Bytes from an artifact or a commit: mended where the store is written, not by its label.
    expect(e.message).toContain(
      "where the store is written, before it is uploaded or committed, run sqlite3 db.sqlite 'PRAGMA wal_checkpoint(TRUNCATE)'",
    );
    expect(e.message).not.toContain('sqlite3 stores/db.sqlite');
    // Without a -wal file the main file holds everything: it opens.
    const store = await openStore(bytes, { label });
    expect(store.versions()).toHaveLength(2);
    store.close();
  });

  it('a store without prompt_metrics', async () => {
    const bytes = await writeStore(
      simpleSpec({ sql: { afterData: ['DROP TABLE prompt_metrics'] } }),
    );
    const e = await refusal(bytes);
    expect(e.code).toBe('missing_table');
    expect(e.message).toContain('no prompt_metrics table');
  });

  it('a store without prompt_versions', async () => {
    const bytes = await writeStore(
      simpleSpec({ sql: { afterData: ['DROP TABLE prompt_versions'] } }),
    );
    expect((await refusal(bytes)).message).toContain('no prompt_versions table');
  });

  it('a view named prompt_metrics', async () => {
    const bytes = await writeStore(
      simpleSpec({
        sql: {
          afterData: [
            'ALTER TABLE prompt_metrics RENAME TO raw_metrics',
            'CREATE VIEW prompt_metrics AS SELECT * FROM raw_metrics',
          ],
        },
      }),
    );
    const e = await refusal(bytes);
    expect(e.code).toBe('not_a_table');
    expect(e.message).toContain('prompt_metrics is a view, not a table');
  });

  it('a virtual table named prompt_versions', async () => {
    const bytes = await writeStore(
      simpleSpec({
        sql: {
          afterData: [
            'DROP TABLE prompt_versions',
            'CREATE VIRTUAL TABLE prompt_versions USING fts4(id, name, version, timestamp)',
          ],
        },
      }),
    );
    const e = await refusal(bytes);
    expect(e.code).toBe('not_a_table');
    expect(e.message).toContain('prompt_versions is a virtual table');
  });

  // What SQLite parsed decides, not the SQL text: SQLite writes `CREATE VIRTUAL TABLE` itself,
  // but a store edited with writable_schema can put a comment between CREATE and VIRTUAL.
  it.each([
    ['a /**/ comment', 'CREATE/**/VIRTUAL TABLE'],
    ['a -- comment', 'CREATE -- plain table\nVIRTUAL TABLE'],
  ])('a virtual table named prompt_metrics behind %s', async (_, create) => {
    const bytes = await writeStore(
      simpleSpec({
        sql: {
          afterData: [
            'DROP TABLE prompt_metrics',
            'CREATE VIRTUAL TABLE prompt_metrics USING fts4(id, version_id, timestamp, quality_score)',
            'PRAGMA writable_schema = ON',
            `UPDATE sqlite_master SET sql = replace(sql, 'CREATE VIRTUAL TABLE', '${create}') ` +
              "WHERE name = 'prompt_metrics'",
          ],
        },
      }),
    );
    const e = await refusal(bytes);
    expect(e.code).toBe('not_a_table');
    expect(e.message).toContain('prompt_metrics is a virtual table, not a table');
  });

  it('a virtual table whose module SQLite does not have', async () => {
    const bytes = await writeStore(
      simpleSpec({
        sql: {
          afterData: [
            'DROP TABLE prompt_versions',
            'PRAGMA writable_schema = ON',
            "INSERT INTO sqlite_master VALUES ('table', 'prompt_versions', 'prompt_versions', 0, " +
              "'CREATE/**/VIRTUAL TABLE prompt_versions USING nosuchmodule(id, name)')",
          ],
        },
      }),
    );
    const e = await refusal(bytes);
    expect(e.code).toBe('not_a_table');
    expect(e.message).toContain('prompt_versions is a virtual table, not a table');
  });

  it('a store with a trigger', async () => {
    const bytes = await writeStore(
      simpleSpec({
        sql: {
          afterData: ['CREATE TRIGGER audit AFTER INSERT ON prompt_metrics BEGIN SELECT 1; END'],
        },
      }),
    );
    const e = await refusal(bytes);
    expect(e.code).toBe('trigger');
    expect(e.message).toContain('defines triggers (audit)');
  });

  it('missing required columns, naming them', async () => {
    const noVersion = await writeStore(
      simpleSpec({ omitColumns: { prompt_versions: ['version'] } }),
    );
    const e1 = await refusal(noVersion);
    expect(e1.code).toBe('missing_column');
    expect(e1.message).toContain('prompt_versions lacks the required column version.');
    const noTime = await writeStore(
      simpleSpec({ omitColumns: { prompt_metrics: ['timestamp', 'version_id'] } }),
    );
    expect((await refusal(noTime)).message).toContain(
      'prompt_metrics lacks the required columns version_id, timestamp.',
    );
  });

  it('a prompt_metrics without any metric column', async () => {
    const bytes = await writeStore(simpleSpec({ omitColumns: { prompt_metrics: [...METRICS] } }));
    const e = await refusal(bytes);
    expect(e.code).toBe('missing_column');
    expect(e.message).toContain('has none of the metric columns quality_score, accuracy');
  });

  it('keeps a hostile label on one line', async () => {
    const error = await rejection(openStore(new Uint8Array(0), { label: 'a\nb\u0007c' }));
    expect(error.message).toBe(
      'Cannot read store "a b c": the file is empty (0 bytes), not a Prompt Versioner store.',
    );
  });
});
