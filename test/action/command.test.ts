import { describe, expect, it } from 'vitest';
import { parseCommand, splitArgs } from '../../src/action/command.js';

describe('parseCommand', () => {
  it('reads accept, with or without prompt names, and help', () => {
    expect(parseCommand('/prompt-check accept')).toEqual({ kind: 'accept', prompts: [] });
    expect(parseCommand('/prompt-check accept summarizer classifier')).toEqual({
      kind: 'accept',
      prompts: ['summarizer', 'classifier'],
    });
    expect(parseCommand('/prompt-check help')).toEqual({ kind: 'help' });
    expect(parseCommand('/prompt-check')).toEqual({ kind: 'help' });
    expect(parseCommand('/Prompt-Check ACCEPT')).toEqual({ kind: 'accept', prompts: [] });
  });

  it('takes quoted names with spaces', () => {
    expect(parseCommand('/prompt-check accept "my prompt" `a | b` x')).toEqual({
      kind: 'accept',
      prompts: ['my prompt', 'a | b', 'x'],
    });
    expect(splitArgs(' "unterminated name')).toEqual(['unterminated name']);
  });

  it('finds the command on any line, but not in a quote, a code fence or another word', () => {
    expect(parseCommand('Looks fine to me.\r\n\r\n/prompt-check accept\r\n')).toEqual({
      kind: 'accept',
      prompts: [],
    });
    expect(parseCommand('> /prompt-check accept')).toBeNull();
    expect(parseCommand('```\n/prompt-check accept\n```')).toBeNull();
    expect(parseCommand('/prompt-checker accept')).toBeNull();
    expect(parseCommand('please run /prompt-check accept')).toBeNull();
    expect(parseCommand('')).toBeNull();
  });

  it('names a verb it does not know', () => {
    expect(parseCommand('/prompt-check approve')).toEqual({ kind: 'unknown', word: 'approve' });
  });
});
