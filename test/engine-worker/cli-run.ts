// Runs the bundled CLI, copied alone into an empty folder, and checks its one-line refusals.
import { spawn } from 'node:child_process';
import { expect } from 'vitest';

let cli = '';
let cwd = '';

/** The bundle and working folder the next pvCheck() calls use. */
export function useCli(bundle: string, folder: string): void {
  cli = bundle;
  cwd = folder;
}

/** One run of the bundled CLI. */
export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** Runs the bundled CLI chosen by useCli() in its folder. */
export function pvCheck(...args: string[]): Promise<Run> {
  const started = Date.now();
  const child = spawn(process.execPath, [cli, ...args], { cwd });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started })),
  );
}

/** Exit 2 and exactly one line on stderr, without a stack trace. */
export function expectOneLine(run: Run, pattern: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/^pv-check: [^\n]*\n$/);
  expect(run.stderr).toMatch(pattern);
}
