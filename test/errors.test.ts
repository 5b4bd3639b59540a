// One family of user errors: every subclass of UserError is shown as its message alone, and
// keeps its class across the worker's thread boundary because the revival map names it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SelectionError } from '../src/analysis/select.js';
import { ConfigError } from '../src/config/parse.js';
import { describeError, UserError } from '../src/errors.js';
import { SourceError } from '../src/sources/errors.js';
import { StoreError } from '../src/store/errors.js';
import { StoreLimitError } from '../src/worker/limits.js';
import { revive, USER_ERRORS } from '../src/worker/run.js';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

describe('user errors', () => {
  it('names every subclass of UserError in the worker’s revival map', () => {
    const declared = sourceFiles(SRC).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/\bclass (\w+) extends UserError\b/g)].map(
        (m) => m[1] ?? '',
      ),
    );
    expect(declared.length).toBeGreaterThanOrEqual(5);
    const byName = (a: string, b: string): number => a.localeCompare(b);
    // The base class too: an error thrown as a plain UserError keeps its class as well.
    expect(Object.keys(USER_ERRORS).sort(byName)).toEqual(['UserError', ...declared].sort(byName));
  });

  it('keys each class by the name its errors carry', () => {
    const samples: UserError[] = [
      new StoreError('corrupt', 'db.sqlite', 'bad'),
      new SelectionError('x'),
      new ConfigError('x'),
      new StoreLimitError('timeout', 'x'),
      new SourceError('x'),
      new UserError('x'),
    ];
    for (const e of samples) {
      expect(e).toBeInstanceOf(UserError);
      expect(USER_ERRORS[e.name]?.prototype).toBe(Object.getPrototypeOf(e));
    }
  });

  it('shows no control or bidi mark a store string could bring into a message', () => {
    const name = 'evil\u202Etxt.exe\u001b[31m';
    expect(describeError(new SelectionError(`No prompt "${name}" in the store.`))).toBe(
      'No prompt "evil\uFFFDtxt.exe\uFFFD[31m" in the store.',
    );
  });

  it('shows a user error as its message alone, anything else with its name', () => {
    expect(describeError(new SourceError('No store at  the base\ncommit.'))).toBe(
      'No store at the base commit.',
    );
    expect(describeError(new TypeError('x is undefined'))).toBe('TypeError: x is undefined');
    expect(describeError('boom')).toBe('unexpected error: boom');
  });

  it('names the GitHub call that failed, its status and what to do', () => {
    // As Octokit's RequestError carries them (name HttpError, status, the request).
    const request = { method: 'POST', url: 'https://api.github.com/repos/o/r/issues/5/comments?x=1' }; // prettier-ignore
    const failed = (status: number, message: string) =>
      Object.assign(new Error(message), { name: 'HttpError', status, request });
    expect(describeError(failed(500, 'Server Error'))).toBe(
      'GitHub API error 500 on POST /repos/o/r/issues/5/comments (Server Error): GitHub failed after the retries; re-run the job.',
    );
    expect(describeError(failed(403, 'Resource not accessible by integration'))).toBe(
      "GitHub API error 403 on POST /repos/o/r/issues/5/comments (Resource not accessible by integration): check the token's permissions (see the README's permissions per event).",
    );
  });

  it('shows a revived user error as its message alone', () => {
    const back = revive({ name: 'SourceError', message: 'gone', fields: {} });
    expect(back).toBeInstanceOf(SourceError);
    expect(describeError(back)).toBe('gone');
    expect(describeError(revive({ name: 'RangeError', message: 'bad', fields: {} }))).toBe(
      'RangeError: bad',
    );
  });
});
