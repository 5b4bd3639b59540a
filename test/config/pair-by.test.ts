import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/config.js';
import { inputName, optionName } from '../../src/config/parse.js';

const parse = (inputs: Record<string, string>, namer = inputName) =>
  parseConfig((n) => inputs[n], namer);

describe('pair-by', () => {
  it('is off by default and takes a key literally, trimmed', () => {
    expect(parse({}).analysis.pairBy).toBeNull();
    expect(parse({ 'pair-by': ' case_id ' }).analysis.pairBy).toBe('case_id');
    expect(parse({ 'pair-by': 'case.id' }).analysis.pairBy).toBe('case.id');
    expect(parse({ 'pair-by': 'test case' }).analysis.pairBy).toBe('test case');
  });

  it('refuses what cannot name a key, in one line naming the option', () => {
    for (const bad of ['a"b', 'a\\b', 'a\u0007b', 'x'.repeat(201)]) {
      expect(() => parse({ 'pair-by': bad })).toThrow(
        /^Invalid input 'pair-by' '[^\n]*': expected one metadata key/,
      );
    }
    expect(() => parse({ 'pair-by': 'a"b' }, optionName)).toThrow(/^Invalid --pair-by/);
  });
});
