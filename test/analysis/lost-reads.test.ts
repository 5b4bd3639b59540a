// What the check for versions a copied head store lost asks of the stores: a head that holds
// every text of a prompt (a copy of the base plus new versions, the usual head) costs no count.
import { describe, expect, it } from 'vitest';
import { lostVersions } from '../../src/analysis/lost.js';
import type { ContentChanges } from '../../src/analysis/select.js';
import type { StoreReader, VersionRow } from '../../src/store/types.js';

/** Rows whose call count (a query per version on a big store) is counted when asked for. */
function rows(prompts: number, versions: number, asked: { n: number }): VersionRow[] {
  const out: VersionRow[] = [];
  for (let p = 0; p < prompts; p++)
    for (let v = versions - 1; v >= 0; v--) {
      const row = {
        id: p * versions + v + 1,
        name: `prompt-${p}`,
        version: `1.${v}.0`,
        timestamp: `2026-11-${String(1 + v).padStart(2, '0')}T10:00:00+00:00`,
        gitCommit: null,
        tags: [],
        promptHash: `${p}-${v}`.padEnd(16, '0'),
        lastCallAt: null,
      };
      Object.defineProperty(row, 'calls', { enumerable: true, get: () => (asked.n += 1) && 40 });
      out.push(row as unknown as VersionRow);
    }
  return out;
}

const store = (versions: VersionRow[]): StoreReader =>
  ({ versions: () => versions }) as unknown as StoreReader;

describe('lostVersions', () => {
  it('asks no call count of a prompt whose every text the head holds', () => {
    const asked = { n: 0 };
    const base = rows(20, 5, asked);
    const added = { ...base[0]!, id: 999, version: '1.9.0', promptHash: 'new'.padEnd(16, '0') };
    const changes: ContentChanges = {
      changed: [{ version: added, versionReused: false }],
      sameText: [],
      stagedRan: [],
      rewrittenSince: [],
      tagMoved: [],
      removedSince: [],
    };
    asked.n = 0; // the spread above read one
    expect(lostVersions(store([added, ...base]), store(base), changes, 30, 'every')).toEqual([]);
    expect(asked.n).toBe(0);
    // A prompt that lost its newest text is still found, and asked for its live version.
    const head = base.filter((r) => !(r.name === 'prompt-3' && r.version === '1.4.0'));
    const lost = lostVersions(store([added, ...head]), store(base), changes, 30, 'every');
    expect(lost.map((l) => [l.version.name, l.version.version, l.live])).toEqual([
      ['prompt-3', '1.4.0', true],
    ]);
    expect(asked.n).toBeGreaterThan(0);
  });
});
