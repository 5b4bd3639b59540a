// Contents, check runs and pull requests.
import { bodyObject, error, listReply, notFound, ok, tooLong } from './http.js';
import type { Ctx, Reply, Route } from './http.js';
import type { FakeCheckRun, FakePull } from './state.js';

const REPO = '/repos/(?<owner>[^/]+)/(?<repo>[^/]+)';
const OUTPUT_MAX = 65535;
// The JSON form of the contents API carries base64 content only up to 1 MB.
const JSON_CONTENT_MAX = 1024 * 1024;

function getContents(ctx: Ctx): Reply {
  const ref = ctx.query.get('ref') ?? 'main';
  const path = ctx.params.path ?? '';
  if (ctx.state.unknownRefs.has(ref)) return error(404, `No commit found for the ref ${ref}`);
  const bytes = ctx.state.files.get(ref)?.get(path);
  if (!bytes) return notFound();
  const accept = ctx.headers.accept ?? '';
  if (/application\/vnd\.github(\.v3)?\.raw/.test(accept)) {
    return { status: 200, headers: { 'content-type': ctx.state.rawContentType }, bytes };
  }
  const small = bytes.length <= JSON_CONTENT_MAX;
  const b64 = small
    ? (
        Buffer.from(bytes)
          .toString('base64')
          .match(/.{1,60}/g) ?? []
      ).join('\n')
    : '';
  return ok({
    type: 'file',
    name: path.split('/').pop(),
    path,
    size: bytes.length,
    sha: 'f'.repeat(40),
    encoding: small ? 'base64' : 'none',
    content: b64,
    download_url: `https://raw.githubusercontent.com/${ctx.state.repository}/${ref}/${path}`,
  });
}

function checkRunJson(r: FakeCheckRun): object {
  return { ...r, html_url: `https://github.com/runs/${r.id}` };
}

function applyCheckRun(ctx: Ctx, run: FakeCheckRun): Reply | null {
  const b = bodyObject(ctx);
  if (typeof b.status === 'string') run.status = b.status;
  if (typeof b.conclusion === 'string') {
    run.conclusion = b.conclusion;
    run.status = 'completed';
  }
  if (typeof b.details_url === 'string') run.details_url = b.details_url;
  if (typeof b.external_id === 'string') run.external_id = b.external_id;
  if (typeof b.started_at === 'string') run.started_at = b.started_at;
  if (typeof b.completed_at === 'string') run.completed_at = b.completed_at;
  const out = b.output as Record<string, unknown> | undefined;
  if (out) {
    for (const field of ['summary', 'text'] as const) {
      const v = out[field];
      if (typeof v === 'string' && v.length > OUTPUT_MAX)
        return tooLong(field, OUTPUT_MAX, v.length);
    }
    if (typeof out.title !== 'string' || typeof out.summary !== 'string') {
      return error(422, 'Invalid request.\n\n"title" and "summary" are required in output.');
    }
    run.output = { title: out.title, summary: out.summary, text: typeof out.text === 'string' ? out.text : null }; // prettier-ignore
  }
  return null;
}

/** JSON of a pull request as GitHub returns it (a subset). */
export function pullJson(ctx: Ctx, p: FakePull): object {
  const repo = (full: string): object => ({
    full_name: full,
    fork: full !== p.baseRepo,
    ...(full === p.headRepo && p.headRepoId !== undefined ? { id: p.headRepoId } : {}),
  });
  return {
    number: p.number,
    state: p.state,
    merged: p.merged,
    html_url: `https://github.com/${p.baseRepo}/pull/${p.number}`,
    user: { login: p.login },
    labels: p.labels.map((name) => ({ name })),
    head: { sha: p.headSha, ref: p.headRef, label: `${p.headRepo.split('/')[0]}:${p.headRef}`, repo: repo(p.headRepo) }, // prettier-ignore
    base: { sha: p.baseSha, ref: p.baseRef, repo: repo(p.baseRepo) },
    url: `${ctx.baseUrl}/repos/${p.baseRepo}/pulls/${p.number}`,
  };
}

function listPulls(ctx: Ctx): Reply {
  const state = ctx.query.get('state') ?? 'open';
  const head = ctx.query.get('head');
  const items = [...ctx.state.pulls.values()]
    .filter((p) => state === 'all' || p.state === state)
    .filter((p) => !head || head === `${p.headRepo.split('/')[0]}:${p.headRef}`)
    .sort((a, b) => b.number - a.number);
  return listReply(
    ctx,
    items.map((p) => pullJson(ctx, p)),
  );
}

function pullsForCommit(ctx: Ctx): Reply {
  const sha = ctx.params.sha ?? '';
  const numbers = new Set(ctx.state.commitPulls.get(sha) ?? []);
  // Like GitHub: a same-repository PR is found by its head commit, a fork's is not.
  for (const p of ctx.state.pulls.values()) {
    if (p.headSha === sha && p.headRepo === p.baseRepo) numbers.add(p.number);
  }
  const items = [...numbers].sort((a, b) => a - b).map((n) => ctx.state.pulls.get(n));
  return listReply(
    ctx,
    items.filter((p) => p !== undefined).map((p) => pullJson(ctx, p)),
  );
}

/** Routes of this group. */
export const repoRoutes: Route[] = [
  { method: 'GET', pattern: new RegExp(`^${REPO}/contents/(?<path>.+)$`), handle: getContents },
  {
    method: 'POST',
    write: true,
    pattern: new RegExp(`^${REPO}/check-runs$`),
    handle: (ctx) => {
      const b = bodyObject(ctx);
      if (typeof b.name !== 'string' || typeof b.head_sha !== 'string') {
        return error(422, 'Invalid request.\n\n"name" and "head_sha" are required.');
      }
      const run: FakeCheckRun = { id: ctx.state.nextCheckRunId(), name: b.name, head_sha: b.head_sha, status: 'queued', conclusion: null, details_url: null, started_at: null, completed_at: null, output: { title: null, summary: null, text: null } }; // prettier-ignore
      const invalid = applyCheckRun(ctx, run);
      if (invalid) return invalid;
      ctx.state.checkRuns.set(run.id, run);
      return ok(checkRunJson(run), 201);
    },
  },
  {
    method: 'PATCH',
    write: true,
    pattern: new RegExp(`^${REPO}/check-runs/(?<id>\\d+)$`),
    handle: (ctx) => {
      const existing = ctx.state.checkRuns.get(Number(ctx.params.id));
      if (!existing) return notFound();
      const run = structuredClone(existing);
      const invalid = applyCheckRun(ctx, run);
      if (invalid) return invalid;
      ctx.state.checkRuns.set(run.id, run);
      return ok(checkRunJson(run));
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`^${REPO}/check-runs/(?<id>\\d+)$`),
    handle: (ctx) => {
      const run = ctx.state.checkRuns.get(Number(ctx.params.id));
      return run ? ok(checkRunJson(run)) : notFound();
    },
  },
  { method: 'GET', pattern: new RegExp(`^${REPO}/pulls$`), handle: listPulls },
  {
    method: 'GET',
    pattern: new RegExp(`^${REPO}/pulls/(?<number>\\d+)$`),
    handle: (ctx) => {
      const p = ctx.state.pulls.get(Number(ctx.params.number));
      return p ? ok(pullJson(ctx, p)) : notFound();
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`^${REPO}/commits/(?<sha>[^/]+)/pulls$`),
    handle: pullsForCommit,
  },
];
