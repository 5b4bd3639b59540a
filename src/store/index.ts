// The store module's public surface: open a Prompt Versioner store and read it.
export { StoreError, type StoreErrorCode } from './errors.js';
export { openStoreFile } from './file.js';
export { DEFAULT_MAX_STORE_BYTES } from './header.js';
export { openStore, type OpenStoreOptions, type Store } from './open.js';
export type * from './types.js';
