import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeStore } from '../../../scripts/store-writer.mjs';
import { runCli } from '../../../src/cli/main.js';
import { renderHealthText } from '../../../src/render/health/text.js';
import { ConfigError } from '../../../src/config/parse.js';
import type { HealthReport } from '../../../src/report/health-types.js';
import { healthSpec, STORE_NOW } from '../../analysis/health-store-spec.js';

let dir = '';
let store = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pv-health-'));
  store = join(dir, 'db.sqlite');
  await writeFile(store, await writeStore(healthSpec()));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const health = (...extra: string[]) =>
  runCli(['health', '--store', store, '--now', STORE_NOW, ...extra], () => new Date(0));

describe('pv-check health', () => {
  it('prints the JSON report and exits 0: a scheduled run alerts, it does not fail', async () => {
    const out = await health('--format', 'json');
    expect(out.exitCode).toBe(0);
    const report = JSON.parse(out.stdout) as HealthReport;
    expect(report).toMatchObject({
      kind: 'health',
      verdict: 'warning',
      generated_at: '2026-11-27T12:00:00.000Z',
    });
    expect(report.settings.fail_on).toBe('never');
    expect(report.counts.critical).toBeGreaterThan(0);
  });

  it('exits 1 when the fail-on policy fails, and writes --output', async () => {
    const output = join(dir, 'report.json');
    const out = await health('--fail-on', 'regressed', '--output', output);
    expect(out.exitCode).toBe(1);
    expect(out.stdout).toMatch(/^✗ Prompt health check failed: /);
    const written = JSON.parse(await readFile(output, 'utf8')) as HealthReport;
    expect(written.verdict).toBe('regressed');
  });

  it('says how many windows were too thin to test when fail-on untested fails the run', async () => {
    const out = await health('--fail-on', 'untested', '--min-samples', '100000');
    expect(out.exitCode).toBe(1);
    expect(out.stdout.split('\n\n')[0]?.replace(/\n\s*/g, ' ')).toMatch(
      /^✗ Prompt health check failed: 2 prompts of 5 live prompts with alerts \(.*\); 0 critical, 2 warnings; 3 not tested: too few calls in the window \(at least 100,000 per side\) \(fail-on: untested; /,
    );
    // Without alerts, the untested windows alone are what failed.
    const json = await health('--format', 'json', '--fail-on', 'untested', '--min-samples', '100000'); // prettier-ignore
    const r = JSON.parse(json.stdout) as HealthReport;
    const thin = {
      ...r,
      prompts: r.prompts.map((p) => ({ ...p, status: 'insufficient_data' as const, window_status: 'insufficient_data' as const, alerts: [] })), // prettier-ignore
      counts: { ...r.counts, alert: 0, silent: 0, alerts: 0, critical: 0, warnings: 0 },
      cost: { ...r.cost, alerts: [] },
    };
    expect(renderHealthText(thin).replace(/\n\s*/g, ' ')).toMatch(
      /^✗ Prompt health check failed: 5 of 5 live prompts not tested: too few calls in the window \(at least 100,000 per side\) \(fail-on: untested; /,
    );
  });

  it('renders Markdown with the budget inputs', async () => {
    const out = await health(
      '--format',
      'markdown',
      '--daily-budget',
      '0.1',
      '--window',
      '24h',
      '--history',
      '28d',
    );
    expect(out.stdout).toMatch(/^⚠️ \*\*Prompt health: \d+ alerts\*\*/);
    expect(out.stdout).toContain('over the daily budget of €0.10');
    expect(out.stdout).toContain('```mermaid');
  });

  it('gives the same report for the same store and --now', async () => {
    const a = await health('--format', 'json');
    const b = await health('--format', 'json');
    expect(a.stdout).toBe(b.stdout);
  });

  it('uses the clock when --now is absent', async () => {
    const out = await runCli(
      ['health', '--store', store, '--format', 'json'],
      () => new Date('2030-01-01T00:00:00Z'),
    );
    const report = JSON.parse(out.stdout) as HealthReport;
    expect(report.generated_at).toBe('2030-01-01T00:00:00.000Z');
    expect(report.prompts).toEqual([]);
    expect(report.warnings[0]).toMatch(/is older than the window/);
  });

  it('refuses a missing store (no --store, and no .prompt_versions/db.sqlite here)', async () => {
    await expect(runCli(['health'])).rejects.toThrow(ConfigError);
  });
});
