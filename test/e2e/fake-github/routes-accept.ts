// Issue events (labels added and removed), collaborator permissions, reactions to comments,
// adding labels, and the check runs of a commit: what accepting a regression reads and writes.
import { bodyObject, error, listReply, notFound, ok } from './http.js';
import type { Ctx, Reply, Route } from './http.js';
import type { FakeState } from './state.js';

const REPO = '/repos/(?<owner>[^/]+)/(?<repo>[^/]+)';

/** A `labeled` or `unlabeled` event of an issue or pull request. */
export interface FakeLabelEvent {
  id: number;
  issueNumber: number;
  event: 'labeled' | 'unlabeled';
  label: string;
  actor: string;
  created_at: string;
}

/** A reaction to an issue comment. */
export interface FakeReaction {
  commentId: number;
  content: string;
  login: string;
}

/** What this group keeps beside the shared state (so the state type stays as it is). */
export interface AcceptState {
  events: FakeLabelEvent[];
  /** login -> permission (`admin`, `maintain`, `write`, `triage`, `read`); others are `read`. */
  permissions: Map<string, string>;
  reactions: FakeReaction[];
  nextEventId: number;
}

const extras = new WeakMap<FakeState, AcceptState>();

/** The events, permissions and reactions of a fake's state. */
export function acceptState(state: FakeState): AcceptState {
  let s = extras.get(state);
  if (!s) {
    s = { events: [], permissions: new Map(), reactions: [], nextEventId: 80_000 };
    extras.set(state, s);
  }
  return s;
}

/**
 * Clears the label's events and the reactions, and gives the tests' two users their permissions:
 * `maintainer` may accept, `outsider` may only read.
 */
export function resetAcceptState(state: FakeState): void {
  const s = acceptState(state);
  s.events = [];
  s.reactions = [];
  s.permissions.clear();
  s.permissions.set('maintainer', 'maintain');
  s.permissions.set('outsider', 'read');
}

const user = (login: string): object => ({
  login,
  type: login.endsWith('[bot]') ? 'Bot' : 'User',
});

/**
 * Puts `label` on (or takes it off) an issue or pull request as `actor` did, with an event at
 * the real time: the action compares it with the time it published a report.
 */
export function setLabel(
  state: FakeState,
  o: { number: number; label: string; actor: string; on: boolean; at?: string },
): FakeLabelEvent {
  const target = state.pulls.get(o.number) ?? state.issues.get(o.number);
  if (!target) throw new Error(`no issue or pull request #${o.number}`);
  const has = target.labels.some((l) => l.toLowerCase() === o.label.toLowerCase());
  if (o.on && !has) target.labels.push(o.label);
  if (!o.on) target.labels = target.labels.filter((l) => l.toLowerCase() !== o.label.toLowerCase());
  const s = acceptState(state);
  const e: FakeLabelEvent = {
    id: s.nextEventId++,
    issueNumber: o.number,
    event: o.on ? 'labeled' : 'unlabeled',
    label: o.label,
    actor: o.actor,
    created_at: o.at ?? new Date().toISOString(),
  };
  s.events.push(e);
  return e;
}

function listEvents(ctx: Ctx): Reply {
  const n = Number(ctx.params.number);
  if (!ctx.state.hasIssueOrPull(n)) return notFound();
  const items = acceptState(ctx.state)
    .events.filter((e) => e.issueNumber === n)
    .map((e) => ({
      id: e.id,
      event: e.event,
      actor: user(e.actor),
      label: { name: e.label, color: 'ededed' },
      created_at: e.created_at,
    }));
  return listReply(ctx, items);
}

function permission(ctx: Ctx): Reply {
  const login = ctx.params.user ?? '';
  const p = acceptState(ctx.state).permissions.get(login) ?? 'read';
  // GitHub's `permission` folds maintain into write and triage into read; `role_name` does not.
  const folded = p === 'maintain' ? 'write' : p === 'triage' ? 'read' : p;
  return ok({ permission: folded, role_name: p, user: user(login) });
}

function react(ctx: Ctx): Reply {
  const id = Number(ctx.params.id);
  if (!ctx.state.comments.some((c) => c.id === id)) return notFound();
  const content = bodyObject(ctx).content;
  const allowed = ['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes'];
  if (typeof content !== 'string' || !allowed.includes(content))
    return error(422, 'Validation Failed');
  acceptState(ctx.state).reactions.push({ commentId: id, content, login: ctx.login });
  return ok({ id: acceptState(ctx.state).reactions.length, content, user: user(ctx.login) }, 201);
}

function addLabels(ctx: Ctx): Reply {
  const n = Number(ctx.params.number);
  if (!ctx.state.hasIssueOrPull(n)) return notFound();
  const labels = bodyObject(ctx).labels;
  if (!Array.isArray(labels)) return error(422, 'Validation Failed');
  for (const name of labels.map(String)) {
    if (!ctx.state.label(name))
      ctx.state.labels.set(name, { name, color: 'ededed', description: null });
    setLabel(ctx.state, { number: n, label: name, actor: ctx.login, on: true });
  }
  const target = ctx.state.pulls.get(n) ?? ctx.state.issues.get(n);
  return ok((target?.labels ?? []).map((name) => ({ name })));
}

function checkRunsForRef(ctx: Ctx): Reply {
  const ref = ctx.params.ref ?? '';
  const name = ctx.query.get('check_name');
  const runs = [...ctx.state.checkRuns.values()]
    .filter((r) => r.head_sha === ref && (name === null || r.name === name))
    .sort((a, b) => b.id - a.id)
    .map((r) => ({ ...r, html_url: `https://github.com/runs/${r.id}` }));
  return listReply(ctx, runs, 'check_runs');
}

/** Routes of this group. */
export const acceptRoutes: Route[] = [
  {
    method: 'GET',
    pattern: new RegExp(`^${REPO}/issues/(?<number>\\d+)/events$`),
    handle: listEvents,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^${REPO}/collaborators/(?<user>[^/]+)/permission$`),
    handle: permission,
  },
  {
    method: 'POST',
    write: true,
    pattern: new RegExp(`^${REPO}/issues/comments/(?<id>\\d+)/reactions$`),
    handle: react,
  },
  {
    method: 'POST',
    write: true,
    pattern: new RegExp(`^${REPO}/issues/(?<number>\\d+)/labels$`),
    handle: addLabels,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^${REPO}/commits/(?<ref>[^/]+)/check-runs$`),
    handle: checkRunsForRef,
  },
];
