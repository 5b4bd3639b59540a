/**
 * `text` cut to at most `max` characters (UTF-16 units, never fewer than GitHub counts), ending
 * in a visible note saying how much was dropped. The renderers trim detail first; this is the
 * last line of defence, so the cut is plain and never splits a surrogate pair.
 */
export function trimWithNote(text: string, max: number, where = 'the job summary'): string {
  if (text.length <= max) return text;
  const note = (dropped: number): string =>
    `\n\n… truncated by prompt-versioner-action: ${dropped} characters omitted to fit GitHub's limit of ${max}; see ${where} for the full report.`;
  // The note's length depends on the number it carries; one pass with the widest number fits.
  let keep = Math.max(0, max - note(text.length).length);
  const code = text.charCodeAt(keep - 1);
  if (keep > 0 && code >= 0xd800 && code <= 0xdbff) keep -= 1;
  return `${text.slice(0, keep)}${note(text.length - keep)}`.slice(0, max);
}
