// Inputs the workflow set to '' that have a default: said, not silently defaulted.
import { describe, expect, it } from 'vitest';
import { emptyInputWarnings } from '../../src/action/inputs.js';

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
