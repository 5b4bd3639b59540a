import { describe, expect, it } from 'vitest';
import { runnerSafeJson, runnerSafeText } from '../../src/format/runner-safe.js';
import { COMMAND_STRINGS, workflowCommands } from '../report/runner-commands.js';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const PARTS = [...COMMAND_STRINGS, ':', '#', '[', ']', ' ', '\n', '\r', '\u2028', 'x', '"', '\\'];

function hostile(next: () => number): string {
  let s = '';
  for (let i = 0, n = 1 + Math.floor(next() * 8); i < n; i++)
    s += PARTS[Math.floor(next() * PARTS.length)];
  return s;
}

describe('runnerSafeText', () => {
  it('leaves no workflow command, and changes only by zero-width spaces', () => {
    for (const s of COMMAND_STRINGS) expect(workflowCommands(s)).not.toEqual([]);
    const next = rng(13);
    for (let i = 0; i < 3000; i++) {
      const input = hostile(next);
      const out = runnerSafeText(input);
      expect(workflowCommands(out), JSON.stringify(input)).toEqual([]);
      expect(out.replaceAll('\u200B', '')).toBe(input.replaceAll('\u200B', ''));
    }
  });

  it('leaves ordinary text alone', () => {
    const text = 'summarizer 1.2.0 vs 1.1.0: p = 0.01\n  ratio 2:1, ## heading, #[x]\n';
    expect(runnerSafeText(text)).toBe(text);
  });
});

describe('runnerSafeJson', () => {
  it('parses to the same value and holds no workflow command, pretty or compact', () => {
    const next = rng(7);
    for (let i = 0; i < 1000; i++) {
      const value = { name: hostile(next), list: [hostile(next), { [hostile(next)]: 1 }] };
      for (const json of [JSON.stringify(value, null, 2), JSON.stringify(value)]) {
        const out = runnerSafeJson(json);
        expect(JSON.parse(out)).toEqual(value);
        expect(workflowCommands(out), json).toEqual([]);
      }
    }
  });

  it('writes \\u escapes only where a command or a raw line break would be', () => {
    expect(runnerSafeJson(JSON.stringify({ a: 'x ##[set-output]y', b: '#1' }))).toBe(
      '{"a":"x \\u0023#[set-output]y","b":"#1"}',
    );
    expect(runnerSafeJson(JSON.stringify(['a\u2028::error::x']))).toBe('["a\\u2028::error::x"]');
  });
});
