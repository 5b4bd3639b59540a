/**
 * The `/prompt-check` commands of pull-request comments (pure): the first line of a comment
 * that starts with `/prompt-check`, outside code fences and quotes, is the command.
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

/** The command in a comment body, or null when it holds none. */
export function parseCommand(body: string): Command | null {
  let fence: string | null = null;
  for (const raw of body.split('\n')) {
    const line = raw.replace(/\r$/, '').trim();
    const f = /^(`{3,}|~{3,})/.exec(line)?.[1];
    if (f !== undefined) {
      if (fence === null) fence = f;
      else if (f[0] === fence[0] && f.length >= fence.length) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const lower = line.toLowerCase();
    if (!lower.startsWith(COMMAND)) continue;
    const rest = line.slice(COMMAND.length);
    // `/prompt-checker` is somebody else's command.
    if (rest !== '' && !/^\s/.test(rest)) continue;
    const [word, ...args] = splitArgs(rest);
    const verb = (word ?? 'help').toLowerCase();
    if (verb === 'help') return { kind: 'help' };
    if (verb === 'accept') return { kind: 'accept', prompts: args };
    return { kind: 'unknown', word: word ?? '' };
  }
  return null;
}
