import { describe, expect, it } from 'vitest';
import { coverage, failingItems } from '../../src/analysis/acceptance.js';
import {
  acceptanceBlock,
  checkWithAcceptance,
  commentHeader,
} from '../../src/render/compare/acceptance.js';
import { findRecord, type AcceptanceRecord } from '../../src/report/acceptance-record.js';
import type { AcceptanceReport, Grant } from '../../src/report/acceptance-types.js';
import { renderCheckOutput } from '../../src/render/compare/check.js';
import type { CompareReport } from '../../src/report/types.js';
import { acceptItem, labelGrant } from '../report/fixtures-acceptance.js';
import { regressionReport } from '../report/fixtures-regression.js';

function accepted(change: number): { report: CompareReport; record: AcceptanceRecord } {
  const r = regressionReport();
  const failing = failingItems(r);
  const grants: Grant[] = [
    {
      by: 'alice',
      at: '2026-12-04T06:00:00Z',
      via: 'label',
      ref: 7,
      covers: failing.map((f) => ({ ...f, change })),
    },
  ];
  const cov = coverage(failing, grants, 0.2);
  const acceptance: AcceptanceReport = {
    accepted: cov.accepted,
    label: 'ok',
    tolerance: 0.2,
    grants,
    covered: cov.covered,
    not_covered: cov.not_covered,
    notes: [],
  };
  return {
    report: { ...r, acceptance },
    record: { shown: { sha: 'a'.repeat(40), at: '2026-12-04T05:00:00Z', failing }, grants },
  };
}

describe('the check run of a pull request with an acceptance', () => {
  it('is neutral, titled "Accepted by", when every failing metric is covered', () => {
    const { report } = accepted(-0.147);
    const out = checkWithAcceptance(report, 'failure', renderCheckOutput(report));
    expect(out.conclusion).toBe('neutral');
    expect(out.title).toMatch(/^Accepted by @alice: 1 regression: summarizer 1\.2\.0/);
    expect(out.summary).toMatch(
      /^<!-- prompt-versioner-action:acceptance -->\n✅ \*\*Regression accepted\*\*/,
    );
    expect(out.summary).toMatch(/❌ \*\*Prompt regression\*\*/);
  });

  it("keeps saying a fork's relayed report is not verified, when accepted", () => {
    const { report } = accepted(-0.147);
    const output = renderCheckOutput(report, { unverified: true });
    const out = checkWithAcceptance(report, 'failure', output, true);
    expect(out.conclusion).toBe('neutral');
    expect(out.title).toMatch(
      /^Reported by the pull request's run \(not verified\): Accepted by @alice: 1 regression/,
    );
  });

  it('keeps its conclusion and title when something is not covered, and says what', () => {
    const { report } = accepted(-0.1);
    const plain = renderCheckOutput(report);
    const out = checkWithAcceptance(report, 'failure', plain);
    expect(out).toMatchObject({ conclusion: 'failure', title: plain.title });
    expect(out.summary).toMatch(/Not covered by the acceptance/);
  });

  it('says to fix regressions first, not to accept again, when more fail than a record holds', () => {
    const items = (n: number, from: number) =>
      Array.from({ length: n }, (_, i) => acceptItem({ prompt: `p${from + i}` }));
    const grant = labelGrant(items(30, 0));
    const block = (covered: number, notCovered: number): string =>
      acceptanceBlock({
        accepted: false,
        label: 'ok',
        tolerance: 0.2,
        grants: [grant],
        covered: items(covered, 0).map((i) => ({
          ...i,
          accepted_change: i.change,
          accepted_by: 'alice',
        })),
        not_covered: items(notCovered, 100).map((i) => ({
          ...i,
          reason: 'not_accepted' as const,
          accepted_change: null,
        })),
        notes: [],
      });
    expect(block(30, 31)).toMatch(
      /Not covered by the acceptance.*61 metrics fail the check, more than an acceptance can hold \(60\): fix some of the regressions first\./,
    );
    expect(block(30, 31)).not.toMatch(/re-add the label/);
    expect(block(30, 30)).toMatch(/To accept these too, remove and re-add the label `ok`/);
  });

  it('is untouched without an acceptance', () => {
    const r = regressionReport();
    const plain = renderCheckOutput(r);
    expect(checkWithAcceptance(r, 'failure', plain)).toEqual({ conclusion: 'failure', ...plain });
  });
});

describe('the comment header', () => {
  it('is the record line, then the block and a blank line', () => {
    const { report, record } = accepted(-0.147);
    const lines = commentHeader('default', report, record).split('\n');
    expect(findRecord(lines[0] ?? '', 'default')).toEqual(record);
    expect(lines[1]).toBe('<!-- prompt-versioner-action:acceptance -->');
    expect(lines.at(-2)).toBe('<!-- /prompt-versioner-action:acceptance -->');
    expect(lines.at(-1)).toBe('');
  });

  it('is the record line alone when there is nothing to say', () => {
    const r = regressionReport();
    const record: AcceptanceRecord = { shown: null, grants: [] };
    const none = {
      ...r,
      acceptance: { ...accepted(0).report.acceptance!, grants: [], covered: [], not_covered: [] },
    };
    expect(commentHeader('k', none, record)).toMatch(
      /^<!-- prompt-versioner-action:accept key=k data=[\w-]+ -->$/,
    );
  });
});
