import type { BaselineChoice } from '../report/types.js';
import type { StoreReader, VersionRow } from '../store/types.js';
import { parseInstant } from '../time.js';

/** A version the run compares, and the version it is compared with. */
export interface Pairing {
  readonly candidate: VersionRow;
  readonly baseline: VersionRow | null;
  readonly chosenBy: BaselineChoice | null;
}

/** An explicit request: one prompt's candidate, optionally against a named baseline. */
export interface Selection {
  readonly prompt: string;
  readonly candidate: string;
  readonly baseline?: string | null;
}

/** A request that names something the store does not have. */
export class SelectionError extends Error {
  override readonly name = 'SelectionError';
}

const key = (v: { name: string; version: string }): string => JSON.stringify([v.name, v.version]);

/** Versions in the head store that the base store does not have (same name and version). */
export function addedVersions(head: StoreReader, base: StoreReader | null): VersionRow[] {
  const known = new Set((base?.versions() ?? []).map(key));
  return head.versions().filter((v) => !known.has(key(v)));
}

/**
 * The live version a candidate is measured against, from `pool` (versions of the same prompt,
 * newest first): the one tagged `production`, else the newest with at least `minSamples` calls,
 * else the newest with any call.
 */
export function chooseBaseline(
  candidate: VersionRow,
  pool: readonly VersionRow[],
  minSamples: number,
): { version: VersionRow; chosenBy: BaselineChoice } | null {
  const same = pool.filter((v) => v.name === candidate.name && v.version !== candidate.version);
  const tagged = same.find((v) => v.tags.includes('production'));
  if (tagged) return { version: tagged, chosenBy: 'production_tag' };
  const latest = same.find((v) => v.calls >= minSamples) ?? same.find((v) => v.calls > 0);
  return latest ? { version: latest, chosenBy: 'latest' } : null;
}

function findVersion(
  store: StoreReader,
  prompt: string,
  version: string,
  role: string,
): VersionRow {
  const versions = store.versions().filter((v) => v.name === prompt);
  if (versions.length === 0) {
    const names = [...new Set(store.versions().map((v) => v.name))].slice(0, 10);
    throw new SelectionError(
      `Prompt ${JSON.stringify(prompt)} is not in ${store.label}; it has: ${names.map((n) => JSON.stringify(n)).join(', ') || 'no prompts'}.`,
    );
  }
  const found = versions.find((v) => v.version === version);
  if (!found) {
    const list = versions.slice(0, 10).map((v) => JSON.stringify(v.version));
    throw new SelectionError(
      `The ${role} version ${JSON.stringify(version)} of ${JSON.stringify(prompt)} is not in ${store.label}; newest versions: ${list.join(', ')}.`,
    );
  }
  return found;
}

/**
 * The pairs to compare. Explicit: the named candidate from `head`, its baseline from `base`
 * (named, or chosen among versions older than the candidate). Otherwise every added version,
 * each against the base store's live version of its prompt.
 */
export function planPairings(
  head: StoreReader,
  base: StoreReader | null,
  minSamples: number,
  selection?: Selection,
): Pairing[] {
  if (selection) {
    const candidate = findVersion(head, selection.prompt, selection.candidate, 'candidate');
    const pool = base ?? head;
    if (selection.baseline) {
      const baseline = findVersion(pool, selection.prompt, selection.baseline, 'baseline');
      return [{ candidate, baseline, chosenBy: 'explicit' }];
    }
    // Only versions the candidate could have replaced: those logged before it.
    const at = parseInstant(candidate.timestamp);
    const older = pool
      .versions()
      .filter((v) => v.name === candidate.name && parseInstant(v.timestamp) <= at);
    const chosen = chooseBaseline(candidate, older, minSamples);
    return [{ candidate, baseline: chosen?.version ?? null, chosenBy: chosen?.chosenBy ?? null }];
  }
  if (!base)
    return addedVersions(head, null).map((candidate) => ({
      candidate,
      baseline: null,
      chosenBy: null,
    }));
  return addedVersions(head, base).map((candidate) => {
    const chosen = chooseBaseline(candidate, base.versions(), minSamples);
    return { candidate, baseline: chosen?.version ?? null, chosenBy: chosen?.chosenBy ?? null };
  });
}
