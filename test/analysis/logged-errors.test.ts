// Failed calls logged the way the library's defaults invite: an error message, success left at 1.
import { describe, expect, it } from 'vitest';
import { writeStore, type StoreSpec } from '../../scripts/store-writer.mjs';
import { compareStores } from '../../src/analysis/compare.js';
import { openStore } from '../../src/store/open.js';
import { ANALYSIS } from './defaults.js';
import { before, calls } from './health-store-spec.js';

const spec = (sql: string[] = []): StoreSpec => ({
  seed: 7,
  prompts: [
    {
      name: 'summarizer',
      versions: [
        { version: '1.1.0', timestamp: before(20), systemPrompt: 'Summarize.', versionTags: ['production'], calls: [calls(19, 2, 20)] }, // prettier-ignore
        { version: '1.2.0', timestamp: before(1), systemPrompt: 'Summarize briefly.', calls: [calls(1, 0, 100)] }, // prettier-ignore
      ],
    },
  ],
  sql: { afterData: sql },
});

// Every 5th call of 1.2.0 timed out: an error message, no metrics, success as the default left it.
const TIMEOUTS = [
  "UPDATE prompt_metrics SET error_message = 'Timeout: model did not answer', quality_score = NULL, latency_ms = NULL, success = 1 WHERE version_id = (SELECT id FROM prompt_versions WHERE version = '1.2.0') AND id % 5 = 0",
];

async function warningsOf(s: StoreSpec): Promise<string[]> {
  const store = await openStore(await writeStore(s), { label: 'head.sqlite' });
  try {
    const r = compareStores({ head: store, base: null, options: ANALYSIS, failOn: 'regressed', generatedAt: '2026-11-27T12:00:00Z', selection: { prompt: 'summarizer', candidate: '1.2.0', baseline: '1.1.0' } }); // prettier-ignore
    return r.comparisons.flatMap((c) => c.warnings);
  } finally {
    store.close();
  }
}

describe('calls that logged an error with success left at 1', () => {
  it('are named in a warning, as the success rate counts them as successes', async () => {
    const warned = await warningsOf(spec(TIMEOUTS));
    expect(warned).toContainEqual(
      expect.stringMatching(
        /^20 candidate calls logged an error message with success left at 1 \(the library's default/,
      ),
    );
    // Failures logged with success=False, or no error at all: nothing to say.
    const honest = TIMEOUTS.map((q) => q.replace('success = 1', 'success = 0'));
    expect((await warningsOf(spec(honest))).join(' ')).not.toMatch(/error message/);
    expect((await warningsOf(spec())).join(' ')).not.toMatch(/error message/);
  });
});
