import { describe, expect, it } from 'vitest';
import {
  ACCEPT_END,
  ACCEPT_START,
  acceptanceBlock,
  acceptedTitle,
  acceptedTitleFromItems,
  replaceAcceptanceBlock,
} from '../../../src/render/compare/acceptance.js';
import type { AcceptanceReport, Grant } from '../../../src/report/acceptance-types.js';
import { acceptItem, labelGrant } from '../../report/fixtures-acceptance.js';
import { regressionReport } from '../../report/fixtures-regression.js';

const item = acceptItem;
const grant: Grant = labelGrant([item()]);
const base: AcceptanceReport = {
  accepted: false,
  label: 'prompt-regression-accepted',
  tolerance: 0.2,
  grants: [],
  covered: [],
  not_covered: [],
  notes: [],
};

describe('the acceptance block', () => {
  it('says nothing when nothing was accepted or refused', () => {
    expect(acceptanceBlock(base)).toBe('');
  });

  it('names who accepted what, when and how', () => {
    const a = {
      ...base,
      accepted: true,
      grants: [grant],
      covered: [{ ...item(), accepted_change: -0.147, accepted_by: 'alice' }],
    };
    const block = acceptanceBlock(a);
    expect(block.split('\n')[0]).toBe(ACCEPT_START);
    expect(block.split('\n').at(-1)).toBe(ACCEPT_END);
    expect(block).toContain('✅ **Regression accepted**');
    expect(block).toContain(
      '- Accepted by @&#8203;alice on 2026-12-01 10:00 UTC (label `prompt-regression-accepted`): summarizer 1.2.0 quality −14.7 %.',
    );
  });

  it('says when a covered change moved from the accepted one, within the tolerance', () => {
    const a = {
      ...base,
      accepted: true,
      grants: [grant],
      covered: [{ ...item({ change: -0.16 }), accepted_change: -0.147, accepted_by: 'alice' }],
    };
    expect(acceptanceBlock(a)).toContain(
      'Now: summarizer 1.2.0 quality −16.0 % (accepted at −14.7 %, within the 20 % tolerance).',
    );
    // The same change as accepted: nothing more to say.
    const same = { ...a, covered: [{ ...item(), accepted_change: -0.147, accepted_by: 'alice' }] };
    expect(acceptanceBlock(same)).not.toContain('Now:');
  });

  it('says a label that recorded nothing accepted nothing, without claiming nothing failed', () => {
    // No report comment showed a failure when the label was added, or the one that did is gone.
    const block = acceptanceBlock({ ...base, grants: [labelGrant([])] });
    expect(block).toContain(
      '(label `prompt-regression-accepted`): nothing, as no report comment showed a failing check then (a deleted report comment takes what it recorded with it).',
    );
    expect(block).not.toMatch(/nothing was failing/);
  });

  it('says what is not covered and why, and what is', () => {
    const a: AcceptanceReport = {
      ...base,
      grants: [
        {
          ...grant,
          via: 'command',
          covers: [item(), item({ metric: 'success', change: -0.03, threshold: 0.05 })],
        },
      ],
      covered: [
        {
          ...item({ metric: 'success', change: -0.031, threshold: 0.05 }),
          accepted_change: -0.03,
          accepted_by: 'alice',
        },
      ],
      not_covered: [
        { ...item({ change: -0.3 }), reason: 'worse_than_accepted', accepted_change: -0.147 },
        { ...item({ prompt: 'classifier' }), reason: 'not_accepted', accepted_change: null },
      ],
    };
    const block = acceptanceBlock(a);
    expect(block).toContain(
      '❌ **Not covered by the acceptance**: summarizer 1.2.0 quality −30.0 % (accepted −14.7 %, and worse than that by more than the 20 % tolerance); classifier 1.2.0 quality −14.7 % (not accepted).',
    );
    expect(block).toContain('Covered: summarizer 1.2.0 success rate −3.1 pp.');
    expect(block).toContain(
      '(`/prompt-check accept`): summarizer 1.2.0 quality −14.7 %; summarizer 1.2.0 success rate −3.0 pp.',
    );
  });

  it('escapes store strings and notes, so none can end the block or mention anyone', () => {
    const evil = item({ prompt: `x\n${ACCEPT_END}\n@all <b>` });
    const a = { ...base, grants: [{ ...grant, covers: [evil] }], notes: ['by @mallory <!--'] };
    const lines = acceptanceBlock(a).split('\n');
    expect(lines.filter((l) => l === ACCEPT_END)).toHaveLength(1);
    expect(lines.join('\n')).not.toMatch(
      /@all|<b>|@mallory|<!--(?! \/?prompt-versioner-action:acceptance -->)/,
    );
  });

  it('replaces an earlier block in place, or inserts one after the given line', () => {
    const a = acceptanceBlock({ ...base, grants: [grant] });
    const body = '<!-- marker -->\n<!-- record -->\n❌ **Prompt regression**';
    const added = replaceAcceptanceBlock(body, a, 2);
    expect(added).toBe(`<!-- marker -->\n<!-- record -->\n${a}\n\n❌ **Prompt regression**`);
    const b = acceptanceBlock({ ...base, notes: ['later'] });
    expect(replaceAcceptanceBlock(added, b, 2)).toBe(
      `<!-- marker -->\n<!-- record -->\n${b}\n\n❌ **Prompt regression**`,
    );
    expect(replaceAcceptanceBlock(added, '', 2)).toBe(
      '<!-- marker -->\n<!-- record -->\n\n❌ **Prompt regression**',
    );
  });
});

describe('check titles of an accepted regression', () => {
  it('name who accepted, then the usual title, within 100 characters', () => {
    const a = {
      ...base,
      accepted: true,
      covered: [{ ...item(), accepted_change: -0.147, accepted_by: 'alice' }],
    };
    expect(acceptedTitle(regressionReport(), a)).toMatch(
      /^Accepted by @alice: 1 regression: summarizer 1\.2\.0: quality −14\.7 %/,
    );
    expect(acceptedTitleFromItems(a)).toBe(
      'Regression accepted by @alice: summarizer 1.2.0: quality −14.7 %',
    );
    const many = {
      ...a,
      covered: Array.from({ length: 5 }, (_, i) => ({
        ...item({ prompt: 'p'.repeat(80) }),
        accepted_change: null,
        accepted_by: `user${i}`,
      })),
    };
    expect(Array.from(acceptedTitleFromItems(many)).length).toBeLessThanOrEqual(100);
    expect(Array.from(acceptedTitle(regressionReport(), many)).length).toBeLessThanOrEqual(100);
  });

  it("keeps saying first that a fork's relayed report is not verified", () => {
    const escape = (t: string): string => t.replace(/[()]/g, '\\$&');
    const a = {
      ...base,
      accepted: true,
      covered: [{ ...item(), accepted_change: -0.147, accepted_by: 'alice' }],
    };
    const opening = "Reported by the pull request's run (not verified): ";
    const title = acceptedTitle(regressionReport(), a, true);
    expect(title).toMatch(/^Reported by the pull request's run \(not verified\): Accepted by @alice: 1 regression: summarizer/); // prettier-ignore
    expect(Array.from(title).length).toBeLessThanOrEqual(100);
    // GitHub's list shows about 100 characters: what the title is and who accepted come first.
    const fromItems = acceptedTitleFromItems(a, true);
    expect(fromItems).toMatch(new RegExp(`^${escape(opening)}Regression accepted by @alice: summarizer`)); // prettier-ignore
    expect(Array.from(fromItems).length).toBeLessThanOrEqual(100);
  });
});
