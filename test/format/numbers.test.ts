import { describe, expect, it } from 'vitest';
import {
  formatChangePercent,
  formatCount,
  formatDays,
  formatEur,
  formatInterval,
  formatLatency,
  formatLevel,
  formatPInline,
  formatPValue,
  formatPercentShort,
  formatPoints,
  formatPointsShort,
  formatRate,
  formatSignificant,
  formatTimestamp,
  formatTokens,
} from '../../src/format/numbers.js';

describe('format', () => {
  it('significant digits without exponents or trailing zeros', () => {
    expect(formatSignificant(0.849)).toBe('0.849');
    expect(formatSignificant(0.00007, 2, true)).toBe('+0.00007');
    expect(formatSignificant(-0.14182, 2, true)).toBe('−0.14');
    expect(formatSignificant(0.99962)).toBe('1');
    expect(formatSignificant(123456)).toBe('123,456');
    expect(formatSignificant(null)).toBe('–');
    expect(formatSignificant(Number.NaN)).toBe('–');
  });
  it('latency in ms, s and min', () => {
    expect(formatLatency(412)).toBe('412 ms');
    expect(formatLatency(4.25)).toBe('4.25 ms');
    expect(formatLatency(0.42)).toBe('0.42 ms');
    expect(formatLatency(1234)).toBe('1.23 s');
    expect(formatLatency(1200)).toBe('1.2 s');
    expect(formatLatency(75_000)).toBe('75 s');
    expect(formatLatency(150_000)).toBe('2.5 min');
    expect(formatLatency(-6, true, 2)).toBe('−6 ms');
    expect(formatLatency(52, true, 2)).toBe('+52 ms');
  });
  it('cost in euros', () => {
    expect(formatEur(0.00169)).toBe('€0.00169');
    expect(formatEur(12.5)).toBe('€12.50');
    expect(formatEur(-0.000072, true, 2)).toBe('−€0.000072');
    expect(formatEur(0)).toBe('€0');
  });
  it('tokens, counts and rates', () => {
    expect(formatTokens(812.4)).toBe('812');
    expect(formatTokens(1234.5)).toBe('1,235');
    expect(formatTokens(45.25)).toBe('45.3');
    expect(formatCount(1480)).toBe('1,480');
    expect(formatRate(0.9833)).toBe('98.3 %');
  });
  it('changes as percent and points', () => {
    expect(formatChangePercent(-0.1472)).toBe('−14.7 %');
    expect(formatChangePercent(0.058)).toBe('+5.8 %');
    expect(formatChangePercent(0)).toBe('0.0 %');
    expect(formatChangePercent(-0.0001)).toBe('−0.01 %');
    expect(formatChangePercent(-0.0000054)).toBe('−0.00054 %');
    // Rounding in the means, not a change.
    expect(formatChangePercent(1.7e-16)).toBe('0.0 %');
    expect(formatChangePercent(-2.5e-13)).toBe('0.0 %');
    expect(formatChangePercent(12.3)).toBe('+1,230 %');
    expect(formatChangePercent(null)).toBe('–');
    expect(formatPoints(-0.052)).toBe('−5.2 pp');
    expect(formatPoints(-0.0001)).toBe('0.0 pp');
    expect(formatPercentShort(-0.1)).toBe('−10 %');
    expect(formatPercentShort(0.075)).toBe('+7.5 %');
    expect(formatPointsShort(-0.05)).toBe('−5 pp');
  });
  it('p-values', () => {
    expect(formatPValue(1.2e-25)).toBe('< 1e-10');
    expect(formatPValue(3.24e-7)).toBe('3.2e-7');
    expect(formatPValue(0.003)).toBe('0.003');
    expect(formatPValue(0.0494)).toBe('0.049');
    expect(formatPValue(0.41)).toBe('0.41');
    expect(formatPValue(0.999)).toBe('1.00');
    expect(formatPValue(null)).toBe('–');
    expect(formatPInline(1e-12)).toBe('p < 1e-10');
    expect(formatPInline(0.003)).toBe('p = 0.003');
  });
  it('intervals, levels, dates', () => {
    expect(formatInterval([-0.14, -0.11], (x) => formatSignificant(x, 2, true))).toBe(
      '[−0.14, −0.11]',
    );
    expect(formatInterval(null, String)).toBe('–');
    expect(formatLevel(0.05)).toBe('90 %');
    expect(formatLevel(0.01)).toBe('98 %');
    expect(formatLevel(0.025)).toBe('95 %');
    expect(formatTimestamp('2026-10-31T14:03:59+02:00')).toBe('2026-10-31 12:03 UTC');
    // A store's time without an offset is UTC on a machine in any zone (Date reads it as local;
    // the tests run in Asia/Kolkata, see vitest.config.ts).
    expect(new Date(2026, 0, 1).getTimezoneOffset()).not.toBe(0);
    expect(formatTimestamp('2026-12-01T00:08:00')).toBe('2026-12-01 00:08 UTC');
    expect(formatTimestamp('2026-12-01 00:08:00.123456')).toBe('2026-12-01 00:08 UTC');
    expect(formatTimestamp('<img src=x>')).toBe('unknown date');
    expect(formatDays(1)).toBe('1 day');
    expect(formatDays(46.4)).toBe('46 days');
  });
});
