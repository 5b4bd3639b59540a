import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SqlValue } from 'sql.js';
import { describe, expect, it } from 'vitest';
import { writeStore, type StoreSpec } from '../../scripts/store-writer.mjs';
import { Decline } from '../../src/store/pages.js';
import { LazyFile } from '../../src/store/lazy.js';
import { openDatabase, openStore } from '../../src/store/open.js';
import { allRows, cappedText, forEachRow } from '../../src/store/sql.js';
import { walkCalls, type WalkColumn } from '../../src/store/table-walk.js';
import type { DigestQuery } from '../../src/store/types.js';
import { BLOAT_PAST_FULL_CHECK, batch, rejection } from './helpers.js';

const NUMBERS = [
  'version_id',
  'total_tokens',
  'cost_eur',
  'latency_ms',
  'quality_score',
  'success',
];
const NAME = cappedText('model_name', 1000);

function columns(codes: string[]): WalkColumn[] {
  return [
    { kind: 'id' },
    ...NUMBERS.map((name): WalkColumn => ({ kind: 'number', name })),
    { kind: 'julian', name: 'timestamp' },
    { kind: 'name', name: 'model_name', cap: 1000, codes, maxCodes: 4 },
  ];
}

function sql(codes: readonly string[]): string {
  const model =
    codes.length === 0
      ? NAME
      : `CASE ${NAME} ${codes.map((_, i) => `WHEN ? THEN ${i}`).join(' ')} ELSE ${NAME} END`;
  return `SELECT id, ${NUMBERS.join(', ')}, julianday(timestamp), ${model} FROM prompt_metrics NOT INDEXED`;
}

// What a row holds once read: blobs as arrays, and (for the query) numbers only where the walk
// gives numbers only.
const plain = (row: readonly SqlValue[], numbersOnly: boolean): unknown[] =>
  row.map((v, i) => {
    if (numbersOnly && i >= 1 && i <= NUMBERS.length && typeof v !== 'number') return null;
    return v instanceof Uint8Array ? [...v] : v;
  });

// The walk's row: its numbers (NaN where the query gives no number) and its names, as one.
const merged = (numbers: Float64Array, names: readonly SqlValue[]): SqlValue[] =>
  [...numbers].map((x, i) => names[i] ?? (Number.isNaN(x) ? null : x));

// Every row as the walk reads it, and as SQLite's query reads it.
async function both(
  spec: StoreSpec,
  fromFile = false,
): Promise<{ walked: unknown[][]; queried: unknown[][]; codes: string[] }> {
  const bytes = await writeStore(spec);
  let source: Uint8Array | LazyFile = bytes;
  if (fromFile) {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pv-walk-')), 'db.sqlite');
    writeFileSync(file, bytes);
    source = new LazyFile(file);
  }
  const { db } = await openDatabase(source, { label: 'x' });
  try {
    const codes: string[] = [];
    const walked: unknown[][] = [];
    walkCalls(db, columns(codes), (numbers, names) =>
      walked.push(plain(merged(numbers, names), false)),
    );
    const queried: unknown[][] = [];
    forEachRow(db, sql(codes), codes, (row) => queried.push(plain(row, true)));
    return { walked, queried, codes };
  } finally {
    db.close();
    if (source instanceof LazyFile) source.close();
  }
}

async function declines(spec: StoreSpec): Promise<unknown> {
  const { db } = await openDatabase(await writeStore(spec), { label: 'x' });
  try {
    walkCalls(db, columns([]), () => undefined);
    return null;
  } catch (error) {
    return error;
  } finally {
    db.close();
  }
}

// Values of every storage class and integer size, timestamps of many shapes, names that are
// coded, decoded, not ASCII, not UTF-8 or blobs, and calls whose timestamp lies on overflow pages.
const AWKWARD = [
  'UPDATE prompt_metrics SET total_tokens = CASE id % 10 WHEN 0 THEN 0 WHEN 1 THEN 1 WHEN 2 THEN -100 WHEN 3 THEN 40000 WHEN 4 THEN -8000000 WHEN 5 THEN 2000000000 WHEN 6 THEN -140737488355327 WHEN 7 THEN 9007199254740993 WHEN 8 THEN -9223372036854775808 ELSE NULL END',
  "UPDATE prompt_metrics SET cost_eur = CASE id % 8 WHEN 0 THEN 1e-300 WHEN 1 THEN -0.0 WHEN 2 THEN 9e999 WHEN 3 THEN -9e999 WHEN 4 THEN 'text' WHEN 5 THEN x'00ff' WHEN 6 THEN 3.0 ELSE cost_eur END",
  "UPDATE prompt_metrics SET success = CASE id % 3 WHEN 0 THEN 'yes' ELSE success END, version_id = CASE id % 29 WHEN 0 THEN 'v1' ELSE version_id END",
  "UPDATE prompt_metrics SET timestamp = CASE id % 9 WHEN 0 THEN '2026-10-01T10:00:00.123456+05:30' WHEN 1 THEN '2026-10-01 23:59:59.9999Z' WHEN 2 THEN '2026-02-31T10:00:00' WHEN 3 THEN '2026-13-01T10:00:00+00:00' WHEN 4 THEN '2026-10-01T24:00:00+00:00' WHEN 5 THEN '2460000.5' WHEN 6 THEN '2026-10-01' ELSE timestamp END",
  "UPDATE prompt_metrics SET model_name = CASE id % 11 WHEN 0 THEN 'Ä' WHEN 1 THEN '😀' WHEN 2 THEN CAST(x'efbbbf61' AS TEXT) WHEN 3 THEN CAST(x'ff61' AS TEXT) WHEN 4 THEN x'6869' WHEN 5 THEN NULL WHEN 6 THEN 'b' WHEN 7 THEN 'a' WHEN 8 THEN printf('m%d', id % 7) ELSE model_name END",
  "UPDATE prompt_metrics SET error_message = printf('%.*c', 9000 + id, 'x') WHERE id % 13 = 0",
  'UPDATE prompt_metrics SET id = id + 9007199254740000 WHERE id % 50 = 0',
  'UPDATE prompt_metrics SET id = -id WHERE id % 51 = 0',
];

// A column declared without TEXT affinity, so that it can hold numbers (a hand-edited schema).
const retype = (from: string, to: string): string[] => [
  'PRAGMA writable_schema = ON',
  `UPDATE sqlite_schema SET sql = replace(sql, '${from}', '${to}') WHERE name = 'prompt_metrics'`,
  'PRAGMA writable_schema = OFF',
  'PRAGMA schema_version = 977',
];
const NUMERIC_NAMES = retype('model_name TEXT', 'model_name NUMERIC');
const NUMERIC_TIMES = retype('timestamp TEXT', 'timestamp NUMERIC');

function spec(
  extra: Partial<StoreSpec> = {},
  after: readonly string[] = AWKWARD,
  calls = 400,
): StoreSpec {
  return {
    seed: 4,
    prompts: [
      {
        name: 'p',
        versions: [1, 2, 3].map((v) => ({
          version: `1.${v}`,
          timestamp: '2026-10-01T00:00:00Z',
          calls: [
            batch('2026-10-01T00:00:00Z', calls, {
              model: v === 2 ? 'gpt-4o' : 'gpt-4o-mini',
              fractionalSeconds: true,
            }),
          ],
        })),
      },
    ],
    sql: { afterData: [...after] },
    ...extra,
  };
}

describe('walkCalls()', () => {
  it("reads every call as SQLite's query does, value for value and in its order", async () => {
    for (const s of [spec(), spec({ pageSize: 512 }), spec({ pageSize: 65536 })])
      for (const fromFile of [false, true]) {
        const { walked, queried } = await both(s, fromFile);
        expect(walked.length).toBe(1200);
        expect(walked).toEqual(queried);
      }
  });

  it('reads a tree several pages deep, and records written before a column was added', async () => {
    const added = spec(
      { pageSize: 512, omitColumns: { prompt_metrics: ['quality_score'] } },
      [
        'ALTER TABLE prompt_metrics ADD COLUMN quality_score REAL',
        'UPDATE prompt_metrics SET quality_score = 0.5 WHERE id % 2 = 0',
      ],
      3000,
    );
    const { walked, queried } = await both(added);
    expect(walked.length).toBe(9000);
    expect(walked).toEqual(queried);
  });

  it('reads the pages of a deep tree about once, on through the file', async () => {
    // An interior page lies after the leaves it was split from: a walk down and up the tree
    // left the pages read ahead each time it went to one, and read them again coming back (1.6
    // times the file here). The interior pages, read first, are read again among the leaves.
    const bytes = await writeStore(spec({ pageSize: 512 }, [], 3000));
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pv-walk-')), 'db.sqlite');
    writeFileSync(file, bytes);
    const source = new LazyFile(file);
    const { db } = await openDatabase(source, { label: 'x' });
    try {
      const before = source.bytesRead;
      let calls = 0;
      walkCalls(db, columns([]), () => calls++);
      const read = source.bytesRead - before;
      expect(calls).toBe(9000);
      expect(read).toBeGreaterThan(bytes.length / 2);
      expect(read).toBeLessThan(bytes.length * 1.05);
    } finally {
      db.close();
      source.close();
    }
  });

  it('reads a model name with a NUL in it whole, as the query gives it', async () => {
    const nul = "UPDATE prompt_metrics SET model_name = 'a' || char(0) || 'b' WHERE id % 3 = 0";
    const { walked, queried, codes } = await both(spec({}, [nul]));
    expect(walked).toEqual(queried);
    expect(codes).toContain('a\0b');
  });

  it('declines what it cannot read as SQLite would', async () => {
    const cases: [string, StoreSpec][] = [
      [
        'a number as a model name',
        spec({}, [...NUMERIC_NAMES, 'UPDATE prompt_metrics SET model_name = 42 WHERE id = 700']),
      ],
      [
        'a long model name',
        spec({}, [
          "UPDATE prompt_metrics SET model_name = printf('%.*c', 1001, 'm') WHERE id = 700",
        ]),
      ],
      [
        'a timestamp that is a number',
        spec({}, [
          ...NUMERIC_TIMES,
          'UPDATE prompt_metrics SET timestamp = 2460000.5 WHERE id = 700',
        ]),
      ],
      [
        "a timestamp 'now'",
        spec({}, ["UPDATE prompt_metrics SET timestamp = 'now' WHERE id = 700"]),
      ],
      [
        'an added column with a default',
        spec({ omitColumns: { prompt_metrics: ['quality_score'] } }, [
          'ALTER TABLE prompt_metrics ADD COLUMN quality_score REAL DEFAULT 0.5',
        ]),
      ],
      ['a UTF-16 store', spec({ encoding: 'UTF-16le' }, [])],
    ];
    for (const [what, s] of cases)
      expect([what, await declines(s)]).toEqual([what, expect.any(Decline)]);
  });
});

const QUERY_ALL: DigestQuery = {
  means: ['success', 'quality_score', 'cost_eur', 'total_tokens'],
  quantiles: { quality_score: [0.5], latency_ms: [0.5, 0.95] },
};

describe('digest() through the pages', () => {
  const QUERY = QUERY_ALL;

  it('gives what the query gives, also when the walk declines midway and the query takes over', async () => {
    const late = [
      ...AWKWARD,
      ...NUMERIC_NAMES,
      'UPDATE prompt_metrics SET model_name = 42 WHERE id = (SELECT max(id) FROM prompt_metrics WHERE id < 1000000)',
    ];
    for (const after of [AWKWARD, late]) {
      const store = await openStore(await writeStore(spec({}, after)), { label: 'x' });
      const paged = JSON.stringify([...store.digest(QUERY)]);
      const queried = JSON.stringify([...store.digest({ ...QUERY, readPages: false })]);
      store.close();
      expect(paged).toBe(queried);
    }
  });
});

describe('a damaged page of the calls table', () => {
  // The left-most leaf of prompt_metrics, found from its root page.
  function firstLeaf(bytes: Uint8Array, root: number, pageSize: number): number {
    let n = root;
    while (bytes[(n - 1) * pageSize] === 0x05) {
      const at = (n - 1) * pageSize;
      const cell = bytes[at + 12]! * 256 + bytes[at + 13]!;
      n = new DataView(bytes.buffer, bytes.byteOffset).getUint32(at + cell);
    }
    return n;
  }

  it('declines a tree whose leaves lie at different depths, which SQLite never writes', async () => {
    // Above 8 MiB, where the file is not checked whole before the first query.
    const bytes = await writeStore(spec({ pageSize: 512 }, [BLOAT_PAST_FULL_CHECK], 3000));
    const { db } = await openDatabase(bytes.slice(), { label: 'x' });
    const root = Number(
      allRows(db, "SELECT rootpage FROM sqlite_schema WHERE name = 'prompt_metrics'")[0]![0],
    );
    db.close();
    const at = (root - 1) * 512;
    expect(bytes[at]).toBe(0x05);
    const child = new DataView(bytes.buffer, bytes.byteOffset).getUint32(
      at + bytes[at + 12]! * 256 + bytes[at + 13]!,
    );
    expect(bytes[(child - 1) * 512]).toBe(0x05); // three levels deep
    // The root's first child becomes the first leaf, one level up from the others.
    const cell = at + bytes[at + 12]! * 256 + bytes[at + 13]!;
    new DataView(bytes.buffer, bytes.byteOffset).setUint32(cell, firstLeaf(bytes, root, 512));
    const damaged = await openDatabase(bytes, { label: 'x' });
    try {
      expect(() => walkCalls(damaged.db, columns([]), () => undefined)).toThrow(Decline);
    } finally {
      damaged.db.close();
    }
  });

  it('stops the walk, and the query fails it as it always did', async () => {
    // Above 8 MiB, where the file is not checked whole before the first query.
    const bytes = await writeStore(spec({}, [BLOAT_PAST_FULL_CHECK]));
    const probe = await openDatabase(bytes.slice(), { label: 'x' });
    const root = Number(
      allRows(probe.db, "SELECT rootpage FROM sqlite_schema WHERE name = 'prompt_metrics'")[0]![0],
    );
    probe.db.close();
    const leaf = firstLeaf(bytes, root, 4096);
    bytes[(leaf - 1) * 4096 + 3] = 0xff; // more cells than the page can hold
    const errors = [];
    for (const readPages of [true, false]) {
      const store = await openStore(bytes.slice(), { label: 'db.sqlite' });
      errors.push(
        await rejection(Promise.resolve().then(() => store.digest({ ...QUERY_ALL, readPages }))),
      );
      store.close();
    }
    expect(errors[0]).toMatchObject({ name: 'StoreError', code: 'corrupt' });
    expect(errors[0]!.message).toBe(errors[1]!.message);
  });
});
