import { payloadValue, type ActionContext } from '../action/context.js';
import type { Config } from '../config/config.js';
import { workflowFile } from '../config/mode-settings.js';
import type { StoreInput } from '../engine.js';
import { successfulRuns, type GitHub, type Logger } from '../github/index.js';
import { getDefaultBranch, isNotFound } from '../github/index.js';
import { readArtifactFile } from './artifact.js';
import { SourceError } from './errors.js';
import { groupAheadRun } from './group-ahead.js';
import { storeLabel } from './label.js';
import { workspaceStore } from './workspace.js';

const STORE_EXTENSIONS = ['.sqlite', '.sqlite3', '.db'];
/**
 * The usual reason an upload of the library's folder makes no artifact: upload-artifact leaves
 * out hidden files and folders unless told, and warns (not fails) when nothing is left.
 */
const HIDDEN_HINT =
  'A folder whose name starts with a dot (.prompt_versions/) is uploaded only with include-hidden-files: true; add if-no-files-found: error so that an upload of nothing fails there.';

/** The store's name in the library's folder (.prompt_versions/db.sqlite). */
const STORE_NAME = 'db.sqlite';

/** Successful baseline runs asked for the store, newest (or the base commit's) first. */
const RUNS_TRIED = 5;

/**
 * The events whose runs may supply a baseline: only code already on the branch runs on them.
 * A run of the same workflow on pull_request_target, issue_comment or workflow_run may have
 * evaluated a pull request's code, so its store says nothing trustworthy about the baseline.
 */
const BASELINE_EVENTS = ['push', 'schedule', 'workflow_dispatch'] as const;

/** The head store from an artifact of this run, uploaded by an earlier job. */
export async function headStoreArtifact(
  gh: GitHub,
  ctx: ActionContext,
  config: Config,
  say?: (message: string) => void,
): Promise<StoreInput> {
  const name = config.storeArtifact ?? '';
  const file = await readArtifactFile({
    gh,
    owner: ctx.owner,
    repo: ctx.repo,
    runId: ctx.runId,
    runLabel: `this run (${ctx.runId})`,
    name,
    input: 'store-artifact',
    maxBytes: config.maxStoreBytes,
    sizeInput: 'max-store-size',
    extensions: STORE_EXTENSIONS,
    usual: STORE_NAME,
    ...(say ? { say } : {}),
    missingHint: `Upload it with actions/upload-artifact in an earlier job of this workflow, and list that job in this job's 'needs:' (an artifact of another workflow's run is not read here). ${HIDDEN_HINT}`,
  });
  return {
    bytes: file.bytes,
    label: `artifact ${name} (run ${ctx.runId})`,
    ...(file.journal ? { journal: file.journal } : {}),
    ...(file.walPresent ? { walPresent: true } : {}),
  };
}

async function baselineBranch(
  gh: GitHub,
  ctx: ActionContext,
  config: Config,
  prBaseRef: string | null,
): Promise<string> {
  if (config.baselineBranch) return config.baselineBranch;
  if (prBaseRef) return prBaseRef;
  const fromPayload = payloadValue(ctx.payload, 'repository', 'default_branch');
  if (typeof fromPayload === 'string' && fromPayload !== '') return fromPayload;
  return getDefaultBranch(gh, { owner: ctx.owner, repo: ctx.repo });
}

/**
 * The baseline store: the newest artifact `baseline-artifact` of the latest successful push,
 * schedule or workflow_dispatch run of `baseline-workflow` on `baseline-branch` (default: the
 * pull request's base branch, else the default branch). No such run, or no such artifact, is a
 * neutral {@link SourceError}.
 */
export async function baselineStoreArtifact(
  gh: GitHub,
  ctx: ActionContext,
  config: Config,
  prBaseRef: string | null,
  /**
   * The change's base commit (its run first), the commit under test (never its own baseline),
   * and what to tell of the commit of the run taken.
   */
  commits: {
    readonly base: string | null;
    readonly head: string;
    readonly taken?: (runSha: string) => void;
    /**
     * A merge group's: its base commit is the head of the group queued ahead of it (or the
     * branch), whose own merge_group run of the workflow is then the baseline.
     */
    readonly queued?: boolean;
    /** Told how the wait for the group ahead goes. */
    readonly say?: (message: string) => void;
  } | null = null,
): Promise<StoreInput> {
  const name = config.baselineArtifact ?? '';
  const workflow = workflowFile(config.baselineWorkflow ?? '');
  const branch = await baselineBranch(gh, ctx, config, prBaseRef);
  // A merge group's base commit is the head of the group queued ahead of it, which gets no push
  // run, only that group's own: it ran the code of pull requests approved into the queue, as a
  // push run of the branch does once they merge.
  // An error here is said by the branch's own query below, which asks the same API.
  const queued =
    commits?.queued && commits.base
      ? await groupAheadRun(gh, { owner: ctx.owner, repo: ctx.repo, workflow, sha: commits.base, name }, commits.say ?? (() => {})).catch(() => null) // prettier-ignore
      : null;
  const runs = await successfulRuns(
    gh,
    {
      owner: ctx.owner,
      repo: ctx.repo,
      workflow,
      branch,
      events: BASELINE_EVENTS,
      prefer: commits?.base ?? null,
      exclude: commits?.head ?? null,
    },
    RUNS_TRIED,
  ).catch((error: unknown) => {
    // GitHub answers 404 for a workflow file it does not know: a typo, not a permission.
    if (isNotFound(error))
      throw new SourceError(
        `${ctx.owner}/${ctx.repo} has no workflow ${workflow}: input 'baseline-workflow' names the file of the workflow that uploads the baseline store (eval.yml for .github/workflows/eval.yml).`,
      );
    throw error;
  });
  if (runs.length === 0) {
    throw new SourceError(
      `No successful ${BASELINE_EVENTS.join(', ')} run of ${workflow} on branch '${branch}' in ${ctx.owner}/${ctx.repo} to take input 'baseline-artifact' from: run that workflow on '${branch}' once on one of those events (it must upload '${name}'), or set input 'baseline-branch'.`,
      true,
    );
  }
  // A run that uploaded no store (an evaluation skipped on a schedule, a dispatch that uploads
  // logs only) gives way to the next one that did; the first run's reason is the one said.
  let first: unknown;
  for (const run of queued ? [queued, ...runs] : runs) {
    const runLabel = `run #${run.runNumber} of ${workflow} on ${run.headBranch ?? branch} at ${run.headSha.slice(0, 7)}`;
    try {
      const file = await readArtifactFile({
        gh,
        owner: ctx.owner,
        repo: ctx.repo,
        runId: run.id,
        runLabel,
        name,
        input: 'baseline-artifact',
        maxBytes: config.maxStoreBytes,
        sizeInput: 'max-store-size',
        extensions: STORE_EXTENSIONS,
        usual: STORE_NAME,
        ...(commits?.say ? { say: commits.say } : {}),
        missingHint: `Check the name, and that ${workflow} uploads the store with actions/upload-artifact (the ${runs.length} newest successful runs were asked). ${HIDDEN_HINT}`,
      });
      commits?.taken?.(run.headSha);
      return {
        bytes: file.bytes,
        label: `artifact ${name} (${runLabel})`,
        ...(file.journal ? { journal: file.journal } : {}),
        ...(file.walPresent ? { walPresent: true } : {}),
      };
    } catch (error) {
      if (!(error instanceof SourceError && error.neutral)) throw error;
      first ??= error;
    }
  }
  throw first;
}

/**
 * The head store: `store-artifact` of this run when given, else the `store` file in the
 * workspace. Logs which one it is.
 */
export async function headStore(
  gh: GitHub,
  ctx: ActionContext,
  config: Config,
  log: Logger,
): Promise<StoreInput> {
  const head = config.storeArtifact
    ? await headStoreArtifact(gh, ctx, config, (message) => log.info(message))
    : { path: workspaceStore(ctx.workspace, config.store, 'store') };
  log.info(`Head store: ${storeLabel(head)}.`);
  return head;
}
