// Evaluation stores whose calls name their test case in metadata, as an evaluation script
// writes them with `pv.log_metrics(..., metadata={"case_id": case.id})`.
import type { RowSpec, StoreSpec, VersionSpec } from '../../scripts/store-writer.mjs';
import { rng } from '../analysis/memory-store.js';

/** How the candidate's evaluation differs from the baseline's. */
export interface PairedStoreOptions {
  /** Relative change of every case's quality (-0.2 = 20 % worse). */
  readonly qualityChange: number;
  /** Write the case ids (false: metadata without the key, the store of today). */
  readonly caseIds: boolean;
  readonly cases?: number;
  readonly callsPerCase?: number;
  readonly seed?: number;
}

const minutes = (start: string, m: number): string =>
  new Date(Date.parse(start) + m * 60_000).toISOString().replace('Z', '+00:00');

/** Base and head stores: `qa` 1.0.0 on the base, and a changed 1.1.0 evaluated on the same cases. */
export function pairedSpecs(o: PairedStoreOptions): { base: StoreSpec; head: StoreSpec } {
  const r = rng(o.seed ?? 42);
  const cases = o.cases ?? 30;
  const per = o.callsPerCase ?? 1;
  const base: RowSpec[] = [];
  const cand: RowSpec[] = [];
  for (let i = 0; i < cases; i++) {
    // Cases differ far more than calls of one case do: that spread is what pairing removes.
    const quality = r.normal(0.8, 0.12);
    const latency = Math.exp(r.normal(6, 0.5));
    const tokens = Math.round(300 + 200 * r.uniform());
    const ok = r.uniform() < 0.9 ? 1 : 0;
    const metadata = JSON.stringify(
      o.caseIds ? { case_id: `case-${i}`, split: 'test' } : { split: 'test' },
    );
    for (let k = 0; k < per; k++) {
      const call = (q: number, at: string): RowSpec => ({
        timestamp: at,
        model_name: 'gpt-4o',
        temperature: 0.2,
        quality_score: q + r.normal(0, 0.04),
        latency_ms: latency * Math.exp(r.normal(0, 0.05)),
        total_tokens: tokens + Math.round(r.normal(0, 5)),
        cost_eur: tokens * 1e-5,
        success: ok,
        metadata,
      });
      base.push(call(quality, minutes('2026-11-20T00:00:00Z', i * per + k)));
      cand.push(
        call(quality * (1 + o.qualityChange), minutes('2026-11-26T10:00:00Z', i * per + k)),
      );
    }
  }
  const v100: VersionSpec = {
    version: '1.0.0',
    timestamp: '2026-11-20T00:00:00+00:00',
    userPrompt: 'Answer: {question}',
    calls: [{ rows: base }],
  };
  const v110: VersionSpec = {
    version: '1.1.0',
    timestamp: '2026-11-26T10:00:00+00:00',
    userPrompt: 'Answer briefly: {question}',
    calls: [{ rows: cand }],
  };
  return {
    base: { seed: 1, prompts: [{ name: 'qa', versions: [v100] }] },
    head: { seed: 2, prompts: [{ name: 'qa', versions: [v100, v110] }] },
  };
}
