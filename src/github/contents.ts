import type { GitHub } from './client.js';
import { checkDeclaredLength, readCapped } from './bytes.js';
import { isNotFound } from './errors.js';

/** Arguments of {@link getFileAtRef}. */
export interface FileAtRefOptions {
  owner: string;
  repo: string;
  /** Path in the repository, e.g. `.prompt_versions/db.sqlite`. */
  path: string;
  /** Branch, tag or commit sha. */
  ref: string;
  /** Refuse (TooLargeError) a file larger than this. */
  maxBytes: number;
}

/**
 * The bytes of a file at a ref, or null when it does not exist there. Asks for the raw media
 * type and reads the body unparsed: Octokit would otherwise decode it as text (GitHub labels
 * raw content text/plain) and corrupt a binary SQLite file.
 */
export async function getFileAtRef(gh: GitHub, o: FileAtRefOptions): Promise<Uint8Array | null> {
  let response;
  try {
    response = await gh.rest.repos.getContent({
      owner: o.owner,
      repo: o.repo,
      path: o.path,
      ref: o.ref,
      headers: { accept: 'application/vnd.github.raw+json' },
      request: { parseSuccessResponseBody: false },
    });
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
  const what = `${o.path} at ${o.ref}`;
  const stream = response.data as unknown as ReadableStream<Uint8Array> | null;
  const type = String(response.headers['content-type'] ?? '');
  if (type.startsWith('application/json')) {
    // A directory (or a submodule) answers with a JSON listing even to the raw media type.
    await stream?.cancel().catch(() => undefined);
    throw new Error(`${what} is not a file.`);
  }
  try {
    checkDeclaredLength(response.headers['content-length'], o.maxBytes, what);
  } catch (error) {
    await stream?.cancel().catch(() => undefined);
    throw error;
  }
  return readCapped(stream, o.maxBytes, what);
}
