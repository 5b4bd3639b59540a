import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageAligned } from '../../src/store/aligned.js';

describe('pageAligned()', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives zeroed bytes of the size asked for, at the start of their memory', () => {
    for (const size of [0, 1, 4096, 65536, 65537, 1 << 20]) {
      const bytes = pageAligned(size);
      expect(bytes.length).toBe(size);
      expect(bytes.byteOffset).toBe(0);
      // A WebAssembly memory's, whole 64 KiB pages of it: memory that starts a page.
      expect(bytes.buffer.byteLength % 65536).toBe(0);
      expect(bytes.every((b) => b === 0)).toBe(true);
      bytes.fill(7);
      expect(bytes[size - 1] ?? 7).toBe(7);
    }
  });

  it('gives a plain array where no WebAssembly memory can be had', () => {
    vi.stubGlobal('WebAssembly', {
      Memory: function Memory() {
        throw new RangeError('WebAssembly.Memory(): could not allocate memory');
      },
    });
    const bytes = pageAligned(100);
    expect(bytes.length).toBe(100);
    expect(bytes.buffer.byteLength).toBe(100);
  });
});
