// SQLite's sum(), total() and avg() (func.c, 3.43 and later: Kahan-Babuska-Neumaier summation),
// redone in JavaScript so that a mean computed from rows already in memory has the very bits
// SQLite would give. sql.js runs SQLite as WebAssembly, whose doubles round as JavaScript's do.
//
// One thing cannot be redone: SQLite keeps an exact 64-bit integer sum while every value is an
// INTEGER, and sql.js hands both INTEGER and REAL values over as doubles. The two paths give the
// same bits while every value and every running sum stays below 2^52 in magnitude (each step is
// then exact); past that, `exact` turns false and the caller must ask SQLite instead.

/** Magnitude from which SQLite's integer and real paths may round differently. */
const EXACT_BELOW = 2 ** 52;

/** One running sum, as SQLite's SumCtx in its real (compensated) mode. */
export class SqliteSum {
  /** Values added (SQLite's `cnt`). */
  count = 0;
  /** False once a value or the running sum reached 2^52: the result may differ from SQLite's. */
  exact = true;
  private sum = 0;
  private err = 0;

  /** Adds one non-NULL numeric value (NULLs, text and blobs are skipped by the caller). */
  add(r: number): void {
    this.count += 1;
    // kahanBabuskaNeumaierStep, operation for operation.
    const s = this.sum;
    const t = s + r;
    if (Math.abs(s) > Math.abs(r)) this.err += s - t + r;
    else this.err += r - t + s;
    this.sum = t;
    if (!(Math.abs(r) < EXACT_BELOW && Math.abs(t) < EXACT_BELOW)) this.exact = false;
  }

  /** total(): the sum, 0 without values. */
  total(): number {
    // sqlite3IsOverflow: an infinite or NaN error term is left out.
    return Number.isFinite(this.err) ? this.sum + this.err : this.sum;
  }

  /** avg(): the mean, null without values. */
  avg(): number | null {
    return this.count === 0 ? null : this.total() / this.count;
  }
}
