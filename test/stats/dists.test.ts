// The distribution functions are loaded on first use (src/stats/dists.ts): they must be stdlib's
// own, and no other module may import stdlib eagerly, which would undo that.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import hypergeometricCdfStdlib from '@stdlib/stats-base-dists-hypergeometric-cdf';
import hypergeometricPmfStdlib from '@stdlib/stats-base-dists-hypergeometric-pmf';
import normalCdfStdlib from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantileStdlib from '@stdlib/stats-base-dists-normal-quantile';
import tCdfStdlib from '@stdlib/stats-base-dists-t-cdf';
import tQuantileStdlib from '@stdlib/stats-base-dists-t-quantile';
import { describe, expect, it } from 'vitest';
import {
  hypergeometricCdf,
  hypergeometricPmf,
  normalCdf,
  normalQuantile,
  tCdf,
  tQuantile,
} from '../../src/stats/dists.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

describe('the lazily loaded distribution functions', () => {
  it('give stdlib’s values, bit for bit', () => {
    for (const x of [-40, -3.2, -1, -1e-9, 0, 0.5, 1.96, 7, 38]) {
      expect(normalCdf(x, 0, 1)).toBe(normalCdfStdlib(x, 0, 1));
      expect(normalCdf(x, 2, 3)).toBe(normalCdfStdlib(x, 2, 3));
      for (const v of [1, 2.5, 9, 120, 1e6]) expect(tCdf(x, v)).toBe(tCdfStdlib(x, v));
    }
    for (const p of [1e-12, 0.001, 0.025, 0.5, 0.9, 0.975, 1 - 1e-9]) {
      expect(normalQuantile(p, 0, 1)).toBe(normalQuantileStdlib(p, 0, 1));
      for (const v of [1, 3.7, 30, 1e4]) expect(tQuantile(p, v)).toBe(tQuantileStdlib(p, v));
    }
    for (const [x, N, K, n] of [
      [0, 20, 5, 4],
      [3, 100, 40, 30],
      [12, 1000, 30, 400],
    ] as const)
      for (const f of [
        [hypergeometricCdf, hypergeometricCdfStdlib],
        [hypergeometricPmf, hypergeometricPmfStdlib],
      ] as const)
        expect(f[0](x, N, K, n)).toBe(f[1](x, N, K, n));
  });

  it('are the only way into stdlib: no module imports it at load', () => {
    const eager = sourceFiles(SRC).filter((file) =>
      /^\s*import\s+(?!type\b)[^;]*from\s+'@stdlib\//m.test(readFileSync(file, 'utf8')),
    );
    expect(eager).toEqual([]);
    const dists = readFileSync(join(SRC, 'stats', 'dists.ts'), 'utf8');
    // Each function is a literal require() the bundler can see, called only on first use.
    expect(dists.match(/require\('@stdlib\/[a-z-]+'\)/g)).toHaveLength(6);
  });
});
