// A short SHA-256 name for a text. node:crypto is loaded on first use, not with the bundle: the
// worker needs it only for the few prompt versions a report names (about 10 ms saved per run).
import { createRequire } from 'node:module';

type Crypto = typeof import('node:crypto');
let crypto: Crypto | undefined;

/** SHA-256 of `text` (UTF-8), hex, first 16 characters. */
export function shortSha256(text: string): string {
  crypto ??= createRequire(import.meta.url)('node:crypto') as Crypto;
  return crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);
}
