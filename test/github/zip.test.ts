import { deflateSync, inflateSync, zipSync } from 'fflate';
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  extractSingleFile,
  listFiles,
  unsafeEntryName,
  ZipRefusedError,
} from '../../src/github/zip.js';

const data = new Uint8Array([0, 1, 2, 0xff, 0x80, 0]);

function refused(
  zip: Uint8Array,
  opts: Parameters<typeof extractSingleFile>[1],
  message: RegExp,
): void {
  let error: unknown;
  try {
    extractSingleFile(zip, opts);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ZipRefusedError);
  expect((error as Error).message).toMatch(message);
  expect((error as Error).message).not.toContain('\n');
}

describe('extractSingleFile', () => {
  it('extracts the only file, or the one named', () => {
    expect(extractSingleFile(zipSync({ 'db.sqlite': data }), { maxBytes: 100 })).toEqual({
      name: 'db.sqlite',
      bytes: data,
    });
    const two = zipSync({ 'dir/': {}, 'dir/a.sqlite': data, 'b.txt': new Uint8Array([1]) });
    expect(extractSingleFile(two, { name: 'dir/a.sqlite', maxBytes: 100 }).bytes).toEqual(data);
    refused(two, { maxBytes: 100 }, /holds 2 files; expected exactly one/);
    refused(two, { name: 'missing', maxBytes: 100 }, /no file named "missing"/);
  });

  it('refuses a parent-directory entry', () => {
    refused(zipSync({ '../x': data }), { maxBytes: 100 }, /"\.\.\/x": a '\.\.' segment/);
    refused(
      zipSync({ 'a/../../x': data, ok: data }),
      { name: 'ok', maxBytes: 100 },
      /'\.\.' segment/,
    );
  });

  it('refuses absolute entries', () => {
    refused(zipSync({ '/abs': data }), { maxBytes: 100 }, /absolute path/);
    refused(zipSync({ 'C:/x': data }), { maxBytes: 100 }, /absolute path/);
    expect(unsafeEntryName('\\\\server\\share')).toMatch(/absolute/);
    expect(unsafeEntryName('a\\..\\b')).toMatch(/\.\./);
    expect(unsafeEntryName('ok/name..txt')).toBeNull();
  });

  it('refuses a symbolic link entry', () => {
    const link = zipSync({
      'db.sqlite': [
        new TextEncoder().encode('/etc/passwd'),
        { os: 3, attrs: (0o120777 << 16) >>> 0 },
      ],
    });
    refused(link, { maxBytes: 100 }, /symbolic link/);
    // The same mode bits from a DOS host mean nothing and are not a link.
    const dos = zipSync({ 'db.sqlite': [data, { os: 0, attrs: 0o120777 << 16 }] });
    expect(extractSingleFile(dos, { maxBytes: 100 }).bytes).toEqual(data);
    // A regular Unix file is fine.
    const file = zipSync({ 'db.sqlite': [data, { os: 3, attrs: (0o100644 << 16) >>> 0 }] });
    expect(extractSingleFile(file, { maxBytes: 100 }).bytes).toEqual(data);
  });

  it('refuses a wanted entry larger than the cap, before inflating it, and skips the others', () => {
    const big = zipSync({ 'db.sqlite': new Uint8Array(10_000) });
    refused(big, { maxBytes: 1000 }, /10000 bytes, over the limit of 1000/);
    // Another file over the cap is never inflated, so it costs nothing: a folder's logs.
    const beside = zipSync({ a: data, 'big.bin': new Uint8Array(10_000) });
    expect(extractSingleFile(beside, { name: 'a', maxBytes: 1000 }).bytes).toEqual(data);
    refused(beside, { name: 'big.bin', maxBytes: 1000 }, /"big\.bin": 10000 bytes/);
  });

  it('refuses a zip with too many entries, and what is not a zip', () => {
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 101; i++) many[`f${i}`] = data;
    refused(zipSync(many), { name: 'f1', maxBytes: 100 }, /101 entries; at most 100 are accepted: upload only the file it is for/); // prettier-ignore
    expect(
      extractSingleFile(zipSync(many), { name: 'f1', maxBytes: 100, maxEntries: 200 }).bytes,
    ).toEqual(data);
    refused(
      new TextEncoder().encode('not a zip at all, just some text'),
      { maxBytes: 100 },
      /not a zip/,
    );
  });
});

describe('listFiles', () => {
  it('lists the files, not the folders, from the central directory', () => {
    const zip = zipSync({ 'dir/': {}, 'dir/a.sqlite': data, 'b.txt': new Uint8Array([1]) });
    expect(listFiles(zip)).toEqual(['dir/a.sqlite', 'b.txt']);
  });

  it('refuses the whole zip for one unsafe entry, a link or too many entries', () => {
    const link = zipSync({
      ok: data,
      l: [new TextEncoder().encode('/etc'), { os: 3, attrs: (0o120777 << 16) >>> 0 }],
    });
    const cases: [Uint8Array, RegExp][] = [
      [zipSync({ ok: data, '../x': data }), /"\.\.\/x": a '\.\.' segment/],
      [zipSync({ ok: data, '/abs': data }), /"\/abs": an absolute path/],
      [link, /"l": a symbolic link/],
      [zipSync({ a: data, b: data, c: data }), /3 entries; at most 2/],
    ];
    for (const [zip, why] of cases) {
      expect(() => listFiles(zip, 2)).toThrow(ZipRefusedError);
      expect(() => listFiles(zip, 2)).toThrow(why);
    }
  });

  it('lets extractSingleFile take the entry a function chooses from the list', () => {
    const zip = zipSync({ 'notes.txt': new Uint8Array([1]), 'db.sqlite': data });
    const seen: (readonly string[])[] = [];
    const file = extractSingleFile(zip, {
      name: (files) => {
        seen.push(files);
        return 'db.sqlite';
      },
      maxBytes: 100,
    });
    expect(file).toEqual({ name: 'db.sqlite', bytes: data });
    expect(seen).toEqual([['notes.txt', 'db.sqlite']]);
  });
});

describe('extractSingleFile on damaged zips', () => {
  it('says the zip is corrupt in one line', () => {
    const zip = zipSync({ 'db.sqlite': new Uint8Array(2000).fill(7) });
    const broken = zip.slice();
    for (let i = 40; i < 60; i++) broken[i] = 0xff;
    refused(broken, { maxBytes: 10_000 }, /corrupt/);
    refused(zip.slice(0, zip.length - 4), { maxBytes: 10_000 }, /not a zip|corrupt/);
  });
});

/** One entry of a hand-built zip: the data as stored, and what the records declare. */
interface RawEntry {
  name: string;
  data: Uint8Array;
  method: number;
  size: number;
  crc: number;
  /** Sizes and offset in a Zip64 extra field instead of the record. */
  zip64?: boolean;
}

/**
 * A zip written field by field, so that a test can make it lie: `records` central-directory
 * records all point at the one entry, and the end record's two counts are given apart.
 */
function rawZip(e: RawEntry, o: { records?: number; thisDisk?: number; total?: number } = {}) {
  const name = new TextEncoder().encode(e.name);
  const local = new Uint8Array(30 + name.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(8, e.method, true);
  lv.setUint32(14, e.crc, true);
  lv.setUint32(18, e.data.length, true);
  lv.setUint32(22, e.size, true);
  lv.setUint16(26, name.length, true);
  local.set(name, 30);
  const extra = e.zip64 ? 28 : 0;
  const record = new Uint8Array(46 + name.length + extra);
  const rv = new DataView(record.buffer);
  rv.setUint32(0, 0x02014b50, true);
  rv.setUint16(10, e.method, true);
  rv.setUint32(16, e.crc, true);
  rv.setUint32(20, e.zip64 ? 0xffffffff : e.data.length, true);
  rv.setUint32(24, e.zip64 ? 0xffffffff : e.size, true);
  rv.setUint16(28, name.length, true);
  rv.setUint16(30, extra, true);
  rv.setUint32(42, e.zip64 ? 0xffffffff : 0, true);
  record.set(name, 46);
  if (e.zip64) {
    const at = 46 + name.length;
    rv.setUint16(at, 1, true);
    rv.setUint16(at + 2, 24, true);
    rv.setBigUint64(at + 4, BigInt(e.size), true);
    rv.setBigUint64(at + 12, BigInt(e.data.length), true);
    rv.setBigUint64(at + 20, 0n, true);
  }
  const records = o.records ?? 1;
  const cdOffset = local.length + e.data.length;
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, o.thisDisk ?? records, true);
  ev.setUint16(10, o.total ?? records, true);
  ev.setUint32(12, record.length * records, true);
  ev.setUint32(16, cdOffset, true);
  const out = new Uint8Array(cdOffset + record.length * records + 22);
  out.set(local, 0);
  out.set(e.data, local.length);
  for (let i = 0; i < records; i++) out.set(record, cdOffset + i * record.length);
  out.set(end, cdOffset + record.length * records);
  return out;
}

const deflated = (bytes: Uint8Array, declared = bytes.length): RawEntry => ({
  name: 'db.sqlite',
  data: deflateSync(bytes),
  method: 8,
  size: declared,
  crc: crc32(bytes) >>> 0,
});

describe('extractSingleFile on hostile zips (issue 13, finding 3)', () => {
  it('reads a well-formed hand-built zip, Zip64 sizes too', () => {
    const bytes = new Uint8Array(5000).map((_, i) => i % 251);
    expect(extractSingleFile(rawZip(deflated(bytes)), { maxBytes: 5000 }).bytes).toEqual(bytes);
    const z64 = rawZip({ ...deflated(bytes), zip64: true });
    expect(extractSingleFile(z64, { maxBytes: 5000 }).bytes).toEqual(bytes);
    const stored = { name: 'a', data: bytes, method: 0, size: 5000, crc: crc32(bytes) >>> 0 };
    expect(extractSingleFile(rawZip(stored), { maxBytes: 5000 }).bytes).toEqual(bytes);
  });

  it('stops inflating at the declared size: a 1 KiB entry whose stream makes 128 MiB', () => {
    const stream = deflateRawSync(new Uint8Array(128 * 1024 * 1024), { level: 9 });
    const bomb = rawZip({ name: 'db.sqlite', data: stream, method: 8, size: 1024, crc: 0 });
    expect(bomb.length).toBeLessThan(200_000);
    let started = performance.now();
    inflateSync(stream, { out: new Uint8Array(1024) });
    const whole = performance.now() - started;
    started = performance.now();
    refused(bomb, { maxBytes: 1 << 20 }, /"db\.sqlite": it inflates past its declared 1024 bytes/);
    // Inflating the whole stream into 1 KiB (what fflate's unzipSync did) takes far longer.
    expect(performance.now() - started).toBeLessThan(whole / 4);
  });

  it('refuses a zip whose two entry counts disagree: 4,000 records on one entry', () => {
    const one = deflated(new Uint8Array(1000).fill(1));
    refused(
      rawZip(one, { records: 4000, thisDisk: 4000, total: 1 }),
      { maxBytes: 1 << 20 },
      /declares 4000 entries on this disk but 1 in all/,
    );
    refused(
      rawZip(one, { records: 1, thisDisk: 1, total: 4000 }),
      { maxBytes: 1 << 20, maxEntries: 5000 },
      /declares 1 entries on this disk but 4000 in all/,
    );
    // When both counts say so, too many entries; and a name listed twice is refused.
    refused(rawZip(one, { records: 4000 }), { maxBytes: 1 << 20 }, /4000 entries; at most 100/);
    refused(rawZip(one, { records: 2 }), { maxBytes: 1 << 20 }, /"db\.sqlite": it is in the archive twice/); // prettier-ignore
  });

  it('refuses a short stream, a wrong checksum and an unknown method', () => {
    const bytes = new Uint8Array(3000).fill(9);
    refused(rawZip(deflated(bytes, 4000)), { maxBytes: 5000 }, /corrupt .*3000 bytes, not the declared 4000/); // prettier-ignore
    refused(rawZip({ ...deflated(bytes), crc: 1 }), { maxBytes: 5000 }, /corrupt .*checksum/);
    refused(rawZip({ ...deflated(bytes), method: 12 }), { maxBytes: 5000 }, /method 12 is not supported/); // prettier-ignore
  });
});
