/**
 * Errors that are the user's input, not our bug (a bad setting, an unreadable store, a missing
 * version): their message is the whole story, so it is shown alone. Every subclass is revived
 * with its class when it crosses the worker's thread boundary (worker/run.ts, USER_ERRORS).
 */
export class UserError extends Error {}

/** A file of the installation itself is missing or unreadable: reinstalling is the fix. */
export class InstallError extends UserError {
  constructor(what: string) {
    super(`The installation is incomplete (${what}): reinstall it.`);
    this.name = 'InstallError';
  }
}

/** One line for any thrown value: the message for a user error, a short tag for the rest. */
export function describeError(error: unknown): string {
  const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim().slice(0, 500);
  if (error instanceof Error) {
    return error instanceof UserError
      ? oneLine(error.message)
      : oneLine(`${error.name}: ${error.message}`);
  }
  return oneLine(`unexpected error: ${String(error)}`);
}
