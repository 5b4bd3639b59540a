// The Actions results service that @actions/artifact uploads to (Twirp JSON CreateArtifact /
// FinalizeArtifact, then an Azure block-blob upload to the signed URL), and GET /repos/{o}/{r}.
// A finalized upload becomes an artifact of the run named in the runtime token's scope, so a
// test can read it back through the REST artifact routes.
import { error, notFound, ok, bodyObject } from './http.js';
import type { Ctx, Reply, Route } from './http.js';
import type { FakeState } from './state.js';

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService';

/** One upload between CreateArtifact and FinalizeArtifact. */
interface Upload {
  id: string;
  runId: number;
  name: string;
  blocks: Map<string, Uint8Array>;
  committed: Uint8Array | null;
}

// Kept beside the state rather than in it, so the shared state type stays as it is.
const uploads = new WeakMap<FakeState, Map<string, Upload>>();
const uploadsOf = (state: FakeState): Map<string, Upload> => {
  let m = uploads.get(state);
  if (!m) uploads.set(state, (m = new Map<string, Upload>()));
  return m;
};

/** A runtime token as the runner hands it to actions: a JWT whose scope names run and job. */
export function fakeRuntimeToken(runId: number, jobId = 'job-1'): string {
  const b64 = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ scp: `Actions.GenericRead:00000000 Actions.Results:${runId}:${jobId}` })}.`;
}

// Twirp's error shape: { code, msg }.
const twirpError = (status: number, code: string, msg: string): Reply => ({
  status,
  json: { code, msg },
});

function createArtifact(ctx: Ctx): Reply {
  if (!ctx.hasAuthorization) return twirpError(401, 'unauthenticated', 'missing runtime token');
  const b = bodyObject(ctx);
  const runId = Number(b.workflow_run_backend_id);
  const name = typeof b.name === 'string' ? b.name : '';
  if (
    !Number.isSafeInteger(runId) ||
    name === '' ||
    typeof b.workflow_job_run_backend_id !== 'string'
  ) {
    return twirpError(400, 'invalid_argument', 'workflow_run_backend_id, workflow_job_run_backend_id and name are required'); // prettier-ignore
  }
  const exists = [...uploadsOf(ctx.state).values()].some((u) => u.runId === runId && u.name === name) ||
    ctx.state.artifacts.some((a) => a.runId === runId && a.name === name); // prettier-ignore
  if (exists) return twirpError(409, 'already_exists', `an artifact with this name already exists on the workflow run`); // prettier-ignore
  const id = `u${uploadsOf(ctx.state).size + 1}`;
  uploadsOf(ctx.state).set(id, { id, runId, name, blocks: new Map(), committed: null });
  return ok({ ok: true, signed_upload_url: `${ctx.baseUrl}/_results/artifacts/${id}?sig=fake-${id}` }); // prettier-ignore
}

function finalizeArtifact(ctx: Ctx): Reply {
  if (!ctx.hasAuthorization) return twirpError(401, 'unauthenticated', 'missing runtime token');
  const b = bodyObject(ctx);
  const upload = [...uploadsOf(ctx.state).values()].find(
    (u) => u.runId === Number(b.workflow_run_backend_id) && u.name === b.name,
  );
  if (!upload?.committed) return twirpError(404, 'not_found', 'no committed upload for this artifact'); // prettier-ignore
  if (Number(b.size) !== upload.committed.length)
    return twirpError(400, 'invalid_argument', `size ${String(b.size)} does not match the upload`);
  uploadsOf(ctx.state).delete(upload.id);
  const artifact = { id: ctx.state.nextArtifactId(), runId: upload.runId, name: upload.name, size_in_bytes: upload.committed.length, expired: false, created_at: ctx.state.now(), zip: upload.committed }; // prettier-ignore
  ctx.state.artifacts.push(artifact);
  return ok({ ok: true, artifact_id: String(artifact.id) });
}

// Azure answers block writes with 201 and an empty body.
const created = (): Reply => ({
  status: 201,
  headers: { 'x-ms-request-id': 'fake', 'x-ms-version': '2024-11-04', etag: '"fake"', 'last-modified': new Date(0).toUTCString() }, // prettier-ignore
  bytes: new Uint8Array(0),
});

function putBlob(ctx: Ctx): Reply {
  // Signed URLs carry their own authority; blob storage refuses a bearer token.
  if (ctx.hasAuthorization) return error(403, 'Server failed to authenticate the request.');
  const upload = uploadsOf(ctx.state).get(ctx.params.upload ?? '');
  if (!upload || ctx.query.get('sig') !== `fake-${upload.id}`) return notFound();
  const comp = ctx.query.get('comp');
  if (comp === 'block') {
    upload.blocks.set(ctx.query.get('blockid') ?? '', ctx.raw);
    return created();
  }
  if (comp === 'blocklist') {
    const xml = new TextDecoder().decode(ctx.raw);
    const ids = [...xml.matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)</g)].map(
      (m) => m[1] ?? '',
    );
    const parts = ids.map((id) => upload.blocks.get(id));
    if (parts.some((p) => p === undefined)) return error(400, 'InvalidBlockList');
    upload.committed = new Uint8Array(Buffer.concat(parts as Uint8Array[]));
    return created();
  }
  return error(400, `unsupported comp ${comp ?? '(none)'}`);
}

/** Routes of this group. */
export const resultsRoutes: Route[] = [
  { method: 'POST', anonymous: true, pattern: new RegExp(`^${SERVICE}/CreateArtifact$`), handle: createArtifact }, // prettier-ignore
  { method: 'POST', anonymous: true, pattern: new RegExp(`^${SERVICE}/FinalizeArtifact$`), handle: finalizeArtifact }, // prettier-ignore
  { method: 'PUT', anonymous: true, pattern: /^\/_results\/artifacts\/(?<upload>u\d+)$/, handle: putBlob }, // prettier-ignore
  {
    method: 'GET',
    pattern: /^\/repos\/(?<owner>[^/]+)\/(?<repo>[^/]+)$/,
    handle: (ctx) => ok({ full_name: ctx.state.repository, default_branch: 'main', private: false }), // prettier-ignore
  },
];
