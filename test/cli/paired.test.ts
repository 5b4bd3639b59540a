// End to end through the bundled CLI: a store whose calls carry case ids gives the paired
// tests with --pair-by; a store without them gives today's results.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeStore } from '../../scripts/store-writer.mjs';
import { rederiveReport } from '../../src/report/rederive.js';
import type { CompareReport, MetricResult } from '../../src/report/types.js';
import { validateCompareReport } from '../../src/report/validate.js';
import { freshDist } from '../e2e/harness.js';
import { pairedSpecs } from './paired-stores.js';

let dir = '';
let cli = '';

async function write(name: string, caseIds: boolean): Promise<void> {
  const { base, head } = pairedSpecs({ qualityChange: -0.2, caseIds });
  writeFileSync(path.join(dir, `${name}-base.sqlite`), await writeStore(base));
  writeFileSync(path.join(dir, `${name}-head.sqlite`), await writeStore(head));
}

function compare(
  name: string,
  ...extra: string[]
): { code: number | null; report: CompareReport; text: string } {
  const args = ['compare', '--base', `${name}-base.sqlite`, '--head', `${name}-head.sqlite`];
  const json = spawnSync(process.execPath, [cli, ...args, '--format', 'json', ...extra], {
    cwd: dir,
    encoding: 'utf8',
  });
  expect(json.stderr).toBe('');
  const text = spawnSync(process.execPath, [cli, ...args, ...extra], {
    cwd: dir,
    encoding: 'utf8',
  });
  const report = JSON.parse(json.stdout) as CompareReport;
  // What the fork workflow's publisher would do with it: an honest paired report is accepted.
  expect(() => rederiveReport(validateCompareReport(report), 'regressed')).not.toThrow();
  return { code: json.status, report, text: text.stdout };
}

const byMetric = (r: CompareReport): Record<string, MetricResult> =>
  Object.fromEntries((r.comparisons[0]?.metrics ?? []).map((m) => [m.metric, m]));

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'pv-paired-'));
  cli = path.join(freshDist(), 'cli.js');
  await write('cases', true);
  await write('plain', false);
}, 600_000);

describe('pv-check compare --pair-by', () => {
  it('pairs calls by case: paired tests, case counts and a note', () => {
    const { code, report, text } = compare('cases', '--pair-by', 'case_id');
    expect(code).toBe(1);
    expect(report.settings.pair_by).toBe('case_id');
    const c = report.comparisons[0];
    expect(c?.pairing).toEqual({
      key: 'case_id',
      paired: true,
      matched_cases: 30,
      baseline_only_cases: 0,
      candidate_only_cases: 0,
      baseline_calls_without_case: 0,
      candidate_calls_without_case: 0,
    });
    const m = byMetric(report);
    expect(m.quality_score).toMatchObject({
      test: 'paired_t',
      status: 'regressed',
      paired: true,
      matched_cases: 30,
    });
    expect(m.latency_ms).toMatchObject({ test: 'wilcoxon_signed_rank', paired: true });
    expect(m.success).toMatchObject({ test: 'mcnemar_exact', paired: true });
    expect(m.total_tokens).toMatchObject({ test: 'paired_t', paired: true });
    // The paired p-value is far below the unpaired one on the same calls (reported as secondary).
    const q = m.quality_score as MetricResult;
    expect(q.secondary[0]?.test).toBe('welch_t');
    expect(q.p_value as number).toBeLessThan((q.secondary[0]?.p_value ?? 0) / 1000);
    expect(c?.warnings).toEqual([]);
    // Said as a fact, not flagged as a warning ("!").
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(
      "- Paired by case_id: 30 matched cases, each case's calls averaged per side.",
    );
    expect(flat).not.toContain('! Paired by');
    expect(text.replace(/\s+/g, ' ')).toContain(
      'Pairing: Calls were matched by the case named in their metadata (case_id)',
    );
  });

  it('leaves a run without --pair-by as it was, even on a store with case ids', () => {
    const { report, text } = compare('cases');
    expect(text).not.toContain('Pairing');
    expect(report.settings.pair_by).toBeUndefined();
    expect(report.comparisons[0]?.pairing).toBeUndefined();
    const m = byMetric(report);
    expect(m.quality_score?.test).toBe('welch_t');
    expect(m.quality_score).not.toHaveProperty('paired');
  });

  it('falls back to the unpaired tests, with their results unchanged, on a store without case ids', () => {
    const plain = compare('plain');
    const asked = compare('plain', '--pair-by', 'case_id');
    expect(asked.code).toBe(plain.code);
    expect(asked.report.verdict).toBe(plain.report.verdict);
    const before = byMetric(plain.report);
    for (const m of asked.report.comparisons[0]?.metrics ?? []) {
      const { paired, matched_cases, baseline_only_cases, candidate_only_cases, ...rest } = m;
      expect({ paired, matched_cases, baseline_only_cases, candidate_only_cases }).toEqual({
        paired: false,
        matched_cases: 0,
        baseline_only_cases: 0,
        candidate_only_cases: 0,
      });
      expect(rest).toEqual(before[m.metric]);
    }
    expect(asked.report.comparisons[0]?.warnings[0]).toMatch(
      /^Not paired by case_id \(quality, accuracy|^Not paired by case_id \(quality, latency/,
    );
    expect(asked.report.comparisons[0]?.warnings[0]).toContain(
      // The store's metadata has "split", not "case_id": the note names what is there.
      'no call of the baseline or the candidate has a case_id in its metadata (both sides\' metadata has the key "split"); tested unpaired on all calls instead.',
    );
    // How to read it says so too, not that calls were matched.
    const flat = asked.text.replace(/\s+/g, ' ');
    expect(flat).toContain(
      'Pairing: Calls were to be matched by the case named in their metadata (case_id), but no comparison had enough cases with a value on both sides: every test ran unpaired, as the warnings say.',
    );
    expect(flat).not.toContain('Calls were matched by');
  });

  it('refuses a key that cannot be one, in one line', () => {
    const r = spawnSync(
      process.execPath,
      [
        cli,
        'compare',
        '--base',
        'cases-base.sqlite',
        '--head',
        'cases-head.sqlite',
        '--pair-by',
        'a"b',
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^pv-check: Invalid --pair-by 'a"b': expected one metadata key[^\n]*\n$/,
    );
  });
});
