import { checkDeclaredLength, readCapped, TooLargeError } from './bytes.js';
import { retryScaleOf, type GitHub } from './client.js';
import { statusOf } from './errors.js';

/** An artifact of a workflow run. */
export interface ArtifactInfo {
  id: number;
  name: string;
  sizeInBytes: number;
  expired: boolean;
  createdAt: string | null;
  workflowRunId: number | null;
}

/** A workflow run, as the artifact source needs it. */
export interface WorkflowRunInfo {
  id: number;
  runNumber: number;
  headSha: string;
  headBranch: string | null;
  event: string;
  createdAt: string;
}

/** Thrown when an artifact exists but GitHub no longer keeps its content. */
export class ArtifactExpiredError extends Error {
  override readonly name = 'ArtifactExpiredError';
  constructor(readonly artifactId: number) {
    super(`Artifact ${artifactId} has expired; re-run the workflow that uploaded it.`);
  }
}

/** Artifacts of a run, optionally only those called `name` (every page). */
export async function listRunArtifacts(
  gh: GitHub,
  o: { owner: string; repo: string; runId: number; name?: string },
): Promise<ArtifactInfo[]> {
  const artifacts = await gh.paginate(gh.rest.actions.listWorkflowRunArtifacts, {
    owner: o.owner,
    repo: o.repo,
    run_id: o.runId,
    ...(o.name !== undefined ? { name: o.name } : {}),
    per_page: 100,
  });
  return artifacts.map((a) => ({
    id: a.id,
    name: a.name,
    sizeInBytes: a.size_in_bytes,
    expired: a.expired,
    createdAt: a.created_at ?? null,
    workflowRunId: a.workflow_run?.id ?? null,
  }));
}

/**
 * The newest successful run of `workflow` (file name or id) on `branch`, made in this
 * repository (a fork's pull request from a branch of the same name is not a baseline) and, when
 * `events` is given, triggered by one of them; the one at `prefer` when there is one, none at
 * `exclude`. Looks at the newest 300 runs at most.
 */
export async function latestSuccessfulRun(
  gh: GitHub,
  o: SuccessfulRunsQuery,
): Promise<WorkflowRunInfo | null> {
  return (await successfulRuns(gh, o, 1))[0] ?? null;
}

/** Which successful runs {@link successfulRuns} looks for. */
export interface SuccessfulRunsQuery {
  owner: string;
  repo: string;
  workflow: string | number;
  branch: string;
  events?: readonly string[];
  /** A commit whose run is taken before any newer one (the change's base commit). */
  prefer?: string | null;
  /** A commit whose runs are never taken (the commit under test: it is not its own baseline). */
  exclude?: string | null;
}

/**
 * Up to `limit` successful runs as {@link latestSuccessfulRun} chooses them, best first: the
 * newest at `prefer`, then the others newest first (a run that uploaded no store is then
 * followed by an older one that did).
 */
export async function successfulRuns(
  gh: GitHub,
  o: SuccessfulRunsQuery,
  limit: number,
): Promise<WorkflowRunInfo[]> {
  const self = `${o.owner}/${o.repo}`.toLowerCase();
  const found: WorkflowRunInfo[] = [];
  let preferred: WorkflowRunInfo | null = null;
  let pages = 0;
  for await (const page of gh.paginate.iterator(gh.rest.actions.listWorkflowRuns, {
    owner: o.owner,
    repo: o.repo,
    workflow_id: o.workflow,
    branch: o.branch,
    status: 'success',
    per_page: 100,
  })) {
    for (const r of page.data) {
      const fits =
        r.conclusion === 'success' &&
        r.head_repository?.full_name?.toLowerCase() === self &&
        (o.events === undefined || o.events.includes(r.event)) &&
        r.head_sha !== o.exclude;
      if (!fits) continue;
      const run = runInfo(r);
      if (o.prefer && !preferred && run.headSha === o.prefer) preferred = run;
      else if (found.length < limit) found.push(run);
      // Enough runs, and the preferred one found or not asked for: no page more.
      if (found.length >= limit && (preferred || !o.prefer)) break;
    }
    if ((found.length >= limit && (preferred || !o.prefer)) || ++pages >= 3) break;
  }
  return (preferred ? [preferred, ...found] : found).slice(0, limit);
}

/** Which runs at a commit {@link successfulRunAt} and {@link newestRunAt} look for. */
interface RunsAtQuery {
  owner: string;
  repo: string;
  workflow: string;
  sha: string;
  event: string;
}

// The newest run of the workflow in this repository at the commit on the event, successful
// only when asked; as listed.
async function listedRunAt(gh: GitHub, o: RunsAtQuery, success: boolean) {
  const self = `${o.owner}/${o.repo}`.toLowerCase();
  const { data } = await gh.rest.actions.listWorkflowRuns({
    owner: o.owner,
    repo: o.repo,
    workflow_id: o.workflow,
    head_sha: o.sha,
    event: o.event,
    ...(success ? { status: 'success' as const } : {}),
    per_page: 10,
  });
  return data.workflow_runs.find(
    (w) =>
      (!success || w.conclusion === 'success') &&
      w.event === o.event &&
      w.head_sha === o.sha &&
      w.head_repository?.full_name?.toLowerCase() === self,
  );
}

/**
 * The newest successful run of `workflow` in this repository at commit `sha` on `event`; null
 * when there is none.
 */
export async function successfulRunAt(gh: GitHub, o: RunsAtQuery): Promise<WorkflowRunInfo | null> {
  const r = await listedRunAt(gh, o, true);
  return r ? runInfo(r) : null;
}

/** A workflow run and where it stands: `status` queued, in_progress, completed, ... */
export interface RunProgress extends WorkflowRunInfo {
  readonly status: string | null;
  readonly conclusion: string | null;
}

/**
 * The newest run of `workflow` in this repository at commit `sha` on `event`, whatever its
 * status; null when there is none.
 */
export async function newestRunAt(gh: GitHub, o: RunsAtQuery): Promise<RunProgress | null> {
  const r = await listedRunAt(gh, o, false);
  return r ? { ...runInfo(r), status: r.status ?? null, conclusion: r.conclusion ?? null } : null;
}

/** Where run `runId` stands now. */
export async function runProgress(
  gh: GitHub,
  o: { owner: string; repo: string; runId: number },
): Promise<Pick<RunProgress, 'status' | 'conclusion'>> {
  const { data } = await gh.rest.actions.getWorkflowRun({
    owner: o.owner,
    repo: o.repo,
    run_id: o.runId,
  });
  return { status: data.status ?? null, conclusion: data.conclusion ?? null };
}

/** A listed workflow run, as the callers use it. */
function runInfo(r: {
  id: number;
  run_number: number;
  head_sha: string;
  head_branch?: string | null;
  event: string;
  created_at: string;
}): WorkflowRunInfo {
  return {
    id: r.id,
    runNumber: r.run_number,
    headSha: r.head_sha,
    headBranch: r.head_branch ?? null,
    event: r.event,
    createdAt: r.created_at,
  };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * The zip of an artifact, at most `maxBytes`. GitHub answers 302 to a signed blob-storage
 * URL; that URL is fetched without the token (storage refuses it, and it must not leak) and
 * is never logged, since its signature grants access.
 */
export async function downloadArtifactZip(
  gh: GitHub,
  o: { owner: string; repo: string; artifactId: number; maxBytes: number },
): Promise<Uint8Array> {
  const what = `Artifact ${o.artifactId}`;
  const ids = { owner: o.owner, repo: o.repo, artifact_id: o.artifactId };
  const { data: meta } = await gh.rest.actions.getArtifact(ids);
  if (meta.expired) throw new ArtifactExpiredError(o.artifactId);
  if (meta.size_in_bytes > o.maxBytes) throw new TooLargeError(what, o.maxBytes);

  let response;
  try {
    response = await gh.rest.actions.downloadArtifact({
      ...ids,
      archive_format: 'zip',
      request: { redirect: 'manual', parseSuccessResponseBody: false },
    });
  } catch (error) {
    if (statusOf(error) === 410) throw new ArtifactExpiredError(o.artifactId);
    throw error;
  }
  const body = response.data as ReadableStream<Uint8Array> | null;
  const status = response.status as number;
  if (status === 200) {
    checkDeclaredLength(response.headers['content-length'], o.maxBytes, what);
    return readCapped(body, o.maxBytes, what);
  }
  await body?.cancel().catch(() => undefined);
  const location = response.headers.location;
  if (status < 300 || status >= 400 || !location) {
    throw new Error(`${what}: GitHub answered ${status} without a download location.`);
  }
  return fetchBlob(gh, location, o.maxBytes, what);
}

async function fetchBlob(
  gh: GitHub,
  url: string,
  maxBytes: number,
  what: string,
): Promise<Uint8Array> {
  // The proxy-aware fetch @actions/github configured, without any of Octokit's headers.
  const fetchImpl =
    (gh.request.endpoint.DEFAULTS.request?.fetch as typeof fetch | undefined) ?? fetch;
  for (let attempt = 1; ; attempt++) {
    let res: Response;
    try {
      res = await fetchImpl(url, { redirect: 'follow' });
    } catch (error) {
      if (attempt >= 3) throw new Error(`${what}: download failed (${String(error)}).`);
      await sleep(1000 * attempt * attempt * retryScaleOf(gh));
      continue;
    }
    if (res.ok) {
      checkDeclaredLength(res.headers.get('content-length') ?? undefined, maxBytes, what);
      return readCapped(res.body, maxBytes, what);
    }
    await res.body?.cancel().catch(() => undefined);
    if (res.status < 500 || attempt >= 3) {
      throw new Error(`${what}: download from storage failed with HTTP ${res.status}.`);
    }
    await sleep(1000 * attempt * attempt * retryScaleOf(gh));
  }
}
