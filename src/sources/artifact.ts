import {
  ArtifactExpiredError,
  downloadArtifactZip,
  extractSingleFile,
  listEntries,
  listRunArtifacts,
  TooLargeError,
  ZipRefusedError,
  type ArtifactInfo,
  type GitHub,
} from '../github/index.js';
import { SourceError } from './errors.js';

/** The one file read from an artifact, in memory. */
export interface ArtifactFile {
  readonly bytes: Uint8Array;
  /** Entry name inside the zip. */
  readonly entry: string;
  readonly artifactId: number;
  /**
   * The `<entry>-journal` file uploaded with it, if any: a store's hot journal when its writer
   * was killed inside a transaction (uploading the folder keeps it; see store/journal.ts).
   */
  readonly journal?: Uint8Array;
  /** A non-empty `<entry>-wal` file was uploaded with it (see StoreInput). */
  readonly walPresent?: boolean;
}

/** Which run's artifact to read, and how to speak of it in messages. */
export interface ArtifactRequest {
  readonly gh: GitHub;
  readonly owner: string;
  readonly repo: string;
  readonly runId: number;
  /** The run as messages name it, e.g. `this run (4242)` or `run #31 of eval.yml on main`. */
  readonly runLabel: string;
  readonly name: string;
  /** The input that names the artifact, for messages. */
  readonly input: string;
  /** Largest zip and largest unpacked file accepted. */
  readonly maxBytes: number;
  /** The input that sets `maxBytes`, named when the artifact is too large (none: a fixed cap). */
  readonly sizeInput?: string;
  /** File extensions that mark the wanted entry when the zip holds several files. */
  readonly extensions: readonly string[];
  /** The wanted file's usual name, taken when several files have those extensions. */
  readonly usual?: string;
  /** What the user should do when the artifact is not there (one sentence). */
  readonly missingHint: string;
  /** Told of the other files of the artifact, which are skipped (a folder's logs). */
  readonly say?: (message: string) => void;
}

/**
 * Most entries an artifact zip may list: the files beside the wanted one are skipped, never
 * unpacked, but a listing longer than any folder a store or a report is uploaded from is refused.
 */
export const MAX_ARTIFACT_ENTRIES = 10_000;

/** Room in the artifact for files other than the wanted one and its journal (skipped). */
export const OTHER_FILES_BYTES = 64 * 1024 * 1024;

/**
 * The largest artifact zip downloaded: the wanted file and a -journal beside it, at most
 * `maxBytes` each, and {@link OTHER_FILES_BYTES} of other files uploaded with them (a folder's
 * logs), which are skipped. Only the file and its journal count against `maxBytes`.
 */
export function archiveLimit(maxBytes: number): number {
  return 2 * maxBytes + OTHER_FILES_BYTES;
}

const quote = (s: string): string => JSON.stringify(s.slice(0, 100));

/** The newest artifact called `name` that GitHub still keeps, and how many have expired. */
export function newestArtifact(
  list: readonly ArtifactInfo[],
  name: string,
): { artifact: ArtifactInfo | null; expired: number } {
  const named = list.filter((a) => a.name === name);
  const alive = named
    .filter((a) => !a.expired)
    .sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? '') || b.id - a.id);
  return { artifact: alive[0] ?? null, expired: named.length - alive.length };
}

/**
 * The entry to take: the only file, else the only one with a wanted extension, else the only one
 * of those called `usual` (in any folder).
 */
export function pickEntry(
  names: readonly string[],
  extensions: readonly string[],
  usual?: string,
): string {
  if (names.length === 1) return names[0]!;
  if (names.length === 0)
    throw new ZipRefusedError(
      `The artifact holds no file: upload the one file ending in ${extensions.join(' or ')} (actions/upload-artifact's 'path').`,
    );
  const wanted = names.filter((n) => extensions.some((e) => n.toLowerCase().endsWith(e)));
  if (wanted.length === 1) return wanted[0]!;
  const named = wanted.filter((n) => n === usual || n.endsWith(`/${usual}`));
  if (usual && named.length === 1) return named[0]!;
  const shown = names.slice(0, 5).map(quote).join(', ');
  throw new ZipRefusedError(
    `The artifact holds ${names.length} files (${shown}${names.length > 5 ? ', …' : ''}) and ${wanted.length === 0 ? 'none' : 'several'} ending in ${extensions.join(' or ')}: upload only the one file.`,
  );
}

async function available(r: ArtifactRequest): Promise<ArtifactInfo> {
  const ids = { owner: r.owner, repo: r.repo, runId: r.runId };
  const { artifact, expired } = newestArtifact(
    await listRunArtifacts(r.gh, { ...ids, name: r.name }),
    r.name,
  );
  const what = `artifact ${quote(r.name)} (input '${r.input}')`;
  if (artifact) return artifact;
  if (expired > 0) {
    throw new SourceError(
      `The ${what} of ${r.runLabel} has expired: GitHub no longer keeps it. Re-run the workflow that uploads it, or give it a longer 'retention-days'.`,
      true,
    );
  }
  const others = [...new Set((await listRunArtifacts(r.gh, ids)).map((a) => a.name))];
  const has =
    others.length > 0
      ? `it has ${others.slice(0, 10).map(quote).join(', ')}`
      : 'it has no artifacts';
  throw new SourceError(`There is no ${what} in ${r.runLabel} (${has}). ${r.missingHint}`, true);
}

/**
 * Reads the one expected file of the newest artifact called `name` of a run, in memory, with the
 * `-journal` beside it: the zip's size is checked before downloading (see {@link archiveLimit}),
 * the zip is refused if any entry could escape a folder (`..`, absolute, link), and the file and
 * its journal are capped at `maxBytes`. Other files are skipped, never unpacked, and told of.
 * A missing or expired artifact is a neutral {@link SourceError} (nothing to judge); a refused
 * or oversized one is a plain one.
 */
export async function readArtifactFile(r: ArtifactRequest): Promise<ArtifactFile> {
  const artifact = await available(r);
  const what = `The artifact ${quote(r.name)} of ${r.runLabel}`;
  const limit = archiveLimit(r.maxBytes);
  const tooLarge = (): SourceError =>
    new SourceError(
      `${what} is larger than ${limit} bytes: the file it is for and a -journal beside it, at most ${r.sizeInput ? `input '${r.sizeInput}' (${r.maxBytes} bytes)` : `${r.maxBytes} bytes`} each, and ${OTHER_FILES_BYTES} bytes of other files. Upload only the file it is for (actions/upload-artifact's 'path')${r.sizeInput ? `, or raise input '${r.sizeInput}' if that file is expected to be that large` : ''}.`,
    );
  if (artifact.sizeInBytes > limit) throw tooLarge();
  let zip: Uint8Array;
  try {
    zip = await downloadArtifactZip(r.gh, {
      owner: r.owner,
      repo: r.repo,
      artifactId: artifact.id,
      maxBytes: limit,
    });
  } catch (error) {
    if (error instanceof ArtifactExpiredError)
      throw new SourceError(`${what} has expired while being read; re-run the workflow that uploads it.`, true); // prettier-ignore
    if (error instanceof TooLargeError) throw tooLarge();
    throw error;
  }
  try {
    const files = listEntries(zip, MAX_ARTIFACT_ENTRIES);
    const read = { maxBytes: r.maxBytes, maxEntries: MAX_ARTIFACT_ENTRIES };
    const file = extractSingleFile(zip, {
      ...read,
      name: (names) => pickEntry(names, r.extensions, r.usual),
    });
    const size = (suffix: string): number =>
      files.find((f) => f.name === `${file.name}${suffix}`)?.size ?? 0;
    // The -wal's content is never read (a non-empty one is refused): its size says enough.
    const journal = size('-journal') > 0 ? extractSingleFile(zip, { ...read, name: `${file.name}-journal` }).bytes : undefined; // prettier-ignore
    const own = new Set(['', '-journal', '-wal', '-shm'].map((suffix) => `${file.name}${suffix}`));
    const others = files.filter((f) => !own.has(f.name)).map((f) => f.name);
    if (others.length > 0)
      r.say?.(
        `${what}: read ${quote(file.name)}; skipped ${others.length} other file${others.length === 1 ? '' : 's'} (${others.slice(0, 5).map(quote).join(', ')}${others.length > 5 ? ', …' : ''}).`,
      );
    return {
      bytes: file.bytes,
      entry: file.name,
      artifactId: artifact.id,
      ...(journal?.length ? { journal } : {}),
      ...(size('-wal') > 0 ? { walPresent: true } : {}),
    };
  } catch (error) {
    if (error instanceof ZipRefusedError) {
      // An entry past the size limit: the input that sets it, as for the artifact's own size.
      const raise =
        r.sizeInput && / bytes, over the limit of \d+\.$/.test(error.message)
          ? ` It is larger than input '${r.sizeInput}'; raise it if the file is expected to be that large.`
          : '';
      throw new SourceError(`${what} was refused: ${error.message}${raise}`);
    }
    throw error;
  }
}
