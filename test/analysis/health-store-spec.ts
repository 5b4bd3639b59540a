// A Prompt Versioner store (written by the store writer, read through SQLite) with every kind
// of health alert, "now" being 2026-11-27T12:00:00Z.
import type { BatchSpec, StoreSpec } from '../../scripts/store-writer.mjs';

export const STORE_NOW = '2026-11-27T12:00:00Z';
const DAY = 86_400_000;

/** ISO time `days` before STORE_NOW, as the library writes it. */
export function before(days: number): string {
  return new Date(Date.parse(STORE_NOW) - days * DAY).toISOString().replace('.000Z', '+00:00');
}

/** `perDay` calls a day from `from` to `to` days before now. */
export function calls(
  from: number,
  to: number,
  perDay: number,
  extra: Partial<BatchSpec> = {},
): BatchSpec {
  return {
    start: before(from),
    count: Math.round((from - to) * perDay),
    spacingSeconds: 86_400 / perDay,
    model: 'gpt-4o',
    quality: { mean: 0.85, sd: 0.06 },
    latency: { median: 400, sigma: 0.25 },
    success: { p: 0.98 },
    ...extra,
  };
}

/** The store: a production tag, a collapse, a slow slide, a silent prompt, and calls after now. */
export function healthSpec(): StoreSpec {
  return {
    seed: 11,
    prompts: [
      {
        name: 'summarizer',
        versions: [
          {
            version: '1.1.0',
            timestamp: before(40),
            versionTags: ['production'],
            calls: [calls(29, 0, 48)],
          },
          // Newer, called in the window too, but not the production version.
          {
            version: '1.2.0',
            timestamp: before(2),
            calls: [calls(2, 0, 48, { quality: { mean: 0.5, sd: 0.05 } })],
          },
        ],
      },
      {
        name: 'classifier',
        versions: [
          {
            version: '2.0.0',
            timestamp: before(35),
            calls: [calls(29, 1, 48), calls(1, 0, 48, { quality: { mean: 0.6, sd: 0.06 } })],
          },
        ],
      },
      {
        name: 'triage',
        versions: [
          {
            version: '7494c5ca74a7667b',
            timestamp: before(35),
            tags: ['production'],
            calls: [
              calls(29, 21, 30, { quality: { mean: 0.85, sd: 0.06 } }),
              calls(21, 0, 30, { quality: { mean: 0.85, sd: 0.06, end: 0.76 } }),
            ],
          },
        ],
      },
      {
        name: 'extractor',
        versions: [{ version: 'main-b7d4e91', timestamp: before(35), calls: [calls(29, 2, 24)] }],
      },
      {
        // Calls after now: an old store read with --now must not see them.
        name: 'router',
        versions: [
          {
            version: '0.3.0',
            timestamp: before(35),
            calls: [calls(29, 0, 48), calls(0, -3, 48, { quality: { mean: 0.2, sd: 0.05 } })],
          },
        ],
      },
    ],
  };
}
