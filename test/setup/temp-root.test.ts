// The global setup (temp-root.ts) gives the run one temp folder, removed at its end: every
// folder a test makes lies under it, none in the machine's temp folder itself.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe("the tests' temp folder", () => {
  it('is one folder of this run, which a test thread and its children inherit', () => {
    expect(path.basename(tmpdir())).toMatch(/^pv-test-/);
    expect(process.env.TMPDIR).toBe(tmpdir());
    const made = mkdtempSync(path.join(tmpdir(), 'pv-probe-'));
    expect(path.dirname(made)).toBe(tmpdir());
    rmSync(made, { recursive: true });
  });
});
