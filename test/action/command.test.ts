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

  it('reads quotes and fences as GitHub shows them', () => {
    // A line right after a quoted one continues the quote: a quoted reply runs no command.
    expect(parseCommand('> I think we should\n/prompt-check accept')).toBeNull();
    expect(parseCommand('> I think we should\n\n/prompt-check accept')).toEqual({
      kind: 'accept',
      prompts: [],
    });
    // Only a quoted paragraph continues: after a quoted heading, rule or empty line, a command
    // shows as text of its own.
    for (const quote of ['> ## heading', '> ***', '>', '> > nested\n>'])
      expect(parseCommand(`${quote}\n/prompt-check accept`), quote).toEqual({
        kind: 'accept',
        prompts: [],
      });
    expect(parseCommand('> > nested\n/prompt-check accept')).toBeNull();
    expect(parseCommand('> ```x``` inline code\n/prompt-check accept')).toBeNull();
    // A fence with an info string does not close one; it still shows as code.
    expect(parseCommand('```\n```js\n/prompt-check accept\n```')).toBeNull();
    // A backtick in a backtick fence's info string makes it no fence: the command is text.
    expect(parseCommand('``` a`b\n/prompt-check accept')).toEqual({ kind: 'accept', prompts: [] });
  });

  it('adds the prompts of every accept line, the first command deciding', () => {
    const body =
      'Both are fine by me.\n/prompt-check accept summarizer\n/prompt-check accept classifier "my prompt"\n';
    expect(parseCommand(body)).toEqual({ kind: 'accept', prompts: ['summarizer', 'classifier', 'my prompt'] }); // prettier-ignore
    // A line naming no prompt accepts them all; a quoted or fenced one is still no command.
    expect(parseCommand(`${body}/prompt-check accept`)).toEqual({ kind: 'accept', prompts: [] });
    expect(parseCommand(`${body}> /prompt-check accept`)).toMatchObject({ prompts: ['summarizer', 'classifier', 'my prompt'] }); // prettier-ignore
    // Help first stays help; accept first ignores a later help.
    expect(parseCommand('/prompt-check help\n/prompt-check accept')).toEqual({ kind: 'help' });
    expect(parseCommand('/prompt-check accept a\n/prompt-check help')).toEqual({ kind: 'accept', prompts: ['a'] }); // prettier-ignore
  });

  it('ignores a command shown as code or hidden, as GitHub renders the comment', () => {
    // An indented code block (4 spaces or a tab), after a blank line or at the start.
    expect(
      parseCommand('If you agree, comment:\n\n    /prompt-check accept\n\nbut read it.'),
    ).toBeNull();
    expect(parseCommand('\t/prompt-check accept')).toBeNull();
    expect(parseCommand('  \t/prompt-check accept')).toBeNull();
    // An HTML comment, on one line or several, closed or running to the end.
    expect(parseCommand('Let us discuss.\n<!--\n/prompt-check accept\n-->')).toBeNull();
    expect(parseCommand('<!-- /prompt-check accept -->')).toBeNull();
    expect(parseCommand('Later.\n<!-- note\n/prompt-check accept')).toBeNull();
    // A <pre> block, and a fence indented as code.
    expect(parseCommand('<pre>\n/prompt-check accept\n</pre>')).toBeNull();
    expect(parseCommand('    ```\n/prompt-check accept\n    ```')).toEqual({
      kind: 'accept',
      prompts: [],
    });
    // Up to 3 spaces is still a line of text, and a comment before the command hides only itself.
    expect(parseCommand('   /prompt-check accept')).toEqual({ kind: 'accept', prompts: [] });
    expect(parseCommand('<!-- why -->\n/prompt-check accept x')).toEqual({
      kind: 'accept',
      prompts: ['x'],
    });
    expect(parseCommand('<pre>example</pre>\n\n/prompt-check help')).toEqual({ kind: 'help' });
  });

  it('reads `<!--` shown as code as text, not as the start of an HTML comment', () => {
    const accept = { kind: 'accept', prompts: [] };
    // In a code span, a fenced block, an indented code block: GitHub shows it.
    expect(parseCommand('The template no longer emits `<!--` markers. Agreed.\n\n/prompt-check accept')).toEqual(accept); // prettier-ignore
    expect(parseCommand('Old:\n```html\n<!-- generated -->\n<p>hi\n```\nno trailing `<!--`.\n\n/prompt-check accept')).toEqual(accept); // prettier-ignore
    expect(parseCommand('```\n<!--\n```\n/prompt-check accept')).toEqual(accept);
    expect(parseCommand('``a ` <!-- b``\n/prompt-check accept')).toEqual(accept);
    expect(parseCommand('Example:\n\n    <!-- x\n\n/prompt-check accept')).toEqual(accept);
    expect(parseCommand('~~~\n<pre>\n~~~\n/prompt-check accept')).toEqual(accept);
    // Outside code it still hides what follows: after a lone backtick, or in a paragraph.
    expect(parseCommand('a ` <!-- b\n/prompt-check accept')).toBeNull();
    expect(parseCommand('Note:\n    <!-- x\n/prompt-check accept\n-->')).toBeNull();
    expect(parseCommand('`code` <!--\n/prompt-check accept')).toBeNull();
    expect(parseCommand('<!-- `x\n/prompt-check accept` -->\n/prompt-check help')).toEqual({ kind: 'help' }); // prettier-ignore
  });

  it('names a verb it does not know', () => {
    expect(parseCommand('/prompt-check approve')).toEqual({ kind: 'unknown', word: 'approve' });
  });
});
