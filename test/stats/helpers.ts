// Shared by the stats tests: reading the committed reference numbers and comparing floats.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

const REFERENCE_DIR = new URL('./reference/', import.meta.url);

// The generator spells non-finite numbers as strings, because JSON cannot hold them.
function revive(_key: string, value: unknown): unknown {
  if (value === 'Infinity') return Infinity;
  if (value === '-Infinity') return -Infinity;
  if (value === 'NaN') return NaN;
  return value;
}

/** Parsed JSON from test/stats/reference/, written by scripts/stats-reference.py. */
export function loadReference<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(file, REFERENCE_DIR), 'utf8'), revive) as T;
}

/** Relative error of `actual` against `expected`, 0 when both are equal (including infinities and NaN). */
export function relativeError(actual: number, expected: number): number {
  if (Object.is(actual, expected) || actual === expected) return 0;
  if (Number.isNaN(actual) && Number.isNaN(expected)) return 0;
  return Math.abs(actual - expected) / Math.abs(expected);
}

/** Asserts |actual - expected| <= max(abs, rel * |expected|); infinities and NaN must match exactly. */
export function expectClose(actual: number, expected: number, rel = 1e-6, abs = 1e-300): void {
  if (!Number.isFinite(expected)) {
    expect(actual).toBe(expected);
    return;
  }
  const tolerance = Math.max(abs, rel * Math.abs(expected));
  if (!(Math.abs(actual - expected) <= tolerance)) {
    expect.fail(`expected ${actual} to be within ${tolerance} of ${expected}`);
  }
}
