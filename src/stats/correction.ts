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
