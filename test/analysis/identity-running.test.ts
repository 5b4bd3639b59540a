// Which base versions run beside the live one: a head that runs one of them again changes nothing,
// a head that puts the prompt back to a text the base tried and left changes it.
import { describe, expect, it } from 'vitest';
import { compareMemory as run } from './defaults.js';
import { makeCalls, type MemoryVersion } from './memory-store.js';

/** A version of summarizer registered at `at` (UTC, no zone), with the given calls. */
const version = (
  v: string,
  text: string,
  at: string,
  calls: MemoryVersion['calls'],
  tags: string[] = [],
): MemoryVersion => ({ name: 'summarizer', version: v, text, timestamp: `${at}+00:00`, calls, tags }); // prettier-ignore

/** `n` calls from `at` (UTC, no zone), `step` minutes apart, of quality `q`. */
const calls = (n: number, at: string, q: number, seed: number, step = 10) =>
  makeCalls(n, { seed, start: `${at}Z`, stepMinutes: step, quality: [q, 0.05] });

describe('the base newest version, tried and left', () => {
  // 1.0.0 (A) tagged production; 1.1.0 (B), an experiment registered later, ran and was found
  // worse; 1.0.0 went on serving for days after the experiment's last call.
  const live = version('1.0.0', 'Summarize: {text}', '2026-11-01T09:00:00', [
    ...calls(300, '2026-11-01T09:00:00', 0.9, 1),
    ...calls(500, '2026-11-07T09:00:00', 0.9, 2),
  ], ['production']); // prettier-ignore
  const experiment = (n: number) =>
    version('1.1.0', 'Summarize in one line: {text}', '2026-11-05T09:00:00', calls(n, '2026-11-05T09:00:00', 0.6, 3)); // prettier-ignore
  const shipped = calls(60, '2026-11-12T09:00:00', 0.6, 4);

  it('tests a pull request that ships a rejected experiment against the live version', () => {
    for (const n of [200, 5]) {
      const base = [experiment(n), live];
      // A copy of the base store: the pull request's evaluation logs the experiment's text again.
      const copied = run(base, [{ ...base[0]!, calls: [...base[0]!.calls, ...shipped] }, live]);
      expect(copied.comparisons.map((c) => [c.candidate.version, c.candidate.n, c.baseline?.version, c.status])).toEqual([['1.1.0', 60, '1.0.0', 'regressed']]); // prettier-ignore
      expect(copied.verdict).toBe('regressed');
      // A fresh store per job, every version 1.0.0: the same change, under a reused string.
      const fresh = run(base, [version('1.0.0', 'Summarize in one line: {text}', '2026-11-12T09:00:00', shipped)]); // prettier-ignore
      expect(fresh.comparisons.map((c) => [c.candidate.version_reused, c.baseline?.version, c.status])).toEqual([[true, '1.0.0', 'regressed']]); // prettier-ignore
      expect(fresh.warnings.join(' ')).not.toMatch(/base's newest text/);
    }
  });

  it('still takes a newest version that runs, or never ran, as on the base branch', () => {
    const rerun = (v: MemoryVersion, more: MemoryVersion['calls']) => ({ ...v, calls: [...v.calls, ...more] }); // prettier-ignore
    // Staged: never called, while the live one served on. Its evaluation is no change.
    const staged = experiment(0);
    expect(run([staged, live], [rerun(staged, shipped), live]).verdict).toBe('no_changes');
    // Called until the live one's newest, beside it (an A/B arm): an evaluation of every arm.
    const arm = version('1.1.0', 'Summarize in one line: {text}', '2026-11-05T09:00:00', calls(400, '2026-11-05T09:05:00', 0.85, 5, 20)); // prettier-ignore
    const both = run([arm, live], [rerun(arm, shipped), rerun(live, calls(60, '2026-11-12T09:00:00', 0.9, 6))]); // prettier-ignore
    expect(both.verdict).toBe('no_changes');
    // A canary: a few calls (under 5 % of the live one's) until the live one's last day.
    const canary = version('1.1.0', 'Summarize in one line: {text}', '2026-11-05T09:00:00', calls(20, '2026-11-08T09:00:00', 0.85, 8, 120)); // prettier-ignore
    expect(run([canary, live], [rerun(canary, shipped), live]).verdict).toBe('no_changes');
    // Took every call since it was registered, the tag left behind: what runs.
    const tagged = version('1.0.0', 'Summarize: {text}', '2026-11-01T09:00:00', calls(300, '2026-11-01T09:00:00', 0.9, 1), ['production']); // prettier-ignore
    const took = version('1.1.0', 'Summarize in one line: {text}', '2026-11-05T09:00:00', calls(500, '2026-11-05T09:00:00', 0.85, 7)); // prettier-ignore
    expect(run([took, tagged], [rerun(took, shipped), tagged]).verdict).toBe('no_changes');
  });
});

describe('an arm still called beside the live version', () => {
  // 1.0.0 (A) ran first; 1.1.0 (B) is tagged production and live, and A still takes 10 % of the
  // calls beside it (an old client, a forgotten arm), until B's newest.
  const armCalls = calls(100, '2026-11-05T09:00:00', 0.65, 3, 20);
  const liveCalls = calls(900, '2026-11-05T09:01:00', 0.9, 4, 2.2);
  const arm = version('1.0.0', 'Summarize: {text}', '2026-11-01T09:00:00', [...calls(200, '2026-11-01T09:00:00', 0.65, 1), ...armCalls]); // prettier-ignore
  const live = version('1.1.0', 'Summarize briefly: {text}', '2026-11-05T09:00:00', liveCalls, ['production']); // prettier-ignore
  const again = calls(60, '2026-11-07T09:00:00', 0.65, 5);
  const base = [live, arm];

  it('tests a head that runs the old arm alone: the prompt put back to it', () => {
    const copied = run(base, [live, { ...arm, calls: [...arm.calls, ...again] }]);
    expect(copied.comparisons.map((c) => [c.candidate.version, c.candidate.n, c.baseline?.version, c.status])).toEqual([['1.0.0', 60, '1.1.0', 'regressed']]); // prettier-ignore
    // A fresh store per job, under the arm's own string or another.
    for (const v of ['1.0.0', '2.0.0']) {
      const fresh = run(base, [version(v, 'Summarize: {text}', '2026-11-07T09:00:00', again)]);
      expect(fresh.comparisons.map((c) => [c.candidate.version, c.status])).toEqual([[v, 'regressed']]); // prettier-ignore
    }
  });

  it('leaves it alone when the head ran the live text too (an evaluation of every arm)', () => {
    const rerun = calls(60, '2026-11-07T09:00:00', 0.9, 6);
    const copied = run(base, [{ ...live, calls: [...live.calls, ...rerun] }, { ...arm, calls: [...arm.calls, ...again] }]); // prettier-ignore
    expect(copied.verdict).toBe('no_changes');
    const fresh = run(base, [
      version('1.0.1', 'Summarize briefly: {text}', '2026-11-07T09:00:00', rerun),
      version('1.0.0', 'Summarize: {text}', '2026-11-07T10:00:00', again),
    ]);
    expect(fresh.verdict).toBe('no_changes');
    // Left alone by the pull request, it changes nothing.
    expect(run(base, base).verdict).toBe('no_changes');
  });
});
