// Which of a base store's versions run beside its live one, asked of a head version with the same
// text: an A/B arm, a staged version, or an older text that only straggled on (see select.ts).
import type { StoreReader, VersionRow } from '../store/types.js';
import { DAY_MS, parseInstant } from '../time.js';

/** Calls since the live version's registration, as a share of its own, below which a version straggled. */
const STRAGGLING_SHARE = 0.05;

/**
 * Whether a version called after the live one was registered only straggled on: its calls
 * stopped a day or more before the live one's newest, or they are a few against the live one's
 * (3 of 100). An arm of an A/B test is called until the live one's newest, with a share of its
 * own. Asked only of a version the head runs again.
 */
export function straggled(
  v: VersionRow,
  live: VersionRow | undefined,
  base: StoreReader | null,
): boolean {
  if (!live || v.lastCallAt === null || live.lastCallAt === null) return false;
  if (parseInstant(live.lastCallAt) - parseInstant(v.lastCallAt) >= DAY_MS) return true;
  if (!base || !Number.isFinite(parseInstant(live.timestamp))) return false;
  const since = base.contexts(v.id, live.timestamp).reduce((n, c) => n + c.calls, 0);
  return since < STRAGGLING_SHARE * live.calls;
}

/**
 * Whether a version of the base was registered after the live one and called too few times to
 * test (none, or a smoke test's few), while the live one was called: staged (its code merged,
 * not yet run).
 */
export function staged(v: VersionRow, live: VersionRow | undefined, minSamples: number): boolean {
  if (!live || v === live || v.calls >= minSamples || live.lastCallAt === null) return false;
  return parseInstant(v.timestamp) >= parseInstant(live.timestamp);
}

/**
 * Whether a version was still called once the live one was registered: a variant run beside it
 * (an A/B test), not an older text the live one replaced.
 */
export function stillCalled(v: VersionRow, live: VersionRow | undefined): boolean {
  if (!live || v.lastCallAt === null) return false;
  return parseInstant(v.lastCallAt) >= parseInstant(live.timestamp);
}

/**
 * Whether the base's newest version, not its live one, was tried and left: it was called, and the
 * live one went on serving for a day or more after its last call (an experiment never promoted, a
 * release rolled back). A version never called is staged, not left; one called until the live
 * one's last day runs beside it (an A/B arm, a canary) or took over from it (the tag not moved).
 */
export function abandoned(newest: VersionRow, live: VersionRow | undefined): boolean {
  if (!live || newest === live || newest.lastCallAt === null || live.lastCallAt === null)
    return false;
  return parseInstant(live.lastCallAt) - parseInstant(newest.lastCallAt) >= DAY_MS;
}
