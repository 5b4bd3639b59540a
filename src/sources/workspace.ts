import { existsSync } from 'node:fs';
import path from 'node:path';
import { SourceError } from './errors.js';

/** The absolute path of a store named relative to the workspace; it must exist. */
export function workspaceStore(workspace: string, store: string, input: string): string {
  const file = path.resolve(workspace, store);
  if (!existsSync(file)) {
    throw new SourceError(
      `The store '${store}' (input '${input}') does not exist in the workspace ${workspace}: check out the repository and run the evaluation that writes it before this step, or point input '${input}' at it.`,
    );
  }
  return file;
}
