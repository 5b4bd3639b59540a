import type { GitHub } from './client.js';
import { statusOf } from './errors.js';

/** Login of the bot behind the Actions `GITHUB_TOKEN`. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

interface Identity {
  login: string;
  /** True when the login was assumed (GET /user refused) rather than told by GitHub. */
  assumed: boolean;
}

// One answer per client: GET /user is asked once, and a login seen on something we created
// (the only way to learn who an App or Actions token is) replaces an assumed one.
const known = new WeakMap<GitHub, Promise<Identity>>();

/**
 * The login our comments and issues carry. The Actions token gets 403 from GET /user: then we
 * assume the Actions bot until a created comment or issue tells us better.
 */
export function whoAmI(gh: GitHub): Promise<string> {
  let identity = known.get(gh);
  if (!identity) {
    identity = gh.rest.users.getAuthenticated().then(
      (response) => ({ login: response.data.login, assumed: false }),
      (error: unknown) => {
        const status = statusOf(error);
        if (status === 403 || status === 404) return { login: ACTIONS_BOT_LOGIN, assumed: true };
        known.delete(gh);
        throw error;
      },
    );
    known.set(gh, identity);
  }
  return identity.then((i) => i.login);
}

/** Records the author GitHub reported on something this client just created. */
export function learnLogin(gh: GitHub, login: string | undefined): void {
  if (login) known.set(gh, Promise.resolve({ login, assumed: false }));
}
