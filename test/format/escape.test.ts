import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  REPLACEMENT,
  SPACE,
  cap,
  code,
  md,
  mermaidText,
  plain,
  sanitize,
} from '../../src/format/escape.js';
import { HOSTILE } from '../report/fixtures-hostile.js';
import { cellPipes } from '../report/safety.js';

/** A small seeded generator, so the property test is the same on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const FRAGMENTS = [
  '|',
  '\\',
  '\\|',
  '`',
  '```',
  '~~~',
  '*',
  '_',
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
  '&',
  '&lt;',
  '&#124;',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<img src=x onerror=alert(1)>',
  '<script>',
  '@octocat',
  '@',
  '#12',
  'GH-123',
  'http://evil.example',
  'https://x.y/z',
  'www.evil.example',
  'a@b.example',
  '\n',
  '\r\n',
  '\t',
  '\u202E',
  '\u2066',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\u001B[31m',
  '\u0000',
  '\uD800',
  '$',
  '~',
  '- ',
  '1. ',
  '# ',
  '=',
  '!',
  ':tada:',
  'name',
  ' ',
  '💥',
  'é',
  '\uDB40\uDC41',
];

function hostileString(next: () => number): string {
  const parts = Math.floor(next() * 12) + 1;
  let out = '';
  for (let i = 0; i < parts; i++) out += FRAGMENTS[Math.floor(next() * FRAGMENTS.length)];
  return out;
}

/** Whether a Markdown control character appears without a backslash escape of its own. */
function unescapedMarkup(text: string): boolean {
  let backslashes = 0;
  for (const ch of text) {
    if (ch === '\\') backslashes++;
    else {
      if ('`*_[]~$'.includes(ch) && backslashes % 2 === 0) return true;
      backslashes = 0;
    }
  }
  return backslashes % 2 === 1;
}

describe('sanitize and plain', () => {
  it('makes bidi, control and invisible characters visible, keeps one line', () => {
    expect(sanitize('a\u202Eb\u2066c')).toBe(`a${REPLACEMENT}b${REPLACEMENT}c`);
    // Names that differ only by an invisible character, or a space at an end, must not read alike.
    const R = REPLACEMENT;
    expect(sanitize('ze\u200Bro\u200Dwidth\uFEFF')).toBe(`ze${R}ro${R}width${R}`);
    expect(new Set(['summarizer', 'summarizer ', ' summarizer', 'summarizer\u200B'].map((n) => sanitize(n))).size).toBe(4); // prettier-ignore
    expect(sanitize('summarizer ')).toBe(`summarizer${SPACE}`);
    // One line still, and a name with a line break, a tab or two spaces is not the one with a space.
    expect(sanitize('line\none\r\ntwo\tthree')).toBe('line\u2424one\u240D\u2424two\u2409three');
    expect(sanitize('a  b')).toBe(`a ${SPACE}b`);
    expect(new Set(['a b', 'a\nb', 'a\tb', 'a  b', 'a \nb', 'a\u2028b'].map((n) => sanitize(n))).size).toBe(6); // prettier-ignore
    // Shown twice (a relayed report is sanitized, then rendered), it reads the same.
    for (const n of ['a\n b', ' a  b ', 'x\t\ty']) expect(sanitize(sanitize(n))).toBe(sanitize(n));
    expect(sanitize('\u001B[31mred')).toBe(`${REPLACEMENT}[31mred`);
    expect(sanitize('lone \uD800 surrogate')).toBe(`lone ${REPLACEMENT} surrogate`);
    expect(sanitize('tag\uDB40\uDC41smuggled')).toBe(`tag${R}smuggled`);
    // Space-likes, blanks and variation selectors read as nothing or as a space: made visible.
    const alike = [
      '\u00A0',
      '\u3000',
      '\u2800',
      '\uFE0F',
      '\uDB40\uDD00',
      '\u180B',
      '\u206A',
      '\u2009',
    ];
    for (const c of alike) {
      expect(sanitize(`summarizer${c}`)).toBe(`summarizer${R}`);
      expect(sanitize(`summa${c}rizer`)).toBe(`summa${R}rizer`);
    }
    // An emoji keeps the selector that makes it show as one.
    expect(sanitize('\u2705\uFE0F ship \u{1F680}\uFE0F')).toBe('\u2705\uFE0F ship \u{1F680}\uFE0F');
    // eslint-disable-next-line no-control-regex -- control characters are what is checked
    expect(plain('\u001B]0;title\u0007x')).not.toMatch(/[\u0000-\u001F]/);
  });
  it('caps long strings by code points, with an ellipsis, never splitting a pair', () => {
    const long = sanitize('x'.repeat(10_000));
    expect(Array.from(long)).toHaveLength(200);
    expect(long.endsWith('…')).toBe(true);
    const emoji = cap('💥'.repeat(50), 10);
    expect(Array.from(emoji)).toEqual([...Array.from({ length: 9 }, () => '💥'), '…']);
    expect(sanitize('short')).toBe('short');
  });
});

describe('md', () => {
  it('shows HTML as text', () => {
    expect(md('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(md('a & b')).toBe('a &amp; b');
    expect(md('<!-- prompt-versioner-action:comment -->')).not.toContain('<!--');
    expect(md('x ]]> y')).toBe('x \\]\\]&gt; y');
  });
  it('breaks emoji shortcodes, with an underscore in them too', () => {
    // GitHub reads `\_` as `_` inside a shortcode, so the escape alone does not break one.
    for (const name of [':x:', ':+1:', ':white_check_mark:', 'ok :rotating_light: now'])
      expect(md(name)).not.toMatch(/:(?:[\w+-]|\\_)+:/);
  });

  it('breaks mentions, references and autolinks with a zero-width space', () => {
    expect(md('@octocat')).toBe('@&#8203;octocat');
    expect(md('see #12')).toBe('see #&#8203;12');
    expect(md('fixes GH-123, gh-7 and Gh-1')).toBe(
      'fixes GH&#8203;-123, gh&#8203;-7 and Gh&#8203;-1',
    );
    expect(md('GH-x and ZGH-9')).toBe('GH-x and ZGH&#8203;-9');
    expect(md('http://evil.example')).toBe('http:&#8203;//evil.example');
    expect(md('WWW.evil.example')).toBe('WWW&#8203;.evil.example');
    expect(md('a@b.example')).toBe('a@&#8203;b.example');
    expect(md('ship it :tada:')).toBe('ship it :&#8203;tada:');
    expect(md('a:b c:d')).toBe('a:b c:d');
  });
  it('escapes emphasis, code, links, strikethrough, math and table pipes', () => {
    expect(md('*b* _i_ `c` [l](u) ~~s~~ $m$ a|b \\')).toBe(
      '\\*b\\* \\_i\\_ \\`c\\` \\[l\\](u) \\~\\~s\\~\\~ \\$m\\$ a&#124;b \\\\',
    );
  });
  it('escapes block markers at the start', () => {
    expect(md('- item')).toBe('\\- item');
    expect(md('1. item')).toBe('1\\. item');
    expect(md('1.2.0')).toBe('1.2.0');
  });
  it('holds for any mix of hostile fragments (seeded property test)', () => {
    const next = rng(20261102);
    for (let i = 0; i < 2000; i++) {
      const input = hostileString(next);
      const out = md(input);
      const row = `| ${out} | ${md(input, 20)} |`;
      expect(cellPipes(row), JSON.stringify(input)).toBe(3);
      expect(out).not.toMatch(/[<>\n\r]/);
      expect(out).not.toMatch(/@(?!&#8203;)/);
      expect(out).not.toMatch(/:\/\//);
      expect(out).not.toMatch(/gh-\d/i);
      // eslint-disable-next-line no-control-regex -- control characters are what is checked
      expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200D\u0000-\u001F]/);
      expect(unescapedMarkup(out), out).toBe(false);
      expect(Array.from(sanitize(input)).length).toBeLessThanOrEqual(200);
    }
  });
});

describe('code', () => {
  it('fences with a backtick run longer than any inside', () => {
    expect(code('plain')).toBe('`plain`');
    expect(code('a `b` c')).toBe('``a `b` c``');
    expect(code('``x``')).toBe('``` ``x`` ```');
    expect(code('')).toBe('`  `');
  });
});

describe('mermaidText', () => {
  it('keeps only letters, digits and a few safe marks', () => {
    expect(mermaidText('Quality')).toBe('Quality');
    expect(mermaidText('a"b]c[d\n%%{init}%% #35; <b>')).toBe('a b c d init 35 b');
    expect(mermaidText('"""')).toBe('?');
  });
});

function hasCmarkGfm(): boolean {
  try {
    execFileSync('cmark-gfm', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// GitHub renders with cmark-gfm; where it is installed, check the HTML it actually produces.
describe.skipIf(!hasCmarkGfm())('md through cmark-gfm', () => {
  it('renders hostile names as text in intact table cells', () => {
    const next = rng(7);
    const names = [
      HOSTILE,
      'x'.repeat(300) + '<b>',
      ...Array.from({ length: 200 }, () => hostileString(next)),
    ];
    const table = [
      '| a | b |',
      '| --- | --- |',
      ...names.map((n) => `| ${md(n)} | ${md(n, 30)} |`),
    ].join('\n');
    const html = execFileSync(
      'cmark-gfm',
      ['-e', 'table', '-e', 'autolink', '-e', 'strikethrough'],
      {
        input: table + '\n',
      },
    ).toString();
    expect(html.match(/<tr>/g)).toHaveLength(names.length + 1);
    expect(html.match(/<td>/g)).toHaveLength(names.length * 2);
    expect(html).not.toMatch(/<(img|script|a|code|em|strong|del|!--)[\s>]/);
  });
});
