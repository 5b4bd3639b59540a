// The settings each mode depends on, checked once the mode is known: errors that name the input
// and the fix, and warnings (as data) for inputs the mode ignores.
import { describe, expect, it } from 'vitest';
import { MODES, parseConfig, type Mode } from '../../src/config/config.js';
import { checkModeSettings, workflowFile } from '../../src/config/mode-settings.js';
import { ConfigError, inputName } from '../../src/config/parse.js';

const config = (inputs: Record<string, string>) => parseConfig((n) => inputs[n], inputName);
const COMPARE = { prompt: 'summarizer', candidate: '1.2.0' };

describe('checkModeSettings', () => {
  it.each<[string, Mode, Record<string, string>, RegExp]>([
    ['a baseline artifact without its workflow', 'pr-check', { 'baseline-artifact': 'store' }, /^input 'baseline-artifact' needs input 'baseline-workflow' \(the workflow file that uploads it, e\.g\. eval\.yml\)\.$/], // prettier-ignore
    ['two baselines', 'pr-check', { 'baseline-artifact': 'a', 'baseline-store': 'b.sqlite', 'baseline-workflow': 'e.yml' }, /inputs 'baseline-store' and 'baseline-artifact' both name/], // prettier-ignore
    ['a baseline workflow without an artifact', 'pr-check', { 'baseline-workflow': 'eval.yml' }, /input 'baseline-workflow' is set but input 'baseline-artifact' is not/], // prettier-ignore
    ['a baseline branch without an artifact', 'pr-check', { 'baseline-branch': 'main' }, /input 'baseline-branch' is set but input 'baseline-artifact' is not/], // prettier-ignore
    ['a workflow that is no workflow file', 'pr-check', { 'baseline-artifact': 'a', 'baseline-workflow': 'eval' }, /Invalid input 'baseline-workflow' 'eval': expected a workflow file name/], // prettier-ignore
    ['compare without a candidate', 'compare', { prompt: 'summarizer' }, /^mode compare needs input 'prompt' \(the prompt name\) and input 'candidate'/], // prettier-ignore
    ['compare without a prompt', 'compare', { candidate: '1.2.0' }, /^mode compare needs input 'prompt'/], // prettier-ignore
  ])('refuses %s', (_, mode, inputs, message) => {
    expect(() => checkModeSettings(mode, config(inputs))).toThrow(ConfigError);
    expect(() => checkModeSettings(mode, config(inputs))).toThrow(message);
  });

  it.each<[string, Mode, Record<string, string>, string[]]>([
    ['pr-check with a baseline artifact', 'pr-check', { 'baseline-artifact': 'a', 'baseline-workflow': '.github/workflows/eval.yml' }, []], // prettier-ignore
    ['compare with its versions', 'compare', COMPARE, []],
    ['compare with a baseline store', 'compare', { ...COMPARE, 'baseline-store': 'old.sqlite' }, ["input 'baseline-store' is not used by mode compare: it compares two versions in one store (input 'store' or 'store-artifact')."]], // prettier-ignore
    ['compare with both baseline inputs', 'compare', { ...COMPARE, 'baseline-store': 'b', 'baseline-artifact': 'a' }, ["input 'baseline-store' is not used by mode compare: it compares two versions in one store (input 'store' or 'store-artifact').", "input 'baseline-artifact' is not used by mode compare: it compares two versions in one store (input 'store' or 'store-artifact')."]], // prettier-ignore
  ])('accepts %s, with these warnings', (_, mode, inputs, warnings) => {
    expect(checkModeSettings(mode, config(inputs))).toEqual(warnings);
  });

  it.each<Mode>(['pr-check', 'health', 'relay', 'command'])(
    'warns in mode %s about each comparison input it ignores',
    (mode) => {
      const inputs = { ...COMPARE, baseline: '1.1.0', 'pr-number': '12' };
      expect(checkModeSettings(mode, config(inputs))).toEqual(
        ['prompt', 'candidate', 'baseline', 'pr-number'].map(
          (input) =>
            `input '${input}' is not used by mode ${mode}: only mode compare reads it (set input 'mode' to compare to compare two versions).`,
        ),
      );
    },
  );

  it('asks nothing more of the other modes', () => {
    for (const mode of MODES.filter((m) => m !== 'pr-check' && m !== 'compare'))
      expect(checkModeSettings(mode, config({}))).toEqual([]);
  });

  it("warns of the health report's inputs on another mode, and of publish artifact outside pr-check", () => {
    const health = { window: '7d', history: '28d', 'daily-budget': '25' };
    expect(checkModeSettings('pr-check', config(health))).toEqual([
      "input 'window' is not used by mode pr-check: only the health report reads it (mode health, or auto on schedule).",
      "input 'daily-budget' is not used by mode pr-check: only the health report reads it (mode health, or auto on schedule).",
    ]);
    expect(checkModeSettings('health', config(health))).toEqual([]);
    expect(checkModeSettings('health', config({ publish: 'artifact' }))).toEqual([
      "input 'publish' is artifact, which only mode pr-check on a pull request reads: mode health publishes as usual, and uploads no report artifact.",
    ]);
    expect(checkModeSettings('pr-check', config({ publish: 'artifact' }))).toEqual([]);
    // A comparison's baseline inputs: the health report has none to shape.
    const paired = { 'pair-by': 'case_id', 'baseline-samples': 'fresh' };
    expect(checkModeSettings('health', config(paired))).toEqual([
      "input 'pair-by' is not used by mode health: it shapes a comparison's baseline (mode pr-check or compare), while the health report judges each live version's window against its own history.",
      "input 'baseline-samples' is not used by mode health: it shapes a comparison's baseline (mode pr-check or compare), while the health report judges each live version's window against its own history.",
    ]);
    expect(checkModeSettings('pr-check', config(paired))).toEqual([]);
    // The command and relay workflows read neither.
    for (const mode of ['command', 'relay'] as const)
      expect(checkModeSettings(mode, config({ ...health, publish: 'artifact' }))).toEqual([
        `input 'window' is not used by mode ${mode}: only the health report reads it (mode health, or auto on schedule).`,
        `input 'daily-budget' is not used by mode ${mode}: only the health report reads it (mode health, or auto on schedule).`,
        `input 'publish' is artifact, which only mode pr-check on a pull request reads: mode ${mode} publishes as usual, and uploads no report artifact.`,
      ]);
  });
});

describe('workflowFile', () => {
  it.each([
    ['eval.yml', 'eval.yml'],
    ['.github/workflows/eval.yaml', 'eval.yaml'],
    ['.github\\workflows\\eval.yml', 'eval.yml'],
    ['.github/workflows/eval.yml/', 'eval.yml'],
  ])('takes %s as %s', (value, file) => {
    expect(workflowFile(value)).toBe(file);
  });
  it.each(['eval', 'eval.json', '', 'a b.yml'])('refuses %j', (value) => {
    expect(() => workflowFile(value)).toThrow(/expected a workflow file name such as eval\.yml/);
  });
});
