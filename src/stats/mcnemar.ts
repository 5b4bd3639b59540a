import { binomialCdf, clopperPearson } from './binomial.js';
import { assertLevel, type Alternative, type Interval } from './types.js';

/** Result of McNemar's exact test on matched cases. */
export interface McNemarResult {
  /** Discordant cases: the candidate did better on `up` of them, worse on `down`. */
  up: number;
  down: number;
  /** One-sided p-value for the requested alternative on the candidate's rate. */
  pValue: number;
  /** (up - down) / cases: the difference of success rates when each case ran once per side. */
  diff: number;
  /** Two-sided interval for `diff` (see `mcnemarExact`). */
  ci: Interval;
}

/**
 * McNemar's exact test: a binomial test with p = 1/2 on the discordant cases, equal to
 * `scipy.stats.binomtest(up, up + down, 0.5, alternative=...)` ('less': the candidate's
 * rate is lower); without discordant cases p = 1.
 *
 * The interval is for diff = q (2 pi - 1), with q the share of discordant cases and pi the
 * share of them where the candidate did better. It combines the Clopper-Pearson intervals of
 * both (`binomtest(k, n).proportion_ci(level')`), each at level' = (1 + level) / 2 so that
 * together they keep the level (Bonferroni), and takes diff's extremes over them. Unlike the
 * interval conditional on the discordant count, it does not collapse to [0, 0] when no case
 * differs: 30 concordant cases still leave room for a few points of change either way.
 * Throws a RangeError for impossible counts.
 */
export function mcnemarExact(
  up: number,
  down: number,
  cases: number,
  alternative: Alternative,
  ciLevel = 0.95,
): McNemarResult {
  for (const [name, v] of [
    ['up', up],
    ['down', down],
    ['cases', cases],
  ] as const) {
    if (!Number.isInteger(v) || v < 0)
      throw new RangeError(`${name} must be a whole number, got ${v}`);
  }
  if (cases < 1 || up + down > cases) {
    throw new RangeError(`need 1 <= cases and up + down <= cases, got ${up}, ${down}, ${cases}`);
  }
  assertLevel('ciLevel', ciLevel);
  const discordant = up + down;
  const diff = (up - down) / cases;
  const inner = (1 + ciLevel) / 2;
  const [qLo, qHi] = clopperPearson(discordant, cases, inner);
  const [l, u] = discordant > 0 ? clopperPearson(up, discordant, inner) : [0, 1];
  const a = 2 * l - 1;
  const b = 2 * u - 1;
  const ci: Interval = [a < 0 ? qHi * a : qLo * a, b > 0 ? qHi * b : qLo * b];
  if (discordant === 0) return { up, down, pValue: 1, diff, ci };
  const pValue =
    alternative === 'less' ? binomialCdf(up, discordant, 0.5) : binomialCdf(down, discordant, 0.5);
  return { up, down, pValue, diff, ci };
}
