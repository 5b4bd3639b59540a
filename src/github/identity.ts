import type { GitHub } from './client.js';
import { statusOf } from './errors.js';

/** Login of the bot behind the Actions `GITHUB_TOKEN`. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

// One answer per client: GET /user is asked once, and a login seen on something this client
// created (the only way to learn who an App or Actions token is) replaces an unknown one.
const known = new WeakMap<GitHub, Promise<string | null>>();

/**
 * The login our comments and issues carry, or null while it is unknown: GitHub refuses GET /user
 * to the Actions token and to App installation tokens, until a created comment or issue tells.
 */
export function whoAmI(gh: GitHub): Promise<string | null> {
  let login = known.get(gh);
  if (!login) {
    login = gh.rest.users.getAuthenticated().then(
      (response) => response.data.login,
      (error: unknown) => {
        const status = statusOf(error);
        if (status === 403 || status === 404) return null;
        known.delete(gh);
        throw error;
      },
    );
    known.set(gh, login);
  }
  return login;
}

/** Records the author GitHub reported on something this client just created. */
export function learnLogin(gh: GitHub, login: string | undefined): void {
  if (login) known.set(gh, Promise.resolve(login));
}

/** True for the account of a GitHub App or of Actions (`[bot]` login, type Bot): never a person. */
export function isBotUser(user: { login?: string; type?: string } | null | undefined): boolean {
  return user?.type === 'Bot' && (user.login ?? '').endsWith('[bot]');
}
