// A head store copied from the base's: which of its rows are the branch's own, and which are the
// copy's past (rows the base removed or moved on from since).
import { describe, expect, it } from 'vitest';
import { compareMemory as run } from './defaults.js';
import { makeCalls, type MemoryVersion } from './memory-store.js';

/** A version registered at `at` (UTC, no zone), with the given calls. */
const version = (
  name: string,
  v: string,
  text: string,
  at: string,
  calls: MemoryVersion['calls'],
  tags: string[] = [],
): MemoryVersion => ({ name, version: v, text, timestamp: `${at}+00:00`, calls, tags });

/** `n` calls from `at` (UTC, no zone), ten minutes apart, of quality `q`. */
const calls = (n: number, at: string, q: number, seed: number) =>
  makeCalls(n, { seed, start: `${at}Z`, quality: [q, 0.05] });

describe('rows of the copied store that the base removed since', () => {
  // The branch copied the store when it held summ 1.1.0, an abandoned experiment (quality 0.5);
  // main then deleted it (delete_version). The branch changes only `other`.
  const live = version('summ', '1.0.0', 'Summarize: {text}', '2026-11-01T09:00:00', [
    ...calls(300, '2026-11-01T09:00:00', 0.9, 1),
    ...calls(300, '2026-11-06T09:00:00', 0.9, 2),
  ], ['production']); // prettier-ignore
  const experiment = version('summ', '1.1.0', 'Summarize tersely: {text}', '2026-11-03T09:00:00', calls(100, '2026-11-03T09:00:00', 0.5, 3)); // prettier-ignore
  const other = version('other', '1.0.0', 'Classify: {text}', '2026-11-05T09:00:00', calls(200, '2026-11-05T09:00:00', 0.8, 4), ['production']); // prettier-ignore
  const changed = version('other', '1.1.0', 'Classify carefully: {text}', '2026-11-10T09:00:00', calls(80, '2026-11-10T09:00:00', 0.8, 5)); // prettier-ignore
  const base = [live, other];

  it('does not take a row the base deleted since the copy for the pull request’s change', () => {
    const r = run(base, [live, experiment, other, changed]);
    expect(r.comparisons.map((c) => [c.prompt, c.candidate.version])).toEqual([['other', '1.1.0']]); // prettier-ignore
    expect(r.verdict).not.toBe('regressed');
    expect(r.warnings).toEqual([
      `The head holds "summ" "1.1.0" (registered 2026-11-03), which the base store no longer has: a row of the store this branch copied, removed on the base since (delete_version?), not called after the base's newest call. Not compared: it is no change of this branch's.`,
    ]);
    // The branch left the store alone but for that row: nothing changed.
    expect(run(base, [live, experiment, other]).verdict).toBe('no_changes');
  });

  it('still tests the deleted text when the branch runs it again, and rows the branch made', () => {
    // Calls after the base's newest: the branch puts the prompt back to it.
    const again = { ...experiment, calls: [...experiment.calls, ...calls(60, '2026-11-12T09:00:00', 0.5, 6)] }; // prettier-ignore
    const revert = run(base, [live, again, other]);
    expect(revert.comparisons.map((c) => [c.candidate.version, c.status])).toEqual([['1.1.0', 'regressed']]); // prettier-ignore
    // A fresh store per job copies no row: its version is the branch's own, even when the base
    // store is newer than it (a baseline artifact from a later run on main).
    const fresh = version('summ', '1.0.0', 'Summarize tersely: {text}', '2026-11-03T09:00:00', calls(60, '2026-11-03T09:00:00', 0.5, 7)); // prettier-ignore
    expect(run(base, [fresh]).comparisons.map((c) => c.status)).toEqual(['regressed']);
    // Registered after the newest row it copied: the branch's own, tested though never called.
    const late = { ...experiment, timestamp: '2026-11-08T09:00:00+00:00', calls: [] };
    expect(run(base, [live, late, other]).comparisons.map((c) => c.status)).toEqual(['insufficient_data']); // prettier-ignore
  });
});

describe('a stale branch that bumped to the version string main shipped', () => {
  // The branch copied the store while 1.0.0 was tagged production; main then shipped 1.1.0 (B)
  // and moved the tag. The branch, not merged with main, saves its own 1.1.0 (C), later.
  const v100 = version('summ', '1.0.0', 'Summarize: {text}', '2026-11-01T09:00:00', calls(200, '2026-11-01T09:00:00', 0.7, 1)); // prettier-ignore
  const shipped = version('summ', '1.1.0', 'Summarize briefly: {text}', '2026-11-10T09:00:00', calls(200, '2026-11-10T09:00:00', 0.9, 2), ['production']); // prettier-ignore
  const mine = version('summ', '1.1.0', 'Summarize clearly: {text}', '2026-11-12T09:00:00', calls(80, '2026-11-12T09:00:00', 0.92, 3)); // prettier-ignore
  const base = [v100, shipped];

  it('says the head lacks the base’s live version, and never passes', () => {
    const stale = [{ ...v100, tags: ['production'] }, mine];
    const r = run(base, stale);
    expect(r.lost_versions).toEqual([{ prompt: 'summ', version: '1.1.0', live: false }]);
    expect(r.verdict).toBe('warning');
    expect(r.warnings.join(' ')).toMatch(/lacks 1 version the base registered after its newest copied one \("summ" "1\.1\.0"\)/); // prettier-ignore
    expect(run(base, stale, { lostScope: 'every' }).verdict).toBe('warning');
  });

  it('still reads a copy made after the tag moved as the branch rewriting the version', () => {
    // Copied with main's tag on 1.1.0 (1.0.0 untagged), then 1.1.0 re-saved with overwrite=True.
    const rewritten = { ...mine, tags: ['production'] };
    expect(run(base, [v100, rewritten]).lost_versions).toEqual([]);
    expect(run(base, [v100, mine]).lost_versions).toEqual([]);
    // A fresh store per job tags its own version: it copies no row, and lacks nothing.
    const fresh = { ...mine, version: '1.0.0', tags: ['production'] };
    expect(run(base, [fresh]).lost_versions).toEqual([]);
  });
});
