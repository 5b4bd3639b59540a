import { describe, expect, it } from 'vitest';
import {
  buildCommentMarker,
  buildHealthMarker,
  compareRuns,
  findMarker,
  findMarkerAnywhere,
  parseMarkerLine,
} from '../../src/github/markers.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';

describe('markers', () => {
  it('builds and parses a comment marker', () => {
    const line = buildCommentMarker({ key: 'main', sha: SHA, run: 42, attempt: 2 });
    expect(line).toBe(
      `<!-- prompt-versioner-action:comment key=main sha=${SHA} run=42 attempt=2 -->`,
    );
    expect(parseMarkerLine(line)).toEqual({
      kind: 'comment',
      key: 'main',
      sha: SHA,
      run: 42,
      attempt: 2,
    });
  });

  it('builds and parses a health marker with its alerts fingerprint', () => {
    const line = buildHealthMarker({
      key: 'nightly',
      sha: SHA,
      run: 3,
      attempt: 1,
      alerts: 'a1b2c3',
    });
    expect(line).toContain('alerts=a1b2c3 -->');
    expect(parseMarkerLine(line)).toMatchObject({ kind: 'health', alerts: 'a1b2c3' });
    // With the workflow that keeps it; a comment marker never carries one.
    const kept = buildHealthMarker({ key: 'k', sha: SHA, run: 3, attempt: 1, alerts: 'a', workflow: '0a1b2c3d' }); // prettier-ignore
    expect(parseMarkerLine(kept)).toMatchObject({ kind: 'health', workflow: '0a1b2c3d' });
    const comment = buildCommentMarker({ key: 'k', sha: SHA, run: 1, attempt: 1 });
    expect(parseMarkerLine(comment.replace(' -->', ' wf=0a1b2c3d -->'))).toBeNull();
    // An issue's marker is found below a maintainer's note; a comment's only on its first line.
    expect(findMarkerAnywhere(`note\n\n${kept}\nreport`, 'health')).toMatchObject({ run: 3 });
    expect(findMarker(`note\n\n${kept}\nreport`, 'health')).toBeNull();
  });

  it('refuses anything but the exact format', () => {
    const good = buildCommentMarker({ key: 'k', sha: SHA, run: 1, attempt: 1 });
    for (const bad of [
      ` ${good}`,
      `${good} trailing`,
      good.replace('comment', 'Comment'),
      good.replace('key=k', 'key=k k'),
      good.replace('run=1', 'run=01'),
      good.replace('run=1', 'run=-1'),
      good.replace(' -->', ' alerts=x -->'),
      good.replace(`sha=${SHA}`, 'sha=XYZ'),
      good.replace('prompt-versioner-action', 'other-action'),
      buildHealthMarker({ key: 'k', sha: SHA, run: 1, attempt: 1, alerts: 'x' }).replace(
        ' alerts=x',
        '',
      ),
    ]) {
      expect(parseMarkerLine(bad), bad).toBeNull();
    }
    expect(parseMarkerLine(`${good}\r`)).not.toBeNull();
  });

  it('finds the marker only as the first line of a body (issue 13, finding 5)', () => {
    const m = buildCommentMarker({ key: 'k', sha: SHA, run: 5, attempt: 1 });
    expect(findMarker(`${m}\n# Report`, 'comment')?.run).toBe(5);
    expect(findMarker(`${m}\r\n# Report`, 'comment')?.run).toBe(5);
    expect(findMarker(`# Report\r\n${m}\r\nmore`, 'comment')).toBeNull();
    expect(findMarker(`# Report\n${m}`, 'comment')).toBeNull();
    expect(findMarker(`\n${m}`, 'comment')).toBeNull();
    expect(findMarker(`> ${m}`, 'comment')).toBeNull();
    expect(findMarker(`text ${m}`, 'comment')).toBeNull();
    expect(findMarker(`${m}`, 'health')).toBeNull();
    expect(findMarker(null, 'comment')).toBeNull();
  });

  it('takes the first marker when a body has several', () => {
    const a = buildCommentMarker({ key: 'k', sha: SHA, run: 5, attempt: 1 });
    const b = buildCommentMarker({ key: 'k', sha: SHA, run: 9, attempt: 1 });
    expect(findMarker(`${a}\n${b}`, 'comment')?.run).toBe(5);
  });

  it('refuses to build a marker from bad fields', () => {
    expect(() => buildCommentMarker({ key: 'k k', sha: SHA, run: 1, attempt: 1 })).toThrow(/key/);
    expect(() => buildCommentMarker({ key: 'k', sha: 'HEAD', run: 1, attempt: 1 })).toThrow(/sha/);
    expect(() => buildCommentMarker({ key: 'k', sha: SHA, run: 0, attempt: 1 })).toThrow(/run/);
    expect(() => buildHealthMarker({ key: 'k', sha: SHA, run: 1, attempt: 1, alerts: '' })).toThrow(
      /alerts/,
    );
  });

  it('orders reports by run, then attempt', () => {
    expect(compareRuns({ run: 2, attempt: 1 }, { run: 1, attempt: 5 })).toBeGreaterThan(0);
    expect(compareRuns({ run: 2, attempt: 1 }, { run: 2, attempt: 2 })).toBeLessThan(0);
    expect(compareRuns({ run: 2, attempt: 2 }, { run: 2, attempt: 2 })).toBe(0);
  });
});
