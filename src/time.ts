/** Milliseconds in one hour. */
export const HOUR_MS = 3_600_000;

/** Milliseconds in one day. */
export const DAY_MS = 24 * HOUR_MS;

/** Days since the epoch of a UTC calendar day (`2026-11-01`); NaN when it does not parse. */
export function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

// Python's datetime.isoformat() without tzinfo writes no offset; the store's own convention
// and ours is to read such times as UTC (Date.parse would read them as local time).
const HAS_OFFSET = /(?:[zZ]|[+-]\d{2}:?\d{2})$/;

/** Epoch milliseconds of an ISO 8601 timestamp from the store; NaN when unparseable. */
export function parseInstant(timestamp: string): number {
  const t = timestamp.trim().replace(' ', 'T');
  const withZone = HAS_OFFSET.test(t) || !t.includes('T') ? t : `${t}Z`;
  return Date.parse(withZone);
}

// Digits past the millisecond in a timestamp's seconds (the library writes microseconds).
const SUB_MS = /:\d\d\.\d{3}\d*[1-9]/;

/**
 * The first whole millisecond that SQLite reads as later than a store timestamp. Date.parse cuts
 * a fraction to the millisecond and julianday() rounds it: `51.792915` is 51.792 to one and
 * 51.793 to the other, so one more millisecond is skipped when digits follow the third.
 */
export function instantAfter(timestamp: string): number {
  return parseInstant(timestamp) + (SUB_MS.test(timestamp) ? 2 : 1);
}

/** ISO 8601 (UTC, `Z`) of epoch milliseconds. */
export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Days between two store timestamps (b - a), null when either is missing or unparseable. */
export function daysBetween(a: string | null, b: string | null): number | null {
  if (a === null || b === null) return null;
  const d = (parseInstant(b) - parseInstant(a)) / DAY_MS;
  return Number.isFinite(d) ? d : null;
}
