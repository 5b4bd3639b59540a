import { describe, expect, it } from 'vitest';
import {
  BASELINE_SAMPLES,
  COMMENT_MODES,
  MODES,
  PUBLISH_TARGETS,
  parseConfig,
  type Config,
} from '../../src/config/config.js';
import { readConfig } from '../../src/action/inputs.js';
import { CORRECTIONS, FAIL_ON_LEVELS } from '../../src/report/types.js';
import {
  ConfigError,
  inputName,
  optionName,
  parseDuration,
  parseInstantInput,
} from '../../src/config/parse.js';

const parse = (inputs: Record<string, string>, namer = inputName) =>
  parseConfig((n) => inputs[n], namer);

function refusal(inputs: Record<string, string>): ConfigError {
  let error: unknown;
  try {
    parse(inputs);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

describe('parseConfig', () => {
  it('takes the documented default of every input left empty', () => {
    const config = parse({ 'comment-key': '  ', alpha: '' });
    expect(config).toMatchObject({ commentKey: 'default', issueLabel: 'prompt-health' });
    expect(config.analysis.alpha).toBe(0.05);
  });

  it("takes mode publish, the relay's older name, as relay", () => {
    expect(parse({ mode: 'publish' }).mode).toBe('relay');
    expect(parse({ mode: 'relay' }).mode).toBe('relay');
    // Any case, as every other mode.
    expect(parse({ mode: 'Publish' }).mode).toBe('relay');
  });

  it('accepts a comment-key of 1 to 64 letters, digits, dots, underscores and hyphens', () => {
    expect(parse({ 'comment-key': 'pr-check.v2_a' }).commentKey).toBe('pr-check.v2_a');
    expect(parse({ 'comment-key': 'x'.repeat(64) }).commentKey).toHaveLength(64);
  });

  it('refuses any other comment-key, naming the input', () => {
    expect(refusal({ 'comment-key': 'has space' }).message).toBe(
      "Invalid input 'comment-key' 'has space': expected 1 to 64 letters, digits, '.', '_' or '-'.",
    );
    for (const bad of ['x'.repeat(65), 'a-->b', 'ключ'])
      expect(refusal({ 'comment-key': bad }).message).toMatch(/^Invalid input 'comment-key'/);
    expect(() => parse({ 'comment-key': 'a b' }, optionName)).toThrow(/^Invalid --comment-key/);
  });

  it('refuses an issue-label with a comma before anything runs', () => {
    expect(parse({ 'issue-label': 'prompt health' }).issueLabel).toBe('prompt health');
    expect(refusal({ 'issue-label': 'a,b' }).message).toMatch(
      /^Invalid input 'issue-label' 'a,b': expected one label name, without commas/,
    );
  });

  it('takes fail-on untested, and lists it among the levels when refusing another', () => {
    expect(parse({ 'fail-on': 'untested' }).failOn).toBe('untested');
    expect(parse({}).failOn).toBeNull();
    expect(refusal({ 'fail-on': 'always' }).message).toBe(
      "Invalid input 'fail-on' 'always': expected one of regressed, degraded, inconclusive, untested, never.",
    );
  });

  it('reads the accept label and tolerance, and refuses a label list or a bare number', () => {
    expect(parse({})).toMatchObject({
      acceptLabel: 'prompt-regression-accepted',
      acceptTolerance: 0.2,
    });
    expect(parse({ 'accept-label': 'ok: slower', 'accept-tolerance': '0%' })).toMatchObject({
      acceptLabel: 'ok: slower',
      acceptTolerance: 0,
    });
    expect(refusal({ 'accept-label': 'a,b' }).message).toMatch(
      /^Invalid input 'accept-label' 'a,b': expected one label name/,
    );
    expect(refusal({ 'accept-tolerance': '0.2' }).message).toMatch(
      /^Invalid input 'accept-tolerance' '0.2': expected a percentage/,
    );
  });

  // Each vocabulary is one list: the parser accepts exactly its values and names them all.
  const vocabularies: [string, readonly string[], (c: Config) => unknown][] = [
    ['mode', ['auto', ...MODES], (c) => c.mode],
    ['fail-on', FAIL_ON_LEVELS, (c) => c.failOn],
    ['correction', CORRECTIONS, (c) => c.analysis.correction],
    ['baseline-samples', BASELINE_SAMPLES, (c) => c.analysis.baselineSamples],
    ['comment', COMMENT_MODES, (c) => c.comment],
    ['publish', PUBLISH_TARGETS, (c) => c.publish],
  ];
  it.each(vocabularies)(
    'accepts every value of %s from its list, and only those',
    (name, values, read) => {
      for (const v of values) expect(read(parse({ [name]: v.toUpperCase() })), v).toBe(v);
      expect(refusal({ [name]: 'nonsense' }).message).toBe(
        `Invalid input '${name}' 'nonsense': expected one of ${values.join(', ')}.`,
      );
    },
  );
});

describe('baseline-max-samples', () => {
  it('refuses a cap below min-samples, which would leave every baseline untested', () => {
    expect(() => parse({ 'baseline-max-samples': '29' })).toThrow(
      "input 'baseline-max-samples' 29 is below input 'min-samples' 30: no baseline could then be tested. Raise it to at least 30, leave it out (its default, 1000, rises with the minimum), or lower the minimum.",
    );
    expect(parse({ 'baseline-max-samples': '20', 'min-samples': '20' }).analysis).toMatchObject({
      baselineMaxSamples: 20,
      baselineMaxGiven: true,
      minSamples: 20,
    });
    // A minimum raised alone (a large paired suite) raises the default cap with it, also as
    // the runner gives an omitted input: set to action.yml's default, ''.
    for (const cap of [{}, { 'baseline-max-samples': '' }] as Record<string, string>[])
      expect(parse({ 'min-samples': '1500', ...cap }).analysis).toMatchObject({
        baselineMaxSamples: 1500,
        baselineMaxGiven: false,
        minSamples: 1500,
      });
    expect(parse({}).analysis.baselineMaxSamples).toBe(1000);
  });

  it('refuses a cap of 1000 given below min-samples, not raising it in silence', () => {
    // --baseline-max-samples 1000 --min-samples 1500 read the 1000 as the default and raised it.
    expect(() =>
      parse({ 'baseline-max-samples': '1000', 'min-samples': '1500' }, optionName),
    ).toThrow(
      '--baseline-max-samples 1000 is below --min-samples 1500: no baseline could then be tested. Raise it to at least 1500, leave it out (its default, 1000, rises with the minimum), or lower the minimum.',
    );
    // The action alike: the runner passes an omitted input as action.yml's default, now ''.
    const keys = ['INPUT_BASELINE-MAX-SAMPLES', 'INPUT_MIN-SAMPLES'] as const;
    const before = keys.map((k) => process.env[k]);
    try {
      process.env['INPUT_MIN-SAMPLES'] = '1500';
      process.env['INPUT_BASELINE-MAX-SAMPLES'] = '';
      expect(readConfig().analysis.baselineMaxSamples).toBe(1500);
      process.env['INPUT_BASELINE-MAX-SAMPLES'] = '1000';
      expect(() => readConfig()).toThrow(
        "input 'baseline-max-samples' 1000 is below input 'min-samples' 1500",
      );
    } finally {
      keys.forEach((k, i) => {
        if (before[i] === undefined) delete process.env[k];
        else process.env[k] = before[i];
      });
    }
    // A 1000 given is given: with pair-by it caps the pairs' read too.
    expect(parse({ 'baseline-max-samples': '1000' }).analysis).toMatchObject({
      baselineMaxSamples: 1000,
      baselineMaxGiven: true,
    });
  });
});

describe('durations (window, history, query-timeout)', () => {
  it('refuses a history shorter than the window, which no window could be tested against', () => {
    expect(() => parse({ window: '30d', history: '7d' })).toThrow(
      "input 'history' '7d' is shorter than input 'window' '30d': the health report tests the window against the history before it, which must be at least as long (28 days against 24 hours by default); lengthen the history or shorten the window.",
    );
    expect(parse({ window: '7d', history: '7d' }).health).toMatchObject({ windowMs: 7 * 86_400_000 }); // prettier-ignore
  });

  it('takes a second to a century in any unit', () => {
    expect(parseDuration(optionName, 'window', '1s')).toBe(1000);
    expect(parseDuration(optionName, 'window', '1.5h')).toBe(5_400_000);
    expect(parseDuration(optionName, 'history', '36500d')).toBe(36_500 * 86_400_000);
  });

  it('refuses what rounds to nothing or leaves no date to start from, naming the option', () => {
    for (const bad of ['0.0000001s', '0.5s', '0h', '36501d', '99999999999d', '1e3s', '-1d', '5'])
      expect(() => parseDuration(optionName, 'window', bad)).toThrow(
        `Invalid --window '${bad}': expected a duration from 1s to 36500d such as '24h', '7d', '30m' or '60s'.`,
      );
    // A month or a minute? Neither is guessed.
    expect(() => parseDuration(optionName, 'window', '1M')).toThrow(
      "Invalid --window '1M': expected '1m' for minutes, or days such as '30d' for a month ('M' could be either).",
    );
    expect(parseDuration(optionName, 'window', '1m')).toBe(60_000);
  });
});

describe('instants (--now, baseline-since)', () => {
  it('takes a day of the calendar, with or without a time, in UTC', () => {
    expect(parseInstantInput(optionName, 'now', '2024-02-29')).toBe('2024-02-29T00:00:00.000Z');
    expect(parseInstantInput(optionName, 'now', '2026-04-30T10:00:00+02:00')).toBe(
      '2026-04-30T08:00:00.000Z',
    );
    expect(parseInstantInput(optionName, 'now', '1970-01-01')).toBe('1970-01-01T00:00:00.000Z');
    // Kiribati's +14:00 is the furthest ahead; Nepal's +05:45 has minutes.
    expect(parseInstantInput(optionName, 'now', '2026-01-01T14:00:00+14:00')).toBe('2026-01-01T00:00:00.000Z'); // prettier-ignore
    expect(parseInstantInput(optionName, 'now', '2026-01-01T05:45:00+05:45')).toBe('2026-01-01T00:00:00.000Z'); // prettier-ignore
  });

  it('refuses a day the calendar lacks and years it cannot mean, in one line', () => {
    for (const bad of [
      '2026-02-29',
      '2026-02-30',
      '2026-04-31T10:00:00Z',
      '2026-00-10',
      '2026-13-01',
      '2026-01-00',
      '0000-01-01T00:00:00Z',
      '1969-12-31',
      '2026-01-01T25:00',
      '2026-01-01T10:00:00+14:30',
      '2026-01-01T10:00:00-15:00',
    ])
      // prettier-ignore
      expect(() => parseInstantInput(optionName, 'now', bad)).toThrow(
        new RegExp(`^Invalid --now '${bad.replace('+', '\\+')}': expected an ISO 8601 date or time from 1970 to 9999`),
      );
  });
});

describe('thresholds', () => {
  it('refuses a drop of more than all of a score, and allows a cost or latency to double', () => {
    expect(parse({ 'max-quality-drop': '100%' }).analysis.thresholds.quality_score).toBe(1);
    for (const name of ['max-quality-drop', 'max-accuracy-drop'])
      expect(refusal({ [name]: '150%' }).message).toBe(
        `Invalid input '${name}' '150%': expected a percentage from 0% to 100% such as '10%'.`,
      );
    expect(refusal({ 'max-success-drop': '101pp' }).message).toMatch(
      /^Invalid input 'max-success-drop'/,
    );
    expect(parse({ 'max-cost-increase': '150%' }).analysis.thresholds.cost_eur).toBe(1.5);
    expect(parse({ 'max-latency-increase': '300%' }).analysis.thresholds.latency_ms).toBe(3);
  });
});

describe('prompt and version names', () => {
  it('keeps spaces at their ends (the library does), and reads one of spaces alone as none', () => {
    const c = parse({ prompt: ' summarizer', candidate: '1.1.0 ', baseline: ' 1.0.0 ' });
    expect([c.prompt, c.candidate, c.baseline]).toEqual([' summarizer', '1.1.0 ', ' 1.0.0 ']);
    expect(parse({ prompt: '  ', baseline: '' }).prompt).toBeNull();
    expect(parse({ baseline: ' ' }).baseline).toBeNull();
  });
});

describe('check-name', () => {
  it('is the default when unset, and none when set to an empty string', () => {
    expect(parse({}).checkName).toBe('Prompt regressions');
    expect(parse({ 'check-name': 'Prompts' }).checkName).toBe('Prompts');
    expect(parse({ 'check-name': '' }).checkName).toBeNull();
    expect(parse({ 'check-name': '  ' }).checkName).toBeNull();
  });

  it('reads the runner’s inputs so: a variable set empty is none, a missing one the default', () => {
    const key = 'INPUT_CHECK-NAME';
    const before = process.env[key];
    try {
      delete process.env[key];
      expect(readConfig().checkName).toBe('Prompt regressions');
      process.env[key] = '';
      expect(readConfig().checkName).toBeNull();
      process.env[key] = 'Prompts';
      expect(readConfig().checkName).toBe('Prompts');
    } finally {
      if (before === undefined) delete process.env[key];
      else process.env[key] = before;
    }
  });
});
