// V8's helper threads (its optimising compilers, concurrent garbage collection, wasm tier-up) at
// a lower priority: on a machine of two cores the four of them took turns with the thread that
// reads the store, which ran its report a tenth slower for it. At niceness 5 they mostly run on
// the core the report leaves free; at 19 they starved whenever other work kept both cores busy,
// and the report, left in unoptimised code, took twice as long. See docs/performance.md (29th
// round).
import { readdirSync, readFileSync } from 'node:fs';
import { setPriority } from 'node:os';

/** The name Node gives the threads of V8's platform pool (shared by every thread's isolate). */
export const HELPER_NAME = 'V8Worker';

/** Their niceness: a priority below the report thread's (niceness 0), which any user may give. */
export const HELPER_NICENESS = 5;

/** Where Linux lists the process's threads. */
const TASKS = '/proc/self/task';

/**
 * Gives V8's helper threads a lower priority (HELPER_NICENESS), on Linux (elsewhere, or where
 * /proc cannot be read, it does nothing). Never throws: a thread gone or a system that refuses
 * is left as it is. Returns how many threads it lowered. `tasks` and `set` are for tests.
 */
export function lowerHelperThreads(
  tasks: string = TASKS,
  set: (tid: number, niceness: number) => void = setPriority,
): number {
  if (tasks === TASKS && process.platform !== 'linux') return 0;
  let ids: string[];
  try {
    ids = readdirSync(tasks);
  } catch {
    return 0;
  }
  let lowered = 0;
  for (const id of ids) {
    try {
      if (!/^\d+$/.test(id)) continue;
      if (readFileSync(`${tasks}/${id}/comm`, 'utf8').trim() !== HELPER_NAME) continue;
      set(Number(id), HELPER_NICENESS);
      lowered += 1;
    } catch {
      // Gone since the listing, or refused: left at its priority.
    }
  }
  return lowered;
}
