import type { ThrottlingOptions } from '@octokit/plugin-throttling';

type Group = NonNullable<ThrottlingOptions['write']>;
type Job = (...args: unknown[]) => unknown;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One queue: jobs run one at a time and start at least `minTimeMs` apart. It stands in for
 * the Bottleneck limiter the throttling plugin keeps per group; the plugin only ever calls
 * `group.key(id).schedule(options, job)` on the write and notification groups.
 */
class PacedQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private nextStart = 0;

  constructor(private readonly minTimeMs: number) {}

  schedule(...args: unknown[]): Promise<unknown> {
    const at = typeof args[0] === 'function' ? 0 : 1;
    const job = args[at] as Job;
    const jobArgs = args.slice(at + 1);
    const run = this.tail.then(async () => {
      const wait = this.nextStart - Date.now();
      if (wait > 0) await sleep(wait);
      this.nextStart = Date.now() + this.minTimeMs;
      return job(...jobArgs);
    });
    this.tail = run.catch(() => undefined);
    return run;
  }
}

/** A write-pacing group for the throttling plugin with a chosen spacing (scaled in tests). */
export function pacedGroup(minTimeMs: number): Group {
  const queues = new Map<string, PacedQueue>();
  const group = {
    key(id = '') {
      let queue = queues.get(id);
      if (!queue) {
        queue = new PacedQueue(minTimeMs);
        queues.set(id, queue);
      }
      return queue;
    },
  };
  return group as unknown as Group;
}
