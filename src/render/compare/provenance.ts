/**
 * Words for a report that the pull request's own run produced and a trusted workflow only
 * published (the two-workflow setup for forks): it must never read like the trusted check.
 */

/** Opens the check run's title. */
export const UNVERIFIED_TITLE = "Reported by the pull request's run (not verified)";

/** The quoted note that opens the comment, the check run's summary and the job summary. */
export const UNVERIFIED_NOTE =
  "> 🔓 **Reported by the pull request's run (not verified).** The numbers below come from the " +
  "pull request's own workflow run, which anyone who can push to the pull request can change. " +
  'This publisher checked that they agree with each other and applied its fail-on policy; it did ' +
  'not measure them. Re-run the evaluation in a trusted workflow before relying on them.';
