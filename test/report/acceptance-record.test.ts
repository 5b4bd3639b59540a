import { describe, expect, it } from 'vitest';
import {
  decodeRecord,
  encodeRecord,
  findRecord,
  keptInRecord,
  MAX_GRANTS,
  MAX_RECORD_CHARS,
  MAX_RECORDED_ITEMS,
  recordHolds,
  shownTotal,
  recordedName,
  replaceRecordLine,
  type AcceptanceRecord,
} from '../../src/report/acceptance-record.js';
import type { AcceptItem } from '../../src/report/acceptance-types.js';

const item = (prompt: string): AcceptItem => ({
  prompt,
  version: '1.2.0',
  metric: 'quality_score',
  status: 'regressed',
  change: -0.147,
  threshold: 0.1,
});

const record = (prompts: string[]): AcceptanceRecord => ({
  shown: { sha: 'a'.repeat(40), at: '2026-12-01T10:00:00.000Z', failing: prompts.map(item) },
  grants: [
    { by: 'alice', at: '2026-12-01T10:05:00Z', via: 'label', ref: 42, covers: prompts.map(item) },
  ],
});

describe('the acceptance record line', () => {
  it('round-trips through a comment body, found by its key', () => {
    const r = record(['summarizer', 'my <prompt> --> | @you']);
    const body = `<!-- marker -->\n${encodeRecord('default', r)}\nreport`;
    expect(findRecord(body, 'default')).toEqual(r);
    expect(findRecord(body, 'other')).toBeNull();
    // A change with no relative value keeps its absolute one.
    const zero = { ...item('summarizer'), metric: 'cost_eur' as const, change: null, absolute_change: 0.002 }; // prettier-ignore
    const withZero = { ...r, shown: { ...r.shown!, failing: [zero] } };
    expect(findRecord(encodeRecord('default', withZero), 'default')).toEqual(withZero);
  });

  it('keeps store strings out of the HTML: the line is one base64url comment', () => {
    const line = encodeRecord('default', record(['--> <script>', 'a\nb']));
    expect(line).toMatch(
      /^<!-- prompt-versioner-action:accept key=default data=[A-Za-z0-9_-]+ -->$/,
    );
  });

  it('refuses what it did not write: bad JSON, bad logins, unknown metrics, non-numbers', () => {
    const enc = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');
    expect(decodeRecord('not base64 json')).toBeNull();
    expect(decodeRecord(enc({ shown: null, grants: [] }))).toEqual({ shown: null, grants: [] });
    const g = record(['x']).grants[0]!;
    // A grant it cannot read is dropped, and counted; the others stay.
    const bad = [
      { ...g, by: 'a b' },
      { ...g, by: 'jdoe_' },
      { ...g, by: '_acme' },
      { ...g, via: 'magic' },
      { ...g, covers: [{ ...item('x'), metric: 'vibes' }] },
      { ...g, covers: [{ ...item('x'), change: 'big' }] },
    ];
    for (const b of bad)
      expect(decodeRecord(enc({ shown: null, grants: [b, g] }))).toEqual({
        shown: null,
        grants: [g],
        unread: 1,
      });
    expect(
      decodeRecord(enc({ shown: { sha: 'zz', at: 'now', failing: [] }, grants: [] })),
    ).toBeNull();
  });

  it("keeps the logins GitHub gives: an Enterprise Managed User's, an app's, a long one", () => {
    for (const by of ['jdoe_acme', 'j-doe_acme2', 'renovate[bot]', 'a'.repeat(39), 'x-']) {
      const r: AcceptanceRecord = { ...record(['x']), grants: [{ ...record(['x']).grants[0]!, by }] }; // prettier-ignore
      expect(findRecord(encodeRecord('k', r), 'k')).toEqual(r);
    }
  });

  it('caps what it records, so the record never crowds out the report', () => {
    const many = Array.from({ length: 500 }, (_, i) => `${'prompt'.repeat(40)}-${i}`);
    const r: AcceptanceRecord = {
      ...record(many),
      grants: Array.from({ length: 30 }, (_, i) => ({ ...record(many).grants[0]!, ref: i })),
    };
    const line = encodeRecord('k', r);
    expect(line.length).toBeLessThanOrEqual(MAX_RECORD_CHARS);
    const back = findRecord(line, 'k');
    // The newest acceptance is kept, and the lists are cut from the end.
    expect(back?.grants.map((g) => g.ref)).toEqual([29]);
    expect(back?.shown?.failing.length).toBeGreaterThan(0);
    expect(back?.shown?.failing.length).toBeLessThan(MAX_RECORDED_ITEMS);
    expect(back?.shown?.failing[0]?.prompt).toBe(recordedName(many[0]!));
    // It still says how many failed, so that what it dropped is never taken as accepted.
    expect(back && back.shown && shownTotal(back.shown)).toBe(500);
    // A small record keeps every acceptance, up to the cap.
    const small: AcceptanceRecord = {
      shown: null,
      grants: Array.from({ length: 30 }, (_, i) => ({ ...record(['a']).grants[0]!, ref: i })),
    };
    expect(findRecord(encodeRecord('k', small), 'k')?.grants).toHaveLength(MAX_GRANTS);
  });

  it('keeps the acceptances in use when it must drop some: the oldest of the others go first', () => {
    const grantOf = (prompt: string, ref: number) => ({ ...record([prompt]).grants[0]!, ref });
    // summarizer accepted first, then versions of classifier, each replacing the one before.
    const n = MAX_GRANTS;
    const grants = [grantOf('summarizer', 0), ...Array.from({ length: n }, (_, i) => grantOf(`classifier-${i}`, i + 1))]; // prettier-ignore
    const shown = { ...record(['summarizer', `classifier-${n - 1}`]).shown! };
    const back = findRecord(encodeRecord('k', { shown, grants }), 'k');
    expect(back?.grants).toHaveLength(MAX_GRANTS);
    expect(back?.grants.map((g) => g.ref)).toEqual([0, ...Array.from({ length: n - 1 }, (_, i) => i + 2)]); // prettier-ignore
    // Past the line's length, too: the oldest not in use go first.
    const long = (ref: number, prompt: string) => ({ ...grantOf(prompt, ref), covers: Array.from({ length: 14 }, (_, i) => item(`${prompt}-${'x'.repeat(60)}-${i}`)) }); // prettier-ignore
    const big = [long(0, 'summarizer'), long(1, 'old'), long(2, 'older'), long(3, 'classifier')];
    const bigShown = { ...record([]).shown!, failing: [...big[0]!.covers, ...big[3]!.covers] };
    const kept = keptInRecord('k', { shown: bigShown, grants: big });
    expect(kept.map((g) => g.ref)).toEqual([0, 3]);
  });

  it('keeps eleven one-prompt acceptances, as a maintainer gives them one comment each', () => {
    const names = Array.from({ length: 11 }, (_, i) => `p${i + 1}`);
    const grants = names.map((p, i) => ({ ...record([p]).grants[0]!, via: 'command' as const, ref: i })); // prettier-ignore
    const shown = record(names).shown!;
    expect(keptInRecord('default', { shown, grants })).toEqual(grants);
  });

  it('keeps the text an item was accepted for, and only a well-formed one', () => {
    const hashed = { ...item('a'), prompt_hash: '0123456789abcdef' };
    const r: AcceptanceRecord = { shown: null, grants: [{ ...record(['a']).grants[0]!, covers: [hashed] }] }; // prettier-ignore
    expect(findRecord(encodeRecord('k', r), 'k')?.grants[0]?.covers[0]).toEqual(hashed);
    const odd = { ...hashed, prompt_hash: '<b>not a hash</b>' };
    const data = Buffer.from(JSON.stringify({ ...r, grants: [{ ...r.grants[0], covers: [odd] }] })).toString('base64url'); // prettier-ignore
    expect(decodeRecord(data)?.grants[0]?.covers[0]).toEqual(item('a'));
  });

  it('keeps a total only above the metrics it lists', () => {
    const enc = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');
    const shown = record(['a', 'b']).shown!;
    const back = (total: unknown): number | undefined =>
      decodeRecord(enc({ shown: { ...shown, total }, grants: [] }))?.shown?.total;
    expect(back(7)).toBe(7);
    expect(back(1)).toBeUndefined();
    expect(back('7')).toBeUndefined();
    expect(shownTotal(shown)).toBe(shown.failing.length);
  });

  it('is replaced in place, or added under the marker line', () => {
    const line = encodeRecord('k', record(['a']));
    const body = '<!-- marker -->\nreport';
    const added = replaceRecordLine(body, 'k', line);
    expect(added).toBe(`<!-- marker -->\n${line}\nreport`);
    const newer = encodeRecord('k', record(['b']));
    expect(replaceRecordLine(added, 'k', newer)).toBe(`<!-- marker -->\n${newer}\nreport`);
  });
});

describe('what a record holds', () => {
  it('keeps every item of a short list, and fewer past 60 or with long names', () => {
    const names = (n: number, len: number) =>
      Array.from({ length: n }, (_, i) => `${i}`.padEnd(len, 'x')).map(item);
    const both = (n: number, len: number) => recordHolds(names(n, len), names(n, len));
    expect(both(5, 10)).toBe(5);
    expect(both(20, 10)).toBe(20);
    // Past MAX_RECORD_CHARS the lists are halved, the shown one first: what is left of the
    // acceptance's list is what it may cover, and less than asked means none of it.
    expect(both(MAX_RECORDED_ITEMS, 10)).toBe(MAX_RECORDED_ITEMS);
    expect(recordHolds([], names(MAX_RECORDED_ITEMS, 10))).toBe(MAX_RECORDED_ITEMS);
    expect(recordHolds([], names(MAX_RECORDED_ITEMS + 1, 10))).toBe(MAX_RECORDED_ITEMS);
    const long = both(50, 100);
    expect(long).toBeLessThan(50);
    expect(long).toBeGreaterThan(0);
  });

  it('keeps when a comment already showed a report, through the record', () => {
    const r = record(['summarizer']);
    const posted = { ...r, shown: { ...r.shown!, posted: '2026-12-01T10:00:03.000Z' } };
    expect(findRecord(encodeRecord('default', posted), 'default')?.shown?.posted).toBe(
      '2026-12-01T10:00:03.000Z',
    );
    expect(findRecord(encodeRecord('default', r), 'default')?.shown?.posted).toBeUndefined();
  });
});
