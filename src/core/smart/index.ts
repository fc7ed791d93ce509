export { lintObjective, lintPlanObjectives, trackingKpi } from './lint.js';
export { comparePace, isPaceRealistic, MAX_PACE_OVER_TREND, type PaceComparison } from './achievable.js';
export { dayNumber, daysBetween, latestValue, leastSquaresSlopePerDay, type DatedValue } from './series.js';
export type { SmartCheck, SmartContext, SmartCriterion, SmartReport, SmartStatus } from './types.js';
