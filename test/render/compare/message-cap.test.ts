// Our own warnings are shown whole, fix included; only store strings may make one long enough to
// be cut, and then at MESSAGE_MAX.
import { describe, expect, it } from 'vitest';
import { MESSAGE_MAX } from '../../../src/format/escape.js';
import { renderCompareMarkdown } from '../../../src/render/compare/markdown.js';
import { renderCompareText } from '../../../src/render/compare/text.js';
import { baseline, comparison, metric, report } from '../../report/fixtures.js';

// The tag-idle warning with the library's 16-hex version names: 331 characters.
const was = '"3b5cc79dc2f2f3bb"';
const now = '"17a0faa4896322e7"';
const LONG = `The production tag is on ${was}, not called since ${now} was registered after it (412 calls since): the baseline is the tagged ${was}. If ${now} is what runs, move the tag to it or name it as the baseline; after a rollback to ${was}, nothing to do.`;
const FIX = 'after a rollback to "3b5cc79dc2f2f3bb", nothing to do.';

function withWarnings(warnings: string[]) {
  const q = metric('quality_score', { status: 'unchanged', base: [120, 0.8], cand: [120, 0.81], p: 0.4 }); // prettier-ignore
  const c = comparison('summarizer', '1.1.0', 120, baseline('1.0.0', 120), [q], { warnings });
  const gone = comparison('router', '2.0.0', 50, null, [], { warnings });
  return report('warning', [c, gone], { warnings });
}

const flat = (text: string): string => text.replace(/\s+/g, ' ');

describe('our own messages', () => {
  it('are shown whole in text and Markdown, where the report and a prompt carry them', () => {
    expect(LONG.length).toBeGreaterThan(300);
    const r = withWarnings([LONG]);
    const text = flat(renderCompareText(r, { color: false }));
    // The report's warnings, a compared prompt's and a new prompt's.
    expect(text.split(FIX).length - 1).toBeGreaterThanOrEqual(3);
    // Markdown writes the quotes as entities.
    const fixMd = FIX.replaceAll('"', '&quot;');
    // In full detail each place shows it; compact, the report's own line.
    for (const [detail, places] of [
      ['full', 3],
      ['compact', 1],
    ] as const) {
      const markdown = renderCompareMarkdown(r, { charts: false, detail });
      expect(markdown.split(fixMd).length - 1, detail).toBeGreaterThanOrEqual(places);
    }
  });

  it('are cut at MESSAGE_MAX when a store string makes them longer', () => {
    const hostile = `The production tag is on "${'x'.repeat(5_000)}": move it.`;
    const text = renderCompareText(withWarnings([hostile]), { color: false });
    expect(text).not.toContain('move it.');
    expect(text).toContain('x'.repeat(MESSAGE_MAX - 100));
    expect(text).not.toContain('x'.repeat(MESSAGE_MAX));
    const markdown = renderCompareMarkdown(withWarnings([hostile]), { charts: false, detail: 'full' }); // prettier-ignore
    expect(markdown).toContain('x'.repeat(MESSAGE_MAX - 100));
    expect(markdown).not.toContain('x'.repeat(MESSAGE_MAX));
  });
});
