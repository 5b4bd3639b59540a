// A store whose text is UTF-16 (PRAGMA encoding): SQLite's BINARY order is then that of the
// UTF-16 code units, not of the UTF-8 bytes that the one-pass readers reproduce. They leave such
// a store to SQLite's own queries.
import { describe, expect, it } from 'vitest';
import { writeStore } from '../../scripts/store-writer.mjs';
import { openStore } from '../../src/store/open.js';
import { batch } from './helpers.js';

// Half of version 1's calls on 'b', half on `other`: UTF-8 orders 'b' first, UTF-16LE `other`.
async function store(other: string, encoding: 'UTF-8' | 'UTF-16le') {
  const bytes = await writeStore({
    seed: 1,
    encoding,
    prompts: [
      {
        name: 'p',
        versions: [
          {
            version: '1',
            timestamp: '2026-10-01T00:00:00Z',
            calls: [batch('2026-10-01T00:00:00Z', 20, { model: 'b', spacingSeconds: 60 })],
          },
        ],
      },
    ],
    sql: { afterData: [`UPDATE prompt_metrics SET model_name = '${other}' WHERE id % 2 = 0`] },
  });
  return openStore(bytes, { label: `${encoding}.sqlite` });
}

describe('a UTF-16 store', () => {
  it('lists tied models in the summary as SQLite orders them', async () => {
    for (const encoding of ['UTF-8', 'UTF-16le'] as const) {
      const s = await store('Ā', encoding);
      const totals = s.totals(['quality_score']).get(1)!;
      const digest = s.digest({ means: ['quality_score'], quantiles: {} }).get(1)!;
      expect(digest.models).toEqual(totals.models);
      expect(totals.models).toEqual(encoding === 'UTF-8' ? ['b', 'Ā'] : ['Ā', 'b']);
      s.close();
    }
  });

  it('orders call contexts under a focus as the query does', async () => {
    const range = ['2026-09-01T00:00:00Z', '2026-12-01T00:00:00Z'] as const;
    for (const encoding of ['UTF-8', 'UTF-16le'] as const) {
      const plain = await store('中a', encoding);
      const focused = await store('中a', encoding);
      focused.focus!(...range);
      const asked = plain.contexts(1, ...range);
      expect(focused.contexts(1, ...range)).toEqual(asked);
      expect(asked.map((c) => c.model)).toEqual(encoding === 'UTF-8' ? ['b', '中a'] : ['中a', 'b']);
      plain.close();
      focused.close();
    }
  });
});
