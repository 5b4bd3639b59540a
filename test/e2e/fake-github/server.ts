// The HTTP side of the fake GitHub API: auth, routing, faults, the request log.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Faults, type FailSpec } from './faults.js';
import { error, notFound, type Ctx, type Reply, type Route } from './http.js';
import { acceptRoutes } from './routes-accept.js';
import { actionsRoutes } from './routes-actions.js';
import { issueRoutes } from './routes-issues.js';
import { repoRoutes } from './routes-repo.js';
import { resultsRoutes } from './routes-results.js';
import { FakeState } from './state.js';

/** Who a token is. */
export interface FakeIdentity {
  login: string;
  /** GET /user works (a personal token) or answers 403 (the Actions token). */
  canReadUser?: boolean;
  /** Every write answers 403 (a fork's read-only token). */
  readOnly?: boolean;
}

/** One logged request; the Authorization header is never kept, only whether it was sent. */
export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  hasAuthorization: boolean;
  body: unknown;
  status: number;
  /** Milliseconds (performance.now) when the request arrived. */
  at: number;
}

/** Options of the fake. */
export interface FakeServerOptions {
  /** The one repository served, `owner/name`. Default `octo-org/octo-repo`. */
  repository?: string;
  /** token -> identity. Unknown tokens are the Actions bot unless `strictTokens`. */
  tokens?: Record<string, FakeIdentity>;
  strictTokens?: boolean;
}

const ACTIONS_BOT: FakeIdentity = { login: 'github-actions[bot]', canReadUser: false };
const ROUTES: Route[] = [
  ...issueRoutes,
  ...repoRoutes,
  ...actionsRoutes,
  ...resultsRoutes,
  ...acceptRoutes,
];
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The server: holds state, answers like GitHub. */
export class FakeServer {
  readonly state: FakeState;
  readonly requests: LoggedRequest[] = [];
  /** When true every write answers 403, as with a token of a fork's pull request. */
  forbidWrites = false;
  private readonly faults = new Faults();
  private server: http.Server | undefined;
  private baseUrl = '';

  constructor(private readonly options: FakeServerOptions = {}) {
    this.state = new FakeState(options.repository ?? 'octo-org/octo-repo');
  }

  /** The base URL once started. */
  get url(): string {
    return this.baseUrl;
  }

  /** Listens on 127.0.0.1, on a free port. */
  async start(): Promise<{ url: string }> {
    const server = http.createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: `fake github: ${String(e)}` }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return { url: this.baseUrl };
  }

  /** Closes the server and every open connection. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Makes the next matching request(s) fail or be slow. */
  failNext(spec: FailSpec): void {
    this.faults.add(spec);
  }

  /** Makes `token` authenticate as `identity` from now on (a personal token). */
  addToken(token: string, identity: FakeIdentity): void {
    (this.options.tokens ??= {})[token] = identity;
  }

  /** Drops pending faults. */
  clearFaults(): void {
    this.faults.clear();
  }

  private identity(token: string | undefined): FakeIdentity | undefined {
    if (token === undefined) return undefined;
    const known = this.options.tokens?.[token];
    if (known) return known;
    return this.options.strictTokens ? undefined : ACTIONS_BOT;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const at = performance.now();
    const url = new URL(req.url ?? '/', this.baseUrl);
    const method = (req.method ?? 'GET').toUpperCase();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBytes = new Uint8Array(Buffer.concat(chunks));
    const raw = Buffer.from(rawBytes).toString('utf8');
    let body: unknown = raw === '' ? undefined : raw;
    if (raw !== '' && (req.headers['content-type'] ?? '').includes('json')) body = JSON.parse(raw);

    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (k !== 'authorization' && v !== undefined)
        headers[k] = Array.isArray(v) ? v.join(', ') : v;
    }
    const auth = req.headers.authorization;
    const token = auth ? auth.replace(/^(token|bearer)\s+/i, '') : undefined;
    const log: LoggedRequest = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), headers, hasAuthorization: auth !== undefined, body, status: 0, at }; // prettier-ignore
    this.requests.push(log);

    const reply = await this.route(
      method,
      url,
      headers,
      { body, raw: rawBytes },
      token,
      auth !== undefined,
    );
    log.status = reply.status;
    const out = reply.bytes ?? (reply.json === undefined ? undefined : JSON.stringify(reply.json));
    const type = reply.bytes ? {} : { 'content-type': 'application/json; charset=utf-8' };
    res.writeHead(reply.status, { ...type, ...reply.headers });
    res.end(out);
  }

  private async route(
    method: string,
    url: URL,
    headers: Record<string, string>,
    { body, raw }: { body: unknown; raw: Uint8Array },
    token: string | undefined,
    hasAuthorization: boolean,
  ): Promise<Reply> {
    const path = url.pathname;
    const fault = this.faults.take(method, path);
    if (fault?.delayMs) await sleep(fault.delayMs);
    await fault?.before?.();
    const match = this.match(method, path);
    if (!match) return notFound();
    const { route, params } = match;
    const who = this.identity(token);
    if (!route.anonymous && !who) {
      return token === undefined
        ? error(401, 'Requires authentication')
        : error(401, 'Bad credentials');
    }
    const repoParam = params.owner !== undefined ? `${params.owner}/${params.repo}` : undefined;
    if (repoParam !== undefined && repoParam !== this.state.repository) return notFound();
    if (route.write && (this.forbidWrites || who?.readOnly)) {
      return error(403, 'Resource not accessible by integration');
    }
    const failure = (): Reply => ({
      status: fault!.status!,
      headers: fault!.headers ?? {},
      json: fault!.body ?? { message: `Injected ${fault!.status}`, documentation_url: 'https://docs.github.com/rest' }, // prettier-ignore
    });
    if (fault?.status !== undefined && !fault.afterWrite) return failure();
    const ctx: Ctx = { method, path, params, query: url.searchParams, headers, body, raw, login: who?.login ?? '', hasAuthorization, canReadUser: who?.canReadUser ?? true, baseUrl: this.baseUrl, state: this.state }; // prettier-ignore
    const reply = route.handle(ctx);
    return fault?.status !== undefined ? failure() : reply;
  }

  private match(
    method: string,
    path: string,
  ): { route: Route; params: Record<string, string> } | undefined {
    for (const route of ROUTES) {
      if (route.method !== method) continue;
      const m = route.pattern.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      for (const [k, v] of Object.entries(m.groups ?? {})) params[k] = decodeURIComponent(v);
      return { route, params };
    }
    return undefined;
  }
}
