import { normalQuantile } from './dists.js';
import { MANN_WHITNEY_ARE } from './power.js';

// Matched cases needed by the paired tests, one-sided at level alpha with the given power;
// like the unpaired sizes in power.ts they answer "how many would settle it", rounded up and
// never below 2.

function zSum(alpha: number, power: number): [number, number] {
  for (const [name, v] of [
    ['alpha', alpha],
    ['power', power],
  ] as const) {
    if (!(v > 0 && v < 1))
      throw new RangeError(`${name} must be strictly between 0 and 1, got ${v}`);
  }
  return [normalQuantile(1 - alpha, 0, 1), normalQuantile(power, 0, 1)];
}

const cases = (n: number): number => (n === Infinity ? Infinity : Math.max(2, Math.ceil(n)));

/**
 * Matched cases for the paired t-test to detect a mean difference `delta`, given the standard
 * deviation of the per-case differences: n = (z_{1-alpha} + z_power)^2 sd^2 / delta^2.
 * `rankTest`: for the signed-rank test, divided by its efficiency under normality (3/pi).
 */
export function casesForDifferences(
  sdDifference: number,
  delta: number,
  alpha: number,
  power = 0.8,
  rankTest = false,
): number {
  if (!(sdDifference >= 0)) throw new RangeError('the standard deviation must be >= 0');
  const [za, zb] = zSum(alpha, power);
  if (delta === 0) return Infinity;
  const n = ((za + zb) ** 2 * sdDifference ** 2) / delta ** 2;
  return cases(rankTest ? n / MANN_WHITNEY_ARE : n);
}

/**
 * Matched cases for McNemar's test to detect a difference of rates `delta` when a share
 * `discordance` of cases differ between the sides (Connor 1987):
 * n = (z_{1-alpha} sqrt(psi) + z_power sqrt(psi - delta^2))^2 / delta^2, with psi raised to
 * |delta| at least (a difference of delta needs that many discordant cases).
 */
export function casesForMcNemar(
  discordance: number,
  delta: number,
  alpha: number,
  power = 0.8,
): number {
  if (!(discordance >= 0 && discordance <= 1)) {
    throw new RangeError(`discordance must be in [0, 1], got ${discordance}`);
  }
  const [za, zb] = zSum(alpha, power);
  if (delta === 0) return Infinity;
  const psi = Math.max(discordance, Math.abs(delta));
  return cases((za * Math.sqrt(psi) + zb * Math.sqrt(psi - delta * delta)) ** 2 / delta ** 2);
}
