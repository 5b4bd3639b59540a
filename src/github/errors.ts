/** The result a write returns when the token may not write (e.g. a pull request from a fork). */
export interface Forbidden {
  status: 'forbidden';
  /** One line for the log and the job summary: what was refused and why. */
  message: string;
  /** The target was deleted while the run wrote it (410): no permission is missing. */
  gone?: boolean;
  /** The repository has Issues turned off (410): no permission is missing, and none would do. */
  disabled?: boolean;
}

/** HTTP status of an Octokit RequestError (or anything shaped like one), else undefined. */
export function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
  const status = error.status;
  return typeof status === 'number' ? status : undefined;
}

/** GitHub's own one-line `message` from an error response, never the whole response. */
export function githubMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'response' in error) {
    const data = (error as { response?: { data?: unknown } }).response?.data;
    if (typeof data === 'object' && data !== null && 'message' in data) {
      const message = data.message;
      if (typeof message === 'string') return message;
    }
  }
  return error instanceof Error ? error.message : String(error);
}

/** True for a 404 answer. */
export function isNotFound(error: unknown): boolean {
  return statusOf(error) === 404;
}

/** True for a 5xx answer or a network failure, after which a write may or may not have happened. */
export function isServerError(error: unknown): boolean {
  const status = statusOf(error);
  return status !== undefined && status >= 500;
}

// A rate limit that outlived its retries also answers 403; it is not a permission problem.
const RATE_LIMIT = /rate limit/i;
// GitHub's 410 for a repository whose Issues are turned off: "Issues are disabled for this repo".
const ISSUES_OFF = /issues are disabled/i;

// The line for a write to a repository whose Issues are turned off.
const issuesOff = (what: string, message: string): string =>
  `Could not ${what}: the repository has Issues turned off (HTTP 410: ${message}).`;

/** Thrown inside the port by a write GitHub refused; turned into a {@link Forbidden} result. */
class ForbiddenError extends Error {
  override readonly name = 'ForbiddenError';

  constructor(
    message: string,
    readonly gone = false,
    readonly disabled = false,
  ) {
    super(message);
  }
}

/**
 * Runs one write; a 403 (not a rate limit) or a 404 becomes a {@link ForbiddenError}, because
 * GitHub answers 404 rather than 403 to a token that may not even see the target.
 */
export async function write<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const status = statusOf(error);
    const message = githubMessage(error);
    if ((status === 403 && !RATE_LIMIT.test(message)) || status === 404) {
      throw new ForbiddenError(
        `GitHub refused to ${what} (HTTP ${status}: ${message}); the token may lack write access, as it does on a pull request from a fork.`,
      );
    }
    if (status === 410 && ISSUES_OFF.test(message))
      throw new ForbiddenError(issuesOff(what, message), false, true);
    // Deleted while this run wrote it (an issue someone deleted): nothing to write to.
    if (status === 410)
      throw new ForbiddenError(`Could not ${what}: it was deleted meanwhile (HTTP 410: ${message}).`, true); // prettier-ignore
    throw error;
  }
}

/** Maps a {@link ForbiddenError} or a plain 403 to a {@link Forbidden} result; rethrows the rest. */
export function toForbidden(error: unknown, what: string): Forbidden {
  if (error instanceof ForbiddenError)
    return {
      status: 'forbidden',
      message: error.message,
      ...(error.gone ? { gone: true } : {}),
      ...(error.disabled ? { disabled: true } : {}),
    };
  const message = githubMessage(error);
  // A read answers so too (listing the issues of such a repository).
  if (statusOf(error) === 410 && ISSUES_OFF.test(message))
    return { status: 'forbidden', message: issuesOff(what, message), disabled: true };
  if (statusOf(error) === 403 && !RATE_LIMIT.test(message)) {
    return {
      status: 'forbidden',
      message: `GitHub refused to ${what} (HTTP 403: ${message}).`,
    };
  }
  throw error;
}
