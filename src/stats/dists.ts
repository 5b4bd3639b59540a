// stdlib's distribution functions, each loaded when it is first called. Their modules (some 440
// of them, 0.45 MB of the worker's 0.67 MB bundle) took 20-30 ms to evaluate at every start of
// the worker, although a summary calls none of them and most runs only one or two.
//
// A literal `require('…')` is what the bundler turns into a module it evaluates on the first
// call; the tests' module runner gives the sources a `require` of its own.
import type HypergeometricCdf from '@stdlib/stats-base-dists-hypergeometric-cdf';
import type HypergeometricPmf from '@stdlib/stats-base-dists-hypergeometric-pmf';
import type NormalCdf from '@stdlib/stats-base-dists-normal-cdf';
import type NormalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import type TCdf from '@stdlib/stats-base-dists-t-cdf';
import type TQuantile from '@stdlib/stats-base-dists-t-quantile';

declare const require: (id: string) => unknown;

/** A function loaded once, on its first call. */
function lazy<F>(load: () => unknown): () => F {
  let fn: F | undefined;
  return () => (fn ??= load() as F);
}

const normalCdfFn = lazy<typeof NormalCdf>(() => require('@stdlib/stats-base-dists-normal-cdf'));
const normalQuantileFn = lazy<typeof NormalQuantile>(() =>
  require('@stdlib/stats-base-dists-normal-quantile'),
);
const tCdfFn = lazy<typeof TCdf>(() => require('@stdlib/stats-base-dists-t-cdf'));
const tQuantileFn = lazy<typeof TQuantile>(() => require('@stdlib/stats-base-dists-t-quantile'));
const hypergeometricCdfFn = lazy<typeof HypergeometricCdf>(() =>
  require('@stdlib/stats-base-dists-hypergeometric-cdf'),
);
const hypergeometricPmfFn = lazy<typeof HypergeometricPmf>(() =>
  require('@stdlib/stats-base-dists-hypergeometric-pmf'),
);

/** P(X <= x) for X ~ Normal(mu, sigma). */
export const normalCdf = (x: number, mu: number, sigma: number): number =>
  normalCdfFn()(x, mu, sigma);

/** The p-quantile of Normal(mu, sigma). */
export const normalQuantile = (p: number, mu: number, sigma: number): number =>
  normalQuantileFn()(p, mu, sigma);

/** P(T <= t) for Student's t with v degrees of freedom. */
export const tCdf = (t: number, v: number): number => tCdfFn()(t, v);

/** The p-quantile of Student's t with v degrees of freedom. */
export const tQuantile = (p: number, v: number): number => tQuantileFn()(p, v);

/** P(X <= x) for X ~ Hypergeometric(population N, K successes in it, n drawn). */
export const hypergeometricCdf = (x: number, N: number, K: number, n: number): number =>
  hypergeometricCdfFn()(x, N, K, n);

/** P(X = x) for X ~ Hypergeometric(population N, K successes in it, n drawn). */
export const hypergeometricPmf = (x: number, N: number, K: number, n: number): number =>
  hypergeometricPmfFn()(x, N, K, n);
