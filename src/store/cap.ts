// The store-size cap's default, in a module of its own: the CLI's entry (dist/cli.js, compiled on
// every run) needs it, and none of the header checks.

/** Default cap on a store's size: 512 MiB. */
export const DEFAULT_MAX_STORE_BYTES = 512 * 1024 * 1024;
