import { UserError } from '../errors.js';

// A leaf module: the CLI's thread (worker/run.ts) knows this error by its name without loading
// the selection code, whose imports reach the statistics.

/** A request that names something the store does not have. */
export class SelectionError extends UserError {
  override readonly name = 'SelectionError';
}
