import { getOctokit } from '@actions/github';
import { defaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import { pacedGroup } from './pacing.js';

/** Where the port reports what it is doing; the action passes @actions/core, tests a recorder. */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

/** Options of {@link createGitHubClient}. */
export interface GitHubClientOptions {
  /** REST base URL; defaults to `GITHUB_API_URL` (read by @actions/github), else api.github.com. */
  baseUrl?: string;
  /** Prefix of the User-Agent header. */
  userAgent?: string;
  /**
   * Multiplies every wait (retry back-off, `retry-after`, write pacing). 1 in production;
   * tests pass e.g. 0.01 so that a `retry-after: 1` costs 10 ms.
   */
  retryScale?: number;
  /** How many times a failed request is retried (5xx, rate limits). Default 3. */
  retries?: number;
  /** A rate limit asking to wait longer than this (seconds) is not waited for. Default 120. */
  maxRetryAfterSeconds?: number;
  /** Receives warnings about rate limits and retries. Default: silent. */
  logger?: Logger;
  /**
   * How long a request may wait for GitHub's answer to begin before it is dropped and retried
   * as a 5xx is (milliseconds). Default 60 s: GitHub ends its own work on a request after 10 s,
   * where a stalled connection would otherwise hold the step for undici's 300 s, each try.
   */
  answerTimeoutMs?: number;
}

const ANSWER_TIMEOUT_MS = 60_000;

/**
 * `fetch` that gives up on a request whose answer has not begun within `ms`, with an error that
 * says so (Octokit turns it into a 500, which the retry plugin retries). The body, once the answer
 * has begun, is read without a limit: artifacts may take long to download.
 */
export function answerWithin(base: typeof fetch, ms: number): typeof fetch {
  return async (input, init) => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const seconds = ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
      controller.abort(new Error(`GitHub did not answer within ${seconds}`));
    }, ms);
    const signal = init?.signal ? AbortSignal.any([init.signal, controller.signal]) : controller.signal; // prettier-ignore
    try {
      return await base(input, { ...init, signal });
    } finally {
      clearTimeout(timer);
    }
  };
}

/** The one Octokit the whole port uses: REST methods, paginate, retry and throttling. */
export type GitHub = ReturnType<typeof getOctokit>;

/** A logger that drops everything. */
export const silentLogger: Logger = { info: () => {}, warning: () => {}, debug: () => {} };

// Status codes the retry plugin must leave alone: client errors are final, and 429 belongs
// to the throttling plugin, which honours retry-after (the retry plugin would not).
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

/** Wraps a logger so that no message it receives can ever carry the token. */
export function redactingLogger(logger: Logger, secret: string): Logger {
  const clean = (message: string): string =>
    secret.length > 0 ? message.split(secret).join('***') : message;
  return {
    info: (m) => logger.info(clean(m)),
    warning: (m) => logger.warning(clean(m)),
    debug: (m) => logger.debug(clean(m)),
  };
}

/** Builds the Octokit for `token` with retry (5xx) and throttling (rate limits) plugins. */
export function createGitHubClient(token: string, options: GitHubClientOptions = {}): GitHub {
  const scale = options.retryScale ?? 1;
  const retries = options.retries ?? 3;
  const maxWait = options.maxRetryAfterSeconds ?? 120;
  const log = redactingLogger(options.logger ?? silentLogger, token);

  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number,
    ): boolean => {
      const where = `${request.method} ${request.url}`;
      if (retryCount >= retries || retryAfter > maxWait) {
        log.warning(`GitHub ${kind} on ${where}; giving up after ${retryCount} retries.`);
        return false;
      }
      log.warning(
        `GitHub ${kind} on ${where}; retrying in ${retryAfter}s (retry ${retryCount + 1} of ${retries}).`,
      );
      return true;
    };

  const throttle: ThrottlingOptions = {
    retryAfterBaseValue: 1000 * scale,
    fallbackSecondaryRateRetryAfter: 60,
    onRateLimit: onLimit('rate limit'),
    onSecondaryRateLimit: onLimit('secondary rate limit'),
  };
  if (scale !== 1) {
    // The plugin spaces writes 1 s apart and notifying writes (comments, issues) 3 s apart,
    // in process-wide queues; scaled-down runs get their own, equally scaled, queues.
    throttle.write = pacedGroup(1000 * scale);
    throttle.notifications = pacedGroup(3000 * scale);
  }

  const gh = getOctokit(
    token,
    {
      ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
      userAgent: options.userAgent ?? 'prompt-versioner-action',
      retry: { retries, retryAfterBaseValue: 1000 * scale, doNotRetry: DO_NOT_RETRY },
      throttle,
      // @actions/github's request defaults (its proxy-aware fetch), replaced by this key whole.
      request: {
        ...defaults.request,
        fetch: answerWithin(
          (defaults.request?.fetch as typeof fetch | undefined) ?? fetch,
          options.answerTimeoutMs ?? ANSWER_TIMEOUT_MS,
        ),
      },
      log: {
        debug: (m: string) => log.debug(m),
        info: (m: string) => log.debug(m),
        warn: (m: string) => log.warning(m),
        error: (m: string) => log.warning(m),
      },
    },
    retry,
    throttling,
  );
  scales.set(gh, scale);
  return gh;
}

const scales = new WeakMap<GitHub, number>();

/** The `retryScale` a client was built with, for waits the port makes outside Octokit. */
export function retryScaleOf(gh: GitHub): number {
  return scales.get(gh) ?? 1;
}

/**
 * How long the action waits between API writes and before retries, as a fraction of GitHub's
 * recommended spacing (1 s between writes, 3 s between comments). Always 1 against GitHub; a
 * smaller PV_API_WAIT_SCALE is honoured only when the API is on this machine (the end-to-end
 * tests' fake GitHub), so that no setting can make the action write to GitHub faster.
 */
export function apiWaitScale(env: Readonly<Record<string, string | undefined>>): number {
  const scale = Number(env.PV_API_WAIT_SCALE);
  if (!(scale > 0 && scale < 1)) return 1;
  let host: string;
  try {
    host = new URL(env.GITHUB_API_URL ?? '').hostname;
  } catch {
    return 1;
  }
  return ['127.0.0.1', 'localhost', '[::1]'].includes(host) ? scale : 1;
}
