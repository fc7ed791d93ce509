import type { Grade } from './types.js';

/** 0.7 is on target: OKRs are meant to stretch, so reaching 70 % of a key result is success. */
export const ON_TARGET_SCORE = 0.7;
/** Below 0.4 a key result or objective is in trouble. */
export const RED_BELOW = 0.4;

/**
 * Scores are ratios of measured values, so 0.7 may come out as 0.6999999999999998; a band edge
 * is reached within this tolerance.
 */
const EDGE_TOLERANCE = 1e-9;

/**
 * Fraction of the way from start to target, in either direction: for a cost per lead going from
 * 12 to 10.8, a value of 11.4 is 0.5. When start and target are equal the key result is a level
 * to hold or reach: 1 when the value is there (or beyond it, given the KPI's direction), else 0.
 */
export function keyResultProgress(
  startValue: number,
  targetValue: number,
  value: number,
  direction?: 'increase' | 'decrease',
): number {
  if (startValue !== targetValue) return (value - startValue) / (targetValue - startValue);
  if (direction === 'increase') return value >= targetValue ? 1 : 0;
  if (direction === 'decrease') return value <= targetValue ? 1 : 0;
  return value === targetValue ? 1 : 0;
}

/** Progress as a 0–1 score: overachieving one key result must not hide another's shortfall. */
export function clampScore(progress: number): number {
  return Math.min(1, Math.max(0, progress));
}

/** Red below 0.4, yellow from 0.4 to under 0.7, green from 0.7. */
export function gradeOf(score: number): Grade {
  if (score >= ON_TARGET_SCORE - EDGE_TOLERANCE) return 'green';
  if (score >= RED_BELOW - EDGE_TOLERANCE) return 'yellow';
  return 'red';
}

export function isOnTarget(score: number): boolean {
  return score >= ON_TARGET_SCORE - EDGE_TOLERANCE;
}

/**
 * Mean of the scores weighted by the key results' weights. A weight of 0 leaves a key result out;
 * when every weight is 0, the key results count equally rather than the objective having no score.
 */
export function weightedScore(items: readonly { score: number; weight: number }[]): number | null {
  if (items.length === 0) return null;
  const totalWeight = items.reduce((sum, item) => sum + item.weight, 0);
  if (totalWeight <= 0) return items.reduce((sum, item) => sum + item.score, 0) / items.length;
  return items.reduce((sum, item) => sum + item.score * item.weight, 0) / totalWeight;
}
