import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDir, enableCompileCache } from '../../src/worker/compile-cache.js';

const uid = process.getuid?.() ?? -1;
const name = uid >= 0 ? `pv-check-compile-cache-${uid}` : 'pv-check-compile-cache';

describe('the compile cache folder', () => {
  it('is created private to the user', () => {
    const base = mkdtempSync(path.join(tmpdir(), 'pv-cc-'));
    const dir = cacheDir(base);
    expect(dir).toBe(path.join(base, name));
    if (uid >= 0) expect(statSync(dir!).mode & 0o077).toBe(0);
  });

  it.runIf(uid >= 0)('is refused when others can write it: they could plant compiled code', () => {
    const base = mkdtempSync(path.join(tmpdir(), 'pv-cc-'));
    mkdirSync(path.join(base, name));
    chmodSync(path.join(base, name), 0o777);
    expect(cacheDir(base)).toBeNull();
  });

  it.runIf(uid >= 0)('is refused when it is a link to somewhere else', () => {
    const base = mkdtempSync(path.join(tmpdir(), 'pv-cc-'));
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'pv-cc-other-'));
    symlinkSync(elsewhere, path.join(base, name));
    expect(cacheDir(base)).toBeNull();
  });

  it('never stops the CLI: a base that is a file, not a folder, only leaves it uncached', () => {
    const base = path.join(mkdtempSync(path.join(tmpdir(), 'pv-cc-')), 'a-file');
    writeFileSync(base, '');
    expect(() => cacheDir(base)).toThrow();
    expect(() => enableCompileCache(base)).not.toThrow();
  });
});
