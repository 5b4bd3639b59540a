// Fault injection for the fake GitHub API: the next matching requests fail, or are slow.

/** One injected fault. */
export interface FailSpec {
  /** HTTP method to match; any when omitted. */
  method?: string;
  /** Exact path (no query) or a pattern tested against it. */
  pathPattern: string | RegExp;
  /** Status to answer; omit with `delayMs` for a slow but otherwise normal answer. */
  status?: number;
  headers?: Record<string, string>;
  /** JSON body; defaults to GitHub's error shape with a generic message. */
  body?: unknown;
  /** Apply the request's write first, then answer the failure (a 502 after a commit). */
  afterWrite?: boolean;
  /** How many matching requests this fault applies to. Default 1. */
  times?: number;
  /** Wait this long before answering. */
  delayMs?: number;
  /**
   * Runs before the request is answered: another client's work landing just then (a concurrent
   * run's write between a read and a write). With no `status`, the request is answered as usual.
   */
  before?: () => void | Promise<void>;
}

/** A secondary rate limit answer as GitHub gives it (403 or 429 with retry-after). */
export function secondaryRateLimit(
  status: 403 | 429 = 403,
  retryAfterSeconds = 1,
): Omit<FailSpec, 'pathPattern'> {
  return {
    status,
    headers: { 'retry-after': String(retryAfterSeconds) },
    body: {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
    },
  };
}

/** The queue of pending faults. */
export class Faults {
  private pending: (FailSpec & { left: number })[] = [];

  add(spec: FailSpec): void {
    this.pending.push({ ...spec, left: spec.times ?? 1 });
  }

  clear(): void {
    this.pending = [];
  }

  /** Takes the first fault matching this request, if any. */
  take(method: string, path: string): FailSpec | undefined {
    const i = this.pending.findIndex(
      (f) =>
        (!f.method || f.method.toUpperCase() === method) &&
        (typeof f.pathPattern === 'string' ? f.pathPattern === path : f.pathPattern.test(path)),
    );
    if (i < 0) return undefined;
    const fault = this.pending[i]!;
    fault.left -= 1;
    if (fault.left <= 0) this.pending.splice(i, 1);
    return fault;
  }
}
