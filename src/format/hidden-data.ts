/**
 * Data kept in a hidden HTML comment of a comment or issue we write: JSON, base64url-encoded, so
 * that no store string in it can end the comment, form a marker or become HTML.
 */

/** `value` as JSON in base64url. */
export function encodeHidden(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

/** The value `data` encodes; undefined when it is not base64url JSON. */
export function decodeHidden(data: string): unknown {
  try {
    return JSON.parse(Buffer.from(data, 'base64url').toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}
