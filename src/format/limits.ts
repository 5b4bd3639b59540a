// GitHub's size limits, in one leaf: the renderers fit reports into them and the GitHub port
// trims whatever still exceeds them, so neither has to import the other.

/** Largest issue or pull-request comment body GitHub accepts, in characters. */
export const COMMENT_LIMIT = 65_536;

/** Largest check-run `output.summary` (and `output.text`) GitHub accepts, in characters. */
export const CHECK_SUMMARY_LIMIT = 65_535;

/** Job summaries may hold 1 MiB; stay well inside it. */
export const SUMMARY_LIMIT = 900_000;
