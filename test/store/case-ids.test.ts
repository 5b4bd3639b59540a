import { describe, expect, it } from 'vitest';
import type { RowSpec } from '../../scripts/store-writer.mjs';
import { MAX_METADATA } from '../../src/store/case-ids.js';
import type { Samples } from '../../src/store/types.js';
import { open, rowsSpec } from './helpers.js';

const at = (i: number): string => `2026-11-01T08:${String(i).padStart(2, '0')}:00Z`;

// Metadata as users and hostile stores write it; the expected case id is its JSON text.
const ROWS: [string | null, number | null, string | null][] = [
  ['{"case_id": "a"}', 0.1, '"a"'],
  ['{"case_id": "a", "other": 1}', 0.2, '"a"'],
  ['{"case_id": 7}', 0.3, '7'],
  ['{"case_id": "7"}', 0.4, '"7"'],
  ['{"case_id": null}', 0.5, null],
  ['{"other": "a"}', 0.6, null],
  ['not json {', 0.7, null],
  [null, 0.8, null],
  ['["case_id"]', 0.9, null],
  ['{"case_id": {"set": 1, "n": 2}}', 1.0, '{"set":1,"n":2}'],
  ['{"case_id": "b"}', null, '"b"'],
  // Python's json.dumps writes a float NaN or infinity as NaN and Infinity.
  ['{"score": NaN, "case_id": "c", "t": Infinity}', 0.11, '"c"'],
];

function caseOf(s: Samples): (string | null)[] {
  const codes = s.cases?.codes.quality_score ?? new Int32Array();
  return [...codes].map((c) => (c < 0 ? null : (s.cases?.ids[c] ?? 'missing')));
}

/** A store of one version whose calls are ROWS, in order. */
const openRows = () =>
  open(
    rowsSpec(
      ROWS.map(([metadata, q], i): RowSpec => ({ timestamp: at(i), metadata, quality_score: q })),
    ),
  );

describe('samples() with a case key', () => {
  it('keeps two long case ids that differ only past the characters kept apart', async () => {
    // A case named by its whole input: a shared 1,200-character context, then the question.
    const context = 'x'.repeat(1200);
    const rows = ['q1', 'q2', 'q1'].map((q, i): RowSpec => ({
      timestamp: at(i),
      metadata: JSON.stringify({ case_id: `${context} ${q}` }),
      quality_score: 0.5,
    }));
    const store = await open(rowsSpec(rows));
    const s = store.samples({ versionId: 1, metrics: ['quality_score'], caseKey: 'case_id' });
    expect(s.cases?.ids).toHaveLength(2);
    expect([...(s.cases?.codes.quality_score ?? [])]).toEqual([0, 1, 0]);
    expect(s.cases?.ids[0]).toMatch(/^"x{999}… \(sha256 [0-9a-f]{16}\)$/);
    store.close();
  });

  it("reads each value's case id from metadata, treating bad metadata as none", async () => {
    const store = await openRows();
    const s = store.samples({ versionId: 1, metrics: ['quality_score'], caseKey: 'case_id' });
    const values = [...(s.values.quality_score ?? [])];
    const expected = ROWS.filter(([, q]) => q !== null);
    expect(values).toEqual(expected.map(([, q]) => q));
    expect(caseOf(s)).toEqual(expected.map(([, , id]) => id));
    // Rows, not values: the call without a quality score still has its case.
    expect(s.cases?.withoutKey).toBe(5);
    expect(s.cases?.ids).toContain('"b"');
    store.close();
  });

  it('says what the metadata holds when no call has the key, and only then', async () => {
    const store = await openRows();
    const read = (caseKey: string) =>
      store.samples({ versionId: 1, metrics: ['quality_score'], caseKey }).cases?.hint;
    // Most common key first; "not json {" and the array are not JSON objects.
    expect(read('case')).toEqual({ keys: ['case_id', 'other', 'score', 't'], unusable: 2 });
    expect(read('case_id')).toBeUndefined();
    store.close();
  });

  it('takes the key literally (dots, spaces) and reads nothing without one', async () => {
    const rows: RowSpec[] = [
      { timestamp: at(0), metadata: '{"case.id": "x", "case": {"id": "y"}}', quality_score: 1 },
      { timestamp: at(1), metadata: '{"my case": 3}', quality_score: 2 },
    ];
    const store = await open(rowsSpec(rows));
    const dotted = store.samples({ versionId: 1, metrics: ['quality_score'], caseKey: 'case.id' });
    expect(caseOf(dotted)).toEqual(['"x"', null]);
    const spaced = store.samples({ versionId: 1, metrics: ['quality_score'], caseKey: 'my case' });
    expect(caseOf(spaced)).toEqual([null, '3']);
    expect(store.samples({ versionId: 1, metrics: ['quality_score'] }).cases).toBeUndefined();
    expect(() =>
      store.samples({ versionId: 1, metrics: ['quality_score'], caseKey: 'a"b' }),
    ).toThrow(RangeError);
    store.close();
  });

  it('counts the calls whose metadata is too long to read, and leaves them out of withCaseOnly', async () => {
    // A harness that also logs the model's whole answer in the metadata.
    const long = JSON.stringify({ case_id: 'a', answer: 'x'.repeat(MAX_METADATA) });
    const rows: RowSpec[] = [
      { timestamp: at(0), metadata: long, quality_score: 0.1 },
      { timestamp: at(1), metadata: '{"case_id": "b"}', quality_score: 0.2 },
      { timestamp: at(2), metadata: null, quality_score: 0.3 },
    ];
    const store = await open(rowsSpec(rows));
    const s = store.samples({ versionId: 1, metrics: ['quality_score'], caseKey: 'case_id' });
    expect(caseOf(s)).toEqual([null, '"b"', null]);
    expect(s.cases).toMatchObject({ withoutKey: 2, tooLong: 1 });
    const keyed = store.samples({
      versionId: 1,
      metrics: ['quality_score'],
      caseKey: 'case_id',
      withCaseOnly: true,
    });
    expect(keyed.rows).toBe(1);
    expect(caseOf(keyed)).toEqual(['"b"']);
    store.close();
  });

  it('keeps case ids aligned when no metric is asked for', async () => {
    const store = await open(rowsSpec([{ timestamp: at(0), metadata: '{"k": 1}' }]));
    const s = store.samples({ versionId: 1, metrics: [], caseKey: 'k' });
    expect(s.rows).toBe(1);
    expect(s.cases).toMatchObject({ ids: ['1'], withoutKey: 0 });
    store.close();
  });
});
