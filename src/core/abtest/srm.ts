/**
 * Sample-ratio mismatch: does the traffic each arm received match the planned split? Pearson's
 * chi-square of the observed units against total × weight/Σweights, over the arms meant to receive
 * traffic (weight > 0), df = k − 1. A p-value below 0.001 flags a broken assignment: at that level
 * a healthy test raises a false alarm once in a thousand checks, while a real mismatch of a few
 * per cent shows up quickly in large samples.
 */
import { chiSquareSurvival } from './distributions.js';
import type { SampleRatioCheck } from './types.js';

export const srmThreshold = 0.001;

export function sampleRatioCheck(arms: readonly { units: number; weight: number }[]): SampleRatioCheck {
  const planned = arms.filter((arm) => arm.weight > 0);
  const total = planned.reduce((sum, arm) => sum + arm.units, 0);
  const weights = planned.reduce((sum, arm) => sum + arm.weight, 0);
  const df = Math.max(planned.length - 1, 0);
  // With one planned arm, or no traffic yet, there is no split to check.
  if (df === 0 || total === 0) return { chi2: 0, df, pValue: 1, detected: false };
  const chi2 = planned.reduce((sum, arm) => {
    const expected = (total * arm.weight) / weights;
    return sum + (arm.units - expected) ** 2 / expected;
  }, 0);
  const pValue = chiSquareSurvival(chi2, df);
  return { chi2, df, pValue, detected: pValue < srmThreshold };
}
