// Runs a command and measures it: wall time from here, CPU time and peak memory from GNU time
// (`/usr/bin/time -v`) when the machine has it.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const TIME = '/usr/bin/time';

/** Whether a command runs at all (`cmd args` exits 0). */
export function available(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return !r.error && r.status === 0;
}

/** What the benchmark can measure here, and the notes that say what it cannot. */
export function tools() {
  const notes = [];
  const sqlite3 = available('sqlite3', ['-version']);
  if (!sqlite3)
    notes.push(
      'sqlite3 is missing: no native GROUP BY column and no ratios (Debian: apt-get install -y sqlite3).',
    );
  const time = available(TIME, ['-v', 'true']);
  if (!time)
    notes.push(
      `${TIME} (GNU time) is missing: no peak memory or CPU time (Debian: apt-get install -y time).`,
    );
  return { sqlite3, time, notes };
}

function field(report, name) {
  const line = report.split('\n').find((l) => l.trim().startsWith(name));
  return line ? line.slice(line.lastIndexOf(':') + 1).trim() : null;
}

/**
 * Runs `cmd args` once, its output discarded. Returns wall ms, CPU ms (user + system) and peak
 * RSS in bytes (null without GNU time), and the exit status; throws when `ok` refuses it.
 */
export function measure(cmd, args, { time, ok = (status) => status === 0 }) {
  const report = path.join(os.tmpdir(), `pv-bench-time-${process.pid}.txt`);
  const argv = time ? [TIME, ['-v', '-o', report, cmd, ...args]] : [cmd, args];
  const started = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv[1], {
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.error) throw r.error;
  if (!ok(r.status))
    throw new Error(
      `${cmd} ${args.join(' ')} exited with ${r.status}: ${String(r.stderr).trim().slice(0, 500)}`,
    );
  let cpuMs = null;
  let rss = null;
  if (time) {
    const text = readFileSync(report, 'utf8');
    rmSync(report, { force: true });
    const user = Number(field(text, 'User time (seconds)'));
    const sys = Number(field(text, 'System time (seconds)'));
    cpuMs = (user + sys) * 1000;
    rss = Number(field(text, 'Maximum resident set size (kbytes)')) * 1024;
  }
  return { ms, cpuMs, rss, status: r.status };
}

/** The median of numbers (nulls left out); null when there are none. */
export function median(values) {
  const xs = values.filter((v) => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/** The machine the figures come from. */
export function machine() {
  let model = os.cpus()[0]?.model ?? 'unknown';
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line) model = line.split(':')[1].trim();
  } catch {
    // Not Linux: os.cpus() said what it could.
  }
  return {
    cpus: os.availableParallelism?.() ?? os.cpus().length,
    model,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}
