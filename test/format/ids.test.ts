import { describe, expect, it } from 'vitest';
import { isCommitSha, isShaPrefix, isValidKey } from '../../src/format/ids.js';

const SHA1 = 'a'.repeat(40);
const SHA256 = '0123456789abcdef'.repeat(4);

describe('identifier shapes', () => {
  it('takes a full commit sha of either hash, lowercase, and nothing shorter or else', () => {
    expect(isCommitSha(SHA1)).toBe(true);
    expect(isCommitSha(SHA256)).toBe(true);
    for (const bad of [SHA1.slice(1), `${SHA1}a`, SHA1.toUpperCase(), 'main', `${SHA1}\n`, ''])
      expect(isCommitSha(bad), JSON.stringify(bad)).toBe(false);
  });
  it('takes a sha prefix of 4 to 64 hex digits', () => {
    for (const ok of ['abcd', SHA1, SHA256]) expect(isShaPrefix(ok)).toBe(true);
    for (const bad of ['abc', `${SHA256}0`, 'abcg', 'ABCD']) expect(isShaPrefix(bad)).toBe(false);
  });
  it('takes a key of 1 to 64 letters, digits, dots, underscores and hyphens', () => {
    for (const ok of ['a', 'pr-check.v2_a', 'x'.repeat(64)]) expect(isValidKey(ok)).toBe(true);
    for (const bad of ['', 'x'.repeat(65), 'a b', 'a-->b']) expect(isValidKey(bad)).toBe(false);
  });
});
