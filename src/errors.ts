/** Errors that are the user's input, not our bug: their message is the whole story. */
const EXPECTED = new Set([
  'ConfigError',
  'StoreError',
  'SelectionError',
  'SourceError',
  'StoreLimitError',
]);

/** One line for any thrown value: the message for expected errors, a short tag for the rest. */
export function describeError(error: unknown): string {
  const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim().slice(0, 500);
  if (error instanceof Error) {
    return EXPECTED.has(error.name)
      ? oneLine(error.message)
      : oneLine(`${error.name}: ${error.message}`);
  }
  return oneLine(`unexpected error: ${String(error)}`);
}
