import type { Selection } from './analysis/select.js';
import type { Config } from './config/config.js';
import type { CompareRequest, HealthRequest, StoreInput } from './engine.js';

/** A comparison request from the settings; `fail-on` defaults to `regressed`. */
export function compareRequest(
  config: Config,
  o: { head: StoreInput; base: StoreInput | null; selection?: Selection; generatedAt: string },
): CompareRequest {
  return {
    kind: 'compare',
    head: o.head,
    base: o.base,
    ...(o.selection ? { selection: o.selection } : {}),
    options: config.analysis,
    failOn: config.failOn ?? 'regressed',
    generatedAt: o.generatedAt,
    maxStoreBytes: config.maxStoreBytes,
  };
}

/** A health request from the settings; a scheduled report alerts rather than fails by default. */
export function healthRequest(config: Config, store: StoreInput, now: string): HealthRequest {
  return {
    kind: 'health',
    store,
    options: config.analysis,
    health: config.health,
    failOn: config.failOn ?? 'never',
    now,
    maxStoreBytes: config.maxStoreBytes,
  };
}
