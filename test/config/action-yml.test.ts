import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { OUTPUTS } from '../../src/action/outputs.js';
import { INPUTS } from '../../src/config/inputs.js';

interface ActionYml {
  description: string;
  runs: { using: string; main: string };
  inputs: Record<string, { default?: string; description: string }>;
  outputs: Record<string, { description: string }>;
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionYml;

describe('action.yml', () => {
  it('has a description the Marketplace accepts (under 125 characters)', () => {
    expect(action.description.length).toBeLessThan(125);
    expect(action.description).toMatch(/^Statistical checks of prompt changes/);
  });
  it('runs dist/index.js on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
  it('declares exactly the settings of src/config/inputs.ts, with the same defaults', () => {
    expect(Object.keys(action.inputs)).toEqual(INPUTS.map((i) => i.name));
    for (const i of INPUTS) {
      expect(action.inputs[i.name]?.default, i.name).toBe(i.default);
      expect(action.inputs[i.name]?.description, i.name).toBe(i.description);
    }
  });
  it('declares the outputs DESIGN.md promises', () => {
    expect(Object.keys(action.outputs)).toEqual(
      expect.arrayContaining(['verdict', 'regressions', 'report-path']),
    );
  });
  it('declares exactly the outputs of src/action/outputs.ts, in the same order', () => {
    expect(Object.keys(action.outputs)).toEqual([...OUTPUTS]);
  });
});
