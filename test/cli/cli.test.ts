import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorLine } from '../../src/cli/entry.js';
import { runCli } from '../../src/cli/main.js';
import { SelectionError } from '../../src/analysis/select.js';
import { ConfigError } from '../../src/config/parse.js';
import { VERSION } from '../../src/version.js';
import { freshDist } from '../e2e/harness.js';
import { baseSpec, headSpec, storeBytes } from '../e2e/stores.js';

let dir: string;
let base: string;
let regressed: string;
let clean: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'pv-cli-'));
  base = path.join(dir, 'base.sqlite');
  regressed = path.join(dir, 'regressed.sqlite');
  clean = path.join(dir, 'clean.sqlite');
  writeFileSync(base, await storeBytes(baseSpec()));
  writeFileSync(regressed, await storeBytes(headSpec(0.7)));
  writeFileSync(clean, await storeBytes(headSpec(0.85)));
});

describe('pv-check (in process)', () => {
  it('prints help and its version', async () => {
    expect((await runCli(['--help'])).stdout).toMatch(
      /pv-check compare --base BASE.sqlite --head HEAD.sqlite/,
    );
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    expect((await runCli(['--version'])).stdout).toBe(`pv-check ${pkg.version}\n`);
  });

  it('exits 1 on a regression and 0 without, and writes the JSON report with --output', async () => {
    const output = path.join(dir, 'report.json');
    const bad = await runCli(['compare', '--base', base, '--head', regressed, '--output', output]);
    expect(bad.exitCode).toBe(1);
    expect(bad.stdout).toMatch(/Prompt regression/);
    expect(JSON.parse(readFileSync(output, 'utf8'))).toMatchObject({
      schema: 1,
      kind: 'compare',
      verdict: 'regressed',
    });
    const good = await runCli(['compare', '--base', base, '--head', clean, '--format', 'markdown']);
    expect(good.exitCode).toBe(0);
    expect(good.stdout).toMatch(/^(✅|⚠️) \*\*No regression/);
    const lenient = await runCli([
      'compare',
      '--base',
      base,
      '--head',
      regressed,
      '--max-quality-drop',
      '50%',
    ]);
    expect(lenient.exitCode).toBe(0);
  });

  it('compares two versions of one store', async () => {
    const r = await runCli([
      'compare',
      '--store',
      regressed,
      '--prompt',
      'summarizer',
      '--candidate',
      '1.2.0',
      '--baseline',
      '1.1.0',
      '--format',
      'json',
    ]);
    expect(JSON.parse(r.stdout)).toMatchObject({
      comparisons: [
        { candidate: { version: '1.2.0' }, baseline: { version: '1.1.0', chosen_by: 'explicit' } },
      ],
    });
  });

  it('shows an invisible character a store string brings into its error line', () => {
    const name = 'summa\u200Brizer\u2060';
    const error = new SelectionError(`Prompt "summarizer" is not in db.sqlite; it has: "${name}".`);
    expect(errorLine(error)).toBe(
      'pv-check: Prompt "summarizer" is not in db.sqlite; it has: "summa\uFFFDrizer\uFFFD".\n',
    );
  });

  it('refuses bad usage with a message that names the option', async () => {
    await expect(runCli(['frobnicate'])).rejects.toThrow(/Unknown command 'frobnicate'/);
    // Options before the command: the fix is to put the command first.
    await expect(runCli(['--format', 'json', 'summary'])).rejects.toThrow(
      "Unknown command '--format': the command comes first, then its options (pv-check summary --format ...); expected one of summary, compare, health (see --help).",
    );
    // A '--' as other tools take: not a hint to write one after the command.
    await expect(runCli(['--', 'summary'])).rejects.toThrow(
      "Unknown command '--': pv-check takes no '--' (pv-check summary ...); expected one of summary, compare, health (see --help).",
    );
    // An offset past 14 hours is no clock's; a time without one is UTC, whatever TZ says.
    await expect(runCli(['health', '--store', base, '--now', '2026-11-26T00:00:00+15:00'])).rejects.toThrow(/from -14:00 to \+14:00; without one, UTC/); // prettier-ignore
    const utc = await runCli(['health', '--store', base, '--now', '2026-11-26T00:00:00', '--format', 'json']); // prettier-ignore
    expect(JSON.parse(utc.stdout)).toMatchObject({ generated_at: '2026-11-26T00:00:00.000Z' });
    // Numbers are plain decimals: not hexadecimal or exponents, a leading dot is fine.
    for (const [option, value] of [
      ['--min-samples', '0x1E'],
      ['--daily-budget', '0x10'],
      ['--alpha', '5e-2'],
    ])
      // prettier-ignore
      await expect(runCli(['health', '--store', base, option!, value!])).rejects.toThrow(
        new RegExp(`${option}`),
      );
    await expect(
      runCli([
        'compare',
        '--base',
        base,
        '--head',
        clean,
        '--alpha',
        '.05',
        '--max-quality-drop',
        '.5%',
      ]),
    ).resolves.toMatchObject({ exitCode: 0 });
    // No command at all (a script's empty variable) is bad usage, not a pass; help is asked for.
    await expect(runCli([])).rejects.toThrow(
      'No command given: expected one of summary, compare, health (see --help).',
    );
    await expect(runCli(['compare', '--bogus', '1'])).rejects.toThrow(/Unknown option --bogus/);
    // An empty value (an unset variable) is not quietly the default.
    await expect(runCli(['health', '--store', base, '--now='])).rejects.toThrow(
      'Option --now is empty: give it a value, or leave it out.',
    );
    await expect(runCli(['summary', '--store', ' '])).rejects.toThrow(/Option --store is empty/);
    await expect(
      runCli(['compare', '--base', base, '--head', clean, '--alpha', '2']),
    ).rejects.toThrow(ConfigError);
    await expect(
      runCli(['compare', '--base', base, '--head', clean, '--max-quality-drop', '0.1']),
    ).rejects.toThrow(
      "Invalid --max-quality-drop '0.1': expected a percentage from 0% to 100% such as '10%'.",
    );
    // The units a size may take are named, so that '4TiB' is not a riddle.
    await expect(runCli(['summary', '--store', base, '--max-store-size', '4TiB'])).rejects.toThrow(
      "Invalid --max-store-size '4TiB': expected a size above zero in bytes, KiB, MiB or GiB such as '512MiB'.",
    );
  });
});

describe('pv-check: each command takes its own options', () => {
  it('refuses an option the command does not read, naming it, instead of ignoring it', async () => {
    await expect(
      runCli(['compare', '--base', base, '--head', clean, '--baseline-store', base]),
    ).rejects.toThrow(
      'Option --baseline-store does not apply to compare: give the baseline store with --base (and the head store with --head) (see pv-check compare --help).',
    );
    await expect(runCli(['health', '--store', base, '--prompt', 'summarizer'])).rejects.toThrow(
      'Option --prompt does not apply to health (see pv-check health --help).',
    );
    // With --base and --head, a selection is a whole one or none: never a part dropped.
    const pair = ['compare', '--base', base, '--head', clean];
    await expect(runCli([...pair, '--prompt', 'summarizer'])).rejects.toThrow(
      /^Missing --candidate: the version of --prompt to compare/,
    );
    for (const only of [['--candidate', '1.2.0'], ['--baseline', '1.0.0']])
      await expect(runCli([...pair, ...only])).rejects.toThrow(/^Missing --prompt: the prompt of --candidate/); // prettier-ignore
    await expect(runCli(['summary', '--store', base, '--alpha', '0.01'])).rejects.toThrow(
      /^Option --alpha does not apply to summary/,
    );
    await expect(runCli(['compare', '--base', base, '--window', '1h'])).rejects.toThrow(
      /^Option --window does not apply to compare/,
    );
  });

  it("prints one command's help with its options alone", async () => {
    const compare = (await runCli(['compare', '--help'])).stdout;
    expect(compare).toMatch(/^pv-check compare: /);
    expect(compare).toMatch(/^ {2}--base +The store before the change/m);
    expect(compare).toMatch(
      /^ {2}--store +The store to read\. \(default \.prompt_versions\/db\.sqlite\)$/m,
    );
    expect(compare).toMatch(/^ {2}--max-quality-drop +.*\(default 10%\)$/m);
    for (const other of ['--window', '--history', '--daily-budget', '--baseline-store', '--mode'])
      expect(compare).not.toContain(other);
    const health = (await runCli(['help', 'health'])).stdout;
    expect(health).toMatch(/^ {2}--window +Health report: the recent window\. \(default 24h\)$/m);
    for (const other of ['--base ', '--head ', '--prompt', '--candidate', '--baseline-samples'])
      expect(health).not.toContain(other);
    const summary = (await runCli(['summary', '-h'])).stdout;
    expect(summary.match(/^ {2}--/gm)).toHaveLength(5);
    expect((await runCli(['--help'])).stdout).toContain('pv-check COMMAND --help');
  });
});

describe('pv-check (the bundle, as users run it)', () => {
  // Building the bundle belongs in a hook: it can take minutes on a busy machine.
  let dist: string;
  beforeAll(() => {
    dist = freshDist();
  });
  it('exits 2 with one line on stderr for a bad store, never a stack trace', () => {
    const cli = path.join(dist, 'cli.js');
    const empty = path.join(dir, 'empty.sqlite');
    writeFileSync(empty, '');
    const text = path.join(dir, 'text.sqlite');
    writeFileSync(text, 'this is not a database\n');
    for (const file of [empty, text, path.join(dir, 'missing.sqlite')]) {
      const r = spawnSync(process.execPath, [cli, 'summary', '--store', file], {
        encoding: 'utf8',
      });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(new RegExp(`^pv-check: Cannot read store "${file}": `));
    }
    const bad = spawnSync(process.execPath, [cli, 'compare', '--base', base], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('pv-check: Missing --head: the store after the change.\n');
  });

  it('exits 2 when the report cannot be written to standard output, and keeps its code on a closed pipe', () => {
    const cli = path.join(dist, 'cli.js');
    const argv = [cli, 'compare', '--base', base, '--head', regressed];
    // A full disk: nothing was written, so the step must not pass.
    const full = openSync('/dev/full', 'w');
    const r = spawnSync(process.execPath, argv, { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' }); // prettier-ignore
    closeSync(full);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^pv-check: the report could not be written to standard output \(ENOSPC\): .*--output FILE\.\n$/); // prettier-ignore
    // A reader that stopped early (`| head -1`) took what it wanted: the verdict's code stays.
    const script = 'node="$1"; shift; "$node" "$@" | head -c 1 >/dev/null; exit "${PIPESTATUS[0]}"';
    const piped = spawnSync('bash', ['-c', script, 'pv', process.execPath, ...argv], { encoding: 'utf8' }); // prettier-ignore
    expect(piped.stderr).toBe('');
    expect(piped.status).toBe(1);
  });

  it('says the current folder is gone, not that the store is hostile', () => {
    const cli = path.join(dist, 'cli.js');
    const script = 'd=$(mktemp -d) && cd "$d" && rmdir "$d" && "$0" "$@"';
    const r = spawnSync('bash', ['-c', script, process.execPath, cli, 'summary', '--store', base], { encoding: 'utf8' }); // prettier-ignore
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^pv-check: the current folder cannot be read \(ENOENT; was it deleted\?\): cd to an existing folder and run pv-check again\.\n$/); // prettier-ignore
  });

  it('reads .prompt_versions/db.sqlite when --store is not given, and says so when it is missing', () => {
    const cli = path.join(dist, 'cli.js');
    const project = mkdtempSync(path.join(tmpdir(), 'pv-project-'));
    const missing = spawnSync(process.execPath, [cli, 'health'], { cwd: project, encoding: 'utf8' }); // prettier-ignore
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(
      `pv-check: No store at .prompt_versions/db.sqlite (the default of --store) in ${project}: give --store PATH, or run where Prompt Versioner logs.\n`,
    );
    mkdirSync(path.join(project, '.prompt_versions'));
    writeFileSync(path.join(project, '.prompt_versions/db.sqlite'), readFileSync(regressed));
    for (const argv of [
      ['summary', '--format', 'json'],
      ['compare', '--prompt', 'summarizer', '--candidate', '1.2.0', '--format', 'json'],
      ['health', '--now', '2026-11-27T00:00:00Z', '--format', 'json'],
    ]) {
      const r = spawnSync(process.execPath, [cli, ...argv], { cwd: project, encoding: 'utf8' });
      expect(r.stderr, argv.join(' ')).toBe('');
      expect(JSON.parse(r.stdout), argv[0]).toMatchObject({ schema: 1 });
    }
  });
});
