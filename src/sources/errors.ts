import { UserError } from '../errors.js';

/** A store source that cannot be read: one line naming the source and the fix. */
export class SourceError extends UserError {
  override readonly name = 'SourceError';
  /** True when the run should end neutral (nothing to judge), not failed. */
  constructor(
    message: string,
    readonly neutral = false,
  ) {
    super(message);
  }
}
