// Model names per version for the overview's single pass (digest.ts), listed as SQLite lists them
// with GROUP BY name ORDER BY count(*) DESC, name.
import type { Database, SqlValue } from 'sql.js';
import type { StoreSchema } from './schema.js';
import { allRows, capped } from './sql.js';

/** Characters of a name read from the store (a model, a prompt, a version). */
export const MAX_NAME = 1000;
/** Model names listed at most, over all versions. */
export const MAX_MODELS = 100_000;

/** One name and its calls; `bytes` for a blob name (SQLite groups and orders blobs apart). */
interface Counted {
  readonly name: string;
  readonly bytes: Uint8Array | null;
  readonly calls: number;
}

/** Calls per model name of one version: names the scan returned as codes, text, and blobs. */
export class ModelCounts {
  private readonly coded: Float64Array;
  private readonly text = new Map<string, number>();
  private readonly blobs = new Map<string, { readonly bytes: Uint8Array; calls: number }>();

  constructor(codes: number) {
    this.coded = new Float64Array(codes);
  }

  /** Counts one call's model (a code, text, a blob, or NULL); true when the name is new here. */
  add(m: SqlValue): boolean {
    if (typeof m === 'number') this.coded[m] = (this.coded[m] ?? 0) + 1;
    else if (typeof m === 'string') {
      const n = this.text.get(m);
      this.text.set(m, (n ?? 0) + 1);
      return n === undefined;
    } else if (m instanceof Uint8Array) {
      const key = m.join(',');
      const found = this.blobs.get(key);
      if (found) found.calls++;
      else this.blobs.set(key, { bytes: m, calls: 1 });
      return found === undefined;
    }
    return false;
  }

  /** Every name with its calls; `codes` names the coded ones. */
  counted(codes: readonly string[]): Counted[] {
    const text = new Map(this.text);
    this.coded.forEach((n, i) => {
      const name = codes[i] as string;
      if (n > 0) text.set(name, (text.get(name) ?? 0) + n);
    });
    return [
      ...[...text].map(([name, calls]) => ({ name, bytes: null, calls })),
      ...[...this.blobs.values()].map((b) => ({ name: String(b.bytes), ...b })),
    ];
  }
}

// SQLite orders the capped names BINARY: text before blobs, text by its UTF-8 bytes.
function byName(a: Counted, b: Counted): number {
  if ((a.bytes === null) !== (b.bytes === null)) return a.bytes === null ? -1 : 1;
  return Buffer.compare(a.bytes ?? Buffer.from(a.name), b.bytes ?? Buffer.from(b.name));
}

/** Each version's names, most calls first, at most 100,000 names over all versions in id order. */
export function listModels(
  versions: readonly { readonly id: number; readonly models: ModelCounts }[],
  codes: readonly string[],
): Map<number, string[]> {
  const out = new Map<number, string[]>();
  let left = MAX_MODELS;
  for (const v of [...versions].sort((a, b) => a.id - b.id)) {
    if (left <= 0) break;
    const all = v.models.counted(codes).sort((a, b) => b.calls - a.calls || byName(a, b));
    const names = all.slice(0, left).map((m) => m.name);
    left -= names.length;
    out.set(v.id, names);
  }
  return out;
}

/** The same lists from SQLite, one version at a time, for names too many to count in memory. */
export function listModelsBySql(
  db: Database,
  schema: StoreSchema,
  ids: readonly number[],
): Map<number, string[]> {
  const out = new Map<number, string[]>();
  let left = MAX_MODELS;
  for (const id of [...ids].sort((a, b) => a - b)) {
    if (left <= 0) break;
    const names = allRows(
      db,
      `SELECT ${capped(schema.callColumns, 'model_name', MAX_NAME)} FROM prompt_metrics ` +
        'WHERE version_id = ? AND model_name IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT ?',
      [id, left],
    ).map(([m]) => String(m));
    left -= names.length;
    out.set(id, names);
  }
  return out;
}
