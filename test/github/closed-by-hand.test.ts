// A person's close of the tracking issue, against this run's alerts: what holds it closed.
import { describe, expect, it } from 'vitest';
import { closedByHand, type ClosedIssue } from '../../src/github/issue-list.js';
import {
  buildAlertKeysLine,
  buildHealthMarker,
  findAlertKeys,
  findMarker,
} from '../../src/github/markers.js';

const WINDOW = { since: '2026-11-27T00:00:00Z', until: '2026-11-28T00:00:00Z' };

/** An issue showing alerts `keys` (fingerprint `alerts`), closed by a person a day ago. */
function closed(alerts: string, keys: string[] | null, reason = 'not_planned'): ClosedIssue {
  const marker = buildHealthMarker({ key: 'health', sha: 'c'.repeat(40), run: 7, attempt: 1, alerts }); // prettier-ignore
  const body = [marker, ...(keys ? [buildAlertKeysLine(keys)] : []), '# Prompt health', ''].join('\n'); // prettier-ignore
  return {
    issue: { id: 3, body, marker: findMarker(body, 'health')! },
    url: 'https://github.com/o/r/issues/3',
    at: '2026-11-27T09:00:00Z',
    reason,
  };
}

describe('closedByHand', () => {
  it('holds a close as not planned while the alerts are the ones it dismissed, or fewer', () => {
    const issue = closed('aaaaaaaaaaaaaaaa', ['0000000a', '0000000b', '0000000c']);
    expect(closedByHand(issue, 'aaaaaaaaaaaaaaaa', WINDOW, ['0000000a', '0000000b', '0000000c'])).toMatch(/same alerts/); // prettier-ignore
    // The budget raised since: two of the three remain, nothing new.
    expect(closedByHand(issue, 'bbbbbbbbbbbbbbbb', WINDOW, ['0000000a', '0000000c'])).toMatch(
      /closed as not planned with these alerts and more; a new issue opens when a new one appears/,
    );
    // A new alert beside them is news.
    expect(closedByHand(issue, 'cccccccccccccccc', WINDOW, ['0000000a', '0000000d'])).toBeNull();
  });

  it('goes by the fingerprint alone when the issue lists no keys, or was closed as done', () => {
    expect(closedByHand(closed('aaaaaaaaaaaaaaaa', null), 'bbbbbbbbbbbbbbbb', WINDOW, ['0000000a'])).toBeNull(); // prettier-ignore
    const done = closed('aaaaaaaaaaaaaaaa', ['0000000a', '0000000b'], 'completed');
    expect(closedByHand(done, 'bbbbbbbbbbbbbbbb', WINDOW, ['0000000a'])).toBeNull();
    // A week after the close, the same alerts are news too.
    const old = { ...closed('aaaaaaaaaaaaaaaa', ['0000000a']), at: '2026-11-19T09:00:00Z' };
    expect(closedByHand(old, 'bbbbbbbbbbbbbbbb', WINDOW, ['0000000a'])).toBeNull();
  });

  it('reads the keys line back, and refuses keys that are not short hex', () => {
    expect(findAlertKeys(`x\n${buildAlertKeysLine(['0123abcd', 'ffffffff'])}\n`)).toEqual(['0123abcd', 'ffffffff']); // prettier-ignore
    expect(findAlertKeys(`x\n${buildAlertKeysLine([])}`)).toEqual([]);
    // Below what carryAlerting puts under the marker: the alerting line and a note.
    const carried = `x\n<!-- alerting -->\n\n**Kept open:** a.\n\n${buildAlertKeysLine(['0123abcd'])}`;
    expect(findAlertKeys(carried)).toEqual(['0123abcd']);
    expect(findAlertKeys('x\n<!-- prompt-versioner-action:alert-keys <b> -->')).toBeNull();
    expect(() => buildAlertKeysLine(['nothex!!'])).toThrow(/8 hex digits/);
  });
});
