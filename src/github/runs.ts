import { isCommitSha } from '../format/ids.js';
import type { GitHub } from './client.js';
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
): Promise<boolean> {
  if (!isCommitSha(marker.sha)) return false;
  try {
    const { data: self } = await gh.rest.actions.getWorkflowRun({
      owner: o.owner,
      repo: o.repo,
      run_id: o.runId,
    });
    // pull_request_target runs are recorded on the base branch's commit, not on the pull
    // request's head the marker names: such a run is found by its workflow and number alone.
    if (self.event === 'pull_request_target') return await numberedRun(gh, o, self.path, marker);
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
  } catch {
    return false;
  }
}

// Whether the workflow at `path` has a pull_request_target run numbered `marker.run` with at
// least `marker.attempt` attempts. Runs come newest first: the walk stops past that number.
async function numberedRun(
  gh: GitHub,
  o: { owner: string; repo: string },
  path: string,
  marker: Pick<Marker, 'run' | 'attempt'>,
): Promise<boolean> {
  let found = false;
  await gh.paginate(
    gh.rest.actions.listWorkflowRuns,
    {
      owner: o.owner,
      repo: o.repo,
      workflow_id: path.split('/').pop() ?? path,
      event: 'pull_request_target',
      per_page: 100,
    },
    (response, done) => {
      for (const r of response.data) {
        if (r.run_number === marker.run) found = (r.run_attempt ?? 1) >= marker.attempt;
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
