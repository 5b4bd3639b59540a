// Public API of the statistics layer: pure functions, no I/O.
export type { Alternative, Interval } from './types.js';
export {
  mean,
  median,
  medianOfSorted,
  quantile,
  quantilesInPlace,
  sortAscending,
  sortedCopy,
  variance,
} from './describe.js';
export { welch, welchTTest, type Welch, type WelchResult } from './welch.js';
export {
  HL_EXACT_MAX_PAIRS,
  hodgesLehmann,
  mannWhitneyU,
  mannWhitneyUs,
  sortedSides,
  type HodgesLehmannResult,
  type MannWhitneyResult,
  type SortedSides,
} from './mann-whitney.js';
export { fisherExact, newcombeInterval, type FisherResult } from './fisher.js';
export { normalQuantile } from './dists.js';
export { adjustPValues, localLevels, type CorrectionMethod } from './correction.js';
export { MANN_WHITNEY_ARE, samplesForMeans, samplesForMedians, samplesForRates } from './power.js';
export { mannKendall, type MannKendallResult } from './mann-kendall.js';
export { pairedTTest, type PairedTResult } from './paired-t.js';
export { caseDifferences, ROUNDING_TOLERANCE } from './case-differences.js';
export {
  walshInterval,
  walshReach,
  wilcoxonSignedRank,
  type WalshResult,
  type WilcoxonResult,
} from './wilcoxon.js';
export { mcnemarExact, type McNemarResult } from './mcnemar.js';
export {
  stratifiedExact,
  stratifiedInterval,
  stratifiedLean,
  stratifiedT,
  stratifiedTails,
  type StratifiedInterval,
  type StratifiedResult,
  type Stratum,
} from './stratified.js';
export { casesForDifferences, casesForMcNemar } from './paired-power.js';
export {
  dayLevelInterval,
  dayLevelShift,
  dayLevelTest,
  momentsOf,
  shiftPValue,
  varianceComponents,
  type DayLevelResult,
  type DayLevelShift,
  type DayMoments,
  type VarianceComponents,
} from './day-level.js';
