// A prompt version is its content: which head versions are changes, and against what.
import { describe, expect, it } from 'vitest';
import type { CompareInput } from '../../src/analysis/compare.js';
import { sameContent } from '../../src/analysis/select.js';
import { verdictLine } from '../../src/render/compare/content.js';
import { TEXT_STYLE } from '../../src/render/compare/text.js';
import type { VersionRow } from '../../src/store/types.js';
import { compareMemory } from './defaults.js';
import { makeCalls, type MemoryVersion } from './memory-store.js';

const run = compareMemory;

const version = (
  v: string,
  text: string | null,
  timestamp: string,
  calls: MemoryVersion['calls'],
): MemoryVersion => ({ name: 'summarizer', version: v, text, timestamp, calls });

/** A version registered at `at` (UTC, no zone) with `n` calls from then on, of quality `q`. */
const logged = (v: string, text: string, at: string, n: number, seed: number, q: number) =>
  version(v, text, `${at}+00:00`, makeCalls(n, { seed, start: `${at}Z`, quality: [q, 0.05] }));

// main's evaluation job and the pull request's, each in a fresh store: both start at 1.0.0.
const mainJob = version(
  '1.0.0',
  'Summarize: {text}',
  '2026-11-20T09:00:00+00:00',
  makeCalls(200, { seed: 1, start: '2026-11-20T09:00:00Z', quality: [0.82, 0.08] }),
);
const prJob = version(
  '1.0.0',
  'Summarize briefly: {text}',
  '2026-11-26T09:00:00+00:00',
  makeCalls(60, { seed: 2, start: '2026-11-26T09:00:00Z', quality: [0.69, 0.08] }),
);

describe('prompt identity by text', () => {
  it('compares whole texts when both rows carry them, not their 64-bit hashes', () => {
    const a = (version: string, text: string | null, promptHash: string | null): VersionRow =>
      Object.defineProperty(
        { id: 1, name: 'p', version, timestamp: '', gitCommit: null, tags: [], promptHash },
        'promptText',
        { value: text, enumerable: false },
      ) as unknown as VersionRow;
    // Hashes that collide (a fork could search for a 64-bit collision) do not make texts equal.
    expect(sameContent(a('1', 'Be brief.', 'h'), a('2', 'Be brief!', 'h'))).toBe(false);
    expect(sameContent(a('1', 'Be brief.', 'h1'), a('2', 'Be brief.', 'h2'))).toBe(true);
    // A store without text columns: the version string decides.
    expect(sameContent(a('1', null, null), a('1', 'Be brief.', 'h'))).toBe(true);
    expect(sameContent(a('1', null, null), a('2', 'Be brief.', 'h'))).toBe(false);
    // A copy of a row (spread) has no text: the hashes decide.
    expect(sameContent(a('1', 'Be brief.', 'h'), { ...a('2', 'Be brief!', 'h') })).toBe(true);
  });

  it('tells texts apart by their keys first, comparing them whole only when the keys agree', () => {
    const keyed = (promptKey: number, promptText: string): VersionRow =>
      Object.defineProperties(
        { id: 1, name: 'p', version: '1', timestamp: '', gitCommit: null, tags: [] },
        {
          promptHash: { value: 'h', enumerable: true },
          promptKey: { value: promptKey },
          promptText: { value: promptText },
        },
      ) as unknown as VersionRow;
    const long = 'x'.repeat(100_000);
    // The keys decide when they differ (the reader's keys differ only for different texts).
    expect(sameContent(keyed(1, `${long}a`), keyed(2, `${long}a`))).toBe(false);
    expect(sameContent(keyed(7, `${long}a`), keyed(7, `${long}a`))).toBe(true);
    // Equal keys are not enough: a collision is still told apart by the texts.
    expect(sameContent(keyed(7, `${long}a`), keyed(7, `${long}b`))).toBe(false);
  });

  it('finds a changed prompt behind a reused version string (fresh store per CI job)', () => {
    const r = run([mainJob], [prJob]);
    expect(r.verdict).toBe('regressed');
    expect(r.comparisons).toHaveLength(1);
    const [c] = r.comparisons;
    expect(c?.candidate).toMatchObject({ version: '1.0.0', version_reused: true, n: 60 });
    // The baseline is the base's 1.0.0, read from its history: never the candidate itself.
    expect(c?.baseline).toMatchObject({ version: '1.0.0', n: 200, source: 'history' });
    expect(c?.candidate.prompt_hash).not.toBe(c?.baseline?.prompt_hash);
    expect(c?.metrics.find((m) => m.metric === 'quality_score')?.status).toBe('regressed');
  });

  it('finds a version rewritten in place with overwrite=True, in a store diff and by name', () => {
    const other = {
      ...version('2.0.0', 'Classify: {text}', '2026-11-01T00:00:00+00:00', []),
      name: 'classifier',
    };
    // Same name and version, new row, new timestamp, new text, new calls.
    const r = run([other, mainJob], [other, prJob]);
    expect(r.comparisons.map((c) => [c.prompt, c.status, c.candidate.version_reused])).toEqual([
      ['summarizer', 'regressed', true],
    ]);
    const named = run([other, mainJob], [other, prJob], {
      selection: { prompt: 'summarizer', candidate: '1.0.0' },
    });
    expect(named.comparisons[0]).toMatchObject({
      status: 'regressed',
      candidate: { version_reused: true },
      baseline: { version: '1.0.0', n: 200 },
    });
  });

  it('does not test an older copy of a version the base rewrote in place since, and says so', () => {
    // The branch copied the store (two prompts) when summarizer 1.0.0 read A (live, tagged
    // production); main then re-saved 1.0.0 with overwrite=True (text B, better, 200 calls).
    // The branch adds 1.1.0.
    const other = { ...version('2.0.0', 'Classify: {text}', '2026-11-05T00:00:00+00:00', []), name: 'classifier' }; // prettier-ignore
    const copied = { ...logged('1.0.0', 'Summarize: {text}', '2026-11-01T08:00:00', 200, 1, 0.75), tags: ['production'] }; // prettier-ignore
    const rewritten = { ...logged('1.0.0', 'Summarize clearly: {text}', '2026-11-10T08:00:00', 200, 2, 0.85), tags: ['production'] }; // prettier-ignore
    const added = logged('1.1.0', 'Summarize crisply: {text}', '2026-11-25T10:00:00', 60, 3, 0.85);
    const r = run([other, rewritten], [other, copied, added]);
    // The old text A is no change of this branch (tested, it read as quality -11 %, regressed).
    expect(r.comparisons.map((c) => c.candidate.version)).toEqual(['1.1.0']);
    expect(r.verdict).toBe('warning');
    expect(r.lost_versions).toEqual([{ prompt: 'summarizer', version: '1.0.0', live: true }]);
    expect(r.warnings).toEqual([
      `The head's "summarizer" "1.0.0" is an older text: the base registered "1.0.0" again with other text (overwrite=True) on 2026-11-10, after the head's row (2026-11-01). Not compared: take the base branch's store again and re-run the evaluation.`,
    ]);
    // The branch's copy alone: no regression either, and never "no prompt changes".
    expect(run([other, rewritten], [other, copied], { lostScope: 'every' }).verdict).toBe('warning'); // prettier-ignore
    expect(run([other, rewritten], [other, copied]).verdict).toBe('warning');
    // Re-saved on the branch after main's rewrite (a newer row): the branch's change, tested.
    const resaved = logged('1.0.0', 'Summarize: {text}', '2026-11-20T08:00:00', 200, 1, 0.75);
    expect(run([other, rewritten], [other, resaved]).comparisons.map((c) => c.status)).toEqual(['regressed']); // prettier-ignore
    // Nothing copied to date it by, but the branch's own newer version: the same older copy.
    expect(run([rewritten], [copied, added]).comparisons.map((c) => c.candidate.version)).toEqual(['1.1.0']); // prettier-ignore
    // Neither (a fresh store per job, each tagging its own 1.0.0): the branch's own, tested.
    expect(run([rewritten], [copied]).comparisons.map((c) => c.status)).toEqual(['regressed']);
    // Two branches that bumped to the same 1.1.0 and tagged it, the other merged first: this
    // branch's 1.1.0 is newer than every row it copied, its own change: tested.
    const live = { ...logged('1.0.0', 'Summarize: {text}', '2026-11-01T08:00:00', 200, 1, 0.85), tags: ['production'] }; // prettier-ignore
    const theirs = { ...logged('1.1.0', 'Summarize briefly: {text}', '2026-11-20T08:00:00', 200, 4, 0.85), tags: ['production'] }; // prettier-ignore
    const mine = { ...logged('1.1.0', 'Summarize tersely: {text}', '2026-11-15T08:00:00', 60, 5, 0.55), tags: ['production'] }; // prettier-ignore
    const bumped = run([other, live, theirs], [other, live, mine]);
    expect(bumped.comparisons.map((c) => [c.candidate.version, c.status])).toEqual([['1.1.0', 'regressed']]); // prettier-ignore
    expect(bumped.verdict).toBe('regressed');
  });

  it('does not test a version that only relabels text the base already ran, and says so', () => {
    const relabelled = version('1.1.0', 'Summarize: {text}', '2026-11-26T09:00:00+00:00', []);
    const r = run([mainJob], [mainJob, relabelled]);
    expect(r.verdict).toBe('no_changes');
    expect(r.comparisons).toEqual([]);
    expect(r.same_text).toEqual([{ prompt: 'summarizer', version: '1.1.0', same_as: '1.0.0' }]);
  });

  it('tests a prompt put back to an older text against the live version', () => {
    // 1.0.0, then 1.1.0 (live, registered after 1.0.0's last call); the pull request logs 1.2.0
    // with 1.0.0's text again.
    const live = logged('1.1.0', 'Summarize briefly: {text}', '2026-11-22T09:00:00', 200, 6, 0.85);
    const reverted = logged('1.2.0', 'Summarize: {text}', '2026-11-26T09:00:00', 80, 7, 0.6);
    const r = run([live, mainJob], [reverted, live, mainJob]);
    expect(r.verdict).toBe('regressed');
    expect(r.comparisons.map((c) => [c.candidate.version, c.baseline?.version])).toEqual([
      ['1.2.0', '1.1.0'],
    ]);
    expect(r.same_text).toEqual([]);
    // The same text as the newest base version (its code, not yet tagged) still changes nothing.
    const tagged = { ...mainJob, tags: ['production'] };
    const rerun = version('1.2.0', 'Summarize briefly: {text}', '2026-11-26T09:00:00+00:00', []);
    expect(run([live, tagged], [rerun, live, tagged]).verdict).toBe('no_changes');
    // A variant still called beside the live one (an A/B test) is not a revert either.
    const variant = version('1.0.5', 'Summarize: {text}', '2026-11-20T09:00:00+00:00', [
      ...makeCalls(200, { seed: 11, start: '2026-11-21T09:00:00Z' }),
    ]);
    const ab = run([live, variant], [{ ...reverted, calls: [] }, live, variant]);
    expect(ab.verdict).toBe('no_changes');
    expect(ab.same_text).toEqual([{ prompt: 'summarizer', version: '1.2.0', same_as: '1.0.5' }]);
  });

  it('says how to test a version staged on the base that the head runs, which is no change', () => {
    // main tags 1.0.0 production and has 1.1.0 registered after it, never called (its code merged
    // without an evaluation); the pull request's evaluation then logs 1.1.0's calls. Its text is
    // on the base branch already: every later pull request would be blamed for it if compared.
    const live = { ...logged('1.0.0', 'Summarize: {text}', '2026-11-20T09:00:00', 200, 1, 0.84), tags: ['production'] }; // prettier-ignore
    const staged = version('1.1.0', 'Summarize briefly: {text}', '2026-11-22T09:00:00+00:00', []);
    const evaluated = logged('1.1.0', 'Summarize briefly: {text}', '2026-11-26T09:00:00', 100, 2, 0.7); // prettier-ignore
    const r = run([staged, live], [{ ...evaluated, timestamp: staged.timestamp }, live]);
    expect(r.verdict).toBe('no_changes');
    expect(r.warnings).toEqual([
      expect.stringMatching(
        /^The head ran "summarizer" "1\.1\.0", the base's newest text \(never called there\): .* pv-check compare --prompt "summarizer" --candidate "1\.1\.0" \(or workflow_dispatch\)\.$/,
      ),
    ]);
    // Under another version string (a fresh store per job), the head's is the one to ask for.
    const fresh = run([staged, live], [{ ...evaluated, version: '1.0.1' }, live]);
    expect(fresh.verdict).toBe('no_changes');
    expect(fresh.warnings.join(' ')).toMatch(/ran "summarizer" "1\.0\.1", .*--candidate "1\.0\.1"/); // prettier-ignore
    // A smoke test's few calls on the base (fewer than min-samples) leave it staged.
    const smoke = { ...staged, calls: makeCalls(3, { seed: 4, start: '2026-11-22T10:00:00Z' }) };
    const tried = run([smoke, live], [{ ...smoke, calls: [...smoke.calls, ...evaluated.calls] }, live]); // prettier-ignore
    expect(tried.warnings.join(' ')).toMatch(/the base's newest text \(3 calls there\)/);
    // Not run by the head, or called on the base already: nothing to say.
    expect(run([staged, live], [staged, live]).warnings).toEqual([]);
    const called = { ...staged, calls: makeCalls(200, { seed: 3, start: '2026-11-22T09:00:00Z' }) };
    expect(run([called, live], [{ ...called, calls: [...called.calls, ...evaluated.calls] }, live]).warnings).toEqual([]); // prettier-ignore
  });

  it('names a newer version passed over for its few calls when none is tagged', () => {
    // 1.1.0 is newer (what main may run) but its evaluation logged 20 calls: 1.0.0 is the baseline.
    const older = logged('1.0.0', 'Summarize: {text}', '2026-11-20T09:00:00', 40, 1, 0.7);
    const small = logged('1.1.0', 'Summarize briefly: {text}', '2026-11-22T09:00:00', 20, 6, 0.85);
    const cand = logged('1.2.0', 'Summarize in a line: {text}', '2026-11-26T09:00:00', 60, 7, 0.72);
    const [c] = run([small, older], [cand, small, older]).comparisons;
    expect(c?.baseline?.version).toBe('1.0.0');
    expect(c?.warnings).toContainEqual(
      expect.stringMatching(
        /^No version is tagged production, and "1\.1\.0" \(20 calls\), newer than the baseline, has fewer calls than min-samples \(30\): passed over for "1\.0\.0"/,
      ),
    );
    // Tagged, the tag decides and nothing is said.
    const tagged = run([{ ...older, tags: ['production'] }, small], [cand, small, { ...older, tags: ['production'] }]); // prettier-ignore
    expect(tagged.comparisons[0]?.warnings.join(' ')).not.toMatch(/passed over/);
  });

  it('tests a revert to a text that got a few calls after the live one was registered', () => {
    // 1.0.0 ran until 1.1.0 replaced it; a lagging deployment (or an evaluation that re-ran it)
    // logged 3 more calls of 1.0.0 after 1.1.0 was registered. It is not a variant still running
    // once the pull request runs it again: that is the prompt put back to it.
    const lagged = makeCalls(3, { seed: 3, start: '2026-11-22T09:05:00Z', quality: [0.8, 0.05] });
    const old = { ...logged('1.0.0', 'Summarize: {text}', '2026-11-20T09:00:00', 100, 1, 0.8) };
    const base = [
      { ...logged('1.1.0', 'Summarize briefly: {text}', '2026-11-22T09:00:00', 200, 6, 0.85), tags: ['production'] }, // prettier-ignore
      { ...old, calls: [...old.calls, ...lagged] },
    ];
    const again = makeCalls(60, { seed: 7, start: '2026-11-26T09:00:00Z', quality: [0.65, 0.05] });
    const copied = run(base, [base[0]!, { ...base[1]!, calls: [...base[1]!.calls, ...again] }]);
    expect(copied.verdict).toBe('regressed');
    expect(copied.comparisons.map((c) => [c.candidate.version, c.baseline?.version])).toEqual([
      ['1.0.0', '1.1.0'],
    ]);
    // A fresh store per job, under another version string: the same.
    const fresh = version('2.0.0', 'Summarize: {text}', '2026-11-26T09:00:00+00:00', again);
    expect(run(base, [fresh]).comparisons.map((c) => [c.candidate.version, c.status])).toEqual([
      ['2.0.0', 'regressed'],
    ]);
    // Left alone by the pull request, it changes nothing.
    expect(run(base, base).verdict).toBe('no_changes');
    // The same on the day of the switch (the base store copied hours after it): 3 calls against
    // the live one's 200 are stragglers, not an arm.
    const sameDay = [
      { ...base[0]!, calls: makeCalls(200, { seed: 6, start: '2026-11-22T09:30:00Z', stepMinutes: 2, quality: [0.85, 0.05] }) }, // prettier-ignore
      base[1]!,
    ];
    expect(run(sameDay, [sameDay[0]!, { ...base[1]!, calls: [...base[1]!.calls, ...again] }]).verdict).toBe('regressed'); // prettier-ignore
    // A variant still running beside the live one (called until the live one's newest call) is
    // no revert, though an evaluation of every arm runs it again, 10 % worse.
    const arm = { ...old, calls: [...old.calls, ...makeCalls(200, { seed: 4, start: '2026-11-22T09:00:00Z', quality: [0.76, 0.05] })] }; // prettier-ignore
    const ab = [base[0]!, arm];
    const evalAll = [
      { ...base[0]!, calls: [...base[0]!.calls, ...makeCalls(60, { seed: 8, start: '2026-11-26T09:00:00Z', quality: [0.85, 0.05] })] }, // prettier-ignore
      { ...arm, calls: [...arm.calls, ...again] },
    ];
    expect(run(ab, evalAll).verdict).toBe('no_changes');
  });

  it('tests a revert that keeps the old version string (hash names, a fresh store per job)', () => {
    // 1.0.0 ran, 1.1.0 replaced it and is live; the pull request logs 1.0.0's text again under
    // its own string, as stores naming versions by a hash of their text do.
    const old = logged('1.0.0', 'Summarize: {text}', '2026-11-20T09:00:00', 200, 1, 0.6);
    const live = logged('1.1.0', 'Summarize briefly: {text}', '2026-11-22T09:00:00', 200, 6, 0.85);
    const again = { ...old, calls: [...old.calls, ...makeCalls(60, { seed: 7, start: '2026-11-26T09:00:00Z', quality: [0.6, 0.05] })] }; // prettier-ignore
    const r = run([live, old], [live, again]);
    expect(r.verdict).toBe('regressed');
    expect(r.comparisons.map((c) => [c.candidate.version, c.baseline?.version])).toEqual([
      ['1.0.0', '1.1.0'],
    ]);
    expect(r.comparisons[0]?.candidate.version_reused).toBe(false);
    // A fresh store per job: the pull request's 1.0.0 holds only its own, newer calls.
    const fresh = logged('1.0.0', 'Summarize: {text}', '2026-11-26T09:00:00', 60, 7, 0.6);
    expect(run([live, old], [fresh]).verdict).toBe('regressed');
    // The production tag put back on it, without a call: a change, measured on its calls.
    const tagged = run([{ ...live, tags: ['production'] }, old], [live, { ...old, tags: ['production'] }]); // prettier-ignore
    expect(tagged.comparisons.map((c) => c.candidate.version)).toEqual(['1.0.0']);
    // The base's own versions, untouched by the pull request, change nothing.
    expect(run([live, old], [live, old]).verdict).toBe('no_changes');
    expect(run([{ ...live, tags: ['production'] }, old], [{ ...live, tags: ['production'] }, old]).verdict).toBe('no_changes'); // prettier-ignore
  });

  it('tests only the calls after a text edited in place (an UPDATE of the live row by hand)', () => {
    const edited = { ...mainJob, text: 'Summarize briefly: {text}' };
    // No call since the edit: the 200 calls of the old text are not the candidate's.
    const none = run([mainJob], [edited]);
    expect(none.comparisons[0]?.candidate).toMatchObject({ version: '1.0.0', n: 0 });
    expect(none.verdict).toBe('warning');
    expect(none.comparisons[0]?.warnings.join(' ')).toMatch(
      /The candidate's text was edited in place \(the base store's own row of "1\.0\.0", with other text\): only its calls after the base's newest one/,
    );
    // 60 calls since, 25 % worse: tested on those alone, not diluted by the old ones.
    const after = makeCalls(60, { seed: 9, start: '2026-11-26T09:00:00Z', quality: [0.6, 0.08] });
    const some = run([mainJob], [{ ...edited, calls: [...mainJob.calls, ...after] }]);
    expect(some.comparisons[0]?.candidate.n).toBe(60);
    expect(some.verdict).toBe('regressed');
    // A fresh store's 1.0.0 (another row, another time) keeps every call it has.
    expect(run([mainJob], [prJob]).comparisons[0]?.candidate.n).toBe(60);
  });

  it('compares a named version whose other versions were all logged after it', () => {
    // 1.0.0 rewritten with overwrite=True after 1.1.0: no version is older than 1.1.0.
    const candidate = logged(
      '1.1.0',
      'Summarize briefly: {text}',
      '2026-11-20T10:00:00',
      80,
      8,
      0.6,
    );
    const rewritten = logged(
      '1.0.0',
      'Summarize, typo fixed: {text}',
      '2026-11-21T10:00:00',
      80,
      9,
      0.85,
    );
    const r = run(null, [rewritten, candidate], {
      selection: { prompt: 'summarizer', candidate: '1.1.0' },
    });
    expect(r.comparisons.map((c) => [c.status, c.baseline?.version])).toEqual([
      ['regressed', '1.0.0'],
    ]);
  });

  it('warns, and never passes, when a copy of the base store lost the text the base runs', () => {
    const live = version('1.1.0', 'Summarize briefly: {text}', '2026-11-21T09:00:00+00:00', [
      ...makeCalls(200, { seed: 10, start: '2026-11-21T09:00:00Z' }),
    ]);
    const lost =
      'The head store, a copy of the base\'s, lacks the base\'s live "summarizer" "1.1.0": take the base branch\'s store again and re-run the evaluation (an older copy kept in a merge conflict, a revert, or the stores swapped?). Not compared.';
    // The live version gone from a copy of the base store given by hand (--base and --head
    // the other way round): a warning, not "no changes".
    const deleted = run([live, mainJob], [mainJob], { lostScope: 'every' });
    expect(deleted.verdict).toBe('warning');
    expect(deleted.lost_versions).toEqual([{ prompt: 'summarizer', version: '1.1.0', live: true }]);
    expect(deleted.warnings).toEqual([lost]);
    expect(verdictLine(deleted, TEXT_STYLE)).toEqual({
      verdict: 'warning',
      headline: 'Live prompt missing from the head store',
      detail: 'the head store lost the live version of 1 prompt, not compared (summarizer 1.1.0)',
    });
    // In the action, a head that adds nothing is a branch that left the store alone: its merge
    // lands the base's store as it is (pull_request_target reads the branch's own).
    expect(run([live, mainJob], [mainJob]).lost_versions).toEqual([]);
    expect(run([live, mainJob], [mainJob]).verdict).toBe('no_changes');
    // An older copy with a change to another prompt that passes (a merge conflict resolved with
    // the branch's copy): a warning.
    const other = { ...mainJob, name: 'classifier' };
    const better = logged('2.0.0', 'Classify: {text}', '2026-11-26T09:00:00', 60, 4, 0.85);
    const both = run([live, mainJob, other], [mainJob, other, { ...better, name: 'classifier' }]);
    expect(both.comparisons.map((c) => [c.prompt, c.status])).toEqual([['classifier', 'unchanged']]); // prettier-ignore
    expect(both.verdict).toBe('warning');
    expect(verdictLine(both, TEXT_STYLE)).toMatchObject({
      headline: 'Live prompt missing from the head store',
      detail:
        '1 changed prompt: the head store lost the live version of 1 prompt, not compared (summarizer 1.1.0)',
    });
    // A fresh store per job that ran another prompt only, the old text registered anew, or a
    // change to this one: no word.
    expect(run([live, mainJob], [other]).warnings).toEqual([]);
    const anew = { ...mainJob, timestamp: '2026-11-26T08:00:00+00:00' };
    expect(run([live, mainJob], [anew]).lost_versions).toEqual([]);
    expect(run([live, mainJob], [prJob]).warnings).toEqual([]);
    expect(run([live, mainJob], [live, mainJob]).warnings).toEqual([]);
  });

  it('does not pass the stores given the other way round, nor an older copy of the base', () => {
    // The branch's store (main's plus a worse 1.1.0) given as the base, main's as the head.
    const branch = logged('1.1.0', 'Summarize briefly: {text}', '2026-11-26T09:00:00', 60, 4, 0.6);
    const swapped = run([mainJob, branch], [mainJob], { lostScope: 'every' });
    expect(swapped.comparisons).toEqual([]);
    // Untagged, the newest version called is the base's live one.
    expect(swapped.lost_versions).toEqual([{ prompt: 'summarizer', version: '1.1.0', live: true }]); // prettier-ignore
    expect(swapped.verdict).toBe('warning');
    // With 1.0.0 tagged production, 1.1.0 is a newer version the head lacks.
    const live = { ...mainJob, tags: ['production'] };
    const tagged = run([live, branch], [live], { lostScope: 'every' });
    expect(tagged.lost_versions).toEqual([{ prompt: 'summarizer', version: '1.1.0', live: false }]); // prettier-ignore
    expect(tagged.verdict).toBe('warning');
    expect(tagged.warnings).toEqual([
      expect.stringMatching(/^The head store, a copy of the base's, lacks 1 version the base registered after its newest copied one \("summarizer" "1\.1\.0"\): take the base branch's store again and re-run the evaluation \(an older copy kept, a revert, or the stores swapped\?\)\.$/), // prettier-ignore
    ]);
    expect(verdictLine(tagged, TEXT_STYLE).headline).toBe('Head store older than the base store');
    // In the right order it is a change; a version rewritten in place (overwrite=True) and a
    // fresh store per job lack nothing.
    expect(run([live], [live, branch]).lost_versions).toEqual([]);
    const rewritten = { ...live, timestamp: '2026-11-27T08:00:00+00:00' };
    expect(run([live, branch], [rewritten, branch]).lost_versions).toEqual([]);
    expect(run([live, branch], [prJob]).lost_versions).toEqual([]);
  });

  it('warns when a head that adds nothing deleted the live version, not when it is an older copy', () => {
    const v100 = logged('1.0.0', 'Summarize: {text}', '2026-10-01T09:00:00', 100, 1, 0.7);
    const v110 = { ...logged('1.1.0', 'Summarize briefly: {text}', '2026-11-15T09:00:00', 100, 3, 0.85), tags: ['production'] }; // prettier-ignore
    // Another prompt's version, registered after the live one: the head copied it, so it was
    // copied after the live version was registered, and lacks it only by deleting it.
    const other = { ...logged('1.0.0', 'Classify: {text}', '2026-11-20T09:00:00', 60, 4, 0.8), name: 'classifier' }; // prettier-ignore
    const live = { prompt: 'summarizer', version: '1.1.0', live: true };
    const deleted = run([v100, v110, other], [v100, other]);
    expect(deleted.lost_versions).toEqual([live]);
    expect(deleted.verdict).toBe('warning');
    // The whole prompt removed.
    expect(run([v100, v110, other], [other]).lost_versions).toEqual([live]);
    // An older copy made before the live version was registered: the branch left the store
    // alone, and its merge keeps the base's.
    expect(run([v100, v110], [v100]).verdict).toBe('no_changes');
    // An old version deleted, the live one kept: a cleanup, nothing lost.
    expect(run([v100, v110, other], [v110, other]).lost_versions).toEqual([]);
  });

  it('does not take the base version a branch bumped to the same string since as held', () => {
    const v100 = logged('1.0.0', 'Summarize: {text}', '2026-10-01T09:00:00', 100, 1, 0.8);
    // The branch saved 1.1.0 with its text; main then saved its own 1.1.0, tagged and called.
    const branch = logged('1.1.0', 'Summarize tersely: {text}', '2026-11-25T09:00:00', 60, 2, 0.8);
    const main = { ...logged('1.1.0', 'Summarize carefully: {text}', '2026-11-26T09:00:00', 80, 3, 0.8), tags: ['production'] }; // prettier-ignore
    const kept = run([v100, main], [v100, branch]);
    expect(kept.lost_versions).toEqual([{ prompt: 'summarizer', version: '1.1.0', live: false }]);
    expect(kept.verdict).toBe('warning');
    // main's saved first: as the branch rewriting it in place (overwrite=True) would read, a change.
    const earlier = { ...main, timestamp: '2026-11-24T09:00:00+00:00' };
    expect(run([v100, earlier], [v100, branch]).lost_versions).toEqual([]);
  });

  it('says when a prompt or version asked for is in the store with its accents encoded otherwise', () => {
    const nfd = 'cafe\u0301';
    const cafe = { ...mainJob, name: nfd, version: `1.0.0-${nfd}` };
    const ask = (prompt: string, candidate: string) => () =>
      run(null, [cafe], { selection: { prompt, candidate } });
    expect(ask('café', '1.0.0')).toThrow(
      `Prompt "café" is not in head.sqlite; it has: "${nfd}". The store's "${nfd}" reads the same but encodes its accents otherwise (Unicode NFC against NFD): copy the name from the store (pv-check summary lists it).`,
    );
    expect(ask(nfd, '1.0.0-café')).toThrow(/The store's "1\.0\.0-cafe\u0301" reads the same/);
    expect(ask('tea', '1.0.0')).toThrow(/^Prompt "tea" is not in head\.sqlite; it has: "[^"]+"\.$/);
  });

  it('says when a prompt or version asked for is in the store with spaces at its ends', () => {
    // GitHub trims action inputs: ' summarizer' arrives as 'summarizer'.
    const spaced = { ...mainJob, name: " chef's summarizer", version: '1.0.0 ' };
    const ask = (prompt: string, candidate: string) => () =>
      run(null, [spaced], { selection: { prompt, candidate } });
    expect(ask("chef's summarizer", '1.0.0')).toThrow(
      `Prompt "chef's summarizer" is not in head.sqlite; it has: " chef's summarizer". The store's " chef's summarizer" has spaces at its ends, which GitHub trims from action inputs: give it there as a JSON string, prompt: '" chef''s summarizer"' (pv-check takes it quoted as it is, --prompt " chef's summarizer").`,
    );
    expect(ask(" chef's summarizer", '1.0.0')).toThrow(
      /The store's "1\.0\.0 " has spaces at its ends, .* candidate: '"1\.0\.0 "' /,
    );
  });

  it('takes a head copied before the base moved the production tag as stale, not as a tag put back', () => {
    // The branch copied the store while 1.0.0 was tagged; the base then released 1.1.0 and moved
    // the tag. The head changes no prompt: its old tag is not a revert to 1.0.0.
    const v100 = version('1.0.0', 'Summarize: {text}', '2026-10-01T00:00:00+00:00', makeCalls(100, { seed: 1, start: '2026-10-02T00:00:00Z', quality: [0.7, 0.05] })); // prettier-ignore
    const v110 = version('1.1.0', 'Summarize briefly: {text}', '2026-11-15T00:00:00+00:00', makeCalls(100, { seed: 3, start: '2026-11-16T00:00:00Z', quality: [0.85, 0.05] })); // prettier-ignore
    const stale = run([v100, { ...v110, tags: ['production'] }], [{ ...v100, tags: ['production'] }]); // prettier-ignore
    // It adds nothing: a branch that left the store alone, whose merge keeps the base's.
    expect(stale.verdict).toBe('no_changes');
    // Named by hand as the head (the CLI), it is said to lack the live text.
    const named = run([v100, { ...v110, tags: ['production'] }], [{ ...v100, tags: ['production'] }], { lostScope: "every" }); // prettier-ignore
    expect(named.verdict).toBe('warning');
    expect(named.warnings.join('\n')).toMatch(
      /lacks the base's live "summarizer" "1\.1\.0": take the base branch's store again/,
    );
    // Its evaluation ran the merge commit, registering the live text anew in that old copy: as a
    // fresh store that promotes 1.0.0 would, or a re-save with overwrite=True. It is tested, and
    // a warning names the other reading, a restored copy older than the tag's move.
    const rerun = logged('1.1.0', 'Summarize briefly: {text}', '2026-11-26T09:00:00', 60, 5, 0.85); // prettier-ignore
    const merged = run([v100, { ...v110, tags: ['production'] }], [{ ...v100, tags: ['production'] }, rerun]); // prettier-ignore
    expect(merged.comparisons.map((c) => [c.candidate.version, c.status])).toEqual([['1.0.0', 'regressed']]); // prettier-ignore
    expect(merged.warnings).toEqual([
      expect.stringMatching(/^The head tags "summarizer" "1\.0\.0" production over the base's "1\.1\.0", whose text it registered anew: .* a copy from before the base moved the tag \(a restored cache\), copy the base's store again; else it is tested as what now runs\.$/), // prettier-ignore
    ]);
    // A head that has the live version itself and moves the tag back to 1.0.0 puts it back.
    const back = run([v100, { ...v110, tags: ['production'] }], [{ ...v100, tags: ['production'] }, v110]); // prettier-ignore
    expect(back.comparisons.map((c) => [c.candidate.version, c.baseline?.version, c.status])).toEqual([['1.0.0', '1.1.0', 'regressed']]); // prettier-ignore
    expect(back.warnings).toEqual([]);
  });

  it('compares only what the head adds when it holds the base versions too (the usual case)', () => {
    const v110 = version(
      '1.1.0',
      'Summarize briefly: {text}',
      '2026-11-26T09:00:00+00:00',
      prJob.calls,
    );
    const r = run([mainJob], [mainJob, v110]);
    expect(r.comparisons.map((c) => [c.candidate.version, c.candidate.version_reused])).toEqual([
      ['1.1.0', false],
    ]);
    expect(r.same_text).toEqual([]);
  });

  it('uses a fresh re-run of the baseline text under another version string', () => {
    const live = version(
      '1.2.0',
      'Summarize: {text}',
      '2026-11-01T00:00:00+00:00',
      makeCalls(200, { seed: 3, start: '2026-11-01T00:00:00Z' }),
    );
    // The pull request's fresh store re-ran the live text (as 1.0.0) beside the new one (1.0.1).
    const rerun = version(
      '1.0.0',
      'Summarize: {text}',
      '2026-11-26T08:00:00+00:00',
      makeCalls(60, { seed: 4, start: '2026-11-26T08:00:00Z' }),
    );
    const changed = version('1.0.1', 'Summarize briefly: {text}', '2026-11-26T09:00:00+00:00', [
      ...makeCalls(60, { seed: 5, start: '2026-11-26T09:00:00Z' }),
    ]);
    const r = run([live], [rerun, changed]);
    expect(r.comparisons).toHaveLength(1);
    expect(r.comparisons[0]?.candidate.version).toBe('1.0.1');
    expect(r.comparisons[0]?.baseline).toMatchObject({ version: '1.2.0', source: 'fresh', n: 60 });
    expect(r.same_text).toEqual([{ prompt: 'summarizer', version: '1.0.0', same_as: '1.2.0' }]);
  });

  it('keeps hash and git version strings working, and falls back to them without text', () => {
    const a = version('7494c5ca74a7667b', 'A', '2026-11-01T00:00:00+00:00', mainJob.calls);
    const b = version('main-abc1234', 'B', '2026-11-26T09:00:00+00:00', prJob.calls);
    expect(run([a], [a, b]).comparisons.map((c) => c.candidate.version)).toEqual(['main-abc1234']);
    // A store without prompt text: the version string is all there is to go by.
    const blind = (v: MemoryVersion): MemoryVersion => ({ ...v, text: null });
    expect(run([blind(mainJob)], [blind(prJob)]).verdict).toBe('no_changes');
    expect(
      run([blind(a)], [blind(a), blind(b)]).comparisons.map((c) => c.candidate.version),
    ).toEqual(['main-abc1234']);
  });

  it('treats every version as new without a base store, and counts prompts and versions', () => {
    const r = run(null, [mainJob, { ...prJob, version: '1.0.1' }]);
    expect(r.comparisons.map((c) => c.status)).toEqual(['new_prompt', 'new_prompt']);
    expect(r.counts).toMatchObject({ candidates: 2, prompts: 1, new_prompts: 2 });
  });
});

describe('untested is never green', () => {
  it('compares with an earlier version that has no calls instead of calling the prompt new', () => {
    const empty = version('1.0.0', 'Summarize: {text}', '2026-11-01T00:00:00+00:00', []);
    const v110 = version('1.1.0', 'B', '2026-11-26T09:00:00+00:00', prJob.calls);
    const r = run([empty], [empty, v110]);
    expect(r.comparisons[0]).toMatchObject({
      status: 'insufficient_data',
      baseline: { version: '1.0.0', n: 0 },
    });
    expect(r.verdict).toBe('warning');
    expect(r.counts.untested).toBe(1);
  });

  it('warns on a changed prompt with no calls, and fails it only under fail-on untested', () => {
    const v110 = version('1.1.0', 'B', '2026-11-26T09:00:00+00:00', []);
    const verdict = (failOn: CompareInput['failOn']): string =>
      run([mainJob], [mainJob, v110], { failOn }).verdict;
    expect(run([mainJob], [mainJob, v110]).comparisons[0]).toMatchObject({
      status: 'insufficient_data',
      candidate: { n: 0 },
      baseline: { n: 200 },
    });
    expect(verdict('regressed')).toBe('warning');
    expect(verdict('inconclusive')).toBe('warning');
    expect(verdict('untested')).toBe('regressed');
    expect(verdict('never')).toBe('warning');
  });

  it('warns below min-samples on either side (20 calls a side)', () => {
    const few = (v: string, text: string, seed: number, quality: number): MemoryVersion =>
      version(
        v,
        text,
        `2026-11-2${seed}T09:00:00+00:00`,
        makeCalls(20, { seed, start: `2026-11-2${seed}T09:00:00Z`, quality: [quality, 0.05] }),
      );
    const r = run(
      [few('1.0.0', 'A', 1, 0.85)],
      [few('1.0.0', 'A', 1, 0.85), few('1.1.0', 'B', 2, 0.6)],
    );
    expect(r.comparisons[0]?.status).toBe('insufficient_data');
    expect(r.verdict).toBe('warning');
  });
});
