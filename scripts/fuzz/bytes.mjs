// Byte-level mutations of a SQLite file: what a damaged upload, a bad merge or a hand-crafted
// file looks like. Each takes (bytes, pageSize, rand) and returns { detail, bytes } on a copy.

import { int, pick } from './random.mjs';

const pages = (bytes, pageSize) => Math.max(1, Math.floor(bytes.length / pageSize));

function flipBits(bytes, pageSize, rand, pageCount) {
  const out = bytes.slice();
  const touched = [];
  for (let p = 0; p < pageCount; p++) {
    const page = int(rand, pages(out, pageSize));
    const flips = 1 + int(rand, 8);
    for (let i = 0; i < flips; i++) {
      const at = page * pageSize + int(rand, pageSize);
      if (at < out.length) out[at] ^= 1 << int(rand, 8);
    }
    touched.push(page + 1);
  }
  return { detail: `pages ${touched.join(',')}`, bytes: out };
}

// Header fields (offset, width) and values that SQLite, our header check or both must survive.
const HEADER_FIELDS = [
  ['page size', 16, 2, [0, 1, 2, 256, 511, 512, 1024, 2048, 8192, 32768, 65535]],
  ['write version', 18, 1, [0, 1, 2, 3, 255]],
  ['read version', 19, 1, [0, 1, 2, 3, 255]],
  ['reserved bytes', 20, 1, [0, 1, 8, 32, 64, 255]],
  ['max payload fraction', 21, 1, [0, 32, 64, 255]],
  ['min payload fraction', 22, 1, [0, 32, 255]],
  ['leaf payload fraction', 23, 1, [0, 32, 255]],
  ['change counter', 24, 4, [0, 1, 0xffffffff]],
  ['page count', 28, 4, [0, 1, 2, 3, 1000, 0x7fffffff, 0xffffffff]],
  ['freelist trunk', 32, 4, [0, 1, 2, 3, 999, 0xffffffff]],
  ['freelist count', 36, 4, [0, 1, 5, 0xffffffff]],
  ['schema cookie', 40, 4, [0, 1, 2, 0xffffffff]],
  ['schema format', 44, 4, [0, 1, 2, 3, 4, 5, 99]],
  ['default cache size', 48, 4, [0, 1, 0x7fffffff]],
  ['autovacuum root', 52, 4, [0, 1, 2, 999]],
  ['text encoding', 56, 4, [0, 1, 2, 3, 4, 255]],
  ['user version', 60, 4, [0, 7, 0xffffffff]],
  ['incremental vacuum', 64, 4, [0, 1, 2]],
  ['application id', 68, 4, [0, 0x0f055112]],
  ['version valid for', 92, 4, [0, 1, 0xffffffff]],
  ['sqlite version', 96, 4, [0, 3040001, 0xffffffff]],
];

function editHeader(bytes, _pageSize, rand) {
  const out = bytes.slice();
  const [name, offset, width, values] = pick(rand, HEADER_FIELDS);
  // Mostly the listed edge values, sometimes anything at all.
  const value = rand() < 0.75 ? pick(rand, values) : int(rand, 2 ** Math.min(32, width * 8));
  for (let i = 0; i < width; i++) out[offset + i] = (value >>> (8 * (width - 1 - i))) & 0xff;
  return { detail: `${name} = ${value}`, bytes: out };
}

/** The byte mutations and their weights. */
export const BYTE_MUTATIONS = {
  'bit-flip': [14, (b, ps, r) => flipBits(b, ps, r, 1)],
  'bit-flip-pages': [5, (b, ps, r) => flipBits(b, ps, r, 2 + int(r, 6))],
  'header-edit': [14, editHeader],
  'truncate-random': [
    4,
    (b, _ps, r) => {
      const at = int(r, b.length);
      return { detail: `at byte ${at}`, bytes: b.slice(0, at) };
    },
  ],
  'truncate-page': [
    4,
    (b, ps, r) => {
      const keep = int(r, pages(b, ps));
      return { detail: `to ${keep} pages`, bytes: b.slice(0, keep * ps) };
    },
  ],
  extend: [
    2,
    (b, ps, r) => {
      const extra = new Uint8Array(ps * (1 + int(r, 3)));
      if (r() < 0.5) for (let i = 0; i < extra.length; i++) extra[i] = int(r, 256);
      const out = new Uint8Array(b.length + extra.length);
      out.set(b);
      out.set(extra, b.length);
      return { detail: `by ${extra.length} bytes`, bytes: out };
    },
  ],
  'page-swap': [
    6,
    (b, ps, r) => {
      const out = b.slice();
      const n = pages(b, ps);
      const x = int(r, n);
      const y = int(r, n);
      out.set(b.subarray(y * ps, (y + 1) * ps), x * ps);
      out.set(b.subarray(x * ps, (x + 1) * ps), y * ps);
      return { detail: `pages ${x + 1} and ${y + 1}`, bytes: out };
    },
  ],
  'page-copy': [
    3,
    (b, ps, r) => {
      const out = b.slice();
      const n = pages(b, ps);
      const [from, to] = [int(r, n), int(r, n)];
      out.set(b.subarray(from * ps, (from + 1) * ps), to * ps);
      return { detail: `page ${from + 1} over ${to + 1}`, bytes: out };
    },
  ],
  'page-fill': [
    3,
    (b, ps, r) => {
      const out = b.slice();
      const page = int(r, pages(b, ps));
      const zero = r() < 0.5;
      for (let i = page * ps; i < Math.min(out.length, (page + 1) * ps); i++)
        out[i] = zero ? 0 : int(r, 256);
      return { detail: `page ${page + 1} ${zero ? 'zeroed' : 'random'}`, bytes: out };
    },
  ],
  'byte-run': [
    4,
    (b, _ps, r) => {
      const out = b.slice();
      const len = 4 + int(r, 60);
      const at = int(r, Math.max(1, out.length - len));
      const fill = pick(r, [0x00, 0xff, -1]);
      for (let i = at; i < at + len; i++) out[i] = fill < 0 ? int(r, 256) : fill;
      return { detail: `${len} bytes at ${at}`, bytes: out };
    },
  ],
};
