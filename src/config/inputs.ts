/** One setting: an action input and the CLI option of the same name. */
export interface InputSpec {
  readonly name: string;
  /** Default as a string, exactly as action.yml declares it ('' = none). */
  readonly default: string;
  readonly description: string;
  /** Only an action input (not a CLI option). */
  readonly actionOnly?: boolean;
}

/**
 * Every setting, in the order action.yml and the README list them. The CLI takes the same names
 * as `--name value`; a test keeps action.yml in step with this list.
 */
export const INPUTS: readonly InputSpec[] = [
  {
    name: 'github-token',
    default: '${{ github.token }}',
    description: 'Token for comments, check runs, issues, contents and artifacts.',
    actionOnly: true,
  },
  {
    name: 'mode',
    default: 'auto',
    description:
      'auto (from the event), pr-check, health, compare, relay (publish, its older name) or command.',
    actionOnly: true,
  },
  {
    name: 'store',
    default: '.prompt_versions/db.sqlite',
    description: "Path of the head store in the workspace (the pull request's store).",
  },
  {
    name: 'baseline-store',
    default: '',
    description:
      "Path of the baseline store in the workspace; default: the store at the pull request's base commit (git, else the contents API).",
    // The CLI names both stores itself: --base and --head.
    actionOnly: true,
  },
  {
    name: 'store-artifact',
    default: '',
    description:
      'Take the head store from this artifact of the current run (uploaded by an earlier job).',
    actionOnly: true,
  },
  {
    name: 'baseline-artifact',
    default: '',
    description:
      "Take the baseline store from the newest artifact of this name of the successful push, schedule or workflow_dispatch run of baseline-workflow at the base commit, else the latest on baseline-branch (for a merge group based on the group ahead of it, that group's merge_group run).",
    actionOnly: true,
  },
  {
    name: 'baseline-workflow',
    default: '',
    description: 'Workflow file name (e.g. eval.yml) whose runs upload baseline-artifact.',
    actionOnly: true,
  },
  {
    name: 'baseline-branch',
    default: '',
    description:
      "Branch for baseline-artifact; default: the pull request's base branch, else the default branch.",
    actionOnly: true,
  },
  {
    name: 'alpha',
    default: '0.05',
    description: 'Significance level of the one-sided tests, after correction.',
  },
  {
    name: 'min-samples',
    default: '30',
    description: 'Minimum calls per side; fewer gives insufficient_data.',
  },
  {
    name: 'correction',
    default: 'holm',
    description: 'Multiple-testing correction over every primary test of a run: holm, bh or none.',
  },
  {
    name: 'max-quality-drop',
    default: '10%',
    description: 'Material drop of mean quality_score, relative.',
  },
  {
    name: 'max-accuracy-drop',
    default: '10%',
    description: 'Material drop of mean accuracy, relative.',
  },
  {
    name: 'max-latency-increase',
    default: '30%',
    description: 'Material rise of median latency_ms, relative.',
  },
  {
    name: 'max-cost-increase',
    default: '20%',
    description: 'Material rise of mean cost_eur, relative.',
  },
  {
    name: 'max-tokens-increase',
    default: '20%',
    description: 'Material rise of mean total_tokens, relative.',
  },
  {
    name: 'max-success-drop',
    default: '5pp',
    description: 'Material drop of the success rate, in percentage points.',
  },
  {
    name: 'fail-on',
    default: '',
    description:
      'Fail when any changed prompt (in the health report, any live version) is at least this bad: regressed, degraded, inconclusive, untested (also fails one with too few calls to test) or never. Default: regressed for comparisons, never for the health report.',
  },
  {
    name: 'baseline-max-samples',
    // Empty, so that a value given is known as given, 1000 too (the runner sets an omitted
    // input to its default): the default, 1000 or min-samples, is config.ts's.
    default: '',
    description:
      'Use at most the newest N calls of the baseline version (a history baseline judged at the day level reads every call of its last 28 days). Default: 1000, or min-samples when that is more; a value given must be at least min-samples. With pair-by, a value given also caps the calls with a case id read for the pairs.',
  },
  {
    name: 'baseline-since',
    default: '',
    description: 'Use only baseline calls at or after this ISO 8601 time.',
  },
  {
    name: 'baseline-samples',
    default: 'auto',
    description:
      "auto: the baseline version's calls re-run by the pull request's evaluation when there are enough, else its history; fresh; history.",
  },
  {
    name: 'pair-by',
    default: '',
    description:
      "Metadata key that names a call's test case (e.g. case_id): compare candidate and baseline case by case with paired tests when they share enough cases.",
  },
  { name: 'max-store-size', default: '512MiB', description: 'Refuse stores larger than this.' },
  {
    name: 'query-timeout',
    default: '60s',
    description: 'Stop reading a store after this long (a store is untrusted input).',
  },
  {
    name: 'prompt',
    default: '',
    description:
      'Compare mode: the prompt name. GitHub trims inputs: give a name with spaces at its ends as a JSON string, \'" summarizer"\' (also for candidate and baseline).',
  },
  { name: 'candidate', default: '', description: 'Compare mode: the version under test.' },
  {
    name: 'baseline',
    default: '',
    description:
      'Compare mode: the version to compare with (default: the production-tagged one, else the newest earlier version; with no earlier version, the live one).',
  },
  {
    name: 'pr-number',
    default: '',
    description: 'Compare mode: also post the sticky comment on this pull request.',
    actionOnly: true,
  },
  {
    name: 'comment',
    default: 'always',
    description:
      'Sticky PR comment: always, on-regression (created only on a failing verdict, always kept current once it exists) or never.',
    actionOnly: true,
  },
  {
    name: 'comment-key',
    default: 'default',
    description: 'Keeps separate sticky comments for several workflows on one pull request.',
    actionOnly: true,
  },
  {
    name: 'check-name',
    default: 'Prompt regressions',
    description: "Name of the check run ('' for none).",
    actionOnly: true,
  },
  {
    name: 'charts',
    default: 'true',
    description: 'Show small Mermaid charts in comments and summaries.',
  },
  {
    name: 'publish',
    default: 'comment',
    description:
      'comment: post the comment and check run; artifact: upload the JSON report for a workflow_run publisher (fork pull requests).',
    actionOnly: true,
  },
  {
    name: 'report-artifact',
    default: 'prompt-regression-report',
    description: 'Artifact name of the JSON report for publish: artifact and mode: relay.',
    actionOnly: true,
  },
  {
    name: 'accept-label',
    default: 'prompt-regression-accepted',
    description:
      "Label that accepts the pull request's current regressions when someone with write permission adds it.",
    actionOnly: true,
  },
  {
    name: 'accept-tolerance',
    default: '20%',
    description:
      'An accepted metric that gets worse than accepted by more than this (relative to the accepted change, at least to the threshold) is no longer covered.',
    actionOnly: true,
  },
  { name: 'window', default: '24h', description: 'Health report: the recent window.' },
  {
    name: 'history',
    default: '28d',
    description:
      "Health report: the window's own preceding history to compare with and to find trends in (at least as long as window).",
  },
  {
    name: 'daily-budget',
    default: '',
    description: 'Health report: alert when a day costs more than this many EUR (all prompts).',
  },
  {
    name: 'monthly-budget',
    default: '',
    description:
      'Health report: alert when the month costs, or is projected to cost, more than this many EUR.',
  },
  {
    name: 'issue',
    default: 'true',
    description: 'Health report: keep a tracking issue open while something is unhealthy.',
    actionOnly: true,
  },
  {
    name: 'issue-label',
    default: 'prompt-health',
    description: 'Health report: label of the tracking issue.',
    actionOnly: true,
  },
];

/** The default of one setting. */
export function defaultOf(name: string): string {
  const spec = INPUTS.find((i) => i.name === name);
  if (!spec) throw new Error(`unknown setting ${name}`);
  return spec.default;
}
