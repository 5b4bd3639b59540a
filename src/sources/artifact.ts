import {
  ArtifactExpiredError,
  downloadArtifactZip,
  extractSingleFile,
  listFiles,
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
  /** What the user should do when the artifact is not there (one sentence). */
  readonly missingHint: string;
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

/** The entry to take: the only file, else the only one with a wanted extension. */
export function pickEntry(names: readonly string[], extensions: readonly string[]): string {
  if (names.length === 1) return names[0]!;
  if (names.length === 0)
    throw new ZipRefusedError(
      `The artifact holds no file: upload the one file ending in ${extensions.join(' or ')} (actions/upload-artifact's 'path').`,
    );
  const wanted = names.filter((n) => extensions.some((e) => n.toLowerCase().endsWith(e)));
  if (wanted.length === 1) return wanted[0]!;
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
 * Reads the one expected file of the newest artifact called `name` of a run, in memory: the
 * size is checked before downloading, the zip is refused if any entry could escape a folder
 * (`..`, absolute, link) and the unpacked file is capped. A missing or expired artifact is a
 * neutral {@link SourceError} (nothing to judge); a refused or oversized one is a plain one.
 */
export async function readArtifactFile(r: ArtifactRequest): Promise<ArtifactFile> {
  const artifact = await available(r);
  const what = `The artifact ${quote(r.name)} of ${r.runLabel}`;
  const tooLarge = (): SourceError =>
    new SourceError(
      r.sizeInput
        ? `${what} is larger than input '${r.sizeInput}' (${r.maxBytes} bytes); raise it if the file is expected to be that large.`
        : `${what} is larger than the limit of ${r.maxBytes} bytes.`,
    );
  if (artifact.sizeInBytes > r.maxBytes) throw tooLarge();
  let zip: Uint8Array;
  try {
    zip = await downloadArtifactZip(r.gh, {
      owner: r.owner,
      repo: r.repo,
      artifactId: artifact.id,
      maxBytes: r.maxBytes,
    });
  } catch (error) {
    if (error instanceof ArtifactExpiredError)
      throw new SourceError(`${what} has expired while being read; re-run the workflow that uploads it.`, true); // prettier-ignore
    if (error instanceof TooLargeError) throw tooLarge();
    throw error;
  }
  try {
    const file = extractSingleFile(zip, {
      name: (files) => pickEntry(files, r.extensions),
      maxBytes: r.maxBytes,
    });
    const beside = (suffix: string): Uint8Array | undefined =>
      listFiles(zip).includes(`${file.name}${suffix}`)
        ? extractSingleFile(zip, { name: `${file.name}${suffix}`, maxBytes: r.maxBytes }).bytes
        : undefined;
    const journal = beside('-journal');
    return {
      bytes: file.bytes,
      entry: file.name,
      artifactId: artifact.id,
      ...(journal?.length ? { journal } : {}),
      ...(beside('-wal')?.length ? { walPresent: true } : {}),
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
