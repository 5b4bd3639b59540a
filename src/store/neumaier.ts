/** Below this magnitude every integer, and every sum of them, is exact in a double. */
const EXACT = 2 ** 51;

/**
 * A running sum as SQLite's total() and avg() compute it (Kahan-Babuska-Neumaier, func.c), so that
 * a mean computed here is the very number avg() returns for the same values in the same order.
 * SQLite sums integers exactly in 64 bits until the first real, then carries on in doubles from
 * that exact sum; while values and partial sums stay below 2^51 a double does the same exactly,
 * so one path serves both. Past that, `exact` turns false and the caller asks SQLite instead.
 */
export class NeumaierSum {
  /** Values added. */
  n = 0;
  /** False once a value or a partial sum reached 2^51: the mean may then differ from avg(). */
  exact = true;
  private sum = 0;
  private err = 0;

  /** Adds one finite value. */
  add(value: number): void {
    const s = this.sum;
    const t = s + value;
    // As func.c: the correction is computed whole, then added (not err + (s - t) + value).
    if (Math.abs(s) > Math.abs(value)) this.err += (s - t) + value; // prettier-ignore
    else this.err += (value - t) + s; // prettier-ignore
    this.sum = t;
    this.n++;
    if (Math.abs(value) >= EXACT || Math.abs(t) >= EXACT) this.exact = false;
  }

  /** The sum as total() returns it; 0 without values. */
  total(): number {
    // totalFinalize and avgFinalize: the correction is left out when it overflowed
    // (sqlite3IsOverflow).
    return Number.isFinite(this.err) ? this.sum + this.err : this.sum;
  }

  /** The mean as avg() returns it; null without values. */
  mean(): number | null {
    if (this.n === 0) return null;
    return this.total() / this.n;
  }
}
