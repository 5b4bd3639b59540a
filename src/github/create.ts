import type { GitHub, Logger } from './client.js';
import { githubMessage, isServerError, write } from './errors.js';
import { learnLogin } from './identity.js';

/** How to create one comment or issue, and how to find it again. */
export interface Creation<T> {
  /** What the POST does, for messages (`comment on the pull request`). */
  readonly what: string;
  /** The POST, made with `request: { retries: 0 }` (see {@link createThenList}). */
  readonly post: () => Promise<{ data: { user?: { login?: string } | null } }>;
  /** Lists what is ours. */
  readonly list: () => Promise<T>;
  /** True when a listing holds ours. */
  readonly found: (listed: T) => boolean;
}

/**
 * Creates, then lists, and returns the listing (concurrent runs may have created theirs too:
 * the caller folds duplicates). The POST is never retried blindly: a 5xx may come after GitHub
 * stored it, and a retry would post it twice. So on a 5xx the listing tells, and only when it
 * shows nothing is the POST made once more.
 */
export async function createThenList<T>(gh: GitHub, c: Creation<T>, log: Logger): Promise<T> {
  await post(gh, c, log, false);
  let listed = await c.list();
  if (!c.found(listed)) {
    // The create failed before GitHub stored anything: try once more.
    await post(gh, c, log, true);
    listed = await c.list();
  }
  return listed;
}

async function post<T>(gh: GitHub, c: Creation<T>, log: Logger, final: boolean): Promise<void> {
  try {
    const { data } = await write(c.what, c.post);
    // What this client created is the only way to learn an App or Actions token's login.
    learnLogin(gh, data.user?.login);
  } catch (error) {
    if (final || !isServerError(error)) throw error;
    log.warning(`Could not ${c.what} (${githubMessage(error)}); checking whether it was stored.`);
  }
}
