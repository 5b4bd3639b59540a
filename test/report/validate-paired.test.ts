import { describe, expect, it } from 'vitest';
import type { CompareReport } from '../../src/report/types.js';
import { ReportInvalidError, validateCompareReport } from '../../src/report/validate.js';
import { regressionReport } from './fixtures-regression.js';

// A report of a comparison paired by case, as the analysis writes it.
function pairedReport(): CompareReport {
  const r = regressionReport();
  const [first, ...rest] = r.comparisons;
  if (!first) throw new Error('fixture without comparisons');
  return {
    ...r,
    settings: { ...r.settings, pair_by: 'case_id' },
    comparisons: [
      {
        ...first,
        metrics: first.metrics.map((m, i) => ({
          ...m,
          test: i === 0 ? 'paired_t' : m.test,
          secondary: i === 0 ? [{ test: 'welch_t', p_value: 0.2 }] : m.secondary,
          paired: i === 0,
          matched_cases: 30,
          baseline_only_cases: 2,
          candidate_only_cases: 0,
        })),
        pairing: {
          key: 'case_id',
          paired: true,
          matched_cases: 30,
          baseline_only_cases: 2,
          candidate_only_cases: 0,
          baseline_calls_without_case: 4,
          candidate_calls_without_case: 0,
        },
      },
      ...rest,
    ],
  };
}

describe('validateCompareReport with paired comparisons', () => {
  it('keeps the paired tests and the pairing fields', () => {
    const report = JSON.parse(JSON.stringify(pairedReport())) as unknown;
    expect(validateCompareReport(report)).toEqual(pairedReport());
  });

  it('refuses a pairing with a bad count or an unknown test', () => {
    const bad = JSON.parse(JSON.stringify(pairedReport())) as {
      comparisons: { pairing: Record<string, unknown>; metrics: Record<string, unknown>[] }[];
    };
    bad.comparisons[0]!.pairing.matched_cases = -1;
    expect(() => validateCompareReport(bad)).toThrow(ReportInvalidError);
    bad.comparisons[0]!.pairing.matched_cases = 3;
    bad.comparisons[0]!.metrics[0]!.test = 'sign_test';
    expect(() => validateCompareReport(bad)).toThrow(/test: expected one of/);
  });
});
