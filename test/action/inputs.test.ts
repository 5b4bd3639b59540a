// Inputs the workflow set to '' that have a default: said, not silently defaulted.
import { describe, expect, it } from 'vitest';
import { emptyInputWarnings, readConfig } from '../../src/action/inputs.js';

describe('emptyInputWarnings', () => {
  it("names each input with a default that was set to '', as an unset variable gives", () => {
    const env = {
      INPUT_ALPHA: '',
      'INPUT_MAX-QUALITY-DROP': '  ',
      'INPUT_MIN-SAMPLES': '20',
      // '' means something of its own here: no check run; an empty token is refused elsewhere.
      'INPUT_CHECK-NAME': '',
      'INPUT_GITHUB-TOKEN': '',
      // No default: '' is the same as not given.
      INPUT_PROMPT: '',
    };
    expect(emptyInputWarnings(env)).toEqual([
      `input 'alpha' is empty (an unset variable or secret?): its default "0.05" applies. Give it a value, or leave it out of 'with:'.`,
      `input 'max-quality-drop' is empty (an unset variable or secret?): its default "10%" applies. Give it a value, or leave it out of 'with:'.`,
    ]);
    expect(emptyInputWarnings({})).toEqual([]);
  });
});

describe('prompt and version names with spaces at their ends', () => {
  // GitHub trims every input (core.getInput does too): such a name is given as a JSON string.
  function withInputs<T>(inputs: Record<string, string>, read: () => T): T {
    const before = { ...process.env };
    try {
      for (const [name, value] of Object.entries(inputs))
        process.env[`INPUT_${name.toUpperCase()}`] = value;
      return read();
    } finally {
      for (const name of Object.keys(inputs)) {
        const key = `INPUT_${name.toUpperCase()}`;
        if (before[key] === undefined) delete process.env[key];
        else process.env[key] = before[key];
      }
    }
  }

  it('takes a JSON string as the exact name, and any other value as it is (trimmed)', () => {
    const config = withInputs(
      { prompt: ' " summarizer" ', candidate: '"1.1.0 "', baseline: ' 1.0.0 ' },
      readConfig,
    );
    expect([config.prompt, config.candidate, config.baseline]).toEqual([' summarizer', '1.1.0 ', '1.0.0']); // prettier-ignore
    expect(withInputs({ prompt: 'say "hi"' }, readConfig).prompt).toBe('say "hi"');
    expect(withInputs({ prompt: '"\\"quoted\\" name"' }, readConfig).prompt).toBe('"quoted" name');
  });

  it('refuses a value that starts with a quote but is not a JSON string of a name, saying how', () => {
    for (const value of ['"summarizer', '""', '"a" "b"'])
      expect(() => withInputs({ prompt: value }, readConfig)).toThrow(
        `input 'prompt' starts with a double quote but is not a JSON string holding a name (${JSON.stringify(value)}): a name with spaces at its ends is written as one, prompt: '" summarizer"'; a name that itself starts with a quote, as "\\"quoted\\" name".`,
      );
  });
});
