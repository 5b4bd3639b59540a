import { zipSync } from 'fflate';
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

  it('refuses an entry larger than the cap, before inflating it', () => {
    const big = zipSync({ 'db.sqlite': new Uint8Array(10_000) });
    refused(big, { maxBytes: 1000 }, /10000 bytes, over the limit of 1000/);
    refused(
      zipSync({ a: data, 'big.bin': new Uint8Array(10_000) }),
      { name: 'a', maxBytes: 1000 },
      /big\.bin/,
    );
  });

  it('refuses a zip with too many entries, and what is not a zip', () => {
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 101; i++) many[`f${i}`] = data;
    refused(zipSync(many), { name: 'f1', maxBytes: 100 }, /101 entries; at most 100/);
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
