// Workflow runs, artifacts, and the blob storage artifact downloads redirect to.
import { error, listReply, notFound, ok } from './http.js';
import type { Ctx, Reply, Route } from './http.js';
import type { FakeArtifact, FakeRun } from './state.js';

const REPO = '/repos/(?<owner>[^/]+)/(?<repo>[^/]+)';

function runJson(ctx: Ctx, r: FakeRun): object {
  return {
    id: r.id,
    name: r.name,
    path: `.github/workflows/${r.workflow}`,
    head_branch: r.head_branch,
    head_sha: r.head_sha,
    event: r.event,
    status: r.status,
    conclusion: r.conclusion,
    run_number: r.run_number,
    run_attempt: r.run_attempt,
    created_at: r.created_at,
    head_repository: { full_name: r.headRepo },
    repository: { full_name: ctx.state.repository },
    pull_requests: [],
    html_url: `https://github.com/${ctx.state.repository}/actions/runs/${r.id}`,
  };
}

function artifactJson(ctx: Ctx, a: FakeArtifact): object {
  const run = ctx.state.runs.find((r) => r.id === a.runId);
  const base = `${ctx.baseUrl}/repos/${ctx.state.repository}/actions/artifacts/${a.id}`;
  return {
    id: a.id,
    node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
    name: a.name,
    size_in_bytes: a.size_in_bytes,
    url: base,
    archive_download_url: `${base}/zip`,
    expired: a.expired,
    created_at: a.created_at,
    expires_at: a.created_at,
    workflow_run: run ? { id: run.id, head_branch: run.head_branch, head_sha: run.head_sha } : null,
  };
}

// `status` filters on either the run's status or its conclusion, as GitHub's does.
const STATUS_FILTER = (r: FakeRun, s: string | null): boolean =>
  s === null || r.status === s || r.conclusion === s;

function listWorkflowRuns(ctx: Ctx): Reply {
  const wf = ctx.params.workflow ?? '';
  const q = (k: string): string | null => ctx.query.get(k);
  const items = ctx.state.runs
    .filter((r) => r.workflow === wf)
    .filter((r) => !q('branch') || r.head_branch === q('branch'))
    .filter((r) => !q('event') || r.event === q('event'))
    .filter((r) => !q('head_sha') || r.head_sha === q('head_sha'))
    .filter((r) => STATUS_FILTER(r, q('status')))
    .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);
  return listReply(
    ctx,
    items.map((r) => runJson(ctx, r)),
    'workflow_runs',
  );
}

function listRepoRuns(ctx: Ctx): Reply {
  const sha = ctx.query.get('head_sha');
  const items = ctx.state.runs
    .filter((r) => !sha || r.head_sha === sha)
    .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);
  return listReply(
    ctx,
    items.map((r) => runJson(ctx, r)),
    'workflow_runs',
  );
}

function findArtifact(ctx: Ctx): FakeArtifact | undefined {
  return ctx.state.artifacts.find((a) => a.id === Number(ctx.params.id));
}

/** Routes of this group. */
export const actionsRoutes: Route[] = [
  {
    method: 'GET',
    pattern: new RegExp(`^${REPO}/actions/workflows/(?<workflow>[^/]+)/runs$`),
    handle: listWorkflowRuns,
  },
  { method: 'GET', pattern: new RegExp(`^${REPO}/actions/runs$`), handle: listRepoRuns },
  {
    method: 'GET',
    pattern: new RegExp(`^${REPO}/actions/runs/(?<id>\\d+)$`),
    handle: (ctx) => {
      const run = ctx.state.runs.find((r) => r.id === Number(ctx.params.id));
      return run ? ok(runJson(ctx, run)) : notFound();
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`^${REPO}/actions/runs/(?<id>\\d+)/artifacts$`),
    handle: (ctx) => {
      const name = ctx.query.get('name');
      const items = ctx.state.artifacts
        .filter((a) => a.runId === Number(ctx.params.id) && (!name || a.name === name))
        .sort((a, b) => b.id - a.id);
      return listReply(
        ctx,
        items.map((a) => artifactJson(ctx, a)),
        'artifacts',
      );
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`^${REPO}/actions/artifacts/(?<id>\\d+)$`),
    handle: (ctx) => {
      const a = findArtifact(ctx);
      return a ? ok(artifactJson(ctx, a)) : notFound();
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`^${REPO}/actions/artifacts/(?<id>\\d+)/zip$`),
    handle: (ctx) => {
      const a = findArtifact(ctx);
      if (!a) return notFound();
      if (a.expired) return error(410, 'Artifact has expired');
      return { status: 302, headers: { location: `${ctx.baseUrl}/_blob/${a.id}?sig=fake` } };
    },
  },
  {
    method: 'GET',
    anonymous: true,
    pattern: /^\/_blob\/(?<id>\d+)$/,
    handle: (ctx) => {
      // Blob storage signs its URLs and refuses a GitHub token, as Azure storage does.
      if (ctx.hasAuthorization) {
        return error(403, 'Server failed to authenticate the request.');
      }
      const a = findArtifact(ctx);
      if (!a) return notFound();
      return { status: 200, headers: { 'content-type': 'application/zip' }, bytes: a.zip };
    },
  },
];
