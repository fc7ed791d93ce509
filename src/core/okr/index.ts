export { confidenceTrend, FLAT_CONFIDENCE_CHANGE } from './confidence.js';
export { currentValueOfKeyResult, type CurrentValue } from './current-value.js';
export {
  clampScore,
  gradeOf,
  isOnTarget,
  keyResultProgress,
  ON_TARGET_SCORE,
  RED_BELOW,
  weightedScore,
} from './grading.js';
export { scoreKeyResult, scoreOkrObjective, scorePlanOkrs, type KeyResultEvidence } from './score.js';
export type { ConfidenceDirection, ConfidenceTrend, Grade, KeyResultScore, OkrReport, ValueOrigin } from './types.js';
