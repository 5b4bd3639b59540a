/**
 * Errors that are the user's input, not our bug (a bad setting, an unreadable store, a missing
 * version): their message is the whole story, so it is shown alone. Every subclass is revived
 * with its class when it crosses the worker's thread boundary (worker/run.ts, USER_ERRORS).
 */
export class UserError extends Error {
  override name = 'UserError';
}

/** A file of the installation itself is missing or unreadable: reinstalling is the fix. */
export class InstallError extends UserError {
  constructor(what: string) {
    super(`The installation is incomplete (${what}): reinstall it.`);
    this.name = 'InstallError';
  }
}

/** A GitHub API error (Octokit's HttpError): the call that failed, its status, what to do. */
function apiError(error: Error): string | null {
  const e = error as Error & { status?: unknown; request?: { method?: unknown; url?: unknown } };
  if (error.name !== 'HttpError' || typeof e.status !== 'number') return null;
  const method = typeof e.request?.method === 'string' ? e.request.method : '';
  const url = typeof e.request?.url === 'string' ? e.request.url : '';
  const path = url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '');
  const call = method && path ? ` on ${method} ${path}` : '';
  const hint =
    e.status >= 500
      ? 'GitHub failed after the retries; re-run the job'
      : e.status === 401 || e.status === 403 || e.status === 404
        ? "check the token's permissions (see the README's permissions per event)"
        : 'see the message';
  return `GitHub API error ${e.status}${call} (${error.message}): ${hint}.`;
}

/**
 * Controls and bidi marks, which a store string quoted in a message (a prompt's name) could carry
 * to a terminal or a log: shown as U+FFFD, as the reports show them. (Invisible characters too,
 * where a line is written in plain text: format/escape.ts' markInvisible, which this leaf may
 * not import.)
 */
// eslint-disable-next-line no-control-regex
const UNSHOWABLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** One line for any thrown value: the message for a user error, a short tag for the rest. */
export function describeError(error: unknown): string {
  const oneLine = (s: string): string =>
    s.replace(/\s+/g, ' ').replace(UNSHOWABLE, '\uFFFD').trim().slice(0, 500);
  if (error instanceof Error) {
    const api = apiError(error);
    if (api !== null) return oneLine(api);
    return error instanceof UserError
      ? oneLine(error.message)
      : oneLine(`${error.name}: ${error.message}`);
  }
  return oneLine(`unexpected error: ${String(error)}`);
}
