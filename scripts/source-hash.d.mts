// Types of source-hash.mjs, so that the TypeScript tests can import it.

/** Where `npm run build` writes the hash, relative to the build's output folder. */
export declare const SOURCE_HASH_FILE: string;

/** Hex SHA-256 over the build's inputs under `root`: names relative to it, so any clone agrees. */
export declare function sourceHash(root: string): string;
