import { crc32, inflateRawSync } from 'node:zlib';

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
  /** Largest uncompressed entry accepted, in bytes; also the most ever inflated. */
  maxBytes: number;
  /** Most entries a zip may have. Default 100. */
  maxEntries?: number;
}

/** One record of the central directory: everything both the checks and extraction use. */
interface Entry {
  name: string;
  symlink: boolean;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where the entry's local header starts. */
  offset: number;
}

const le16 = (d: DataView, at: number): number => d.getUint16(at, true);
const le32 = (d: DataView, at: number): number => d.getUint32(at, true);
const le64 = (d: DataView, at: number): number => Number(d.getBigUint64(at, true));
const MAX32 = 0xffffffff;

const corrupt = (why: string): ZipRefusedError =>
  new ZipRefusedError(`The artifact zip is corrupt (${why}).`);

function decodeName(bytes: Uint8Array, utf8: boolean): string {
  // Same rule as fflate: UTF-8 when general-purpose flag bit 11 is set, else one byte a char.
  return utf8 ? new TextDecoder().decode(bytes) : String.fromCharCode(...bytes);
}

/** The end-of-central-directory values: entry count and where the directory starts. */
function directoryEnd(zip: Uint8Array, d: DataView): { count: number; offset: number } {
  let eocd = zip.length - 22;
  while (eocd >= 0 && le32(d, eocd) !== 0x06054b50) {
    if (zip.length - eocd > 65_557) eocd = -1;
    else eocd -= 1;
  }
  if (eocd < 0) throw new ZipRefusedError('The artifact is not a zip archive.');
  // The count on this disk and the total must agree (and the disk numbers be 0): a zip that
  // says two things lets two readers see two different archives.
  let disks = [le16(d, eocd + 4), le16(d, eocd + 6)];
  let counts = [le16(d, eocd + 8), le16(d, eocd + 10)];
  let offset = le32(d, eocd + 16);
  if (eocd >= 20 && le32(d, eocd - 20) === 0x07064b50) {
    const z64 = le64(d, eocd - 12);
    if (z64 + 56 > zip.length || le32(d, z64) !== 0x06064b50) throw corrupt('bad Zip64 end record'); // prettier-ignore
    disks = [le32(d, z64 + 16), le32(d, z64 + 20)];
    counts = [le64(d, z64 + 24), le64(d, z64 + 32)];
    offset = le64(d, z64 + 48);
  }
  if (disks[0] !== 0 || disks[1] !== 0 || counts[0] !== counts[1]) {
    throw new ZipRefusedError(
      `The artifact zip declares ${counts[0]} entries on this disk but ${counts[1]} in all (or spans several disks); refusing an archive that reads two ways.`,
    );
  }
  return { count: counts[1]!, offset };
}

/** The sizes and offset from a Zip64 extra field, for each value the record left at 0xFFFFFFFF. */
function zip64Values(d: DataView, from: number, to: number, e: Entry): void {
  for (let at = from; at + 4 <= to; at += 4 + le16(d, at + 2)) {
    if (le16(d, at) !== 1) continue;
    let v = at + 4;
    const next = (): number => {
      if (v + 8 > at + 4 + le16(d, at + 2)) throw corrupt('short Zip64 extra field');
      const value = le64(d, v);
      v += 8;
      return value;
    };
    if (e.size === MAX32) e.size = next();
    if (e.compressedSize === MAX32) e.compressedSize = next();
    if (e.offset === MAX32) e.offset = next();
    return;
  }
}

/**
 * The central directory: names, symlink bits, methods, sizes and offsets. It is the only
 * listing of the archive: the checks are made on it and extraction reads what it points to,
 * so no other reader's idea of the entries can differ from what was checked.
 */
function centralDirectory(zip: Uint8Array, maxEntries: number): Entry[] {
  const d = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const { count, offset } = directoryEnd(zip, d);
  if (count > maxEntries) {
    throw new ZipRefusedError(
      `The artifact zip has ${count} entries; at most ${maxEntries} are accepted: upload only the file it is for (actions/upload-artifact's 'path').`,
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
    const extraEnd = at + 46 + nameLength + le16(d, at + 30);
    if (extraEnd > zip.length) throw new ZipRefusedError('The artifact zip has a corrupt central directory.'); // prettier-ignore
    const mode = le32(d, at + 38) >>> 16;
    // Unix (3) and macOS (19) hosts keep the st_mode in the high half of the attributes.
    const unixLike = hostOs === 3 || hostOs === 19;
    const entry: Entry = {
      name: decodeName(zip.subarray(at + 46, at + 46 + nameLength), utf8),
      symlink: unixLike && (mode & 0o170000) === 0o120000,
      method: le16(d, at + 10),
      crc: le32(d, at + 16),
      compressedSize: le32(d, at + 20),
      size: le32(d, at + 24),
      offset: le32(d, at + 42),
    };
    zip64Values(d, at + 46 + nameLength, extraEnd, entry);
    entries.push(entry);
    at = extraEnd + le16(d, at + 32);
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

/** The entries of the archive, refused whole if any of them is unsafe (see {@link listFiles}). */
function checkedEntries(zip: Uint8Array, maxEntries: number): Entry[] {
  const entries = centralDirectory(zip, maxEntries);
  const seen = new Set<string>();
  for (const e of entries) {
    const why = unsafeEntryName(e.name);
    if (why)
      throw new ZipRefusedError(`Refusing artifact entry ${JSON.stringify(e.name)}: ${why}.`);
    if (e.symlink) throw new ZipRefusedError(`Refusing artifact entry ${JSON.stringify(e.name)}: a symbolic link.`); // prettier-ignore
    if (seen.has(e.name)) throw new ZipRefusedError(`Refusing artifact entry ${JSON.stringify(e.name)}: it is in the archive twice.`); // prettier-ignore
    seen.add(e.name);
  }
  return entries;
}

/**
 * Names of the files (not folders) in an artifact zip, from its central directory: nothing is
 * unpacked. The whole archive is refused first when any entry could escape a folder (`..`, an
 * absolute path, a symbolic link), a name is there twice, it has more than `maxEntries`
 * entries, or its two entry counts disagree, so a hostile zip is reported as what it is,
 * whatever else it holds.
 */
export function listFiles(zip: Uint8Array, maxEntries = 100): string[] {
  return listEntries(zip, maxEntries).map((e) => e.name);
}

/**
 * The files of an artifact zip and their declared (unpacked) sizes, checked as {@link listFiles}
 * checks them: nothing is unpacked.
 */
export function listEntries(
  zip: Uint8Array,
  maxEntries = 100,
): { readonly name: string; readonly size: number }[] {
  return checkedEntries(zip, maxEntries)
    .filter((e) => !isDirectory(e.name))
    .map((e) => ({ name: e.name, size: e.size }));
}

/**
 * The bytes of one entry, never more than its declared size: inflating stops as soon as the
 * output would pass it, so a small entry with a huge stream costs no more than its size.
 */
function entryBytes(zip: Uint8Array, e: Entry): Uint8Array {
  const d = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  if (e.offset + 30 > zip.length || le32(d, e.offset) !== 0x04034b50) throw corrupt('bad local header'); // prettier-ignore
  const start = e.offset + 30 + le16(d, e.offset + 26) + le16(d, e.offset + 28);
  const end = start + e.compressedSize;
  if (end > zip.length) throw corrupt('entry data past the end');
  const what = `Refusing artifact entry ${JSON.stringify(e.name)}`;
  let bytes: Uint8Array;
  if (e.method === 0) {
    if (e.compressedSize !== e.size) throw corrupt('stored entry of two sizes');
    bytes = zip.slice(start, end);
  } else if (e.method === 8) {
    try {
      // zlib checks the output against maxOutputLength as it goes and stops there: a 4 KiB
      // stream that would make 4 GiB costs what 1 KiB does. (fflate's Inflate can only be
      // stopped between pushes, and took half a second to notice 1 KiB of overflow.)
      const out = inflateRawSync(zip.subarray(start, end), { maxOutputLength: Math.max(1, e.size) }); // prettier-ignore
      bytes = new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new ZipRefusedError(`${what}: it inflates past its declared ${e.size} bytes.`);
      }
      throw corrupt(error instanceof Error ? error.message : String(error));
    }
    if (bytes.length !== e.size) throw corrupt(`${e.name}: ${bytes.length} bytes, not the declared ${e.size}`); // prettier-ignore
  } else {
    throw new ZipRefusedError(`${what}: compression method ${e.method} is not supported.`);
  }
  if (crc32(bytes) >>> 0 !== e.crc) throw corrupt(`${e.name}: checksum mismatch`);
  return bytes;
}

/**
 * Extracts one file from an artifact zip, refusing archives that {@link listFiles} refuses and
 * a wanted entry that declares more than `maxBytes`. Only that entry is inflated, once, and
 * never past its declared size: at most `maxBytes` bytes are inflated in all. The other entries
 * are never inflated, whatever they declare (a folder's logs uploaded with the store).
 */
export function extractSingleFile(
  zip: Uint8Array,
  o: ExtractOptions,
): { name: string; bytes: Uint8Array } {
  const entries = checkedEntries(zip, o.maxEntries ?? 100);
  const files = entries.filter((e) => !isDirectory(e.name)).map((e) => e.name);
  const wanted = typeof o.name === 'function' ? o.name(files) : (o.name ?? files[0]);
  if (o.name === undefined && files.length !== 1) {
    throw new ZipRefusedError(`The artifact holds ${files.length} files; expected exactly one.`);
  }
  const entry = entries.find((e) => e.name === wanted && !isDirectory(e.name));
  if (wanted === undefined || !entry) {
    throw new ZipRefusedError(`The artifact has no file named ${JSON.stringify(wanted)}.`);
  }
  if (entry.size > o.maxBytes) {
    throw new ZipRefusedError(
      `Refusing artifact entry ${JSON.stringify(entry.name)}: ${entry.size} bytes, over the limit of ${o.maxBytes}.`,
    );
  }
  return { name: entry.name, bytes: entryBytes(zip, entry) };
}
