import { describe, expect, it } from 'vitest';
import {
  commandScope,
  coverage,
  failingItems,
  grantsInForce,
  labelScope,
  shownPostedAt,
  labelState,
  withinTolerance,
  worseBy,
} from '../../src/analysis/acceptance.js';
import type { LabelEvent } from '../../src/report/acceptance-types.js';
import { failsPolicy } from '../../src/report/policy.js';
import { acceptItem, labelGrant } from '../report/fixtures-acceptance.js';
import { baseline, comparison, metric, report } from '../report/fixtures.js';
import { regressionReport, summarizerRegressed } from '../report/fixtures-regression.js';

const item = acceptItem;
const grant = labelGrant;

const ev = (id: number, action: LabelEvent['action'], at: string, actor = 'alice'): LabelEvent => ({
  id,
  action,
  actor,
  actorIsBot: false,
  at,
});

describe('failingItems', () => {
  it('lists the metrics that fail the policy, with the change the report shows', () => {
    const items = failingItems(regressionReport());
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      prompt: 'summarizer',
      version: '1.2.0',
      metric: 'quality_score',
      status: 'regressed',
      threshold: 0.1,
    });
    expect(items[0]?.change).toBeCloseTo((0.724 - 0.849) / 0.849, 12);
  });

  it('follows fail-on: degraded metrics fail too under fail-on degraded', () => {
    const r = report('regressed', [summarizerRegressed()]);
    const strict = { ...r, settings: { ...r.settings, fail_on: 'degraded' as const } };
    expect(failingItems(strict).map((i) => i.metric)).toEqual([
      'quality_score',
      'cost_eur',
      'total_tokens',
    ]);
    const never = { ...r, settings: { ...r.settings, fail_on: 'never' as const } };
    expect(failingItems(never)).toEqual([]);
  });

  it('gives the success rate its change in rate points, not relative', () => {
    const c = comparison('bot', '2.0.0', 100, baseline('1.0.0', 100), [
      metric('success', {
        status: 'regressed',
        base: [100, 0.98],
        cand: [100, 0.88],
        p: 1e-4,
        padj: 1e-4,
      }),
    ]);
    expect(failingItems(report('regressed', [c]))[0]?.change).toBeCloseTo(-0.1, 12);
  });

  it('shortens a very long prompt name with a hash, so two long names never match', () => {
    const long = (tail: string): string => `${'p'.repeat(150)}${tail}`;
    const r = report('regressed', [summarizerRegressed(long('a')), summarizerRegressed(long('b'))]);
    const [a, b] = failingItems(r);
    expect(Array.from(a?.prompt ?? '').length).toBeLessThanOrEqual(100);
    expect(a?.prompt).not.toBe(b?.prompt);
  });
});

describe('worseBy and withinTolerance', () => {
  it('turns a change into "how much worse" in the metric\'s direction', () => {
    expect(worseBy(item({ change: -0.2 }))).toBeCloseTo(0.2);
    expect(worseBy(item({ metric: 'latency_ms', change: 0.4 }))).toBeCloseTo(0.4);
    expect(worseBy(item({ metric: 'latency_ms', change: -0.1 }))).toBeCloseTo(-0.1);
    expect(worseBy(item({ change: null }))).toBeNull();
  });

  it('allows the tolerance times the accepted change, and no more', () => {
    const accepted = item({ change: -0.15 });
    // 20 % of 15 % is 3 points: down to -18 % is covered.
    expect(withinTolerance(item({ change: -0.15 }), accepted, 0.2)).toBe(true);
    expect(withinTolerance(item({ change: -0.18 }), accepted, 0.2)).toBe(true);
    expect(withinTolerance(item({ change: -0.1801 }), accepted, 0.2)).toBe(false);
    expect(withinTolerance(item({ change: -0.1 }), accepted, 0.2)).toBe(true);
    expect(withinTolerance(item({ change: -0.1501 }), accepted, 0)).toBe(false);
  });

  it('allows at least the tolerance times the threshold when the accepted change was small', () => {
    const accepted = item({ status: 'degraded', change: -0.03 });
    // max(3 %, threshold 10 %) * 20 % = 2 points: down to -5 %.
    expect(withinTolerance(item({ status: 'degraded', change: -0.05 }), accepted, 0.2)).toBe(true);
    expect(withinTolerance(item({ status: 'degraded', change: -0.051 }), accepted, 0.2)).toBe(
      false,
    );
  });

  it("compares a change with no relative value (a baseline at 0) in the metric's unit", () => {
    const cost = (absolute_change?: number) =>
      item({ metric: 'cost_eur', change: null, threshold: 0.2, ...(absolute_change === undefined ? {} : { absolute_change }) }); // prettier-ignore
    // Accepted at +0.002 per call: +0.0022 is within 20 %, +0.039 is not.
    expect(withinTolerance(cost(0.0022), cost(0.002), 0.2)).toBe(true);
    expect(withinTolerance(cost(0.039), cost(0.002), 0.2)).toBe(false);
    // A record written before absolute changes were kept leaves it to the status, as it did.
    expect(withinTolerance(cost(0.039), cost(), 0.2)).toBe(true);
    // Measured against a baseline at 0 on one side only: not the change that was accepted.
    expect(withinTolerance(item({ change: null }), item(), 0.2)).toBe(false);
    expect(withinTolerance(item(), item({ change: null }), 0.2)).toBe(false);
    // Not tested on both sides, with an estimate or without: the statuses decide.
    const untested = (change: number | null) => item({ status: 'insufficient_data', change });
    expect(withinTolerance(untested(-0.3), untested(null), 0.2)).toBe(true);
  });

  it('keeps the absolute change of a metric with no relative one in the record', () => {
    const report = regressionReport();
    const failOn = report.settings.fail_on;
    const c = report.comparisons.find((x) => failsPolicy(x.status, failOn));
    const m = c!.metrics.find((x) => failsPolicy(x.status, failOn))!;
    const zeroBase = {
      ...report,
      comparisons: [{ ...c!, metrics: [{ ...m, relative_change: null, absolute_change: 0.05 }] }],
    };
    const [failing] = failingItems(zeroBase);
    expect(failing).toMatchObject({ change: null, absolute_change: 0.05 });
  });
});

describe('coverage', () => {
  it('covers the same prompt version and metric within the tolerance', () => {
    const cov = coverage([item({ change: -0.16 })], [grant([item()])], 0.2);
    expect(cov.accepted).toBe(true);
    expect(cov.covered).toEqual([
      { ...item({ change: -0.16 }), accepted_change: -0.147, accepted_by: 'alice' },
    ]);
    expect(cov.not_covered).toEqual([]);
  });

  it('does not cover another prompt, another version or another metric', () => {
    const failing = [
      item({ prompt: 'classifier' }),
      item({ version: '1.3.0' }),
      item({ metric: 'accuracy' }),
    ];
    const cov = coverage(failing, [grant([item()])], 0.2);
    expect(cov.accepted).toBe(false);
    expect(cov.not_covered.map((i) => i.reason)).toEqual([
      'not_accepted',
      'not_accepted',
      'not_accepted',
    ]);
    expect(cov.not_covered.every((i) => i.accepted_change === null)).toBe(true);
  });

  it('does not cover another text logged under the accepted version string', () => {
    const accepted = item({ prompt_hash: '0123456789abcdef' });
    const other = item({ prompt_hash: 'fedcba9876543210', change: -0.15 });
    const cov = coverage([other], [grant([accepted])], 0.2);
    expect(cov.accepted).toBe(false);
    expect(cov.not_covered).toEqual([{ ...other, reason: 'other_text', accepted_change: null }]);
    // The same text is covered; a record written before texts were kept covers as before.
    expect(coverage([{ ...other, prompt_hash: '0123456789abcdef' }], [grant([accepted])], 0.2).accepted).toBe(true); // prettier-ignore
    expect(coverage([other], [grant([item()])], 0.2).accepted).toBe(true);
  });

  it('records the candidate text of each failing metric', () => {
    const r = regressionReport();
    const hashed = r.comparisons.map((c) => ({
      ...c,
      candidate: { ...c.candidate, prompt_hash: '0123456789abcdef' },
    }));
    expect(failingItems({ ...r, comparisons: hashed })[0]?.prompt_hash).toBe('0123456789abcdef');
    expect(failingItems(r)[0]).not.toHaveProperty('prompt_hash');
  });

  it('does not cover the same metric worse by more than the tolerance, and says what was accepted', () => {
    const cov = coverage([item({ change: -0.25 })], [grant([item()])], 0.2);
    expect(cov.accepted).toBe(false);
    expect(cov.not_covered[0]).toMatchObject({
      reason: 'worse_than_accepted',
      accepted_change: -0.147,
    });
  });

  it('does not cover a metric whose status got worse than accepted', () => {
    const accepted = item({ status: 'degraded', change: -0.08 });
    const cov = coverage([item({ status: 'regressed', change: -0.09 })], [grant([accepted])], 0.2);
    expect(cov.not_covered[0]?.reason).toBe('status_worse_than_accepted');
  });

  it('takes any grant that covers; partial coverage is not acceptance', () => {
    const q = item();
    const cost = item({ metric: 'cost_eur', change: 0.3, threshold: 0.2 });
    const partial = coverage([q, cost], [grant([q])], 0.2);
    expect(partial.accepted).toBe(false);
    expect(partial.covered).toHaveLength(1);
    const both = coverage(
      [q, cost],
      [grant([q]), grant([cost], { by: 'bob', via: 'command', ref: 99 })],
      0.2,
    );
    expect(both.accepted).toBe(true);
    expect(both.covered.map((c) => c.accepted_by)).toEqual(['alice', 'bob']);
  });

  it('is not an acceptance when nothing fails', () => {
    expect(coverage([], [grant([item()])], 0.2).accepted).toBe(false);
  });
});

describe('label events', () => {
  const t = (s: number): string => new Date(Date.UTC(2026, 11, 1, 10, 0, s)).toISOString();

  it('knows whether the label is on and which event put it there', () => {
    expect(labelState([])).toEqual({ on: false, lastLabeled: null });
    const on = [ev(1, 'labeled', t(0)), ev(2, 'unlabeled', t(1)), ev(3, 'labeled', t(2))];
    expect(labelState(on)).toEqual({ on: true, lastLabeled: on[2] });
    expect(labelState(on.slice(0, 2)).on).toBe(false);
  });

  it('keeps a label acceptance only while its own event holds the label on', () => {
    const g = grant([item()], { ref: 1, at: t(0) });
    expect(grantsInForce([g], [ev(1, 'labeled', t(0))])).toEqual([g]);
    expect(grantsInForce([g], [ev(1, 'labeled', t(0)), ev(2, 'unlabeled', t(5))])).toEqual([]);
    // Removed and added again: a new acceptance, to be recorded afresh.
    expect(
      grantsInForce(
        [g],
        [ev(1, 'labeled', t(0)), ev(2, 'unlabeled', t(5)), ev(3, 'labeled', t(9))],
      ),
    ).toEqual([]);
  });

  it('keeps a command acceptance until the label is removed after it', () => {
    const g = grant([item()], { via: 'command', ref: 500, at: t(10) });
    expect(grantsInForce([g], [])).toEqual([g]);
    expect(grantsInForce([g], [ev(1, 'labeled', t(0)), ev(2, 'unlabeled', t(5))])).toEqual([g]);
    expect(grantsInForce([g], [ev(1, 'labeled', t(11)), ev(2, 'unlabeled', t(20))])).toEqual([]);
  });
});

describe('what an acceptance covers when it is given', () => {
  const shown = { sha: 'a'.repeat(40), at: '2026-12-01T10:00:00Z', failing: [item()] };
  const now = [item({ version: '1.3.0' })];

  const posted = (iso: string): number => Date.parse(iso);

  it('a label covers what the comment showed when it was added', () => {
    const at = posted('2026-12-01T10:00:20Z');
    expect(labelScope(shown, at, '2026-12-01T10:05:00Z', now, false)).toEqual([item()]);
    expect(labelScope(shown, at, '2026-12-01T10:05:00Z', now, true)).toEqual([item()]);
  });

  it('a report posted after the label is not what was accepted, not even in the label run', () => {
    // Made before the label, but its comment was still being written (a rate-limit wait) when
    // the label was added: the comment showed the report before it, which the record no longer holds.
    const late = posted('2026-12-01T10:06:00Z');
    expect(labelScope(shown, late, '2026-12-01T10:05:00Z', now, true)).toBeNull();
    expect(labelScope(shown, late, '2026-12-01T10:05:00Z', now, false)).toBeNull();
    // A newer push's report that replaced the one the label was given on.
    const at = posted(shown.at);
    expect(labelScope(shown, at, '2026-12-01T09:00:00Z', now, false)).toBeNull();
    expect(labelScope(shown, at, '2026-12-01T09:00:00Z', now, true)).toBeNull();
    expect(labelScope(shown, NaN, '2026-12-01T11:00:00Z', now, true)).toBeNull();
  });

  it('without a comment, the label run takes its own report; a label before any comment, nothing', () => {
    // `comment: never`: the check run is what the label was given on.
    expect(labelScope(null, NaN, '2026-12-01T09:00:00Z', now, true)).toEqual(now);
    expect(labelScope(null, NaN, '2026-12-01T09:00:00Z', now, false)).toBeNull();
    expect(labelScope(null, NaN, '2026-12-01T09:00:00Z', now, false, true)).toEqual([]);
    expect(labelScope(null, NaN, '2026-12-01T09:00:00Z', now, true, true)).toEqual(now);
    expect(
      labelScope(shown, posted(shown.at), '2026-12-01T09:00:00Z', now, false, true),
    ).toBeNull();
  });

  it('a report counts as posted when the comment last changed, unless an acceptance changed it', () => {
    expect(shownPostedAt(shown, [], '2026-12-01T10:01:30Z')).toBe(posted('2026-12-01T10:01:30Z'));
    expect(shownPostedAt(shown, [], undefined)).toBe(posted(shown.at));
    // An edit older than the report is another run's (GitHub's clock): the report's own time.
    expect(shownPostedAt(shown, [], '2026-12-01T09:59:00Z')).toBe(posted(shown.at));
    const since = grant([item()], { via: 'command', ref: 9, at: '2026-12-01T10:02:00Z' });
    expect(shownPostedAt(shown, [since], '2026-12-01T10:02:05Z')).toBe(posted(shown.at));
  });

  it('a command covers the prompts it names, and reports names that fail nothing', () => {
    const failing = [item(), item({ prompt: 'my prompt', metric: 'latency_ms', change: 0.5 })];
    expect(commandScope(failing, []).covers).toEqual(failing);
    expect(commandScope(failing, ['my prompt'])).toEqual({ covers: [failing[1]], unknown: [] });
    const long = 'x'.repeat(150);
    const recorded = failingItems(report('regressed', [summarizerRegressed(long)]));
    expect(commandScope(recorded, [long]).covers).toEqual(recorded);
    expect(commandScope(failing, ['summarizer', 'nope'])).toEqual({
      covers: [failing[0]],
      unknown: ['nope'],
    });
  });

  it('a command may name a prompt as the report shows it, when that names one prompt', () => {
    const odd = [item({ prompt: 'a  b' }), item({ prompt: 'x\ny' }), item({ prompt: 'a b' })];
    // Two spaces show as "a ␠b", a line break as "x␤y": typed back, they name those prompts.
    expect(commandScope(odd, ['a \u2420b', 'x\u2424y']).covers).toEqual([odd[0], odd[1]]);
    // The raw names still do, and "a b" is its own prompt.
    expect(commandScope(odd, ['a  b']).covers).toEqual([odd[0]]);
    expect(commandScope(odd, ['a b']).covers).toEqual([odd[2]]);
    // Two prompts that show alike (invisible characters, both shown as U+FFFD) are named by neither.
    const alike = [item({ prompt: 'a\u200Bb' }), item({ prompt: 'a\u200Cb' })];
    expect(commandScope(alike, ['a\uFFFDb'])).toEqual({ covers: [], unknown: ['a\uFFFDb'] });
    expect(commandScope(alike, ['a\u200Bb']).covers).toEqual([alike[0]]);
  });
});
