// The hash of everything a build of dist/ is made from: src/, the build script, the lock file
// and the compiler settings. `npm run build` writes it into dist/, so that the end-to-end tests
// can tell that the committed bundle was built from exactly the sources in front of them and
// run it instead of building their own.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The files a build reads, relative to the repository root (folders are walked). */
const INPUTS = ['src', 'scripts/build.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** Where `npm run build` writes the hash, relative to the build's output folder. */
export const SOURCE_HASH_FILE = 'sources.sha256';

/** Hex SHA-256 over the build's inputs under `root`: names relative to it, so any clone agrees. */
export function sourceHash(root) {
  const h = createHash('sha256');
  const walk = (rel) => {
    const abs = path.join(root, rel);
    if (statSync(abs).isDirectory()) {
      for (const entry of readdirSync(abs).sort()) walk(path.posix.join(rel, entry));
      return;
    }
    const bytes = readFileSync(abs);
    h.update(`${rel}\0${bytes.length}\0`).update(bytes);
  };
  for (const input of INPUTS) walk(input);
  return h.digest('hex');
}
