/**
 * The shapes of the identifiers the action reads from inputs, events and its own markers, said
 * once so that the input check, the event reader and the marker parser cannot disagree.
 */

/** A comment key (the `comment-key` input; also alert fingerprints), as a pattern's source. */
export const KEY_PATTERN = '[A-Za-z0-9._-]{1,64}';

/** A commit sha or a prefix of one, as markers and acceptance records carry it. */
export const SHA_PREFIX_PATTERN = '[0-9a-f]{4,64}';

const KEY = new RegExp(`^${KEY_PATTERN}$`);
const SHA_PREFIX = new RegExp(`^${SHA_PREFIX_PATTERN}$`);
/** A full commit sha: SHA-1 (40 hex digits) or SHA-256 (64), lowercase as git and GitHub write it. */
export const COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** True when `value` may be a comment key (the `comment-key` input; also alert fingerprints). */
export function isValidKey(value: string): boolean {
  return KEY.test(value);
}

/** True when `value` is a full commit sha (not a prefix, not a branch or tag name). */
export function isCommitSha(value: string): boolean {
  return COMMIT_SHA.test(value);
}

/** True when `value` is a commit sha or a prefix of one (at least 4 hex digits). */
export function isShaPrefix(value: string): boolean {
  return SHA_PREFIX.test(value);
}
