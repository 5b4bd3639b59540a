// Names for texts: a short SHA-256 (node:crypto is loaded on first use, not with the bundle: the
// worker needs it only for the few prompt versions a report names, about 10 ms saved per run),
// and a fast key that tells most unequal texts apart.
import { createRequire } from 'node:module';

type Crypto = typeof import('node:crypto');
let crypto: Crypto | undefined;

/**
 * A fast 53-bit hash of a text (cyrb53), to tell most unequal texts apart without comparing them
 * whole. Not a cryptographic hash: equal keys still need the texts compared.
 */
export function quickKey(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** SHA-256 of `text` (UTF-8), hex, first 16 characters. */
export function shortSha256(text: string): string {
  crypto ??= createRequire(import.meta.url)('node:crypto') as Crypto;
  return crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);
}
