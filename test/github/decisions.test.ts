import { describe, expect, it } from 'vitest';
import { newestOf, planDedupe, selectOurs, type Ours } from '../../src/github/dedupe.js';
import {
  buildCommentMarker,
  buildHealthMarker,
  parseMarkerLine,
  type Marker,
} from '../../src/github/markers.js';
import { decideIssueAction } from '../../src/github/tracking.js';
import { CHECK_SUMMARY_LIMIT } from '../../src/format/limits.js';
import { trimWithNote } from '../../src/github/trim.js';

const SHA = 'abcdef0';
const cm = (run: number, key = 'k', attempt = 1): string =>
  `${buildCommentMarker({ key, sha: SHA, run, attempt })}\nbody ${run}.${attempt}`;
const hm = (run: number, alerts = 'a'): Marker =>
  parseMarkerLine(buildHealthMarker({ key: 'k', sha: SHA, run, attempt: 1, alerts }))!;
const ours = (id: number, marker: Marker): Ours => ({ id, body: `b${id}`, marker });

describe('selectOurs', () => {
  it('keeps only our author and our key, sorted by id', () => {
    const items = [
      { id: 9, body: cm(1), login: 'me', bot: false },
      { id: 3, body: cm(2), login: 'me', bot: false },
      { id: 4, body: cm(3), login: 'mallory', bot: false },
      { id: 2, body: cm(3), login: 'github-actions[bot]', bot: true },
      { id: 5, body: cm(4, 'other'), login: 'me', bot: false },
      { id: 6, body: 'no marker', login: 'me', bot: false },
      { id: 7, body: null, login: 'me', bot: false },
      { id: 8, body: cm(5), login: undefined, bot: false },
    ];
    const got = selectOurs(items, { kind: 'comment', key: 'k', login: 'me' });
    expect(got.map((o) => o.id)).toEqual([3, 9]);
  });

  it('with the login unknown, takes one bot author: the Actions bot, else the oldest', () => {
    const app = (id: number, login = 'my-app[bot]') => ({ id, body: cm(id), login, bot: true });
    const human = { id: 1, body: cm(1), login: 'mallory', bot: false };
    const pick = (items: Parameters<typeof selectOurs>[0]): number[] =>
      selectOurs(items, { kind: 'comment', key: 'k', login: null }).map((o) => o.id);
    expect(pick([human])).toEqual([]);
    expect(pick([human, app(4), app(2)])).toEqual([2, 4]);
    expect(pick([app(2), app(3, 'other-app[bot]'), app(5)])).toEqual([2, 5]);
    expect(pick([app(2), app(3, 'github-actions[bot]'), app(5)])).toEqual([3]);
    // Not a marker of ours: not a reason to pick its author.
    expect(pick([{ ...app(2), body: cm(2, 'other') }, app(3, 'other-app[bot]')])).toEqual([3]);
  });
});

describe('planDedupe', () => {
  it('keeps the oldest and carries the newest body onto it', () => {
    const plan = planDedupe([
      { id: 20, body: cm(6), marker: parseMarkerLine(cm(6).split('\n')[0]!)! },
      { id: 10, body: cm(5), marker: parseMarkerLine(cm(5).split('\n')[0]!)! },
      { id: 30, body: cm(4), marker: parseMarkerLine(cm(4).split('\n')[0]!)! },
    ])!;
    expect(plan.keep.id).toBe(10);
    expect(plan.newest.id).toBe(20);
    expect(plan.updateKeep).toBe(true);
    expect(plan.remove).toEqual([20, 30]);
  });

  it('needs no update when the oldest is already the newest report', () => {
    const plan = planDedupe([ours(1, hm(9)), ours(2, hm(3))])!;
    expect(plan.updateKeep).toBe(false);
    expect(plan.remove).toEqual([2]);
  });

  it('breaks a tie between equal runs by the later post', () => {
    expect(newestOf([ours(1, hm(4)), ours(2, hm(4))])?.id).toBe(2);
    expect(planDedupe([])).toBeNull();
  });
});

describe('decideIssueAction', () => {
  it('creates when unhealthy and nothing is open; does nothing when healthy', () => {
    expect(decideIssueAction([], hm(1), true).decision).toEqual({ action: 'create' });
    expect(decideIssueAction([], hm(1), false).decision).toEqual({ action: 'none' });
  });

  it('opens only on a confirmed alert, and keeps an open issue on any alert (hysteresis)', () => {
    expect(decideIssueAction([], hm(1), true, false).decision).toEqual({ action: 'none' });
    expect(decideIssueAction([], hm(1), true, true).decision).toEqual({ action: 'create' });
    expect(decideIssueAction([ours(4, hm(1, 'a'))], hm(2, 'a'), true, false).decision).toEqual({
      action: 'update',
      issue: 4,
      alertsChanged: false,
    });
    expect(decideIssueAction([ours(4, hm(1, 'a'))], hm(2, 'a'), false, false).decision).toEqual({
      action: 'close',
      issue: 4,
    });
  });

  it('updates, and comments only when the alerts changed', () => {
    expect(decideIssueAction([ours(4, hm(1, 'a'))], hm(2, 'a'), true).decision).toEqual({
      action: 'update',
      issue: 4,
      alertsChanged: false,
    });
    expect(decideIssueAction([ours(4, hm(1, 'a'))], hm(2, 'b'), true).decision).toMatchObject({
      alertsChanged: true,
    });
  });

  it('closes when healthy again', () => {
    expect(decideIssueAction([ours(4, hm(1))], hm(2), false).decision).toEqual({
      action: 'close',
      issue: 4,
    });
  });

  it('never lets an older run change what a newer run wrote', () => {
    const plan = decideIssueAction([ours(4, hm(7))], hm(6), false);
    expect(plan.decision.action).toBe('skip');
    expect(decideIssueAction([ours(4, hm(7))], hm(6), true).decision.action).toBe('skip');
  });

  it('plans the clean-up of duplicates from a race, keeping the newest report', () => {
    const plan = decideIssueAction([ours(5, hm(2, 'x')), ours(4, hm(1, 'x'))], hm(3, 'x'), true);
    expect(plan.dedupe?.keep.id).toBe(5);
    expect(plan.dedupe?.remove).toEqual([4]);
    expect(plan.decision).toEqual({ action: 'update', issue: 5, alertsChanged: false });
    // An old issue someone reopened (to compare incidents) does not take over the current one.
    const reopened = decideIssueAction([ours(1, hm(5, 'x')), ours(9, hm(40, 'x'))], hm(41, 'x'), true); // prettier-ignore
    expect(reopened.dedupe).toMatchObject({ keep: { id: 9 }, remove: [1] });
    expect(reopened.decision).toMatchObject({ action: 'update', issue: 9 });
  });
});

describe('trimWithNote', () => {
  it('leaves short text alone', () => {
    expect(trimWithNote('short', 10)).toBe('short');
  });

  it('trims to the limit with a visible note', () => {
    const out = trimWithNote('x'.repeat(70_000), CHECK_SUMMARY_LIMIT);
    expect(out.length).toBeLessThanOrEqual(CHECK_SUMMARY_LIMIT);
    expect(out).toMatch(/truncated by prompt-versioner-action: \d+ characters omitted/);
    expect(out.startsWith('xxxx')).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    const text = '😀'.repeat(40_000);
    const out = trimWithNote(text, CHECK_SUMMARY_LIMIT);
    const kept = out.slice(0, out.indexOf('\n\n…'));
    expect(kept.length % 2).toBe(0);
    expect(kept).toBe('😀'.repeat(kept.length / 2));
  });
});
