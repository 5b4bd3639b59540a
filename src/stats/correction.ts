/** Multiple-testing adjustment: Holm's step-down (family-wise error), Benjamini-Hochberg (false discovery rate), or none. */
export type CorrectionMethod = 'holm' | 'bh' | 'none';

// Indices of `p` in ascending order of p; ties keep input order, which the monotone passes
// below make irrelevant to the result.
function ascendingOrder(p: readonly number[]): number[] {
  return p.map((_, i) => i).sort((a, b) => (p[a] as number) - (p[b] as number) || a - b);
}

/**
 * Adjusted p-values in input order. Holm: the i-th smallest (1-based) times (m - i + 1),
 * made non-decreasing along the sorted order, capped at 1. BH: the i-th smallest times m / i,
 * made non-increasing from the largest down, capped at 1, like
 * `scipy.stats.false_discovery_control(ps, method='bh')`.
 */
export function adjustPValues(pValues: readonly number[], method: CorrectionMethod): number[] {
  const m = pValues.length;
  const out = pValues.slice();
  if (method === 'none' || m === 0) return out;
  const order = ascendingOrder(pValues);
  if (method === 'holm') {
    let running = 0;
    order.forEach((idx, rank) => {
      running = Math.max(running, Math.min(1, (m - rank) * (pValues[idx] as number)));
      out[idx] = running;
    });
    return out;
  }
  let running = 1;
  for (let rank = m - 1; rank >= 0; rank--) {
    const idx = order[rank] as number;
    running = Math.min(running, (pValues[idx] as number) * (m / (rank + 1)));
    out[idx] = running;
  }
  return out;
}

/**
 * The per-test level each p-value is in effect compared with, in input order: adjusted p < alpha
 * exactly when p < level. An interval whose end is a one-sided bound at that level then excludes
 * "no change" exactly when the corrected test rejects (for a test dual to its interval).
 * Holm: a test rejected at step j (1-based) has alpha / (m - j + 1); the others have the level
 * of the step where Holm stopped, alpha / (m - k) with k rejections. BH: every test has
 * k * alpha / m with k rejections (the false-coverage-rate level of Benjamini and Yekutieli,
 * 2005), alpha / m when none. None: alpha.
 */
export function localLevels(
  pValues: readonly number[],
  alpha: number,
  method: CorrectionMethod,
): number[] {
  const m = pValues.length;
  if (method === 'none' || m === 0) return pValues.map(() => alpha);
  const adjusted = adjustPValues(pValues, method);
  const k = adjusted.filter((p) => p < alpha).length;
  if (method === 'bh') return pValues.map(() => alpha * (Math.max(1, k) / m));
  const order = ascendingOrder(pValues);
  const out = pValues.map(() => alpha / (m - k));
  // Holm rejects exactly the k smallest (in its own order): each at the level of its step.
  order.forEach((idx, rank) => {
    if ((adjusted[idx] as number) < alpha) out[idx] = alpha / (m - rank);
  });
  return out;
}
