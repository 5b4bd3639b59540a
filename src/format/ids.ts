/**
 * The shapes of the identifiers the action reads from inputs, events and its own markers, said
 * once so that the input check and the marker parser cannot disagree.
 */

const KEY = /^[A-Za-z0-9._-]{1,64}$/;

/** True when `value` may be a comment key (the `comment-key` input; also alert fingerprints). */
export function isValidKey(value: string): boolean {
  return KEY.test(value);
}
