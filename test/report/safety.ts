// Structural checks of rendered Markdown that must hold whatever the store contains.
import { expect } from 'vitest';

/** `|` that split table cells: those not escaped with a backslash. */
export function cellPipes(line: string): number {
  return (line.match(/(?<!\\)\|/g) ?? []).length;
}

/** Consecutive lines that start with `|`, i.e. the tables of a document. */
export function tables(markdown: string): string[][] {
  const out: string[][] = [];
  let current: string[] | null = null;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) {
      if (current === null) out.push((current = []));
      current.push(line);
    } else current = null;
  }
  return out;
}

/** The text with fenced code blocks removed (Mermaid's `0 --> 120` is not a comment's end). */
function withoutFences(markdown: string): string {
  return markdown.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');
}

const OUR_HIDDEN_LINES = [
  /^<!-- prompt-versioner-action:accept key=[A-Za-z0-9._-]{1,64} data=[A-Za-z0-9_-]* -->$/,
  /^<!-- \/?prompt-versioner-action:acceptance -->$/,
];

/** Asserts that hostile text cannot have escaped into markup anywhere in `markdown`. */
export function expectSafeMarkdown(markdown: string, marker?: string): void {
  const lines = markdown.split('\n');
  // Besides the marker, our own hidden lines (the acceptance record, base64url only, and the
  // acceptance block's two delimiters), exactly as written, are the only HTML comments allowed.
  const body = (marker === undefined ? lines : lines.slice(1))
    .filter((l) => !OUR_HIDDEN_LINES.some((re) => re.test(l)))
    .join('\n');
  if (marker !== undefined) expect(lines[0]).toBe(marker);
  // Our marker is the only HTML comment; nothing else may open one, or any other raw tag
  // (`<` opens HTML only before a letter, `/`, `!` or `?`; `p < 1e-10` is text).
  expect(body).not.toContain('<!--');
  expect(withoutFences(body)).not.toContain('-->');
  expect(body).not.toMatch(/<(?!(sub|\/sub|details|\/details|summary|\/summary)>)[A-Za-z/!?]/);
  // Every @ is followed by a zero-width space, so no mention can notify anyone.
  expect(body).not.toMatch(/@(?!&#8203;)/);
  expect(body).not.toMatch(/https?:\/\//);
  // GH-123 links an issue like #123 does.
  expect(body).not.toMatch(/gh-\d/i);
  // eslint-disable-next-line no-control-regex -- control characters are what is checked
  expect(body).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200D\u0000-\u0008\u001B]/);
  for (const table of tables(markdown)) {
    const header = cellPipes(table[0] ?? '');
    for (const row of table) expect(cellPipes(row), row.slice(0, 200)).toBe(header);
  }
  const fences = lines.filter((l) => /^ {0,3}```/.test(l)).length;
  expect(fences % 2).toBe(0);
  expect(markdown.split('<details>').length).toBe(markdown.split('</details>').length);
}
