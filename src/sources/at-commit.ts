import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { isCommitSha } from '../format/ids.js';
import { getFileAtRef, type GitHub } from '../github/index.js';
import { SourceError } from './errors.js';

const run = promisify(execFile);

/** A store read at a commit (or a branch), or why there is none. */
export type StoreAtRef =
  | {
      readonly found: true;
      readonly bytes: Uint8Array;
      /** The `-journal` file committed beside it, if any (see store/journal.ts). */
      readonly journal?: Uint8Array;
      readonly label: string;
      readonly via: 'git' | 'contents API';
    }
  | { readonly found: false; readonly label: string };

/** The store path as git and the contents API want it: relative to the repository root, `/`-separated. */
function repoPath(store: string): string {
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

/** The commit checked out in the workspace, or null when it is not a git checkout. */
export async function workspaceCommit(workspace: string): Promise<string | null> {
  try {
    const sha = (await git(workspace, ['rev-parse', 'HEAD'])).toString().trim();
    return isCommitSha(sha) ? sha : null;
  } catch {
    return null;
  }
}

/** Where to read a store: a commit sha, or a branch name (through the contents API). */
export interface StoreAtRefRequest {
  readonly workspace: string;
  readonly store: string;
  /** A commit sha, or a branch name. */
  readonly ref: string;
  /** How messages name the ref: `base`, `head`, `before`... */
  readonly side: string;
  readonly owner: string;
  readonly repo: string;
  readonly gh: GitHub | null;
  readonly maxBytes: number;
}

async function blob(o: StoreAtRefRequest, spec: string, label: string): Promise<Buffer | null> {
  let size: number;
  try {
    size = Number((await git(o.workspace, ['cat-file', '-s', spec])).toString().trim());
  } catch {
    return null;
  }
  if (size > o.maxBytes) {
    throw new SourceError(
      `The ${o.side} store ${label} has ${size} bytes, above input 'max-store-size'; raise it.`,
    );
  }
  return git(o.workspace, ['cat-file', 'blob', spec], size + 1024);
}

/**
 * The store file as it was at a commit (or the tip of a branch): with git when the commit is
 * in the checkout, else through the REST contents API (a shallow checkout lacks it). A
 * `-journal` committed beside it comes along, so that only committed data is read.
 */
export async function readStoreAt(o: StoreAtRefRequest): Promise<StoreAtRef> {
  const isSha = isCommitSha(o.ref);
  if (!isSha && !/^[^\s~^:?*[\\]+$/.test(o.ref))
    throw new SourceError(`The ${o.side} commit '${o.ref}' is not a commit sha or branch name.`);
  const rel = repoPath(o.store);
  const label = `${rel} at ${o.side} ${isSha ? o.ref.slice(0, 7) : o.ref}`;
  if (isSha && (await commitPresent(o.workspace, o.ref))) {
    const bytes = await blob(o, `${o.ref}:./${rel}`, label);
    if (!bytes) return { found: false, label };
    const journal = await blob(o, `${o.ref}:./${rel}-journal`, `${label} (-journal)`);
    return { found: true, bytes, ...(journal?.length ? { journal } : {}), label, via: 'git' };
  }
  if (!o.gh)
    throw new SourceError(
      `The ${o.side} commit ${o.ref} is not in the checkout and there is no token to read it through the API.`,
    );
  const at = { owner: o.owner, repo: o.repo, ref: o.ref, maxBytes: o.maxBytes };
  const bytes = await getFileAtRef(o.gh, { ...at, path: rel });
  if (!bytes) return { found: false, label };
  // One more request, answered 404 unless a writer's crash left a journal that was committed.
  const journal = await getFileAtRef(o.gh, { ...at, path: `${rel}-journal` });
  return {
    found: true,
    bytes,
    ...(journal?.length ? { journal } : {}),
    label,
    via: 'contents API',
  };
}
