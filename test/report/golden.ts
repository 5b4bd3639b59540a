// Golden files: the rendered reports are committed so that a reviewer sees every change to
// them in the diff. `UPDATE_GOLDEN=1 npx vitest run test/render` rewrites them.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const DIR = fileURLToPath(new URL('./__golden__/', import.meta.url));

/** Compares `actual` with the golden file `name`, or rewrites it when UPDATE_GOLDEN=1. */
export function expectGolden(name: string, actual: string): void {
  const path = DIR + name;
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) {
    throw new Error(`missing golden file ${name}: run with UPDATE_GOLDEN=1 and review it`);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
