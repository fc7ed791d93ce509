/** A/B test statistics: analysis of results, its verdict in words, and planning. */
export { analyzeAbTest, defaultAlpha } from './analyze.js';
export { describeAnalysis } from './verdict.js';
export { sampleSize, detectableEffect, testDurationDays, type DetectableEffectInput } from './sample-size.js';
export { combineDailyResults, type CombinedArmResult, type DailyResultRow } from './combine.js';
export { AbTestInputError, validateAbTestInput } from './validate.js';
export { srmThreshold } from './srm.js';
export {
  analyseArms,
  analysePlanExperiment,
  controlFirst,
  metricOfExperiment,
  type ArmResults,
  type PlanExperimentAnalysis,
} from './arms.js';
export type * from './types.js';
