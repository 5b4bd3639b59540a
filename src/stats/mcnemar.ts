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
  /** Two-sided interval for `diff`, conditional on the number of discordant cases. */
  ci: Interval;
}

/**
 * McNemar's exact test: a binomial test with p = 1/2 on the discordant cases, equal to
 * `scipy.stats.binomtest(up, up + down, 0.5, alternative=...)` ('less': the candidate's
 * rate is lower). The interval maps the Clopper-Pearson interval [l, u] of up / (up + down)
 * (`binomtest(...).proportion_ci(level)`) to the rate difference:
 * [(up + down)/cases * (2l - 1), (up + down)/cases * (2u - 1)]. Without discordant cases p = 1
 * and the interval is [0, 0]. Throws a RangeError for impossible counts.
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
  if (discordant === 0) return { up, down, pValue: 1, diff, ci: [0, 0] };
  const pValue =
    alternative === 'less' ? binomialCdf(up, discordant, 0.5) : binomialCdf(down, discordant, 0.5);
  const [l, u] = clopperPearson(up, discordant, ciLevel);
  const share = discordant / cases;
  return { up, down, pValue, diff, ci: [share * (2 * l - 1), share * (2 * u - 1)] };
}
