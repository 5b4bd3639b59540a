// Names with a NUL in them, which the library writes as given: SQLite's substr() alone ends a
// text at its first NUL, and two prompts, tags or models differing after one read as one.
import { describe, expect, it } from 'vitest';
import type { VersionSpec } from '../../scripts/store-writer.mjs';
import { compareSpecs } from './store-compare.js';
import { before, calls } from './health-store-spec.js';

const quality = (mean: number) => ({ quality: { mean, sd: 0.05 } });

function version(v: string, days: number, q: number, extra: Partial<VersionSpec> = {}) {
  return {
    version: v,
    timestamp: before(days),
    systemPrompt: `Summarize (${v}).`,
    calls: [calls(days, days - 4, 30, quality(q))],
    ...extra,
  };
}

const compare = compareSpecs;

describe('a NUL in a name', () => {
  it('keeps two prompts apart that differ only after it', async () => {
    const prompts = [
      { name: 'p\0A', versions: [version('1.0.0', 30, 0.85, { versionTags: ['production'] })] },
      { name: 'p\0B', versions: [version('1.0.0', 20, 0.5, { versionTags: ['production'] })] },
    ];
    const head = structuredClone(prompts);
    head[0]!.versions.push(version('1.1.0', 10, 0.6));
    const r = await compare({ seed: 1, prompts }, { seed: 1, prompts: head });
    expect(r.comparisons).toHaveLength(1);
    expect(r.comparisons[0]).toMatchObject({
      prompt: 'p\0A',
      status: 'regressed',
      baseline: { version: '1.0.0' },
    });
    expect(r.verdict).toBe('regressed');
  });

  it('does not make a tag that starts with production a production tag', async () => {
    const versions = [
      version('1.0.0', 30, 0.85, { versionTags: ['production'] }),
      version('0.9.0', 20, 0.5, { versionTags: ['production\0-retired'] }),
    ];
    const base = { seed: 2, prompts: [{ name: 'summarizer', versions }] };
    const head = {
      seed: 2,
      prompts: [{ name: 'summarizer', versions: [...versions, version('1.1.0', 10, 0.6)] }],
    };
    const r = await compare(base, head);
    expect(r.comparisons[0]).toMatchObject({ status: 'regressed', baseline: { version: '1.0.0' } });
  });

  it('reads the calls of a model named with one on both sides', async () => {
    const model = 'gpt-4o\0hidden';
    const on = (v: ReturnType<typeof version>) => ({
      ...v,
      calls: v.calls.map((c) => ({ ...c, model })),
    });
    const live = on(version('1.0.0', 30, 0.85, { versionTags: ['production'] }));
    const base = { seed: 3, prompts: [{ name: 'summarizer', versions: [live] }] };
    const head = {
      seed: 3,
      prompts: [{ name: 'summarizer', versions: [live, on(version('1.1.0', 10, 0.6))] }],
    };
    const r = await compare(base, head);
    expect(r.comparisons[0]).toMatchObject({ status: 'regressed' });
    expect(r.comparisons[0]?.metrics.find((m) => m.metric === 'quality_score')).toMatchObject({
      status: 'regressed',
    });
  });
});
