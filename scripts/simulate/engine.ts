// The pure comparison engine, bundled on its own for scripts/simulate-paired.mjs: the same
// functions the CLI runs after reading a store, without the store.
export { decideFamily } from '../../src/analysis/classify.js';
export { testMetrics } from '../../src/analysis/metric-test.js';
export { testMetricsPaired } from '../../src/analysis/paired.js';
export { DEFAULT_THRESHOLDS } from '../../src/metrics.js';
