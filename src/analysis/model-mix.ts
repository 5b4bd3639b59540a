// Both sides on the same models, in other shares: a metric that differs between models then
// differs between the sides by the mix alone (a baseline mostly on a large model against a
// candidate mostly on a small one reads as a regression of the prompt). Said when a model's share
// moved by at least MIX_POINTS and Fisher's exact test is sure of it, over all models at once.
import { fisherExact } from '../stats/index.js';
import type { CallContext } from '../store/types.js';

/** A model's share must move by at least this much to be worth a word, however sure. */
export const MIX_POINTS = 0.1;
/** How sure (two-sided, Bonferroni over the models) a moved share must be. */
export const MIX_ALPHA = 0.01;

function callsByModel(contexts: readonly CallContext[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of contexts) {
    const model = c.model ?? 'unset';
    out.set(model, (out.get(model) ?? 0) + c.calls);
  }
  return out;
}

/**
 * A warning when the two sides hold the same models in clearly different shares, else null.
 * (Different model sets have their own warning.)
 */
export function modelMixWarning(
  baseline: readonly CallContext[],
  candidate: readonly CallContext[],
  names: { readonly baseline: string; readonly candidate: string; readonly both: string } = {
    baseline: 'baseline',
    candidate: 'candidate',
    both: 'the sides',
  },
): string | null {
  const b = callsByModel(baseline);
  const c = callsByModel(candidate);
  const models = [...b.keys()].sort();
  if (models.length < 2 || models.join('\0') !== [...c.keys()].sort().join('\0')) return null;
  const nb = [...b.values()].reduce((s, x) => s + x, 0);
  const nc = [...c.values()].reduce((s, x) => s + x, 0);
  const moved = models.some((m) => {
    const [xb, xc] = [b.get(m) ?? 0, c.get(m) ?? 0];
    if (Math.abs(xc / nc - xb / nb) < MIX_POINTS) return false;
    const direction = xc / nc < xb / nb ? 'less' : 'greater';
    // Two-sided at MIX_ALPHA over the models: each one-sided p against half of its share.
    return fisherExact(xc, nc, xb, nb, direction).pValue < MIX_ALPHA / (2 * models.length);
  });
  if (!moved) return null;
  const shares = (counts: Map<string, number>, n: number): string =>
    models.map((m) => `${Math.round((100 * (counts.get(m) ?? 0)) / n)} % ${m}`).join(', ');
  return `The model mix differs: ${names.baseline} ${shares(b, nb)}; ${names.candidate} ${shares(c, nc)}. A difference between ${names.both} may come from the mix rather than the prompt.`;
}
