import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { isCommitSha } from '../format/ids.js';
import { getFileAtRef, type GitHub } from '../github/index.js';
import { SourceError } from './errors.js';
import { inside } from './workspace.js';

const run = promisify(execFile);

/** A store read at a commit (or a branch), or why there is none. */
export type StoreAtRef =
  | {
      readonly found: true;
      readonly bytes: Uint8Array;
      /** The `-journal` file committed beside it, if any (see store/journal.ts). */
      readonly journal?: Uint8Array;
      /** A non-empty `-wal` file was committed beside it (see StoreInput). */
      readonly walPresent?: boolean;
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

/** Where git reads a store: the repository that holds it, and its path there. */
interface Located {
  readonly root: string;
  readonly rel: string;
}

/**
 * The repository checked out in the workspace that holds the store (the workspace itself, or a
 * folder a checkout with `path:` made), and the store's path in it; the workspace and the path as
 * given when git finds no repository there.
 */
async function locate(workspace: string, store: string): Promise<Located> {
  // An absolute path into the workspace (`${{ github.workspace }}/...`) names the same file.
  const given = path.isAbsolute(store) && inside(workspace, store) ? path.relative(workspace, store) : store; // prettier-ignore
  const rel = repoPath(given);
  const file = path.resolve(workspace, rel);
  // The store's folder, or the nearest one above it that exists (a base commit may lack it).
  let dir = path.dirname(file);
  while (!existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  try {
    const [root, prefix] = (await git(dir, ['rev-parse', '--show-toplevel', '--show-prefix']))
      .toString()
      .split('\n')
      .map((l) => l.trim());
    if (!root) return { root: workspace, rel };
    const below = path.relative(dir, file).split(path.sep).join('/');
    return { root, rel: repoPath(`${prefix ?? ''}${below}`) };
  } catch {
    return { root: workspace, rel };
  }
}

/**
 * The commit checked out in the repository that holds the store (see locate()), or null when it
 * is not a git checkout.
 */
export async function workspaceCommit(workspace: string, store: string): Promise<string | null> {
  try {
    const { root } = await locate(workspace, store);
    const sha = (await git(root, ['rev-parse', 'HEAD'])).toString().trim();
    return isCommitSha(sha) ? sha : null;
  } catch {
    return null;
  }
}

/**
 * Whether commit `ancestor` is `descendant` or one of its ancestors, in the repository that holds
 * the store; false when git cannot tell (a commit missing from a shallow checkout).
 */
export async function isAncestor(
  workspace: string,
  store: string,
  ancestor: string,
  descendant: string,
): Promise<boolean> {
  try {
    const { root } = await locate(workspace, store);
    await git(root, ['merge-base', '--is-ancestor', ancestor, descendant]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether `commit` includes `head`: is it, descends from it, or names it as a parent. A shallow
 * checkout (actions/checkout's depth 1) of a pull request's merge commit lacks the head's object,
 * so the ancestry cannot be walked, but the merge commit still lists it as a parent.
 */
export async function includesCommit(
  workspace: string,
  store: string,
  head: string,
  commit: string,
): Promise<boolean> {
  if (await isAncestor(workspace, store, head, commit)) return true;
  return (await parentsOf(workspace, store, commit)).includes(head);
}

/** The parents a commit's own object lists (a shallow checkout has it); none when unreadable. */
async function parentsOf(workspace: string, store: string, commit: string): Promise<string[]> {
  try {
    const { root } = await locate(workspace, store);
    const raw = (await git(root, ['cat-file', 'commit', commit])).toString('utf8');
    const header = raw.slice(0, raw.indexOf('\n\n'));
    return header
      .split('\n')
      .flatMap((line) => (line.startsWith('parent ') ? [line.slice(7)] : []));
  } catch {
    return [];
  }
}

/**
 * Whether the checkout's HEAD merges `head` into something (GitHub's merge commit of a pull
 * request, which actions/checkout checks out by default): its committed store is the one the
 * merge lands, as it is. False when git cannot tell.
 */
export async function checkoutMerges(
  workspace: string,
  store: string,
  head: string,
): Promise<boolean> {
  const parents = await parentsOf(workspace, store, 'HEAD');
  return parents.length >= 2 && parents.includes(head);
}

/**
 * Whether the store file in the workspace differs from the one its checkout's commit holds:
 * written or changed since the checkout, untracked, or ignored (`.prompt_versions/` is often in
 * `.gitignore` and written by an evaluation in the job). False when git cannot tell.
 */
export async function storeChangedSinceCheckout(
  workspace: string,
  store: string,
): Promise<boolean> {
  try {
    const { root, rel } = await locate(workspace, store);
    const status = await git(root, ['status', '--porcelain', '--ignored', '--', rel]);
    return status.length > 0;
  } catch {
    return false;
  }
}

/**
 * Whether the store is committed at any of `commits` (or the checkout's HEAD): git's own file,
 * which a merge lands, not one a cache or an artifact put in the workspace. False when git
 * cannot tell.
 */
export async function storeCommitted(
  workspace: string,
  store: string,
  commits: readonly string[],
): Promise<boolean> {
  try {
    const { root, rel } = await locate(workspace, store);
    for (const commit of ['HEAD', ...commits]) {
      try {
        await git(root, ['cat-file', '-e', `${commit}:${rel}`]);
        return true;
      } catch {
        // Not at this commit, or the commit is not in the checkout.
      }
    }
    return false;
  } catch {
    return false;
  }
}

/**
 * Why a store missing at a commit was likely never committed: the .gitignore rule of the checkout
 * that matches its path (`.gitignore:3: .prompt_versions/`), which a plain `git add` obeys; null
 * when none does or git cannot tell.
 */
export async function storeIgnoredBy(workspace: string, store: string): Promise<string | null> {
  try {
    const { root, rel } = await locate(workspace, store);
    // --no-index: the patterns alone, also for a store force-added in this checkout.
    const out = (await git(root, ['check-ignore', '-v', '--no-index', '--', rel])).toString();
    const rule = /^(.+):(\d+):([^\t]+)\t/.exec(out);
    // A negated pattern (!db.sqlite) that matches last keeps the file in.
    return rule && !rule[3]!.startsWith('!') ? `${rule[1]}:${rule[2]}: ${rule[3]}` : null;
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

async function blob(
  o: StoreAtRefRequest,
  root: string,
  spec: string,
  label: string,
): Promise<Buffer | null> {
  let size: number;
  try {
    const type = (await git(root, ['cat-file', '-t', spec])).toString().trim();
    if (type !== 'blob')
      throw new SourceError(
        `The ${o.side} store ${label} is a ${type === 'tree' ? 'folder' : type}, not a store file: point input 'store' at the db.sqlite file (for example .prompt_versions/db.sqlite).`,
      );
    size = Number((await git(root, ['cat-file', '-s', spec])).toString().trim());
  } catch (error) {
    if (error instanceof SourceError) throw error;
    return null;
  }
  if (size > o.maxBytes) {
    throw new SourceError(
      `The ${o.side} store ${label} has ${size} bytes, above input 'max-store-size'; raise it.`,
    );
  }
  return git(root, ['cat-file', 'blob', spec], size + 1024);
}

/** Symbolic links followed from the store's path at a commit before giving up (a loop). */
const MAX_LINKS = 8;

/**
 * The path of the file the store's path names at commit `o.ref`: itself, or, when it was
 * committed as a symbolic link (git gives a link's text, not the file), the file the link leads
 * to at the same commit, as the contents API and the checkout do. Only within the repository.
 */
async function followLinks(
  o: StoreAtRefRequest,
  root: string,
  rel: string,
  label: string,
): Promise<string> {
  let at = rel;
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    const entry = await git(root, ['ls-tree', '-z', '--full-tree', o.ref, '--', at]).catch(() => null); // prettier-ignore
    if (!entry?.toString('latin1').startsWith('120000 ')) return at;
    if (hops === MAX_LINKS) break;
    const target = (await git(root, ['cat-file', 'blob', `${o.ref}:${at}`])).toString();
    const next = path.posix.normalize(path.posix.join(path.posix.dirname(at), target));
    if (path.posix.isAbsolute(target) || next === '..' || next.startsWith('../'))
      throw new SourceError(
        `The ${o.side} store ${label} is a symbolic link to '${target}', outside the repository: the action reads a store at a commit only from that commit. Commit the store itself, or a link to it inside the repository.`,
      );
    at = next;
  }
  throw new SourceError(
    `The ${o.side} store ${label} is a symbolic link that leads through more than ${MAX_LINKS} links (a loop?): commit the store itself, or one link to it.`,
  );
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
  const { root, rel } = await locate(o.workspace, o.store);
  const label = `${rel} at ${o.side} ${isSha ? o.ref.slice(0, 7) : o.ref}`;
  if (isSha && (await commitPresent(root, o.ref))) {
    const file = await followLinks(o, root, rel, label);
    const bytes = await blob(o, root, `${o.ref}:${file}`, label);
    if (!bytes) return { found: false, label };
    const journal = await blob(o, root, `${o.ref}:${file}-journal`, `${label} (-journal)`);
    const wal = await blob(o, root, `${o.ref}:${file}-wal`, `${label} (-wal)`);
    return found(bytes, label, 'git', journal, wal);
  }
  if (!o.gh)
    throw new SourceError(
      `The ${o.side} commit ${o.ref} is not in the checkout and there is no token to read it through the API.`,
    );
  const at = { owner: o.owner, repo: o.repo, ref: o.ref, maxBytes: o.maxBytes };
  const bytes = await getFileAtRef(o.gh, { ...at, path: rel });
  if (!bytes) return { found: false, label };
  // Two more requests, answered 404 unless a writer's crash left a journal that was committed, or
  // a -wal was committed with the store: SQLite reads a -wal beside a store whatever its header's
  // mode (a rollback-mode store included), so it is asked for either way.
  const journal = await getFileAtRef(o.gh, { ...at, path: `${rel}-journal` });
  const wal = await getFileAtRef(o.gh, { ...at, path: `${rel}-wal` });
  return found(bytes, label, 'contents API', journal, wal);
}

/** How a Git LFS pointer file starts (the store's own check says the same of a local file). */
const LFS_POINTER = 'version https://git-lfs.github.com/spec/';

/** The store found, with its -journal (when not empty) and whether a non-empty -wal came too. */
function found(
  bytes: Uint8Array,
  label: string,
  via: 'git' | 'contents API',
  journal: Uint8Array | null | undefined,
  wal: Uint8Array | null | undefined,
): StoreAtRef {
  // Git and the contents API give a commit's LFS pointer, never the file it points to: checking
  // out with LFS serves the workspace's store only.
  if (Buffer.from(bytes.subarray(0, LFS_POINTER.length)).toString('latin1') === LFS_POINTER)
    throw new SourceError(
      `The store ${label} is a Git LFS pointer: a store at a commit is read with git or the contents API, which give the pointer, not the store. Give the baseline as an artifact of the base branch's run (input 'baseline-artifact'), or stop tracking the store with LFS.`,
    );
  return {
    found: true,
    bytes,
    ...(journal?.length ? { journal } : {}),
    ...(wal?.length ? { walPresent: true } : {}),
    label,
    via,
  };
}
