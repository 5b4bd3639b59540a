// The pass hands a version's span out only for the very calls its index entries list.
import { describe, expect, it } from 'vitest';
import { Rowids } from '../../src/store/focus-pass.js';

const of = (ids: number[]): Rowids => {
  const r = new Rowids();
  for (const id of ids) r.add(id);
  return r;
};

describe('the rowids the pass met for a version', () => {
  it('match only the same rowids, one for one, past any growth of their array', () => {
    const many = Array.from({ length: 1000 }, (_, i) => 3 * i + 1);
    expect(of(many).equals(Float64Array.from(many))).toBe(true);
    // As many, with the same sum: another set of calls all the same.
    const other = [...many];
    other[10]! -= 1;
    other[500]! += 1;
    expect(of(many).equals(Float64Array.from(other))).toBe(false);
    expect(of(many).equals(Float64Array.from(many.slice(1)))).toBe(false);
    expect(of([]).equals(new Float64Array(0))).toBe(true);
  });
});
