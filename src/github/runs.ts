import { isCommitSha } from '../format/ids.js';
import type { GitHub } from './client.js';
import { statusOf } from './errors.js';
import type { Marker } from './markers.js';

/**
 * True when GitHub confirms the run a marker claims: a run of the same workflow file as run
 * `runId` (ours), numbered `marker.run`, that tested `marker.sha` and has had at least
 * `marker.attempt` attempts. A comment's own run number is text anyone who could write the
 * comment chose; only a confirmed one may keep a report from being replaced. Any doubt
 * (an unknown run, an API error) is a no.
 */
export async function confirmsRun(
  gh: GitHub,
  o: { owner: string; repo: string; runId: number },
  marker: Pick<Marker, 'sha' | 'run' | 'attempt'>,
  /** Told when the token may not read workflow runs (no `actions: read`). */
  refused?: () => void,
): Promise<boolean> {
  if (!isCommitSha(marker.sha)) return false;
  try {
    const { data: self } = await gh.rest.actions.getWorkflowRun({
      owner: o.owner,
      repo: o.repo,
      run_id: o.runId,
    });
    // pull_request_target and workflow_dispatch runs are recorded on a branch's commit, not on
    // the pull request's head the marker names: such a run is found by its workflow and number.
    if (OFF_HEAD.has(self.event)) return await numberedRun(gh, o, self.path, marker);
    const runs = await gh.paginate(gh.rest.actions.listWorkflowRunsForRepo, {
      owner: o.owner,
      repo: o.repo,
      head_sha: marker.sha,
      per_page: 100,
    });
    return runs.some(
      (r) =>
        r.path === self.path &&
        r.run_number === marker.run &&
        r.head_sha === marker.sha &&
        (r.run_attempt ?? 1) >= marker.attempt,
    );
  } catch (error) {
    if (statusOf(error) === 403 || statusOf(error) === 401) refused?.();
    return false;
  }
}

/** Events whose runs are recorded on another commit than the pull request's head. */
const OFF_HEAD = new Set(['pull_request_target', 'workflow_dispatch']);

// Whether the workflow at `path` has a run numbered `marker.run` with at least `marker.attempt`
// attempts: of an event in OFF_HEAD, or on the commit the marker names. (A workflow's runs share
// one numbering whatever their event.) Runs come newest first: the walk stops past that number.
async function numberedRun(
  gh: GitHub,
  o: { owner: string; repo: string },
  path: string,
  marker: Pick<Marker, 'sha' | 'run' | 'attempt'>,
): Promise<boolean> {
  let found = false;
  await gh.paginate(
    gh.rest.actions.listWorkflowRuns,
    {
      owner: o.owner,
      repo: o.repo,
      workflow_id: path.split('/').pop() ?? path,
      per_page: 100,
    },
    (response, done) => {
      for (const r of response.data) {
        if (r.run_number === marker.run)
          found =
            (r.run_attempt ?? 1) >= marker.attempt &&
            (OFF_HEAD.has(r.event) || r.head_sha === marker.sha);
        if (r.run_number <= marker.run) {
          done();
          break;
        }
      }
      return [];
    },
  );
  return found;
}
