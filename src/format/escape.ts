/**
 * Escaping of untrusted store strings (prompt names, versions, model names, error messages)
 * for each place they are shown. Anyone who can write the store can choose these strings,
 * and the comment is posted with the repository's token, so they must never become markup,
 * mentions, links or hidden text.
 */

/** Longest a store string may be once shown; longer ones end in an ellipsis. */
const DEFAULT_MAX_CHARS = 200;

/**
 * Longest one of our own messages (a warning, an alert, a note, why a metric was not tested) may
 * be once shown. They quote store strings, so they are escaped and capped as a whole; the cap is
 * long enough for every sentence we write with names of a usual length, fix included (a cap of
 * 300 cut "Move the production tag to it" off), and short enough that hostile names cannot flood
 * a report.
 */
export const MESSAGE_MAX = 1_200;

/** Zero-width space as an entity: visible in the source, invisible on the page. */
const ZWSP = '&#8203;';

// Bidi embeddings/overrides/isolates and marks: they reorder the text around them, so a name
// could display as something it is not. They are replaced by a visible mark, not dropped.
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// C0 and C1 controls and DEL (terminal escapes among them), and lone surrogates.
const CONTROL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Line breaks of every kind, and tabs: a table row or terminal line must stay one line, and a
// name with one must not read as the name with a space. Each shows as its control picture
// (U+2409 ␉, U+2424 ␤, U+240B ␋, U+240C ␌, U+240D ␍); the Unicode separators as U+FFFD.
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
const BREAK_PICTURES: Readonly<Record<string, string>> = {
  '\t': '\u2409',
  '\n': '\u2424',
  '\v': '\u240B',
  '\f': '\u240C',
  '\r': '\u240D',
};
// Invisible characters: zero-width spaces and joiners, word joiners and invisible operators,
// soft hyphen, BOM, Hangul fillers, interlinear annotations and Unicode tag characters (which
// can smuggle hidden text). Shown as U+FFFD: two prompt names that differ only by one must not
// read the same (an emoji sequence joined by U+200D shows its parts apart).
// Also blanks that are not spaces (Braille blank), deprecated format characters, and variation
// selectors, but for the emoji and text ones after a symbol (where they choose how an emoji shows).
const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class -- each selector is matched on its own, on purpose
  /[\u00AD\u115F\u1160\u180B-\u180F\u200B\u200C\u2060-\u2064\u206A-\u206F\u2800\u3164\uFE00-\uFE0D\uFEFF\uFFA0\uFFF9-\uFFFB]|\u034F|\u200D|\uDB40[\uDC00-\uDC7F\uDD00-\uDDEF]|(?<![\u2000-\uFFFF])[\uFE0E\uFE0F]/g;
// Spaces other than the ASCII one (no-break, ideographic, the typographic widths): they read as
// a space, so a name with one would read as another name.
const OTHER_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/** Visible stand-in for a space at either end of a store string (U+2420, symbol for space). */
export const SPACE = '\u2420';

/** Visible stand-in for a character that must not reach the page as it is. */
export const REPLACEMENT = '\uFFFD';

/**
 * Makes a store string safe to show anywhere as one line of text: controls and bidi marks
 * become a visible U+FFFD, as do invisible characters, line breaks and tabs their control
 * pictures, a space at either end or after another space a visible U+2420 (a page shows a run
 * of spaces as one), and the result is cut to `max` code points with an ellipsis. Two strings
 * that differ only in those characters never read alike.
 */
export function sanitize(text: string, max: number = DEFAULT_MAX_CHARS): string {
  const clean = String(text)
    .replace(BREAKS, (c) => BREAK_PICTURES[c] ?? REPLACEMENT)
    .replace(CONTROL, REPLACEMENT)
    .replace(BIDI, REPLACEMENT)
    .replace(INVISIBLE, REPLACEMENT)
    .replace(OTHER_SPACES, REPLACEMENT)
    .replace(/ {2,}/g, (run) => ` ${SPACE.repeat(run.length - 1)}`)
    // Spaces around a name are part of it: shown, so that "summarizer " is not "summarizer".
    .replace(/^ | $/g, SPACE);
  return cap(clean, max);
}

/**
 * Invisible characters (zero-width spaces and joiners, tag characters...) made a visible U+FFFD,
 * and nothing else changed: for messages that quote a store string whole (an error naming a
 * prompt), so that "summa\u200Brizer" never reads as "summarizer".
 */
export function markInvisible(text: string): string {
  return text.replace(INVISIBLE, REPLACEMENT);
}

/** Cuts to `max` code points (never inside a surrogate pair), ending in `…` when cut. */
export function cap(text: string, max: number): string {
  const points = Array.from(text);
  if (points.length <= max) return text;
  return points.slice(0, Math.max(0, max - 1)).join('') + '…';
}

// One replacement per character, in a single pass so that no escape is escaped again.
const MD_CHARS: Readonly<Record<string, string>> = {
  // Backslash escapes: everything that opens emphasis, code, links, strikethrough or math.
  '\\': '\\\\',
  '`': '\\`',
  '*': '\\*',
  _: '\\_',
  '[': '\\[',
  ']': '\\]',
  '~': '\\~',
  $: '\\$',
  // Entities: no tag, comment, CDATA or autolink can open.
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  // An entity, not `\|`: GitHub splits table cells before inline parsing, and the entity
  // holds in every context.
  '|': '&#124;',
  // GitHub turns @user into a notifying mention and #123 into a cross-reference after
  // rendering, so a backslash does not help; an invisible character after the trigger does.
  '@': '@' + ZWSP,
  '#': '#' + ZWSP,
};

/**
 * Escapes a store string for Markdown inline text and table cells: the page shows the literal
 * text (sanitized and capped) with no HTML, comment, mention, issue reference, autolink,
 * emphasis, code, link, math or table break.
 */
export function md(text: string, max: number = DEFAULT_MAX_CHARS): string {
  return (
    sanitize(text, max)
      .replace(/[\\`*_[\]~$&<>"|@#]/g, (c) => MD_CHARS[c] ?? c)
      // Bare URLs and www. names become links after rendering too, and :name: an emoji.
      .replace(/:\/\//g, ':' + ZWSP + '//')
      // After the escapes: `_` is `\_` by now, which GitHub reads as `_` in a shortcode.
      .replace(/:(?=(?:[\w+-]|\\_)+:)/g, ':' + ZWSP)
      .replace(/(www)\./gi, '$1' + ZWSP + '.')
      // GH-123 is a cross-reference too, in any case; the `#` form is handled above.
      .replace(/(gh)-(?=\d)/gi, '$1' + ZWSP + '-')
      // Block markers matter only at the start of a line; a caller might put the text there.
      .replace(/^([-+=])/, '\\$1')
      .replace(/^(\d+)([.)]) /, '$1\\$2 ')
  );
}

/**
 * A Markdown inline code span showing the store string literally, fenced with a backtick run
 * longer than any inside it. Not for table cells (a `|` would split the cell).
 */
export function code(text: string, max: number = DEFAULT_MAX_CHARS): string {
  const body = sanitize(text, max);
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // A space on both sides keeps a leading or trailing backtick from joining the fence;
  // CommonMark strips exactly one space on each side again.
  const pad = body.startsWith('`') || body.endsWith('`') || body === '' ? ' ' : '';
  return fence + pad + body + pad + fence;
}

/** A store string for the terminal: sanitized (no escape sequences, no bidi) and capped. */
export function plain(text: string, max: number = DEFAULT_MAX_CHARS): string {
  return sanitize(text, max);
}

/**
 * A string for a quoted Mermaid label: only letters, digits, spaces and a few safe marks
 * survive, so quotes, brackets, `%%` comments, `#` entities and HTML cannot appear.
 */
export function mermaidText(text: string, max = 40): string {
  return (
    cap(
      sanitize(text, 1000)
        .replace(/[^\p{L}\p{N} .,_+=()-]/gu, ' ')
        .replace(/ {2,}/g, ' ')
        .trim(),
      max,
    ) || '?'
  );
}
