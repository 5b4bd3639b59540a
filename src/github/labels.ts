import type { GitHub } from './client.js';
import { isNotFound, statusOf, write } from './errors.js';

/** Arguments of {@link ensureLabel}. */
export interface LabelOptions {
  owner: string;
  repo: string;
  name: string;
  color?: string;
  description?: string;
}

/** Creates the label unless it exists; a concurrent creation (422 already_exists) is fine. */
export async function ensureLabel(gh: GitHub, o: LabelOptions): Promise<void> {
  try {
    await gh.rest.issues.getLabel({ owner: o.owner, repo: o.repo, name: o.name });
    return;
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  try {
    await write(`create the label '${o.name}'`, () =>
      gh.rest.issues.createLabel({
        owner: o.owner,
        repo: o.repo,
        name: o.name,
        color: o.color ?? 'd93f0b',
        description:
          o.description ?? 'Opened by prompt-versioner-action while a prompt version is unhealthy',
      }),
    );
  } catch (error) {
    // Another run created it between our GET and our POST.
    if (statusOf(error) !== 422) throw error;
  }
}
