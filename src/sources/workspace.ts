import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { SourceError } from './errors.js';

// The workspace itself counts as inside: a folder given as the store is refused later, as a folder.
export function inside(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

/**
 * The real path of a store named relative to the workspace; it must exist and, once every
 * symbolic link on the way is followed, lie inside the workspace: a link committed in a pull
 * request (the file or a parent folder) would otherwise make the action read any file of the
 * runner and publish its contents. The real path is returned, so the file checked is the one read.
 */
export function workspaceStore(workspace: string, store: string, input: string): string {
  const file = path.resolve(workspace, store);
  if (!existsSync(file)) {
    throw new SourceError(
      `The store '${store}' (input '${input}') does not exist in the workspace ${workspace}: check out the repository and run the evaluation that writes it before this step, or point input '${input}' at it.`,
    );
  }
  const root = realpathSync(workspace);
  const real = realpathSync(file);
  if (!inside(root, real)) {
    const how = inside(root, file) ? 'through a symbolic link, ' : '';
    throw new SourceError(
      `The store '${store}' (input '${input}') leads ${how}outside the workspace ${workspace}: the action reads only a store inside the workspace, so that a link in a pull request cannot make it publish another file. Point input '${input}' at the store file itself, inside the workspace.`,
    );
  }
  return real;
}
