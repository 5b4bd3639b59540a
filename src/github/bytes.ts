/** Thrown when a download is larger than the caller allowed. */
export class TooLargeError extends Error {
  override readonly name = 'TooLargeError';
  constructor(
    what: string,
    readonly limit: number,
  ) {
    super(`${what} is larger than the limit of ${limit} bytes.`);
  }
}

/**
 * Reads a web stream into one buffer, refusing (and cancelling the stream) as soon as it
 * grows past `maxBytes`, so a huge or endless body never fills memory.
 */
export async function readCapped(
  stream: ReadableStream<Uint8Array> | null | undefined,
  maxBytes: number,
  what: string,
): Promise<Uint8Array> {
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new TooLargeError(what, maxBytes);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Fails early when a declared Content-Length is already over the limit. */
export function checkDeclaredLength(
  length: string | number | undefined,
  maxBytes: number,
  what: string,
): void {
  const n = Number(length);
  if (length !== undefined && Number.isFinite(n) && n > maxBytes) {
    throw new TooLargeError(what, maxBytes);
  }
}
