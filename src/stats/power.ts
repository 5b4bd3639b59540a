import { normalQuantile } from './dists.js';

// Normal-approximation sample sizes for a one-sided test at level alpha with the given power,
// equal n per side. They answer "how many samples would settle an inconclusive comparison",
// so they are rounded up and never below 2, the fewest any of our tests can use.

/** Asymptotic relative efficiency of Mann-Whitney to the t-test under normality (3/pi); n grows by its inverse. */
export const MANN_WHITNEY_ARE = 3 / Math.PI;

function assertProbability(name: string, v: number): void {
  if (!(v > 0 && v < 1)) throw new RangeError(`${name} must be strictly between 0 and 1, got ${v}`);
}

function zSum(alpha: number, power: number): number {
  assertProbability('alpha', alpha);
  assertProbability('power', power);
  return normalQuantile(1 - alpha, 0, 1) + normalQuantile(power, 0, 1);
}

function perSide(n: number): number {
  return n === Infinity ? Infinity : Math.max(2, Math.ceil(n));
}

function meansRaw(sdC: number, sdB: number, delta: number, alpha: number, power: number): number {
  if (!(sdC >= 0 && sdB >= 0)) throw new RangeError('standard deviations must be >= 0');
  const z = zSum(alpha, power);
  if (delta === 0) return Infinity;
  return (z * z * (sdC * sdC + sdB * sdB)) / (delta * delta);
}

/**
 * Samples per side to detect a difference of means `delta` (either sign):
 * n = (z_{1-alpha} + z_power)^2 (sdC^2 + sdB^2) / delta^2. Infinity when delta is 0.
 */
export function samplesForMeans(
  sdCandidate: number,
  sdBaseline: number,
  delta: number,
  alpha: number,
  power = 0.8,
): number {
  return perSide(meansRaw(sdCandidate, sdBaseline, delta, alpha, power));
}

/**
 * Samples per side for a Mann-Whitney comparison of a location shift `delta`: the means
 * formula divided by the test's efficiency under normality (i.e. times pi/3, about +5 %).
 * Heavier-tailed data would need fewer, so this errs on the side of asking for more.
 */
export function samplesForMedians(
  sdCandidate: number,
  sdBaseline: number,
  delta: number,
  alpha: number,
  power = 0.8,
): number {
  return perSide(meansRaw(sdCandidate, sdBaseline, delta, alpha, power) / MANN_WHITNEY_ARE);
}

/**
 * Samples per side to detect rates pBaseline vs pCandidate, the standard two-proportion
 * formula with the pooled variance under H0 (p̄ = mean of the two rates):
 * n = (z_{1-alpha} sqrt(2 p̄(1-p̄)) + z_power sqrt(pB(1-pB) + pC(1-pC)))^2 / (pC - pB)^2.
 * Infinity when the rates are equal.
 */
export function samplesForRates(
  pBaseline: number,
  pCandidate: number,
  alpha: number,
  power = 0.8,
): number {
  for (const [name, p] of [
    ['pBaseline', pBaseline],
    ['pCandidate', pCandidate],
  ] as const) {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`${name} must be in [0, 1], got ${p}`);
  }
  assertProbability('alpha', alpha);
  assertProbability('power', power);
  if (pBaseline === pCandidate) return Infinity;
  const zA = normalQuantile(1 - alpha, 0, 1);
  const zB = normalQuantile(power, 0, 1);
  const pBar = (pBaseline + pCandidate) / 2;
  const root =
    zA * Math.sqrt(2 * pBar * (1 - pBar)) +
    zB * Math.sqrt(pBaseline * (1 - pBaseline) + pCandidate * (1 - pCandidate));
  const delta = pCandidate - pBaseline;
  return perSide((root * root) / (delta * delta));
}
