import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { getFileAtRef, type GitHub } from '../github/index.js';
import { SourceError } from './errors.js';

const run = promisify(execFile);

/** A store read at the base commit, or why there is none. */
export type BaseStore =
  | {
      readonly found: true;
      readonly bytes: Uint8Array;
      readonly label: string;
      readonly via: 'git' | 'contents API';
    }
  | { readonly found: false; readonly label: string };

/** The store path as git and the contents API want it: relative to the repository root, `/`-separated. */
export function repoPath(store: string): string {
  const p = path.posix.normalize(store.replaceAll('\\', '/')).replace(/^(\.\/)+/, '');
  if (p.startsWith('../') || p === '..' || path.posix.isAbsolute(p)) {
    throw new SourceError(
      `The store path '${store}' is outside the repository: give a path relative to the workspace in input 'store'.`,
    );
  }
  return p;
}

async function git(workspace: string, args: string[], maxBuffer = 1024 * 1024): Promise<Buffer> {
  const { stdout } = await run('git', ['-C', workspace, ...args], {
    encoding: 'buffer',
    maxBuffer,
  });
  return stdout;
}

async function commitPresent(workspace: string, sha: string): Promise<boolean> {
  try {
    await git(workspace, ['cat-file', '-e', `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/**
 * The store file as it was at the pull request's base commit: with git when the commit is in
 * the checkout, else through the REST contents API (a shallow checkout lacks it).
 */
export async function readBaseStore(o: {
  readonly workspace: string;
  readonly store: string;
  readonly sha: string;
  readonly owner: string;
  readonly repo: string;
  readonly gh: GitHub | null;
  readonly maxBytes: number;
}): Promise<BaseStore> {
  if (!/^[0-9a-f]{40}$/.test(o.sha))
    throw new SourceError(`The base commit '${o.sha}' is not a commit sha.`);
  const rel = repoPath(o.store);
  const label = `${rel} at base ${o.sha.slice(0, 7)}`;
  if (await commitPresent(o.workspace, o.sha)) {
    const spec = `${o.sha}:./${rel}`;
    let size: number;
    try {
      size = Number((await git(o.workspace, ['cat-file', '-s', spec])).toString().trim());
    } catch {
      return { found: false, label };
    }
    if (size > o.maxBytes) {
      throw new SourceError(
        `The base store ${label} has ${size} bytes, above input 'max-store-size'; raise it.`,
      );
    }
    return {
      found: true,
      bytes: await git(o.workspace, ['cat-file', 'blob', spec], size + 1024),
      label,
      via: 'git',
    };
  }
  if (!o.gh)
    throw new SourceError(
      `The base commit ${o.sha} is not in the checkout and there is no token to read it through the API.`,
    );
  const bytes = await getFileAtRef(o.gh, {
    owner: o.owner,
    repo: o.repo,
    path: rel,
    ref: o.sha,
    maxBytes: o.maxBytes,
  });
  return bytes ? { found: true, bytes, label, via: 'contents API' } : { found: false, label };
}
