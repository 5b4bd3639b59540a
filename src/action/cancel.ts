// What a cancelled run still does before it ends. GitHub cancels a step with SIGINT, then SIGTERM
// 7.5 s later, then kills it (a newer run of a `cancel-in-progress` group, the Cancel button): a
// check run created in progress would stay so on its commit, and a required check would block
// the merge until a re-run. The cleanups registered here (completing that check run) run first.

/** Cleanups waited for at most this long: well before the runner's SIGTERM after SIGINT. */
export const CANCEL_WAIT_MS = 5_000;

const cleanups = new Set<() => Promise<void>>();

/** Registers `cleanup` for a cancellation; the function returned removes it again. */
export function onCancel(cleanup: () => Promise<void>): () => void {
  cleanups.add(cleanup);
  return () => void cleanups.delete(cleanup);
}

/** Runs every registered cleanup, once, waiting at most `waitMs` for them all. */
export async function runCancelCleanups(waitMs = CANCEL_WAIT_MS): Promise<void> {
  const running = [...cleanups].map((cleanup) => cleanup().catch(() => undefined));
  cleanups.clear();
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)));
  await Promise.race([Promise.all(running), limit]);
  clearTimeout(timer);
}

/** Where the signals come from and how the process ends (the process itself, or a test's). */
export interface SignalSource {
  once(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
}

/**
 * On the first SIGINT or SIGTERM: says so, runs the cleanups, then ends the step as failed
 * (exit code 1; the run shows as cancelled).
 */
export function exitOnCancel(
  warn: (message: string) => void,
  source: SignalSource = process,
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  let started = false;
  const cancel = (signal: string): void => {
    if (started) return;
    started = true;
    warn(`Cancelled (${signal}): the check run in progress, if any, is marked cancelled.`);
    void runCancelCleanups().then(() => exit(1));
  };
  source.once('SIGINT', () => cancel('SIGINT'));
  source.once('SIGTERM', () => cancel('SIGTERM'));
}
