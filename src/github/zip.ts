import { unzipSync } from 'fflate';

/** Thrown when an artifact zip is refused; the message is one line, fit for the log. */
export class ZipRefusedError extends Error {
  override readonly name = 'ZipRefusedError';
}

/** Options of {@link extractSingleFile}. */
export interface ExtractOptions {
  /**
   * Exact entry wanted, or a function that chooses it from the names {@link listFiles} gives;
   * when omitted the zip must hold exactly one file.
   */
  name?: string | ((files: readonly string[]) => string);
  /** Largest uncompressed entry accepted, in bytes. */
  maxBytes: number;
  /** Most entries a zip may have. Default 100. */
  maxEntries?: number;
}

interface Entry {
  name: string;
  symlink: boolean;
}

const le16 = (d: DataView, at: number): number => d.getUint16(at, true);
const le32 = (d: DataView, at: number): number => d.getUint32(at, true);

function decodeName(bytes: Uint8Array, utf8: boolean): string {
  // Same rule as fflate: UTF-8 when general-purpose flag bit 11 is set, else one byte a char.
  return utf8 ? new TextDecoder().decode(bytes) : String.fromCharCode(...bytes);
}

/**
 * Names and symlink bits from the central directory. fflate's filter is not given the
 * external attributes, so this reads them itself; it reads nothing else (no data, no sizes).
 */
function centralDirectory(zip: Uint8Array, maxEntries: number): Entry[] {
  const d = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (eocd >= 0 && le32(d, eocd) !== 0x06054b50) {
    if (zip.length - eocd > 65_557) eocd = -1;
    else eocd -= 1;
  }
  if (eocd < 0) throw new ZipRefusedError('The artifact is not a zip archive.');
  let count = le16(d, eocd + 10);
  let offset = le32(d, eocd + 16);
  if (eocd >= 20 && le32(d, eocd - 20) === 0x07064b50) {
    const z64 = Number(d.getBigUint64(eocd - 12, true));
    if (z64 + 56 <= zip.length && le32(d, z64) === 0x06064b50) {
      count = Number(d.getBigUint64(z64 + 32, true));
      offset = Number(d.getBigUint64(z64 + 48, true));
    }
  }
  if (count > maxEntries) {
    throw new ZipRefusedError(
      `The artifact zip has ${count} entries; at most ${maxEntries} are accepted.`,
    );
  }
  const entries: Entry[] = [];
  for (let i = 0, at = offset; i < count; i++) {
    if (at + 46 > zip.length || le32(d, at) !== 0x02014b50) {
      throw new ZipRefusedError('The artifact zip has a corrupt central directory.');
    }
    const hostOs = le16(d, at + 4) >> 8;
    const utf8 = (le16(d, at + 8) & 0x800) !== 0;
    const nameLength = le16(d, at + 28);
    const mode = le32(d, at + 38) >>> 16;
    const name = decodeName(zip.subarray(at + 46, at + 46 + nameLength), utf8);
    // Unix (3) and macOS (19) hosts keep the st_mode in the high half of the attributes.
    const unixLike = hostOs === 3 || hostOs === 19;
    entries.push({ name, symlink: unixLike && (mode & 0o170000) === 0o120000 });
    at += 46 + nameLength + le16(d, at + 30) + le16(d, at + 32);
  }
  return entries;
}

/** Why an entry name is unsafe to extract, or null when it is fine. */
export function unsafeEntryName(name: string): string | null {
  if (name === '' || name.includes('\0')) return 'an empty or NUL-bearing name';
  if (/^[/\\]/.test(name) || /^[A-Za-z]:/.test(name)) return 'an absolute path';
  if (name.split(/[/\\]/).includes('..')) return "a '..' segment";
  return null;
}

const isDirectory = (name: string): boolean => name.endsWith('/');

/**
 * Names of the files (not folders) in an artifact zip, from its central directory: nothing is
 * unpacked. The whole archive is refused first when any entry could escape a folder (`..`, an
 * absolute path, a symbolic link) or it has more than `maxEntries` entries, so a hostile zip is
 * reported as what it is, whatever else it holds.
 */
export function listFiles(zip: Uint8Array, maxEntries = 100): string[] {
  const entries = centralDirectory(zip, maxEntries);
  for (const e of entries) {
    const why = unsafeEntryName(e.name);
    if (why)
      throw new ZipRefusedError(`Refusing artifact entry ${JSON.stringify(e.name)}: ${why}.`);
    if (e.symlink) throw new ZipRefusedError(`Refusing artifact entry ${JSON.stringify(e.name)}: a symbolic link.`); // prettier-ignore
  }
  return entries.filter((e) => !isDirectory(e.name)).map((e) => e.name);
}

/**
 * Extracts one file from an artifact zip, refusing archives that {@link listFiles} refuses and
 * those that declare an entry larger than `maxBytes`.
 */
export function extractSingleFile(
  zip: Uint8Array,
  o: ExtractOptions,
): { name: string; bytes: Uint8Array } {
  const files = listFiles(zip, o.maxEntries);
  const wanted = typeof o.name === 'function' ? o.name(files) : (o.name ?? files[0]);
  if (o.name === undefined && files.length !== 1) {
    throw new ZipRefusedError(`The artifact holds ${files.length} files; expected exactly one.`);
  }
  if (wanted === undefined || !files.includes(wanted)) {
    throw new ZipRefusedError(`The artifact has no file named ${JSON.stringify(wanted)}.`);
  }
  let out: ReturnType<typeof unzipSync>;
  try {
    out = unzipSync(zip, {
      filter: (file) => {
        // Checked again on fflate's own reading of the archive, in case the two ever differ.
        const why = unsafeEntryName(file.name);
        if (why)
          throw new ZipRefusedError(
            `Refusing artifact entry ${JSON.stringify(file.name)}: ${why}.`,
          );
        if (file.originalSize > o.maxBytes) {
          throw new ZipRefusedError(
            `Refusing artifact entry ${JSON.stringify(file.name)}: ${file.originalSize} bytes, over the limit of ${o.maxBytes}.`,
          );
        }
        return file.name === wanted;
      },
    });
  } catch (error) {
    if (error instanceof ZipRefusedError) throw error;
    const why = error instanceof Error ? error.message : String(error);
    throw new ZipRefusedError(`The artifact zip is corrupt (${why}).`);
  }
  const bytes = out[wanted];
  if (!bytes)
    throw new ZipRefusedError(`The artifact has no file named ${JSON.stringify(wanted)}.`);
  if (bytes.length > o.maxBytes) {
    throw new ZipRefusedError(`Refusing artifact entry ${JSON.stringify(wanted)}: over the limit of ${o.maxBytes} bytes.`); // prettier-ignore
  }
  return { name: wanted, bytes };
}
