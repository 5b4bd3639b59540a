// GitHub's size limits, in one leaf: the renderers fit reports into them and the GitHub port
// trims whatever still exceeds them, so neither has to import the other.

/** Largest issue or pull-request comment body GitHub accepts, in characters. */
export const COMMENT_LIMIT = 65_536;

/** Largest check-run `output.summary` (and `output.text`) GitHub accepts, in characters. */
export const CHECK_SUMMARY_LIMIT = 65_535;

/**
 * A step's job summary may hold 1 MiB, counted in bytes: the runner uploads none of a larger
 * one. Stay well inside it.
 */
export const SUMMARY_LIMIT = 900_000;

/** Bytes of `text` in UTF-8, as the runner counts a job summary's file. */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * The job summary `fit` gives for a character budget, refitted smaller until its UTF-8 bytes are
 * within `limit`: names in other scripts take 2 or 3 bytes a character.
 */
export function fitSummary(fit: (chars: number) => string, limit = SUMMARY_LIMIT): string {
  let chars = limit;
  let text = fit(chars);
  // Each fit is at most `chars` long, so a few rounds settle (at most 3 bytes a character).
  for (let round = 0, bytes = utf8Bytes(text); bytes > limit && round < 8; round++) {
    chars = Math.floor((Math.min(chars, text.length) * limit) / bytes) - 1;
    text = fit(chars);
    bytes = utf8Bytes(text);
  }
  return text;
}
