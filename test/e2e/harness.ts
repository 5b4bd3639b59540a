// Runs the bundled action (dist/) as GitHub would: a bundle of the sources under test copied
// alone to a temp folder, a git workspace, an event payload file, INPUT_* variables,
// GITHUB_OUTPUT and the step summary.
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SOURCE_HASH_FILE, sourceHash } from '../../scripts/source-hash.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * A bundle of the current sources: the committed dist/ when it was built from exactly these
 * sources (a clean checkout, or after `npm run build`), else a build of them made once per
 * source state and shared by every e2e test file (files run in parallel: build aside, then
 * rename into place).
 */
export function freshDist(): string {
  const hash = sourceHash(ROOT);
  const committed = path.join(ROOT, 'dist');
  if (readIfExists(path.join(committed, SOURCE_HASH_FILE))?.trim() === hash) return committed;
  const dir = path.join(ROOT, 'node_modules', '.cache', 'pv-e2e', hash.slice(0, 16));
  const dist = path.join(dir, 'dist');
  if (existsSync(dist)) return dist;
  mkdirSync(path.dirname(dir), { recursive: true });
  // One build at a time: test files that start together wait for the first one's bundle
  // instead of each building their own on the same cores.
  const lock = `${dir}.lock`;
  while (!tryLock(lock)) {
    if (existsSync(dist)) return dist;
    // A build killed while holding the lock left it behind: take it over. (A builder that
    // failed removed its lock, so the next try below takes it.)
    if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > BUILD_WAIT_MS)
      rmSync(lock, { recursive: true, force: true });
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
  }
  try {
    if (existsSync(dist)) return dist;
    // Test files may run as threads of one process: the pid alone does not tell builds apart.
    const aside = `${dir}.${process.pid}.${randomUUID()}`;
    execFileSync(process.execPath, ['scripts/build.mjs', '--out', path.join(aside, 'dist')], {
      cwd: ROOT,
      stdio: 'pipe',
    });
    try {
      renameSync(aside, dir);
    } catch {
      rmSync(aside, { recursive: true, force: true });
    }
    return dist;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function readIfExists(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** A build lock older than this is a killed build's: the bundle takes a minute or two. */
const BUILD_WAIT_MS = 5 * 60_000;

/** Takes the build lock (a folder: its creation is atomic); false when another holds it. */
function tryLock(lock: string): boolean {
  try {
    mkdirSync(lock);
    return true;
  } catch {
    return false;
  }
}

/** Copies dist/ alone (and action.yml) into an empty folder: no node_modules around it. */
export function isolatedAction(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'pv-action-'));
  execFileSync('cp', ['-r', freshDist(), path.join(root, 'dist')]);
  writeFileSync(path.join(root, 'action.yml'), readFileSync(path.join(ROOT, 'action.yml')));
  return root;
}

/** git in a folder, with an identity so commits work on any machine. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args],
    { cwd, encoding: 'utf8' },
  ).trim();
}

/** What one run of the action left behind. */
export interface ActionRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

function parseOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(file)) return out;
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m?.[1] || !m[2]) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] ?? '');
    out[m[1]] = value.join('\n');
  }
  return out;
}

/** Runs `node dist/index.js` with the event, inputs and environment of a workflow step. */
export async function runAction(o: {
  readonly actionDir: string;
  readonly workspace: string;
  readonly apiUrl: string;
  readonly eventName: string;
  readonly event: object;
  readonly inputs?: Record<string, string>;
  readonly env?: Record<string, string>;
  readonly repository?: string;
}): Promise<ActionRun> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'pv-run-'));
  const eventPath = path.join(scratch, 'event.json');
  writeFileSync(eventPath, JSON.stringify(o.event));
  const outputPath = path.join(scratch, 'output');
  const summaryPath = path.join(scratch, 'summary.md');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const inputs = { 'github-token': 'ghs_test_token_1234567890', ...o.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? scratch,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: o.repository ?? 'octo-org/octo-repo',
    GITHUB_API_URL: o.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_TEMP: scratch,
    // GitHub's write spacing and retry waits at 1/100 (honoured only against a loopback API).
    PV_API_WAIT_SCALE: '0.01',
    ...o.env,
  };
  // Input variables keep their hyphens (INPUT_GITHUB-TOKEN): only an env object can carry them.
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const child = spawn(process.execPath, [path.join(o.actionDir, 'dist', 'index.js')], {
    cwd: o.workspace,
    env,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(outputPath),
    summary: readFileSync(summaryPath, 'utf8'),
  };
}

/** A pull_request webhook payload (the fields GitHub sends that the action reads). */
export function pullRequestEvent(o: {
  number: number;
  headSha: string;
  baseSha: string;
  repository?: string;
}): object {
  const full = o.repository ?? 'octo-org/octo-repo';
  const [owner, name] = full.split('/');
  const repo = { full_name: full, name, owner: { login: owner } };
  return {
    action: 'synchronize',
    number: o.number,
    pull_request: {
      number: o.number,
      state: 'open',
      head: { sha: o.headSha, ref: 'feature', repo },
      base: { sha: o.baseSha, ref: 'main', repo },
    },
    repository: repo,
  };
}
