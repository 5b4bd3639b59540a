/**
 * The `/prompt-check` commands of pull-request comments (pure): the first line of a comment
 * that starts with `/prompt-check`, outside code, quotes and HTML comments, is the command.
 */

/** The command word every command starts with. */
export const COMMAND = '/prompt-check';

/** A parsed command. */
export type Command =
  | { readonly kind: 'accept'; readonly prompts: readonly string[] }
  | { readonly kind: 'help' }
  | { readonly kind: 'unknown'; readonly word: string };

/**
 * Splits arguments on white space; a name with spaces is written in double quotes or
 * backticks (`"my prompt"`), an unterminated quote runs to the end of the line.
 */
export function splitArgs(text: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"?|`([^`]*)`?|(\S+)/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const arg = m[1] ?? m[2] ?? m[3] ?? '';
    if (arg !== '') out.push(arg);
  }
  return out;
}

/** Where a run of exactly `n` backticks starts in `line` from `from`, or -1. */
function closingRun(line: string, from: number, n: number): number {
  const re = /`+/g;
  re.lastIndex = from;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) if (m[0].length === n) return m.index;
  return -1;
}

/** What GitHub hides from here on: an HTML comment or a <pre> block not closed on its line. */
type Hidden = 'comment' | 'pre' | null;

/**
 * A line of text (not code) as GitHub shows it: without its HTML comments, whose text nobody
 * reads, nor a <pre> block. A code span shows `<!--` as it is, so it opens nothing (a span is
 * read within its line). `hidden`: what stays open after the line (an unclosed one runs on).
 */
function visibleText(line: string): { text: string; hidden: Hidden } {
  let rest = line;
  if (/^[ \t]{0,3}<pre(?:[\s>]|$)/i.test(rest)) {
    const end = /<\/pre>/i.exec(rest);
    if (!end) return { text: '', hidden: 'pre' };
    rest = rest.slice(end.index + end[0].length);
  }
  let out = '';
  let i = 0;
  while (i < rest.length) {
    const run = /^`+/.exec(rest.slice(i))?.[0];
    if (run) {
      const close = closingRun(rest, i + run.length, run.length);
      const to = close < 0 ? i + run.length : close + run.length;
      out += rest.slice(i, to);
      i = to;
    } else if (rest.startsWith('<!--', i)) {
      const end = rest.indexOf('-->', i + 4);
      if (end < 0) return { text: out, hidden: 'comment' };
      i = end + 3;
    } else {
      out += rest[i] ?? '';
      i += 1;
    }
  }
  return { text: out, hidden: null };
}

// Columns of leading white space, a tab reaching the next multiple of 4 (as Markdown counts).
function indentOf(line: string): number {
  let col = 0;
  for (const ch of line) {
    if (ch === ' ') col += 1;
    else if (ch === '\t') col += 4 - (col % 4);
    else break;
  }
  return col;
}

/**
 * The command in a comment body, or null when it holds none. Only a line GitHub shows as text
 * counts: not in a code fence, an indented code block (4 columns or more), a quote, an HTML
 * comment or a <pre> block, where a maintainer explains a command rather than gives it. The
 * first command line decides; when it accepts, every later accept line adds its prompts (one
 * line per prompt is how people write it), and one that names none accepts every prompt.
 */
export function parseCommand(body: string): Command | null {
  const [first, ...more] = commandLines(body);
  if (!first || first.kind !== 'accept') return first ?? null;
  const accepts = [first, ...more.filter((c) => c.kind === 'accept')];
  if (accepts.some((c) => c.prompts.length === 0)) return { kind: 'accept', prompts: [] };
  return { kind: 'accept', prompts: [...new Set(accepts.flatMap((c) => c.prompts))] };
}

/**
 * Whether the line after quoted line `text` (with its `>`) may continue the quote: only a
 * paragraph does (an empty quoted line, a heading, a fence or a rule ends what continues).
 */
function continuesLazily(text: string): boolean {
  const inner = text.replace(/^(>\s?)+/, '').trim();
  // A backtick fence's info string has no backtick: "```x``` text" is inline code in a paragraph.
  return inner !== '' && !/^(#{1,6}(\s|$)|`{3,}[^`]*$|~{3,}|([-*_])(\s*\3){2,}$)/.test(inner);
}

/** Every command line of a comment body, in order (see parseCommand). */
function commandLines(body: string): Command[] {
  const out: Command[] = [];
  let fence: string | null = null;
  // Inside a block quote: a line after a `>` line, with no blank line between, continues the
  // quote (GitHub shows it quoted), so a quoted reply's command is never run.
  let quoted = false;
  let hidden: Hidden = null;
  // An indented code block starts after a blank line (else the line goes on a paragraph).
  let code = false;
  let blank = true;
  for (const raw of body.split('\n')) {
    let line = raw.replace(/\r$/, '');
    if (hidden !== null) {
      const end = (hidden === 'comment' ? /-->/ : /<\/pre>/i).exec(line);
      if (!end) continue;
      hidden = null;
      line = line.slice(end.index + end[0].length);
    }
    let indent = indentOf(line);
    let text = line.trim();
    let f = indent < 4 ? /^(`{3,}|~{3,})/.exec(text)?.[1] : undefined;
    // As CommonMark reads fences: a backtick fence's info string has no backtick, and a closing
    // fence has none at all.
    if (f !== undefined && fence === null && f[0] === '`' && text.slice(f.length).includes('`'))
      f = undefined;
    if (f !== undefined && fence !== null && text.slice(f.length).trim() !== '') f = undefined;
    if (f !== undefined) {
      if (fence === null) fence = f;
      else if (f[0] === fence[0] && f.length >= fence.length) fence = null;
      quoted = false;
      continue;
    }
    if (fence !== null) continue;
    code = indent >= 4 && (blank || code);
    blank = text === '';
    if (!code) {
      const shown = visibleText(line);
      hidden = shown.hidden;
      indent = indentOf(shown.text);
      text = shown.text.trim();
    }
    if (text === '') quoted = false;
    else if (indent < 4 && text.startsWith('>')) quoted = continuesLazily(text);
    if (quoted || indent >= 4) continue;
    const lower = text.toLowerCase();
    if (!lower.startsWith(COMMAND)) continue;
    const rest = text.slice(COMMAND.length);
    // `/prompt-checker` is somebody else's command.
    if (rest !== '' && !/^\s/.test(rest)) continue;
    const [word, ...args] = splitArgs(rest);
    const verb = (word ?? 'help').toLowerCase();
    if (verb === 'help') out.push({ kind: 'help' });
    else if (verb === 'accept') out.push({ kind: 'accept', prompts: args });
    else out.push({ kind: 'unknown', word: word ?? '' });
  }
  return out;
}
