/**
 * The few distribution functions the A/B analysis needs, each written so that small tail
 * probabilities keep their digits: an upper tail is computed as a lower tail of the mirrored
 * value (or by the upper incomplete gamma function), never as 1 − cdf, which would round every
 * p-value below about 1e-16 to 0 and leave nothing to compare.
 */
import gammainc from '@stdlib/math-base-special-gammainc';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/** Standard normal cumulative distribution Φ(x). */
export function phi(x: number): number {
  return normalCdf(x, 0, 1);
}

/** Standard normal density φ(x). */
export function normalDensity(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}

/** Φ⁻¹(p): the standard normal quantile. */
export function normalQuantileOf(p: number): number {
  return normalQuantile(p, 0, 1);
}

/** Two-sided p-value of a standard normal statistic: 2·Φ(−|z|). */
export function normalTwoSidedP(z: number): number {
  return Math.min(1, 2 * phi(-Math.abs(z)));
}

/** Two-sided p-value of a Student-t statistic with `df` degrees of freedom: 2·T(−|t|). */
export function studentTwoSidedP(t: number, df: number): number {
  return Math.min(1, 2 * tCdf(-Math.abs(t), df));
}

// Past 1e12 degrees of freedom the t and normal quantiles agree to 1e-12, and the t quantile
// of the numerical library breaks down (it returns 0 from about 1e17).
const normalLimitDf = 1e12;

/** The Student-t quantile, falling back to the normal one where the two are indistinguishable. */
export function studentQuantile(p: number, df: number): number {
  return df > normalLimitDf ? normalQuantileOf(p) : tQuantile(p, df);
}

/** Chi-square survival function P(X > x) with `df` degrees of freedom (upper regularized gamma). */
export function chiSquareSurvival(x: number, df: number): number {
  if (x <= 0) return 1;
  return gammainc(x / 2, df / 2, true, true);
}

/**
 * E[max(X, 0)] for X ~ N(μ, σ²): μΦ(μ/σ) + σφ(μ/σ). The mirrored expectation E[max(−X, 0)] is the
 * same function of −μ. Both stay non-negative when μΦ(μ/σ) rounds against σφ(μ/σ).
 */
export function expectedPositivePart(mu: number, sigma: number): number {
  if (sigma === 0) return Math.max(mu, 0);
  const ratio = mu / sigma;
  return Math.max(0, mu * phi(ratio) + sigma * normalDensity(ratio));
}
