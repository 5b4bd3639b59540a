// Small HTTP helpers of the fake GitHub API: replies, errors and GitHub-style pagination.
import type { FakeState } from './state.js';

/** What a route answers: JSON (`json`) or bytes (`bytes`), with a status and headers. */
export interface Reply {
  status: number;
  headers?: Record<string, string>;
  json?: unknown;
  bytes?: Uint8Array;
}

/** What a route handler gets. */
export interface Ctx {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: unknown;
  /** The request body as sent (blob uploads are binary). */
  raw: Uint8Array;
  /** Login tied to the request's token ('' for unauthenticated routes). */
  login: string;
  /** Whether the request carried an Authorization header (its value is never kept). */
  hasAuthorization: boolean;
  /** False for the Actions token, which gets 403 from GET /user. */
  canReadUser: boolean;
  /** Base URL of the fake, e.g. http://127.0.0.1:1234. */
  baseUrl: string;
  state: FakeState;
}

/** A route: method, path pattern with named groups, handler. */
export interface Route {
  method: string;
  pattern: RegExp;
  /** Writes change state; a fork token may not do them. */
  write?: boolean;
  /** Routes that must work without a token (blob storage). */
  anonymous?: boolean;
  handle(ctx: Ctx): Reply;
}

const DOCS = 'https://docs.github.com/rest';

/** GitHub's error shape: `{ message, documentation_url }` (plus `errors` for 422). */
export function error(status: number, message: string, extra: object = {}): Reply {
  return { status, json: { message, documentation_url: DOCS, ...extra } };
}

/** 200 with a JSON body. */
export function ok(json: unknown, status = 200): Reply {
  return { status, json };
}

/** 404 as GitHub says it. */
export const notFound = (): Reply => error(404, 'Not Found');

/** Body field as an object, or an empty one. */
export function bodyObject(ctx: Ctx): Record<string, unknown> {
  return typeof ctx.body === 'object' && ctx.body !== null
    ? (ctx.body as Record<string, unknown>)
    : {};
}

/**
 * One page of `items` like GitHub: `per_page` (default 30, max 100), `page` (from 1), and a
 * `Link` header with prev/next/last/first that keeps the other query parameters.
 */
export function paginate<T>(
  ctx: Ctx,
  items: readonly T[],
): { page: T[]; headers: Record<string, string> } {
  const perRaw = Number(ctx.query.get('per_page') ?? '30');
  const per = Number.isInteger(perRaw) && perRaw > 0 ? Math.min(perRaw, 100) : 30;
  const pageRaw = Number(ctx.query.get('page') ?? '1');
  const page = Number.isInteger(pageRaw) && pageRaw > 0 ? pageRaw : 1;
  const last = Math.max(1, Math.ceil(items.length / per));
  const link = (n: number, rel: string): string => {
    const q = new URLSearchParams(ctx.query);
    q.set('per_page', String(per));
    q.set('page', String(n));
    return `<${ctx.baseUrl}${ctx.path}?${q.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(Math.min(page - 1, last), 'prev'));
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  return {
    page: items.slice((page - 1) * per, page * per),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}

/** A paginated list reply; `wrap` names the array for `{ total_count, <wrap>: [...] }` lists. */
export function listReply<T>(ctx: Ctx, items: readonly T[], wrap?: string): Reply {
  const { page, headers } = paginate(ctx, items);
  const json = wrap ? { total_count: items.length, [wrap]: page } : page;
  return { status: 200, headers, json };
}

/** A GitHub-style 422 for a field that is too long. */
export function tooLong(field: string, max: number, got: number): Reply {
  return error(
    422,
    `Invalid request.\n\nOnly ${max} characters are allowed; ${got} were supplied.`,
    {
      errors: [{ resource: 'field', field, code: 'too_long' }],
    },
  );
}
