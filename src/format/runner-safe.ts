/**
 * Output that a GitHub Actions runner reads line by line, made unable to carry a workflow
 * command. The runner acts on `::name ...::value` at the start of a line (after any leading
 * white space) and on the legacy `##[name ...]value` anywhere in a line; a store string that
 * reached the log in either shape could mask text, forge annotations, set step outputs or stop
 * command processing. Renderers escape store strings for Markdown and terminals; this is the
 * last pass over everything written, so no renderer or error message can be the one that
 * forgot.
 */

/** Zero-width space: not white space to the runner, invisible to a reader. */
const ZWSP = '\u200B';

// Every character a runner or log viewer might end a line at: .NET's ReadLine stops at \n and
// \r, and the others are line breaks to Unicode; treating them all as line starts costs nothing.
const BREAK = '\\n\\r\\v\\f\\u0085\\u2028\\u2029';
// .NET's TrimStart drops what Char.IsWhiteSpace accepts: JavaScript's \s plus U+0085 and the
// Mongolian vowel separator that older Unicode versions counted.
const SPACE = '\\s\\u0085\\u180E';
const LINE_START_COMMAND = new RegExp(`(^|[${BREAK}])([${SPACE}]*):(?=:)`, 'g');
const LEGACY_COMMAND = /##\[/g;

/**
 * Text (terminal text or Markdown) with no workflow command: a zero-width space goes between
 * the two colons of a `::` that starts a line and inside every `##[`. Nothing else changes.
 */
export function runnerSafeText(text: string): string {
  // Each pattern needs its two characters in a row: most reports skip both passes.
  const lines = text.includes('::') ? text.replace(LINE_START_COMMAND, `$1$2:${ZWSP}`) : text;
  return lines.includes('##[') ? lines.replace(LEGACY_COMMAND, `##${ZWSP}[`) : lines;
}

const RAW_BREAKS = /[\u0085\u2028\u2029]/g;
const RAW_BREAK = /[\u0085\u2028\u2029]/;
const hex4 = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * JSON text (as JSON.stringify writes it) with no workflow command, and parsing to the same
 * value: the line breaks JSON.stringify leaves raw inside strings (U+0085, U+2028, U+2029) are
 * written as `\u` escapes, so every line starts with JSON's own indentation and punctuation;
 * the `#` that would begin `##[` becomes `\u0023` (a `#` only ever occurs inside a string);
 * and a `:` that would still start a line, which JSON.stringify never writes, `\u003a`.
 */
export function runnerSafeJson(json: string): string {
  // As runnerSafeText: a pass only when its characters occur (a 0.45 MB report: 0.4 ms, not 2).
  const flat = RAW_BREAK.test(json) ? json.replace(RAW_BREAKS, hex4) : json;
  const legacy = flat.includes('##[') ? flat.replace(/#(?=#\[)/g, '\\u0023') : flat;
  return legacy.includes('::') ? legacy.replace(LINE_START_COMMAND, '$1$2\\u003a') : legacy;
}
