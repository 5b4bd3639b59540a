// Buffers that file reads land in. The kernel copied a file's cached pages into memory that
// starts 8 or 16 bytes past a page (where malloc places a large chunk it maps for itself) about
// three times slower here than into memory that starts a page or 32 bytes or more past one: 141
// reads of 1 MiB took 97-126 ms against 34-37 ms, Node 24 on Linux. A WebAssembly memory always
// starts a page.

// The one part of the WebAssembly API used here (the project's type libraries leave it out).
declare const WebAssembly: {
  readonly Memory: new (limits: { initial: number; maximum: number }) => {
    readonly buffer: ArrayBuffer;
  };
};

/** A WebAssembly memory's page: 64 KiB. */
const WASM_PAGE = 65536;

/** `size` zeroed bytes that start a memory page (a plain array where that cannot be had). */
export function pageAligned(size: number): Uint8Array<ArrayBuffer> {
  const pages = Math.max(1, Math.ceil(size / WASM_PAGE));
  try {
    const { buffer } = new WebAssembly.Memory({ initial: pages, maximum: pages });
    return new Uint8Array(buffer, 0, size);
  } catch {
    return new Uint8Array(size);
  }
}
