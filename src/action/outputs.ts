/**
 * The action's outputs. Modes record them as they learn them; main.ts writes them once, at the
 * end of the run, whether the mode finished or failed on the way.
 */

/** Every output action.yml declares, in its order (a test keeps the two in step). */
export const OUTPUTS = [
  'verdict',
  'regressions',
  'alerts',
  'accepted',
  'accepted-by',
  'report-path',
  'comment-url',
  'issue-url',
] as const;

/** The name of one output. */
export type OutputName = (typeof OUTPUTS)[number];

/** The outputs of a run so far: the last value recorded for a name wins, as on the runner. */
export type Outputs = Map<OutputName, string>;
