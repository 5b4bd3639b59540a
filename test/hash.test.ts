import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { quickKey, shortSha256 } from '../src/hash.js';

describe('hash', () => {
  it('names a text by the first 16 hex characters of its SHA-256', () => {
    for (const text of ['', 'Be brief.', 'é\0x'])
      expect(shortSha256(text)).toBe(createHash('sha256').update(text).digest('hex').slice(0, 16));
  });

  it('gives equal texts equal quick keys, and near texts different ones, within 53 bits', () => {
    const texts = ['', 'a', 'b', 'ab', 'ba', `${'x'.repeat(10_000)}1`, `${'x'.repeat(10_000)}2`];
    const keys = texts.map(quickKey);
    expect(new Set(keys).size).toBe(texts.length);
    expect(texts.map((t) => quickKey(t.slice()))).toEqual(keys);
    for (const k of keys) expect(Number.isSafeInteger(k) && k >= 0).toBe(true);
  });
});
