// Issues, issue comments, labels and the authenticated user.
import { bodyObject, error, listReply, notFound, ok, tooLong } from './http.js';
import type { Ctx, Reply, Route } from './http.js';
import type { FakeComment, FakeIssue } from './state.js';

const REPO = '/repos/(?<owner>[^/]+)/(?<repo>[^/]+)';
const COMMENT_MAX = 65536;

const user = (login: string): object => ({
  login,
  type: login.endsWith('[bot]') ? 'Bot' : 'User',
});

function commentJson(ctx: Ctx, c: FakeComment): object {
  const kind = ctx.state.pulls.has(c.issueNumber) ? 'pull' : 'issues';
  return {
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${ctx.baseUrl}/repos/${ctx.state.repository}/issues/comments/${c.id}`,
    html_url: `https://github.com/${ctx.state.repository}/${kind}/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${ctx.baseUrl}/repos/${ctx.state.repository}/issues/${c.issueNumber}`,
    body: c.body,
    user: user(c.login),
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: 'NONE',
  };
}

/** JSON of an issue, or of a pull request seen through the issues API. */
export function issueJson(ctx: Ctx, number: number): object | undefined {
  const i = ctx.state.issues.get(number);
  const p = ctx.state.pulls.get(number);
  const labels = (i?.labels ?? p?.labels ?? []).map((name) => ({ name }));
  const html = `https://github.com/${ctx.state.repository}/${p ? 'pull' : 'issues'}/${number}`;
  if (i) {
    return { number, title: i.title, body: i.body, labels, state: i.state, state_reason: i.state_reason, user: user(i.login), created_at: i.created_at, closed_at: i.closed_at ?? null, html_url: html }; // prettier-ignore
  }
  if (p) {
    return { number, title: `PR ${number}`, body: '', labels, state: p.state, state_reason: null, user: user(p.login), html_url: html, pull_request: { url: `${ctx.baseUrl}/repos/${ctx.state.repository}/pulls/${number}` } }; // prettier-ignore
  }
  return undefined;
}

function bodyOrError(ctx: Ctx): string | Reply {
  const body = bodyObject(ctx).body;
  if (typeof body !== 'string') return error(422, 'Invalid request.\n\n"body" wasn\'t supplied.');
  if (body.length > COMMENT_MAX) return tooLong('body', COMMENT_MAX, body.length);
  return body;
}

function findComment(ctx: Ctx): FakeComment | undefined {
  return ctx.state.comments.find((c) => c.id === Number(ctx.params.id));
}

function listIssues(ctx: Ctx): Reply {
  const state = ctx.query.get('state') ?? 'open';
  const wanted = (ctx.query.get('labels') ?? '').split(',').filter((l) => l !== '');
  const numbers = [...ctx.state.issues.keys(), ...ctx.state.pulls.keys()];
  const items = numbers
    .map((n) => issueJson(ctx, n) as { state: string; labels: { name: string }[]; number: number })
    .filter((i) => state === 'all' || i.state === state)
    .filter((i) =>
      wanted.every((w) => i.labels.some((l) => l.name.toLowerCase() === w.toLowerCase())),
    )
    .sort((a, b) => {
      // Issues by creation (their numbers) or, with sort=updated, by their last change.
      const key = (i: { number: number }): number => {
        const issue = ctx.state.issues.get(i.number);
        return ctx.query.get('sort') === 'updated' && issue
          ? Date.parse(issue.updated_at ?? issue.created_at) * 1000 + i.number
          : i.number;
      };
      return ctx.query.get('direction') === 'asc' ? key(a) - key(b) : key(b) - key(a);
    });
  return listReply(ctx, items);
}

function createIssue(ctx: Ctx): Reply {
  const b = bodyObject(ctx);
  if (typeof b.title !== 'string' || b.title === '') return error(422, 'Validation Failed');
  const labels = Array.isArray(b.labels) ? b.labels.map(String) : [];
  for (const name of labels) {
    if (!ctx.state.label(name))
      ctx.state.labels.set(name, { name, color: 'ededed', description: null });
  }
  const issue: FakeIssue = {
    number: ctx.state.nextIssueNumber(),
    title: b.title,
    body: typeof b.body === 'string' ? b.body : '',
    labels,
    state: 'open',
    state_reason: null,
    login: ctx.login,
    created_at: ctx.state.now(),
  };
  ctx.state.issues.set(issue.number, issue);
  return ok(issueJson(ctx, issue.number), 201);
}

function updateIssue(ctx: Ctx): Reply {
  const issue = ctx.state.issues.get(Number(ctx.params.number));
  if (!issue) return notFound();
  const b = bodyObject(ctx);
  issue.updated_at = ctx.state.now();
  if (typeof b.title === 'string') issue.title = b.title;
  if (typeof b.body === 'string') issue.body = b.body;
  if (Array.isArray(b.labels)) issue.labels = b.labels.map(String);
  if (b.state === 'open' || b.state === 'closed') {
    issue.state = b.state;
    issue.state_reason = b.state === 'closed' ? 'completed' : 'reopened';
    issue.closed_at = b.state === 'closed' ? ctx.state.now() : null;
  }
  if (b.state_reason === 'completed' || b.state_reason === 'not_planned') {
    issue.state_reason = b.state_reason;
  }
  return ok(issueJson(ctx, issue.number));
}

/** Routes of this group. */
export const issueRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/user$/,
    handle: (ctx) =>
      ctx.canReadUser
        ? ok({ ...user(ctx.login), id: 1 })
        : error(403, 'Resource not accessible by integration'),
  },
  {
    method: 'GET',
    pattern: new RegExp(`^${REPO}/issues/(?<number>\\d+)/comments$`),
    handle: (ctx) => {
      const n = Number(ctx.params.number);
      if (!ctx.state.hasIssueOrPull(n)) return notFound();
      const items = ctx.state.comments
        .filter((c) => c.issueNumber === n)
        .sort((a, b) => a.id - b.id);
      return listReply(
        ctx,
        items.map((c) => commentJson(ctx, c)),
      );
    },
  },
  {
    method: 'POST',
    write: true,
    pattern: new RegExp(`^${REPO}/issues/(?<number>\\d+)/comments$`),
    handle: (ctx) => {
      const n = Number(ctx.params.number);
      if (!ctx.state.hasIssueOrPull(n)) return notFound();
      const body = bodyOrError(ctx);
      if (typeof body !== 'string') return body;
      const at = ctx.state.now();
      const c: FakeComment = { id: ctx.state.nextCommentId(), issueNumber: n, body, login: ctx.login, created_at: at, updated_at: at }; // prettier-ignore
      ctx.state.comments.push(c);
      return ok(commentJson(ctx, c), 201);
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`^${REPO}/issues/comments/(?<id>\\d+)$`),
    handle: (ctx) => {
      const c = findComment(ctx);
      return c ? ok(commentJson(ctx, c)) : notFound();
    },
  },
  {
    method: 'PATCH',
    write: true,
    pattern: new RegExp(`^${REPO}/issues/comments/(?<id>\\d+)$`),
    handle: (ctx) => {
      const c = findComment(ctx);
      if (!c) return notFound();
      // GitHub lets only the author (or a maintainer, which a bot token is not) edit.
      if (c.login !== ctx.login) return error(403, 'Resource not accessible by integration');
      const body = bodyOrError(ctx);
      if (typeof body !== 'string') return body;
      c.body = body;
      c.updated_at = ctx.state.now();
      return ok(commentJson(ctx, c));
    },
  },
  {
    method: 'DELETE',
    write: true,
    pattern: new RegExp(`^${REPO}/issues/comments/(?<id>\\d+)$`),
    handle: (ctx) => {
      const c = findComment(ctx);
      if (!c) return notFound();
      ctx.state.comments = ctx.state.comments.filter((x) => x !== c);
      return { status: 204 };
    },
  },
  { method: 'GET', pattern: new RegExp(`^${REPO}/issues$`), handle: listIssues },
  { method: 'POST', write: true, pattern: new RegExp(`^${REPO}/issues$`), handle: createIssue },
  {
    method: 'GET',
    pattern: new RegExp(`^${REPO}/issues/(?<number>\\d+)$`),
    handle: (ctx) => {
      const json = issueJson(ctx, Number(ctx.params.number));
      return json ? ok(json) : notFound();
    },
  },
  {
    method: 'PATCH',
    write: true,
    pattern: new RegExp(`^${REPO}/issues/(?<number>\\d+)$`),
    handle: updateIssue,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^${REPO}/labels/(?<name>[^/]+)$`),
    handle: (ctx) => {
      const l = ctx.state.label(ctx.params.name ?? '');
      return l ? ok(l) : notFound();
    },
  },
  {
    method: 'POST',
    write: true,
    pattern: new RegExp(`^${REPO}/labels$`),
    handle: (ctx) => {
      const b = bodyObject(ctx);
      const name = typeof b.name === 'string' ? b.name : '';
      if (name === '') return error(422, 'Validation Failed');
      if (ctx.state.label(name)) {
        return error(422, 'Validation Failed', {
          errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
        });
      }
      const color = typeof b.color === 'string' ? b.color : 'ededed';
      const description = typeof b.description === 'string' ? b.description : null;
      const label = { name, color, description };
      ctx.state.labels.set(name, label);
      return ok(label, 201);
    },
  },
];
