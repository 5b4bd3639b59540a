// The memory a worker reading a store may use, from the store-size cap. A leaf module: the CLI's
// entry (dist/cli.js, compiled on every run) starts its spare worker with these limits.

const MIB = 1024 * 1024;

/** Memory a worker may use for a store cap: the JS heap and SQLite's own heap (inside wasm). */
export interface MemoryLimits {
  /** V8 old generation of the worker, in MiB (`resourceLimits.maxOldGenerationSizeMb`). */
  readonly heapMb: number;
  /** SQLite's hard heap limit in bytes (`PRAGMA hard_heap_limit`); wasm memory itself grows to 2 GiB. */
  readonly sqliteBytes: number;
}

/**
 * Limits proportional to the store cap. Legitimate reads hold at most the file once (outside the
 * V8 heap: bytes in a typed array that sql.js reads in place, or a file read page by page) plus
 * text and numbers read from it, which are a fraction of its size; a hostile store that inflates
 * values (generated columns, huge printf) is stopped well before the runner runs out of memory.
 */
export function memoryLimits(maxStoreBytes: number): MemoryLimits {
  const capMb = Math.ceil(maxStoreBytes / MIB);
  return {
    heapMb: 256 + 2 * capMb,
    sqliteBytes: Math.min(1024, Math.max(256, capMb)) * MIB,
  };
}
