// The threshold-unit change every test shares lives beside the metrics' specs, which the
// report's checks of a fork's report read too.
export { toWorse } from '../metrics.js';
