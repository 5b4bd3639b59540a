/** Plain-text layout for terminal reports: display widths, aligned columns, word wrap. */

// East Asian wide and emoji ranges take two terminal cells; combining marks take none.
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1faff],
  [0x20000, 0x3fffd],
];

// ASCII without an escape: one cell a character (most of a report, measured cheaply).
// eslint-disable-next-line no-control-regex -- ESC starts the colour codes stripped below
const PLAIN = /^[^\u001b\u0080-\uffff]*$/;

/** Terminal cells a string takes (an approximation good for names and numbers). */
function displayWidth(text: string): number {
  if (PLAIN.test(text)) return text.length;
  let width = 0;
  // Our own colour codes take no cells (store strings cannot carry escapes: see escape.ts).
  // eslint-disable-next-line no-control-regex -- ESC starts the colour codes we strip
  for (const ch of text.replace(/\u001b\[[0-9;]*m/g, '')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (/\p{M}/u.test(ch)) continue;
    width += WIDE.some(([lo, hi]) => cp >= lo && cp <= hi) ? 2 : 1;
  }
  return width;
}

/** Column alignment. */
export type Align = 'left' | 'right';

/** Rows as lines with columns padded to a common width, two spaces apart, no trailing blanks. */
export function alignColumns(
  rows: readonly (readonly string[])[],
  align: readonly Align[],
): string[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
    });
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - displayWidth(cell));
        return align[i] === 'right' ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

// A number stays with its unit and a p with its value: `p < 1e-10`, `−14.7 %`, `412 ms`.
const GLUE_NEXT = new Set(['p', '<', '=', '>', 'α']);
const GLUE_PREVIOUS = new Set(['%', 'pp', 'ms', 's', 'min', '%,', 'pp,', 'ms,', '%)', '%).', '%;']);

function glue(words: readonly string[]): string[] {
  const out: string[] = [];
  let joinNext = false;
  for (const word of words) {
    const last = out.length - 1;
    if (last >= 0 && (joinNext || GLUE_PREVIOUS.has(word))) out[last] += ` ${word}`;
    else out.push(word);
    joinNext = GLUE_NEXT.has(word);
  }
  return out;
}

/**
 * Wraps prose at spaces to `width` cells; the first line starts with `indent`, the others with
 * `hanging` (the same as `indent` unless given). A word longer than a line stays whole.
 */
export function wrap(text: string, width: number, indent = '', hanging = indent): string[] {
  const lines: string[] = [];
  let line = indent;
  let used = displayWidth(indent);
  let empty = true;
  for (const word of glue(text.split(' ').filter((w) => w !== ''))) {
    if (word === '') continue;
    const cells = displayWidth(word);
    if (!empty && used + 1 + cells > width) {
      lines.push(line);
      line = hanging;
      used = displayWidth(hanging);
      empty = true;
    }
    line += (empty ? '' : ' ') + word;
    used += (empty ? 0 : 1) + cells;
    empty = false;
  }
  lines.push(line);
  return lines;
}
