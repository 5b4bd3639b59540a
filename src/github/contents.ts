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

/** The contents API's 404 for a ref it does not know, not a missing file. */
const UNKNOWN_COMMIT = /No commit found for the ref/i;

const errorText = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

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
    // A 404 is a missing file, or a commit GitHub does not know (garbage-collected, mistyped):
    // read as "no store there", the second would pass every version as new.
    if (isNotFound(error) && !UNKNOWN_COMMIT.test(errorText(error))) return null;
    if (isNotFound(error))
      throw new Error(
        `GitHub does not know commit ${o.ref} ("No commit found for the ref"): the store there cannot be read. Was the commit force-pushed away and garbage-collected? Re-run the check on a commit that exists.`,
      );
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
