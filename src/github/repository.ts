import type { GitHub } from './client.js';

/**
 * The repository's default branch. Most event payloads carry it (`repository.default_branch`);
 * this asks the API for the events whose payload does not.
 */
export async function getDefaultBranch(
  gh: GitHub,
  o: { owner: string; repo: string },
): Promise<string> {
  const { data } = await gh.rest.repos.get({ owner: o.owner, repo: o.repo });
  return data.default_branch;
}
