import { describe, expect, it } from 'vitest';
import { alertingLine, alertingOf, carryAlerting } from '../../src/github/carried.js';

const MARKER = '<!-- prompt-versioner-action:health key=default -->';

describe('prompts carried by the tracking issue', () => {
  it('round-trips any names through one hidden line that no name can end', () => {
    const names = ['summarizer', 'evil --> <!-- prompt-versioner-action:health x -->', '要約'];
    const line = alertingLine(names);
    expect(line.split('-->')).toHaveLength(2);
    expect(alertingOf(`report\n${line}\nmore`)).toEqual(names);
    expect(alertingLine([])).toBe('');
    expect(alertingOf('no line here')).toEqual([]);
  });

  it('keeps a prompt that alerted and could not be tested, with a note under the marker', () => {
    const shown = `${MARKER}\n${alertingLine(['alpha', 'beta'])}\nold report`;
    const body = `${MARKER}\nnew report`;
    const carried = carryAlerting(body, shown, [], ['alpha', 'gamma']);
    expect(carried.kept).toEqual(['alpha']);
    const lines = carried.body.split('\n');
    expect(lines[0]).toBe(MARKER);
    expect(alertingOf(carried.body)).toEqual(['alpha']);
    expect(carried.body).toMatch(/\*\*Kept open:\*\* alpha alerted before/);
    expect(carried.body.endsWith('new report')).toBe(true);
    // Tested again (not untested), or alerting again in this run: nothing is kept.
    expect(carryAlerting(body, shown, [], []).kept).toEqual([]);
    expect(carryAlerting(body, shown, ['alpha'], ['alpha']).kept).toEqual([]);
    expect(alertingOf(carryAlerting(body, shown, ['alpha'], ['alpha']).body)).toEqual(['alpha']);
  });
});
