import { describe, expect, it } from 'vitest';
import { renderCompareMarkdown } from '../../src/render/compare/markdown.js';
import { ReportInvalidError, validateCompareReport } from '../../src/report/validate.js';
import { renderJson } from '../../src/report/json.js';
import { hostileReport, HOSTILE } from './fixtures-hostile.js';
import { regressionReport } from './fixtures-regression.js';
import { noChangesReport, warningReport } from './fixtures-warning.js';

/** The report as it arrives from an artifact: JSON text parsed back. */
const fromJson = (r: unknown): Record<string, unknown> =>
  JSON.parse(JSON.stringify(r)) as Record<string, unknown>;

function refused(value: unknown, message: string | RegExp): void {
  let error: unknown;
  try {
    validateCompareReport(value);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ReportInvalidError);
  expect((error as Error).message).toMatch(message);
}

/** A deep copy with one field changed (`path` of keys and indexes). */
function withField(path: (string | number)[], value: unknown): Record<string, unknown> {
  const r = fromJson({
    ...regressionReport(),
    context: { repository: 'o/r', pull_request: 5, head_sha: 'a'.repeat(40), run_id: 9, run_number: 3 }, // prettier-ignore
  });
  let at: Record<string | number, unknown> = r;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1)!] = value;
  return r;
}

describe('validateCompareReport', () => {
  it('gives back a valid report unchanged', () => {
    for (const r of [regressionReport(), warningReport(), noChangesReport()]) {
      const withContext = { ...r, context: { repository: 'octo-org/octo-repo', pull_request: 7, head_sha: 'f'.repeat(40), base_sha: 'e'.repeat(40), run_id: 4242, run_number: 7 } }; // prettier-ignore
      expect(validateCompareReport(fromJson(withContext))).toEqual(fromJson(withContext));
    }
  });

  it('drops unknown fields at every level, including __proto__', () => {
    const r = withField(['comparisons', 0, 'metrics', 0, 'extra'], '<script>');
    r.extra = { nested: true };
    (r.settings as Record<string, unknown>).injected = 1;
    const poisoned = JSON.parse(JSON.stringify(r).replace('{', '{"__proto__":{"polluted":1},')) as unknown; // prettier-ignore
    const clean = validateCompareReport(poisoned);
    expect(renderJson(clean)).not.toMatch(/extra|injected|polluted|__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('sanitizes and caps every string; the renderers then escape as always', () => {
    const clean = validateCompareReport(fromJson(hostileReport()));
    const text = renderJson(clean);
    expect(text).not.toMatch(/\\n|\u202E|\u200B/);
    for (const c of clean.comparisons) {
      expect(Array.from(c.prompt).length).toBeLessThanOrEqual(300);
      expect(Array.from(c.candidate.version).length).toBeLessThanOrEqual(200);
    }
    const md = renderCompareMarkdown(clean, { detail: 'full', charts: true });
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<!--');
    expect(md).not.toMatch(/@octocat(?!&#8203;)/);
    expect(clean.comparisons[0]?.prompt).toBe(HOSTILE.replace(/\n/g, '\u2424').replace(/\u202E/g, '\uFFFD').replace(/\u200B/g, '\uFFFD')); // prettier-ignore
  });

  it('refuses wrong types, non-finite numbers and unknown enum values, naming the field', () => {
    refused(null, 'report: expected an object.');
    refused([], 'report: expected an object.');
    refused(withField(['schema'], 2), 'schema: expected 1.');
    refused(withField(['kind'], 'health'), "kind: expected 'compare'.");
    refused(withField(['verdict'], 'fine'), /^verdict: expected one of passed, regressed/);
    refused(withField(['comparisons', 0, 'metrics', 0, 'p_value'], 'NaN'), /comparisons\[0\]\.metrics\[0\]\.p_value: expected a finite number from 0 to 1/); // prettier-ignore
    refused(withField(['comparisons', 0, 'metrics', 0, 'p_value'], 1.5), /p_value: expected a finite number from 0 to 1/); // prettier-ignore
    refused(withField(['comparisons', 0, 'metrics', 0, 'metric'], 'vibes'), /metrics\[0\]\.metric: expected one of quality_score/); // prettier-ignore
    refused(withField(['comparisons', 0, 'metrics', 0, 'ci'], [1]), /ci: expected two numbers or null/); // prettier-ignore
    refused(withField(['comparisons', 0, 'candidate', 'n'], 1.5), /candidate\.n: expected an integer/); // prettier-ignore
    refused(withField(['comparisons', 0, 'status'], '<b>x</b>'), /comparisons\[0\]\.status: expected one of/); // prettier-ignore
    refused(withField(['comparisons', 0, 'cross_model'], 'yes'), /cross_model: expected true or false/); // prettier-ignore
    refused(withField(['comparisons', 0, 'prompt'], 42), /comparisons\[0\]\.prompt: expected a string/); // prettier-ignore
    refused(withField(['settings', 'thresholds', 'latency_ms'], null), /settings\.thresholds\.latency_ms/); // prettier-ignore
    refused(withField(['counts', 'regressed'], -1), /counts\.regressed: expected a finite number from 0/); // prettier-ignore
    refused(withField(['comparisons', 0, 'metrics'], new Array(7).fill({})), /metrics: expected at most 6 items/); // prettier-ignore
    // Infinity cannot come from JSON, but the validator takes any value.
    refused(withField(['settings', 'alpha'], Infinity), /settings\.alpha/);
    // Settings no run accepts: a fork's way to make every p-value insignificant, every change
    // immaterial or every metric short of calls.
    refused(withField(['settings', 'alpha'], 1e-300), /^settings\.alpha: expected a finite number from 0\.000001 to 0\.5\.$/); // prettier-ignore
    refused(withField(['settings', 'min_samples'], 1e9), /^settings\.min_samples: expected a finite number from 2 to 1000000\.$/); // prettier-ignore
    refused(withField(['settings', 'thresholds', 'quality_score'], 1.5), /^settings\.thresholds\.quality_score: expected a finite number from 0 to 1\.$/); // prettier-ignore
    refused(withField(['settings', 'thresholds', 'latency_ms'], 11), /^settings\.thresholds\.latency_ms: expected a finite number from 0 to 10\.$/); // prettier-ignore
  });

  it('checks the context that decides where a report may be published', () => {
    refused(withField(['context', 'pull_request'], '5'), /context\.pull_request: expected an integer/); // prettier-ignore
    refused(withField(['context', 'pull_request'], 0), /context\.pull_request: expected a finite number from 1/); // prettier-ignore
    refused(withField(['context', 'head_sha'], 'HEAD'), /context\.head_sha/);
    refused(withField(['context', 'repository'], 'o/r/../x'), /context\.repository/);
    refused(withField(['context'], 'o/r'), /context: expected an object/);
    const ok = validateCompareReport(withField(['context', 'extra'], 1));
    expect(ok.context).toEqual({ repository: 'o/r', pull_request: 5, head_sha: 'a'.repeat(40), run_id: 9, run_number: 3 }); // prettier-ignore
  });

  it('reads a report from before the content fields, and checks them when present', () => {
    const old = fromJson(regressionReport());
    delete old.same_text;
    const counts = old.counts as Record<string, unknown>;
    delete counts.untested;
    delete counts.prompts;
    const comparisons = old.comparisons as Record<string, Record<string, unknown>>[];
    for (const c of comparisons) {
      delete (c.candidate as Record<string, unknown>).version_reused;
      delete (c.candidate as Record<string, unknown>).prompt_hash;
      for (const m of c.metrics as unknown as Record<string, unknown>[]) {
        delete m.ci_alpha;
        delete m.underpowered;
      }
    }
    const read = validateCompareReport(old);
    expect(read.same_text).toEqual([]);
    expect(read.counts).toMatchObject({ untested: 0, prompts: 3 });
    expect(read.comparisons[0]?.candidate).toMatchObject({
      version_reused: false,
      prompt_hash: null,
    });
    expect(read.comparisons[0]?.metrics[0]).toMatchObject({ ci_alpha: null, underpowered: false });
    refused(withField(['comparisons', 0, 'candidate', 'version_reused'], 'yes'), /version_reused/);
    refused(
      withField(['comparisons', 0, 'candidate', 'prompt_hash'], '<b>'),
      /prompt_hash: expected 16 hex/,
    );
    refused(withField(['comparisons', 0, 'metrics', 0, 'ci_alpha'], [0.01, 2]), /ci_alpha\[1\]/);
    refused(withField(['same_text', 0], 'x'), /same_text\[0\]/);
    refused(withField(['settings', 'fail_on'], 'sometimes'), /untested/);
  });
});
