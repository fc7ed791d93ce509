/**
 * Bayesian view of the relative lift for any metric: the lift's estimate is treated as normal with
 * its delta-method variance, and combined with a normal prior (by default N(0, 0.3²): most real
 * changes move a metric by well under ±60 %), or with a flat prior (the data alone).
 */
import { expectedPositivePart, normalQuantileOf, phi } from './distributions.js';
import type { Comparison, LiftPrior } from './types.js';

export const defaultLiftPrior: LiftPrior = { mean: 0, sd: 0.3 };

export function gaussianPosterior(estimate: number, variance: number, prior: LiftPrior): { mean: number; sd: number } {
  if (prior === 'flat') return { mean: estimate, sd: Math.sqrt(variance) };
  const priorVariance = prior.sd ** 2;
  const precision = 1 / priorVariance + 1 / variance;
  return { mean: (prior.mean / priorVariance + estimate / variance) / precision, sd: Math.sqrt(1 / precision) };
}

export function gaussianBayes(
  estimate: number,
  variance: number,
  prior: LiftPrior,
  alpha: number,
): NonNullable<Comparison['gaussianBayes']> {
  const { mean, sd } = gaussianPosterior(estimate, variance, prior);
  const half = normalQuantileOf(1 - alpha / 2) * sd;
  return {
    chanceToWin: phi(mean / sd),
    ci: [mean - half, mean + half],
    // What keeping the control may lose is the lift when it is positive, and conversely.
    riskControl: expectedPositivePart(mean, sd),
    riskVariant: expectedPositivePart(-mean, sd),
  };
}
