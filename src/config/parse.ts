import { UserError } from '../errors.js';
import { DAY_MS, HOUR_MS, parseInstant } from '../time.js';

/** A bad input or option: the message names it, the value and what is expected. */
export class ConfigError extends UserError {
  override readonly name = 'ConfigError';
}

/** How to name a setting in messages: `input 'alpha'` in the action, `--alpha` in the CLI. */
export type Namer = (name: string) => string;

/** Names a setting for the action's messages. */
export const inputName: Namer = (name) => `input '${name}'`;

/** Names a setting for the CLI's messages. */
export const optionName: Namer = (name) => `--${name}`;

function fail(namer: Namer, name: string, value: string, expected: string): never {
  throw new ConfigError(`Invalid ${namer(name)} '${value}': expected ${expected}.`);
}

/** One of a fixed list of values. */
export function parseEnum<const T extends string>(
  namer: Namer,
  name: string,
  value: string,
  allowed: readonly T[],
): T {
  const v = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(v)) return v as T;
  return fail(namer, name, value, `one of ${allowed.join(', ')}`);
}

/** `true` or `false`, nothing else (a typo must not silently mean false). */
export function parseBool(namer: Namer, name: string, value: string): boolean {
  return parseEnum(namer, name, value, ['true', 'false']) === 'true';
}

/** A number in [min, max]. */
export function parseNumber(
  namer: Namer,
  name: string,
  value: string,
  { min, max, integer = false }: { min: number; max: number; integer?: boolean },
): number {
  const v = value.trim();
  // Plain decimals only: Number() would also take '0x1E', '1e3' and '0b11'.
  const n = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(v) ? Number(v) : NaN;
  const kind = integer ? 'a whole number' : 'a number';
  if (!Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < min || n > max) {
    fail(namer, name, value, `${kind} from ${min} to ${max}`);
  }
  return n;
}

/**
 * A percentage such as `10%`, returned as a fraction (0.1). The unit is required: a bare `0.1`
 * could mean 10 % or 0.1 %, and guessing wrong would silently weaken the check.
 */
export function parsePercent(namer: Namer, name: string, value: string, max = 1000): number {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*%\s*$/.exec(value);
  const n = m ? Number(m[1]) : NaN;
  if (!Number.isFinite(n) || n > max)
    fail(namer, name, value, `a percentage from 0% to ${max}% such as '10%'`);
  return n / 100;
}

/** Percentage points such as `5pp` (or `5%`), returned as a rate difference (0.05). */
export function parsePoints(namer: Namer, name: string, value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(pp|%)\s*$/i.exec(value);
  const n = m ? Number(m[1]) : NaN;
  if (!Number.isFinite(n) || n > 100) fail(namer, name, value, `percentage points such as '5pp'`);
  return n / 100;
}

const DURATION_UNITS: Record<string, number> = {
  s: 1000,
  m: 60_000,
  h: HOUR_MS,
  d: DAY_MS,
  w: 7 * DAY_MS,
};

/** Durations from a second to a century (36,500 days). */
const [MIN_DURATION_MS, MAX_DURATION_MS] = [1000, 36_500 * 86_400_000];

/** A duration such as `60s`, `30m`, `24h`, `28d` or `2w`, in milliseconds. */
export function parseDuration(namer: Namer, name: string, value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$/i.exec(value);
  // A capital M reads as a month as often as a minute: a month taken as a minute hides everything.
  if (m?.[2] === 'M')
    fail(
      namer,
      name,
      value,
      `'${m[1]}m' for minutes, or days such as '30d' for a month ('M' could be either)`,
    );
  const unit = m?.[2] ? DURATION_UNITS[m[2].toLowerCase()] : undefined;
  const ms = m && unit ? Number(m[1]) * unit : NaN;
  // Under a second rounds a window to nothing; past a century no date is left to start from.
  if (!(ms >= MIN_DURATION_MS && ms <= MAX_DURATION_MS))
    fail(namer, name, value, `a duration from 1s to 36500d such as '24h', '7d', '30m' or '60s'`);
  return ms;
}

const SIZE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** A size such as `512MiB`, `1GiB`, `200MB` or a byte count. */
export function parseSize(namer: Namer, name: string, value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:([kmg])(?:i?b)?|b)?\s*$/i.exec(value);
  const unit = SIZE_UNITS[(m?.[2] ?? '').toLowerCase()];
  const bytes = m && unit ? Math.floor(Number(m[1]) * unit) : NaN;
  if (!Number.isFinite(bytes) || bytes <= 0)
    fail(namer, name, value, `a size above zero in bytes, KiB, MiB or GiB such as '512MiB'`);
  return bytes;
}

/** Instants a run may be set at: a window and history before 1970, or past 9999, are mistakes. */
const [FIRST_MS, END_MS] = [Date.UTC(1970, 0, 1), Date.UTC(10000, 0, 1)];

/** Whether `YYYY-MM-DD` at the start of `v` is a day of the calendar (not 02-30, not 04-31). */
function realDate(v: string): boolean {
  const [y, m, d] = [v.slice(0, 4), v.slice(5, 7), v.slice(8, 10)].map(Number) as [
    number,
    number,
    number,
  ];
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** An ISO 8601 instant (`2026-11-01`, `2026-11-01T12:00:00Z`); returned normalised to UTC. */
export function parseInstantInput(namer: Namer, name: string, value: string): string {
  const v = value.trim();
  const shape = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+)?(?:[zZ]|[+-]\d{2}:?\d{2})?$/;
  // An offset is at most 14 hours (UTC+14 is the furthest a clock runs); a time without one is UTC.
  const offset = /[+-](\d{2}):?(\d{2})$/.exec(v.length > 10 ? v : '');
  const offsetOk = !offset || Number(offset[1]) * 60 + Number(offset[2]) <= 14 * 60;
  const ms = shape.test(v) && offsetOk && realDate(v) ? parseInstant(v) : NaN;
  if (!(ms >= FIRST_MS && ms < END_MS))
    fail(namer, name, value, `an ISO 8601 date or time from 1970 to 9999 such as '2026-11-01T00:00:00Z' (an offset from -14:00 to +14:00; without one, UTC)`); // prettier-ignore
  return new Date(ms).toISOString();
}

// Control characters, written out so that the message shows them instead of acting on them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_ALL = /[\u0000-\u001f\u007f]/g;

/** Longest metadata key `pair-by` accepts. */
const MAX_PAIR_KEY = 200;

/**
 * A top-level metadata key for `pair-by`, taken literally (dots and spaces included); null
 * when unset. Quotes, backslashes and control characters cannot name a key in a JSON path.
 */
export function parsePairBy(namer: Namer, value: string | null): string | null {
  if (value === null) return null;
  if (value.length > MAX_PAIR_KEY || /["\\]/.test(value) || CONTROL.test(value)) {
    return fail(
      namer,
      'pair-by',
      value
        .slice(0, 60)
        .replace(CONTROL_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
      `one metadata key of at most ${MAX_PAIR_KEY} characters, without quotes, backslashes or control characters (for example case_id)`,
    );
  }
  return value;
}
