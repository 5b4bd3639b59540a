/**
 * Number formatting for every renderer: one place decides how many digits a reader sees.
 * Negative numbers use the minus sign U+2212 so that a change reads as a number, not a dash.
 */
import { parseInstant } from '../time.js';

/** The typographic minus sign. */
const MINUS = '\u2212';

/** Shown where a value is missing (null, or not a finite number). */
export const MISSING = '–';

function sign(x: number, signed: boolean): string {
  if (x < 0) return MINUS;
  return signed && x > 0 ? '+' : '';
}

/** Inserts thousands separators into the integer part of a plain decimal string. */
function group(digits: string): string {
  const [whole = '', fraction] = digits.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/**
 * `|x|` with at most `digits` significant digits, in plain decimal notation, thousands grouped,
 * trailing zeros dropped (`0.00007`, not `0.0000700`).
 */
function significantAbs(x: number, digits: number): string {
  const abs = Math.abs(x);
  if (abs === 0) return '0';
  const magnitude = Math.floor(Math.log10(abs));
  let decimals = Math.min(20, Math.max(0, digits - 1 - magnitude));
  let text = abs.toFixed(decimals);
  // Rounding can carry into a new digit (0.9996 -> 1.000): drop the extra decimal.
  if (decimals > 0 && Number(text) >= 10 ** (magnitude + 1)) {
    decimals -= 1;
    text = abs.toFixed(decimals);
  }
  if (text.includes('.')) text = text.replace(/\.?0+$/, '');
  return group(text);
}

/** `x` with `digits` significant digits (3 by default), never in exponent notation. */
export function formatSignificant(x: number | null, digits = 3, signed = false): string {
  if (x === null || !Number.isFinite(x)) return MISSING;
  return sign(x, signed) + significantAbs(x, digits);
}

/** `x` with a fixed number of decimals, thousands grouped. */
export function formatFixed(x: number | null, decimals: number, signed = false): string {
  if (x === null || !Number.isFinite(x)) return MISSING;
  const text = Math.abs(x).toFixed(decimals);
  // A value that rounds to zero gets no sign: "−0.0" would claim a direction it does not have.
  return (Number(text) === 0 ? '' : sign(x, signed)) + group(text);
}

/** A whole number of things (calls, samples): `1,234`. */
export function formatCount(n: number | null): string {
  return formatFixed(n === null ? null : Math.round(n), 0);
}

/** A latency in milliseconds: `0.42 ms`, `4.2 ms`, `412 ms`, `1.31 s`, `2.5 min`. */
export function formatLatency(ms: number | null, signed = false, digits = 3): string {
  if (ms === null || !Number.isFinite(ms)) return MISSING;
  const abs = Math.abs(ms);
  if (abs >= 100_000) return `${formatFixed(ms / 60_000, 1, signed)} min`;
  if (abs >= 1000) return `${formatSignificant(ms / 1000, digits, signed)} s`;
  if (abs >= 100) return `${formatFixed(ms, 0, signed)} ms`;
  return `${formatSignificant(ms, digits, signed)} ms`;
}

/** A cost in euros: `€0.00169` (3 significant digits below 1 €), `€12.50`. */
export function formatEur(eur: number | null, signed = false, digits = 3): string {
  if (eur === null || !Number.isFinite(eur)) return MISSING;
  const body = Math.abs(eur) >= 1 ? formatFixed(Math.abs(eur), 2) : significantAbs(eur, digits);
  return `${sign(eur, signed)}€${body}`;
}

/** A token count (usually a mean): `812`, `1,235`, `45.3`. */
export function formatTokens(n: number | null, signed = false, digits = 3): string {
  if (n === null || !Number.isFinite(n)) return MISSING;
  return Math.abs(n) >= 100 ? formatFixed(n, 0, signed) : formatSignificant(n, digits, signed);
}

/** A rate (0..1) as a percentage: `98.3 %`. */
export function formatRate(rate: number | null): string {
  if (rate === null || !Number.isFinite(rate)) return MISSING;
  return `${formatFixed(rate * 100, 1)} %`;
}

/** Relative changes smaller than this are floating-point rounding, shown as no change. */
const CHANGE_NOISE = 1e-9;

/** A relative change (a fraction of the baseline) as a signed percentage: `−14.7 %`. */
export function formatChangePercent(fraction: number | null): string {
  if (fraction === null || !Number.isFinite(fraction)) return MISSING;
  // Below a billionth the change is rounding in the means (a constant cost summed per day),
  // not a change: `+0.000000000000017 %` would claim digits nobody measured.
  if (Math.abs(fraction) < CHANGE_NOISE) return '0.0 %';
  const pct = fraction * 100;
  const abs = Math.abs(pct);
  if (abs >= 100) return `${formatFixed(pct, 0, true)} %`;
  if (abs >= 0.1 || abs === 0) return `${formatFixed(pct, 1, true)} %`;
  return `${formatSignificant(pct, 2, true)} %`;
}

/** A threshold or other round fraction as a signed percentage, no needless decimals: `−10 %`. */
export function formatPercentShort(fraction: number): string {
  const pct = Number((fraction * 100).toFixed(2));
  return `${sign(pct, true)}${Math.abs(pct)} %`;
}

/** A difference of rates as signed points, no needless decimals: `−5 pp`. */
export function formatPointsShort(difference: number): string {
  const pts = Number((difference * 100).toFixed(2));
  return `${sign(pts, true)}${Math.abs(pts)} pp`;
}

/** A difference of rates (0.052 = 5.2 points) as signed percentage points: `−5.2 pp`. */
export function formatPoints(difference: number | null): string {
  if (difference === null || !Number.isFinite(difference)) return MISSING;
  return `${formatFixed(difference * 100, 1, true)} pp`;
}

/** Below this a p-value is shown as a bound: more digits would be numerical noise. */
const P_FLOOR = 1e-10;

/** A p-value: `< 1e-10`, `3.2e-7`, `0.0031`, `0.049`, `0.41`. */
export function formatPValue(p: number | null): string {
  if (p === null || !Number.isFinite(p)) return MISSING;
  if (p < P_FLOOR) return '< 1e-10';
  if (p < 0.001) {
    const [mantissa = '', exponent = ''] = p.toExponential(1).split('e');
    return `${mantissa}e${exponent.replace('+', '')}`;
  }
  // Two significant digits below 0.1 so that 0.049 never reads as 0.05 next to α = 0.05.
  if (p < 0.1) return significantAbs(p, 2);
  return p >= 0.995 ? '1.00' : p.toFixed(2);
}

/** A p-value in running text: `p < 1e-10`, `p = 0.003`. */
export function formatPInline(p: number | null): string {
  const text = formatPValue(p);
  return text.startsWith('<') ? `p ${text}` : `p = ${text}`;
}

/** An interval with each bound formatted by `bound`: `[−0.142, −0.108]`. */
export function formatInterval(
  ci: readonly [number, number] | null,
  bound: (x: number) => string,
): string {
  if (ci === null) return MISSING;
  return `[${bound(ci[0])}, ${bound(ci[1])}]`;
}

/** A confidence level from α (two-sided 1 − 2α): `90 %`. */
export function formatLevel(alpha: number): string {
  return `${Number(((1 - 2 * alpha) * 100).toFixed(1))} %`;
}

// Store timestamps are untrusted text: one that does not parse is not echoed back.
const BAD_DATE = 'unknown date';

/** An ISO 8601 timestamp as `2026-10-31 14:03 UTC`. */
export function formatTimestamp(iso: string): string {
  // A store's time without an offset is UTC (see parseInstant), whatever this machine's zone.
  const date = new Date(parseInstant(iso));
  if (Number.isNaN(date.getTime())) return BAD_DATE;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** A number of days: `1 day`, `46 days`. */
export function formatDays(days: number): string {
  const whole = Math.round(days);
  return `${formatCount(whole)} ${whole === 1 ? 'day' : 'days'}`;
}
