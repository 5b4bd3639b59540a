// Stores made to tell apart answers that differ in any bit: sums whose order and compensation
// matter, integers beside reals, ties on instants, ids out of time order, offsets and fractions
// around UTC midnight, text and BLOBs in number columns, model names that UTF-16 and UTF-8 order
// differently. Shared by the tests of the health report's reads (span.test.ts, span-pages.test.ts).
import { instant, mulberry32, type RowSpec, type StoreSpec } from '../../scripts/store-writer.mjs';
import type { Metric } from '../../src/metrics.js';

export const METRICS: Metric[] = ['quality_score', 'accuracy', 'latency_ms', 'success', 'cost_eur', 'total_tokens']; // prettier-ignore

/** JSON with every number as its IEEE 754 bits: equal text means equal bits, -0 and all. */
export function bits(value: unknown): string {
  const hex = (x: number): string => {
    const b = new DataView(new ArrayBuffer(8));
    b.setFloat64(0, x);
    return b.getBigUint64(0).toString(16);
  };
  return JSON.stringify(value, (_, v: unknown) =>
    typeof v === 'number' ? hex(v) : v instanceof Float64Array ? [...v].map(hex) : v,
  );
}

// Values that make compensated sums, order and types matter; strings stand for text in a REAL
// column (the writer inserts them as they are).
const pools: Readonly<Record<string, readonly (string | number | null)[]>> = {
  quality_score: [0.1, 0.2, 0.3, 0.7, 1e-17, 1e9, -3, 2 ** 40, 0, -0, null, 'n/a'],
  accuracy: [0.1, 0.9, 1, null],
  latency_ms: [100, 100, 250.5, 0, -5, 1e6, 3.3, null],
  success: [1, 0, 1, 1, 0.5, null],
  cost_eur: [0.1, 0.3, 1e-9, 12345.678, 1e11, 3, 0.2, null],
  total_tokens: [512, 7, null],
  model_name: ['gpt-4o', 'gpt-4o-mini', null, 'é', '\u{1D518}x', '\uE000y'],
  temperature: [0.2, 0.7, null, 1, 0],
  max_tokens: [512, 1024, null],
};
const OFFSETS = ['+00:00', 'Z', '+05:30', '-08:00', ''];
const DAY = 86_400_000;
const START = Date.parse('2026-11-01T00:00:00Z');

function timestamp(ms: number, rand: () => number): string {
  const offset = OFFSETS[Math.floor(rand() * OFFSETS.length)]!;
  const minutes = offset === '+05:30' ? 330 : offset === '-08:00' ? -480 : 0;
  const local = new Date(ms + minutes * 60_000).toISOString().slice(0, 23);
  const frac = rand() < 0.3 ? `${local}${Math.floor(rand() * 1000)}` : local.slice(0, 19);
  return `${rand() < 0.1 ? frac.replace('T', ' ') : frac}${offset}`;
}

/** Calls of versions 1 and 2 over 4 days, written out of time order and with tied instants. */
function awkwardRows(
  seed: number,
  count: number,
  unreadable: number,
): { v1: RowSpec[]; v2: RowSpec[] } {
  const rand = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const ids = Array.from({ length: 2 * count }, (_, i) => i + 1).sort(() => rand() - 0.5);
  const make = (i: number): RowSpec => {
    // Around UTC midnights, a few hundred ms either side; some calls share an instant.
    const near = START + Math.floor(rand() * 4) * DAY + Math.floor((rand() - 0.5) * 600);
    const ms = rand() < 0.3 ? near : START + Math.floor(rand() * 4 * DAY);
    const row: Record<string, unknown> = {
      id: ids[i],
      timestamp:
        rand() < unreadable ? 'yesterday' : timestamp(rand() < 0.1 ? START + DAY : ms, rand),
    };
    for (const [column, pool] of Object.entries(pools)) row[column] = pick(pool);
    return row as unknown as RowSpec;
  };
  let rows = Array.from({ length: 2 * count }, (_, i) => make(i));
  if (unreadable === 0) {
    // Logged as calls happen: ids in time order but for a few calls a few places off.
    rows = rows.sort((a, b) => instant(a.timestamp) - instant(b.timestamp));
    for (let i = 3; i < rows.length; i++) {
      const j = i - 1 - Math.floor(rand() * 3);
      if (rand() < 0.05) [rows[j], rows[i]] = [rows[i]!, rows[j]!];
    }
    rows = rows.map((r, i) => ({ ...r, id: i + 1 }));
  }
  // Each version's newest call twice, written two ways: the first by id is its newest call.
  const last = (id: number, timestamp: string): RowSpec => ({ ...make(0), id, timestamp });
  return {
    v1: [...rows.slice(0, count), last(3 * count + 2, '2026-11-04T23:59:59.9994+00:00'), last(3 * count + 1, '2026-11-04T23:59:59.9994Z')], // prettier-ignore
    v2: [...rows.slice(count), last(3 * count + 3, '2026-11-04T23:59:59.9994Z'), last(3 * count + 4, '2026-11-04 23:59:59.9994')], // prettier-ignore
  };
}

export function spec(
  seed: number,
  count: number,
  extra: Partial<StoreSpec> = {},
  unreadable = 0.02,
): StoreSpec {
  const { v1, v2 } = awkwardRows(seed, count, unreadable);
  return {
    prompts: [
      {
        name: 'p',
        versions: [
          { version: '1', timestamp: '2026-10-31T00:00:00Z', calls: [{ rows: v1 }] },
          { version: '2', timestamp: '2026-10-31T01:00:00Z', calls: [{ rows: v2 }] },
        ],
      },
    ],
    ...extra,
  };
}

// Text, BLOBs and infinities where numbers belong, written the way only SQL can.
export const ODD_VALUES = [
  'UPDATE prompt_metrics SET cost_eur = 9e999 WHERE id % 37 = 0',
  "UPDATE prompt_metrics SET model_name = X'00ff' WHERE id % 41 = 0",
  "UPDATE prompt_metrics SET latency_ms = 'slow' WHERE id % 43 = 0",
  "UPDATE prompt_metrics SET max_tokens = 'many' WHERE id % 47 = 0",
  'UPDATE prompt_metrics SET success = -0.0 WHERE id % 53 = 0',
];

// Costs whose compensated sum depends on the order they are added in.
export const AWKWARD_COSTS =
  'UPDATE prompt_metrics SET cost_eur = CASE id % 6 WHEN 0 THEN 1099511627776.0 WHEN 1 THEN 3e-30 ' +
  'WHEN 2 THEN -1099511627775.3 WHEN 3 THEN 1e-17 WHEN 4 THEN 0.1 ELSE cost_eur END ' +
  'WHERE cost_eur < 1e300';

export const FOCUS = ['2026-10-31T12:00:00Z', '2026-11-05T00:00:00Z'] as const;
export const RANGES: [string, string][] = [
  ['2026-10-31T12:00:00Z', '2026-11-05T00:00:00Z'],
  ['2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z'],
  ['2026-11-01T05:30:00+05:30', '2026-11-03T23:59:59.999-08:00'],
  ['2026-11-02T00:00:00.0004Z', '2026-11-04T00:00:00Z'],
];
