import { setTimeout as sleep } from 'node:timers/promises';
import {
  listRunArtifacts,
  newestRunAt,
  retryScaleOf,
  runProgress,
  successfulRunAt,
  type GitHub,
  type WorkflowRunInfo,
} from '../github/index.js';

/** How long a merge group waits for the group ahead's run, and how often it asks. */
const WAIT_MS = 20 * 60_000;
const POLL_MS = 15_000;
/** How often the wait says it is still waiting. */
const SAY_EVERY_MS = 2 * 60_000;

/**
 * The run a merge group's baseline comes from: the `merge_group` run of `workflow` at the group's
 * base commit, the head of the group queued ahead of it. Its successful run; else, while that run
 * is queued or going (the queue builds groups side by side), the same run as soon as it has
 * uploaded artifact `name` or once it succeeds, asked every 15 s for up to 20 minutes. Null when
 * there is no such run, it ends otherwise, or the wait runs out: the branch's store is the
 * baseline then, and the report says so. A group ahead that fails leaves the queue, and GitHub
 * builds this group again on what is left.
 */
export async function groupAheadRun(
  gh: GitHub,
  o: { owner: string; repo: string; workflow: string; sha: string; name: string },
  say: (message: string) => void,
): Promise<WorkflowRunInfo | null> {
  const at = { owner: o.owner, repo: o.repo, workflow: o.workflow, sha: o.sha, event: 'merge_group' }; // prettier-ignore
  // One listing when the newest run has succeeded (the usual case); an older success else.
  const run = await newestRunAt(gh, at);
  if (run?.conclusion === 'success') return run;
  if (!run || run.status === 'completed') return successfulRunAt(gh, at);
  const scale = retryScaleOf(gh);
  const start = Date.now();
  let said = -Infinity;
  const label = `run #${run.runNumber} of ${o.workflow} (the group queued ahead, at ${o.sha.slice(0, 7)})`; // prettier-ignore
  for (;;) {
    const uploaded = await listRunArtifacts(gh, { owner: o.owner, repo: o.repo, runId: run.id, name: o.name }); // prettier-ignore
    if (uploaded.some((a) => a.name === o.name && !a.expired)) {
      say(`The baseline is ${label}'s artifact '${o.name}', uploaded while that run goes on.`);
      return run;
    }
    const now = await runProgress(gh, { owner: o.owner, repo: o.repo, runId: run.id });
    if (now.status === 'completed') return now.conclusion === 'success' ? run : null;
    const waited = Date.now() - start;
    if (waited >= WAIT_MS * scale) {
      say(`Waited ${Math.round(WAIT_MS / 60_000)} minutes for ${label}: it has not uploaded '${o.name}' nor ended.`); // prettier-ignore
      return null;
    }
    if (waited - said >= SAY_EVERY_MS * scale) {
      say(`Waiting for ${label} to upload artifact '${o.name}' or end (up to ${Math.round(WAIT_MS / 60_000)} minutes): it is ${now.status ?? 'not started'}.`); // prettier-ignore
      said = waited;
    }
    await sleep(POLL_MS * scale);
  }
}
