// The limits a store is read under, and the one-line messages when one is reached; shared by the
// worker and the thread that starts it.
import { UserError } from '../errors.js';
import { oneLine } from '../store/errors.js';
import type { MemoryLimits } from './memory.js';

export { memoryLimits, type MemoryLimits } from './memory.js';

const MIB = 1024 * 1024;

/** Which limit a store reached. */
type LimitKind = 'timeout' | 'memory' | 'crash';

/** Reading a store hit a limit (time, memory) or killed its worker: one line, names the stores. */
export class StoreLimitError extends UserError {
  override readonly name = 'StoreLimitError';

  constructor(
    readonly kind: LimitKind,
    message: string,
  ) {
    super(message);
  }
}

/** `60s`, `1.5s` or `250ms`: how a duration was most likely written in the setting. */
export function formatLimit(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  return `${Number((ms / 1000).toFixed(3))}s`;
}

function stores(labels: readonly string[]): string {
  const quoted = labels.map((l) => JSON.stringify(oneLine(l)));
  if (quoted.length === 0) return 'the store';
  if (quoted.length === 1) return `the store ${quoted[0]}`;
  return `the stores ${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

/** The wall-clock limit passed; `setting` names it as the user wrote it (input or option). */
export function timeoutError(labels: readonly string[], ms: number, setting: string): Error {
  return new StoreLimitError(
    'timeout',
    `Reading ${stores(labels)} took longer than ${setting} (${formatLimit(ms)}): the store may ` +
      `be hostile or far too large; raise ${setting} if it is genuine.`,
  );
}

/** The worker's JS heap or SQLite's heap limit was reached. */
export function memoryError(
  labels: readonly string[],
  limits: MemoryLimits,
  sizeSetting: string,
): Error {
  return new StoreLimitError(
    'memory',
    `Reading ${stores(labels)} needed more memory than allowed (${limits.heapMb} MiB of JavaScript ` +
      `heap, ${limits.sqliteBytes / MIB} MiB for SQLite, both set from ${sizeSetting}): the store ` +
      `may be hostile or far too large; raise ${sizeSetting} if it is genuine.`,
  );
}

/** The worker died without an answer (a wasm abort, an exit): what we know, on one line. */
export function crashError(labels: readonly string[], detail: string): Error {
  return new StoreLimitError(
    'crash',
    `Reading ${stores(labels)} stopped unexpectedly (${oneLine(detail, 300)}); the store may be hostile.`,
  );
}
