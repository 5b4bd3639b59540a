// julianday() of a call's timestamp, worked out in JavaScript for the shape Prompt Versioner
// writes (`YYYY-MM-DDTHH:MM:SS[.fff][+HH:MM|Z]`) and asked of SQLite for every other text, so that
// a walk over the calls table's pages gets the very number the query `julianday(timestamp)` gives.
//
// SQLite works in whole milliseconds (its iJD): the day's from its date, plus
// `h*3600000 + m*60000 + (int64)(s*1000 + 0.5)` where `s` is the seconds plus the fraction read
// digit by digit (`ms = ms*10 + d`, divided by 10^digits, capped at 0.999), minus the offset in
// minutes times 60000; julianday() is that over 86400000.0. The day's milliseconds come from
// SQLite's computeJD() formula, once per date, for months 1-12 and days 1-31 (an impossible day
// such as 02-31 rolls over in it as in SQLite); any other date is asked of SQLite. The first
// timestamps of the first dates are also asked of SQLite whole, and any difference stops the
// walk (`Decline`).
import type { Database } from 'sql.js';
import { Decline } from './pages.js';
import { allRows } from './sql.js';

/** Dates whose first timestamp is also asked of SQLite whole, as a check. */
const CHECKED_DATES = 8;
/** Distinct texts of another shape asked of SQLite at most; past this the walk declines. */
const MAX_ASKED = 10_000;
const MS_PER_DAY = 86_400_000;

const DIGIT = (b: number): boolean => b >= 48 && b <= 57;
/** The two-digit number at `b[at + i]`. */
const two = (b: Uint8Array, at: number, i: number): number =>
  ((b[at + i] as number) - 48) * 10 + (b[at + i + 1] as number) - 48;
/** Where `YYYY-MM-DD?HH:MM:SS` has its digits. */
const DIGITS = Int32Array.of(0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18);

/** Julian days of timestamps given as UTF-8 bytes, as SQLite's julianday() gives them. */
export class JulianDays {
  private readonly days = new Map<number, number | null>();
  private readonly asked = new Map<string, number | null>();
  private readonly decoder = new TextDecoder();
  /** Dates whose first timestamp was checked against SQLite. */
  private checked = 0;
  /** The date of the timestamp before (calls come in time order, mostly), and its day. */
  private lastKey = -1;
  private lastDay: number | null = null;

  constructor(private readonly db: Database) {}

  /** julianday() of the text in `bytes[start, start + length)`: a number, or null (unreadable). */
  of(bytes: Uint8Array, start: number, length: number): number | null {
    const fast = this.fast(bytes, start, length);
    return fast === undefined ? this.ask(bytes, start, length) : fast;
  }

  // The usual shape, or undefined for anything else (then SQLite is asked).
  private fast(b: Uint8Array, at: number, length: number): number | null | undefined {
    if (length < 19 || length > 35) return undefined;
    const end = at + length;
    for (let k = 0; k < DIGITS.length; k++)
      if (!DIGIT(b[at + (DIGITS[k] as number)] as number)) return undefined;
    const sep = b[at + 10];
    if (b[at + 4] !== 45 || b[at + 7] !== 45 || (sep !== 84 && sep !== 32)) return undefined;
    if (b[at + 13] !== 58 || b[at + 16] !== 58) return undefined;
    const h = two(b, at, 11);
    const m = two(b, at, 14);
    const sec = two(b, at, 17);
    if (h > 23 || m > 59 || sec > 59) return undefined;
    let i = at + 19;
    let ms = 0;
    if (i < end && b[i] === 46) {
      let scale = 1;
      let digits = 0;
      for (i++; i < end && DIGIT(b[i] as number); i++, digits++) {
        ms = ms * 10 + (b[i] as number) - 48;
        scale *= 10;
      }
      if (digits === 0 || digits > 9) return undefined;
      ms /= scale;
      if (ms > 0.999) ms = 0.999;
    }
    let tz = 0;
    if (i < end && b[i] === 90) i++;
    else if (i < end && (b[i] === 43 || b[i] === 45)) {
      if (end - i !== 6 || b[i + 3] !== 58) return undefined;
      if (!DIGIT(b[i + 1] as number) || !DIGIT(b[i + 2] as number)) return undefined;
      if (!DIGIT(b[i + 4] as number) || !DIGIT(b[i + 5] as number)) return undefined;
      const th = ((b[i + 1] as number) - 48) * 10 + (b[i + 2] as number) - 48;
      const tm = ((b[i + 4] as number) - 48) * 10 + (b[i + 5] as number) - 48;
      if (th > 14 || tm > 59) return undefined;
      tz = (b[i] === 45 ? -1 : 1) * (th * 60 + tm);
      i += 6;
    }
    if (i !== end) return undefined;
    const key =
      (two(b, at, 0) * 100 + two(b, at, 2)) * 10_000 + two(b, at, 5) * 100 + two(b, at, 8);
    let day = key === this.lastKey ? this.lastDay : this.days.get(key);
    if (day === undefined) {
      day = this.dayMs(key, b.subarray(at, at + 10));
      this.days.set(key, day);
      if (day !== null && this.checked++ < CHECKED_DATES)
        this.check(b, at, length, day, h, m, sec + ms, tz);
    }
    this.lastKey = key;
    this.lastDay = day;
    if (day === null) return null;
    const iJD =
      day + h * 3_600_000 + m * 60_000 + Math.trunc((sec + ms) * 1000 + 0.5) - tz * 60_000;
    return iJD / MS_PER_DAY;
  }

  // SQLite's milliseconds of a date's midnight (from Julian day 0), or null for a date it refuses:
  // its computeJD() for a year, a month 1-12 and a day 1-31 (C's integer division truncates), and
  // SQLite's own answer for any other date.
  private dayMs(key: number, date: Uint8Array): number | null {
    let y = Math.trunc(key / 10_000);
    let mo = Math.trunc(key / 100) % 100;
    const d = key % 100;
    if (mo < 1 || mo > 12 || d < 1 || d > 31) {
      const jd = this.sqlite(this.decoder.decode(date));
      return jd === null ? null : jd * MS_PER_DAY;
    }
    if (mo <= 2) {
      y--;
      mo += 12;
    }
    const a = Math.trunc(y / 100);
    const x1 = Math.trunc((36525 * (y + 4716)) / 100);
    const x2 = Math.trunc((306001 * (mo + 1)) / 10000);
    return (x1 + x2 + d + (2 - a + Math.trunc(a / 4)) - 1524.5) * MS_PER_DAY;
  }

  // The first timestamps of the first dates, asked whole: any difference from SQLite (a day
  // worked out otherwise, a rounding) stops the walk.
  private check(b: Uint8Array, at: number, length: number, day: number, ...hms: number[]): void {
    const [h, m, s, tz] = hms as [number, number, number, number];
    const mine =
      (day + h * 3_600_000 + m * 60_000 + Math.trunc(s * 1000 + 0.5) - tz * 60_000) / MS_PER_DAY;
    const theirs = this.ask(b, at, length);
    if (!Object.is(mine, theirs)) throw new Decline('julianday() differs from SQLite');
  }

  private ask(b: Uint8Array, at: number, length: number): number | null {
    const bytes = b.subarray(at, at + length);
    // Only ASCII round-trips through a bound JavaScript string byte for byte.
    for (const x of bytes) if (x >= 0x80) throw new Decline('a timestamp that is not ASCII');
    const text = this.decoder.decode(bytes);
    // 'now' is the statement's own instant in SQLite: a query reads it once, not per text.
    if (/now/i.test(text)) throw new Decline("a timestamp 'now'");
    let jd = this.asked.get(text);
    if (jd === undefined) {
      if (this.asked.size >= MAX_ASKED) throw new Decline('too many timestamps of other shapes');
      jd = this.sqlite(text);
      this.asked.set(text, jd);
    }
    return jd;
  }

  private sqlite(text: string): number | null {
    const jd = allRows(this.db, 'SELECT julianday(?)', [text])[0]?.[0];
    return typeof jd === 'number' ? jd : null;
  }
}
