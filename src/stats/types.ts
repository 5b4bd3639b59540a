/** Alternative hypothesis about the candidate's location relative to the baseline's (scipy's `alternative=` with x = candidate, y = baseline). */
export type Alternative = 'less' | 'greater';

/** A closed interval `[lo, hi]`. */
export type Interval = [number, number];

/** Throws a RangeError unless `level` is a usable confidence level, strictly between 0 and 1. */
export function assertLevel(name: string, level: number): void {
  if (!(level > 0 && level < 1)) {
    throw new RangeError(`${name} must be strictly between 0 and 1, got ${level}`);
  }
}
