import { describe, expect, it } from 'vitest';
import { alignColumns, wrap } from '../../src/render/columns.js';

describe('alignColumns', () => {
  it('pads ASCII cells to the widest, right-aligned where asked', () => {
    expect(
      alignColumns(
        [
          ['a', '1'],
          ['long name', '123'],
        ],
        ['left', 'right'],
      ),
    ).toEqual(['a            1', 'long name  123']);
  });

  it('counts wide characters as two cells, combining marks as none, colour codes as none', () => {
    const lines = alignColumns(
      [
        ['要約', 'x'],
        ['e\u0301te', 'y'],
        ['\u001b[31mred\u001b[0m', 'z'],
        ['abcd', 'w'],
      ],
      ['left', 'left'],
    );
    expect(lines).toEqual(['要約  x', 'e\u0301te   y', '\u001b[31mred\u001b[0m   z', 'abcd  w']);
  });
});

describe('wrap', () => {
  it('breaks ASCII prose before a word that would pass the width', () => {
    expect(wrap('aaa bbb ccc ddd', 8, '- ', '  ')).toEqual(['- aaa', '  bbb', '  ccc', '  ddd']);
    expect(wrap('aa bb cc', 8)).toEqual(['aa bb cc']);
    // Every space counts: three words of 2 take 8 cells, one more than a 7-cell line.
    expect(wrap('aa bb cc', 7)).toEqual(['aa bb', 'cc']);
    expect(wrap('aa bb cc', 7, '>>')).toEqual(['>>aa bb', '>>cc']);
  });

  it('measures wide words by their cells, not their length', () => {
    // Four wide characters take eight cells: with "ab " before them, a 10-cell line is full.
    expect(wrap('ab 要約要約 cd', 10)).toEqual(['ab', '要約要約', 'cd']);
    expect(wrap('ab 要約 cd', 10)).toEqual(['ab 要約 cd']);
  });

  it('keeps a number with its unit and a word longer than the line whole', () => {
    expect(wrap('latency 412 ms slower', 10)).toEqual(['latency', '412 ms', 'slower']);
    expect(wrap('abcdefghijkl x', 5)).toEqual(['abcdefghijkl', 'x']);
  });
});
