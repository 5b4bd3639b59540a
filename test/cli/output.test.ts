// --output must never replace a store (or a file SQLite keeps beside it) with the report, and a
// path it cannot write is one line naming the option, before any store is read.
import {
  closeSync,
  existsSync,
  fstatSync,
  linkSync,
  openSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { checkOutput } from '../../src/cli/output.js';
import { ConfigError } from '../../src/config/parse.js';
import { baseSpec, headSpec, storeBytes } from '../e2e/stores.js';

let dir: string;
let base: string;
let head: string;
let bytes: { base: Buffer; head: Buffer };

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'pv-output-'));
  base = path.join(dir, 'base.sqlite');
  head = path.join(dir, 'head.sqlite');
  bytes = {
    base: Buffer.from(await storeBytes(baseSpec())),
    head: Buffer.from(await storeBytes(headSpec(0.7))),
  };
  writeFileSync(base, bytes.base);
  writeFileSync(head, bytes.head);
});

async function refusal(argv: string[]): Promise<string> {
  const error = await runCli(argv).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return (error as ConfigError).message;
}

describe('--output', () => {
  it('refuses the file standard output goes to: the report and the JSON would mix', () => {
    // pv-check compare ... --output /dev/stdout > report.txt
    const file = path.join(dir, 'printed.txt');
    writeFileSync(file, '');
    const fd = openSync(file, 'a');
    try {
      expect(() => checkOutput(file, [], fstatSync(fd))).toThrow(/is where standard output goes: the report printed there would mix with the JSON/); // prettier-ignore
      // Another file is fine.
      expect(() => checkOutput(path.join(dir, 'report.json'), [], fstatSync(fd))).not.toThrow();
    } finally {
      closeSync(fd);
    }
  });

  it('warns when --base and --head are given the other way round', async () => {
    const right = await runCli(['compare', '--base', base, '--head', head, '--format', 'json']);
    expect(JSON.parse(right.stdout)).toMatchObject({ verdict: 'regressed', lost_versions: [] });
    const swapped = await runCli(['compare', '--base', head, '--head', base, '--format', 'json']);
    const report = JSON.parse(swapped.stdout) as { verdict: string; lost_versions: unknown[] };
    expect(report.verdict).toBe('warning');
    expect(report.lost_versions.length).toBeGreaterThan(0);
    expect(swapped.exitCode).toBe(0);
  });

  it('refuses --base and --head naming one file', async () => {
    const link = path.join(dir, 'same-link.sqlite');
    symlinkSync(base, link);
    for (const other of [base, link])
      expect(await refusal(['compare', '--base', base, '--head', other])).toMatch(/^--base and --head are the same file .*: nothing could differ\. Give the store before the change as --base, for example: git show main:/); // prettier-ignore
  });

  it('refuses a store, its journal, a link to it, and leaves every store as it was', async () => {
    const link = path.join(dir, 'link.sqlite');
    symlinkSync(head, link);
    const hard = path.join(dir, 'hard.sqlite');
    linkSync(base, hard);
    const targets = [
      head,
      base,
      `${head}-journal`,
      `${base}-wal`,
      link,
      hard,
      `${dir}/./base.sqlite`,
    ];
    for (const output of targets) {
      const message = await refusal([
        'compare',
        '--base',
        base,
        '--head',
        head,
        '--output',
        output,
      ]);
      expect(message).toMatch(/^--output .* is the store .*: the report would overwrite it/);
    }
    const single = ['compare', '--store', head, '--prompt', 'summarizer', '--candidate', '1.1.0'];
    expect(await refusal([...single, '--output', head])).toMatch(/is the store/);
    expect(await refusal(['health', '--store', base, '--output', base])).toMatch(/is the store/);
    expect(readFileSync(base).equals(bytes.base)).toBe(true);
    expect(readFileSync(head).equals(bytes.head)).toBe(true);
  });

  it('refuses any other SQLite database, and a file SQLite keeps beside one', async () => {
    // The store the library writes, not the one read (a copy of it is): a mistyped path.
    const live = path.join(dir, 'live.sqlite');
    writeFileSync(live, bytes.base);
    for (const output of [live, `${live}-journal`, `${live}-wal`]) {
      const message = await refusal(['health', '--store', base, '--output', output]);
      expect(message).toMatch(
        /^--output .* is a (SQLite database|file SQLite keeps beside).*: the report would replace it/,
      );
    }
    expect(readFileSync(live).equals(bytes.base)).toBe(true);
    // A report written before is replaced, as asked.
    const earlier = path.join(dir, 'earlier.json');
    writeFileSync(earlier, '{}');
    await runCli(['health', '--store', base, '--output', earlier]);
    expect(JSON.parse(readFileSync(earlier, 'utf8'))).toMatchObject({ kind: 'health' });
  });

  it('names a folder, a missing folder and an unwritable file in one line', async () => {
    const folder = path.join(dir, 'reports');
    mkdirSync(folder);
    const argv = ['compare', '--base', base, '--head', head, '--output'];
    expect(await refusal([...argv, folder])).toMatch(/is a folder: give a file path, such as/);
    expect(await refusal([...argv, path.join(dir, 'missing', 'r.json')])).toMatch(
      /its folder does not exist; create it first/,
    );
    // A link into a missing folder (a dangling one), through another link: refused at once too,
    // not after the whole run; a dangling link whose folder exists is written through.
    const hop = path.join(dir, 'hop.json');
    const link = path.join(dir, 'link.json');
    symlinkSync(path.join(dir, 'gone', 'r.json'), hop);
    symlinkSync('hop.json', link);
    expect(await refusal([...argv, link])).toBe(
      `--output ${JSON.stringify(link)} is a link to ${JSON.stringify(path.join(dir, 'gone', 'r.json'))}, whose folder does not exist; create it first, or give another path.`,
    );
    const ahead = path.join(dir, 'ahead.json');
    symlinkSync('written.json', ahead);
    await runCli([...argv, ahead]);
    expect(JSON.parse(readFileSync(path.join(dir, 'written.json'), 'utf8'))).toMatchObject({ kind: 'compare' }); // prettier-ignore
    // A folder this user may not write to, known before any store is read (as root, /proc/self
    // is one of the few).
    if (existsSync('/proc/self'))
      expect(await refusal([...argv, '/proc/self/r.json'])).toBe(
        '--output "/proc/self/r.json": its folder is not writable by this user; give another path.',
      );
    expect(await refusal([...argv, '-'])).toMatch(/^--output - would be a file named '-'/);
    // A write that fails after the checks: Linux's /dev/full refuses every write.
    if (existsSync('/dev/full'))
      expect(await refusal([...argv, '/dev/full'])).toMatch(
        /^--output "\/dev\/full" could not be written \(ENOSPC\)/,
      );
  });

  it('still writes a report next to the stores', async () => {
    const output = path.join(dir, 'report.json');
    const result = await runCli(['compare', '--base', base, '--head', head, '--output', output]);
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(readFileSync(output, 'utf8'))).toMatchObject({ kind: 'compare' });
  });
});
