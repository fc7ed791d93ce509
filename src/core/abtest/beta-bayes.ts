/**
 * Bayesian view of conversion rates: each arm's rate has a Beta(1 + conversions, 1 + failures)
 * posterior (uniform prior). Probabilities that one rate beats others are one-dimensional
 * integrals, P(X > Y) = ∫ f_X(x) F_Y(x) dx, computed by Gauss–Legendre quadrature on panels one
 * posterior standard deviation wide, out to 20 of them around each posterior: the integrand is
 * smooth on every panel whatever the sample sizes (from a handful of users to a billion), so the
 * result is accurate far beyond the 1e-4 a reader needs.
 *
 * Densities are evaluated in log space relative to their mode, and normalised by the same
 * quadrature rather than by the Beta function: with a billion users the log-density is a sum of
 * terms near 10⁸ that cancel down to a few units, and its normalising constant alone would carry an
 * error of 1e-7, which the expected losses (differences of such integrals) would inherit.
 */
import betainc from '@stdlib/math-base-special-betainc';
import { normalDensity, phi } from './distributions.js';
import { integrateOverPanels } from './quadrature.js';
import type { ConversionCounts } from './proportion-tests.js';

export interface BetaDistribution {
  a: number;
  b: number;
}

export function betaPosterior(arm: ConversionCounts): BetaDistribution {
  return { a: 1 + arm.conversions, b: 1 + arm.users - arm.conversions };
}

function betaMean(d: BetaDistribution): number {
  return d.a / (d.a + d.b);
}

function betaSd(d: BetaDistribution): number {
  const total = d.a + d.b;
  return Math.sqrt((d.a * d.b) / (total * total * (total + 1)));
}

/**
 * The density up to a constant factor: exp((a − 1)·ln(x/m) + (b − 1)·ln((1 − x)/(1 − m))) around the
 * mode m, written with log1p so that it stays exact near the mode. A zero exponent contributes 0
 * (also at x = 0 or 1, where a node may round onto the boundary).
 */
function unnormalisedDensity(d: BetaDistribution): (x: number) => number {
  const mode = d.a + d.b > 2 ? (d.a - 1) / (d.a + d.b - 2) : 0.5;
  return (x) => {
    const offset = x - mode;
    const left = d.a === 1 ? 0 : (d.a - 1) * Math.log1p(offset / mode);
    const right = d.b === 1 ? 0 : (d.b - 1) * Math.log1p(-offset / (1 - mode));
    return Math.exp(left + right);
  };
}

/** E[h(X)] = ∫ g·h / ∫ g over the panels, g the unnormalised density of X. */
function expectation(d: BetaDistribution, h: (x: number) => number, breaks: readonly number[]): number {
  const g = unnormalisedDensity(d);
  return integrateOverPanels((x) => g(x) * h(x), breaks) / integrateOverPanels(g, breaks);
}

// The incomplete beta function of the numerical library drifts once both parameters pass about
// 10⁷ (errors of 1e-7 at 3·10⁷, 1e-4 at 10⁸). There the distribution is so close to normal that
// the normal cdf with Edgeworth's skewness term, F ≈ Φ(z) − φ(z)·γ(z² − 1)/6, is off by O(1/a),
// under 1e-7.
const edgeworthFrom = 1e7;

function cdf(d: BetaDistribution): (x: number) => number {
  if (Math.min(d.a, d.b) < edgeworthFrom) return (x) => betainc(x, d.a, d.b, true, false);
  const mean = betaMean(d);
  const sd = betaSd(d);
  const total = d.a + d.b;
  const skewness = (2 * (d.b - d.a) * Math.sqrt(total + 1)) / ((total + 2) * Math.sqrt(d.a * d.b));
  return (x) => {
    const z = (x - mean) / sd;
    return clamp01(phi(z) - (normalDensity(z) * skewness * (z * z - 1)) / 6);
  };
}

// Beyond 20 standard deviations every Beta with a, b ≥ 1 has less than e⁻²¹ ≈ 1e-9 of its mass.
const reach = 20;

/** Panel boundaries: 0, 1, and every whole number of standard deviations around each posterior. */
function panelBreaks(distributions: readonly BetaDistribution[]): number[] {
  const points = [0, 1];
  for (const d of distributions) {
    const mean = betaMean(d);
    const sd = betaSd(d);
    for (let k = -reach; k <= reach; k++) {
      const x = mean + k * sd;
      if (x > 0 && x < 1) points.push(x);
    }
  }
  points.sort((p, q) => p - q);
  return points.filter((x, i) => i === 0 || x > (points[i - 1] as number));
}

/** P(X > Y) for independent Beta variables. */
export function probabilityGreater(x: BetaDistribution, y: BetaDistribution): number {
  return clamp01(expectation(x, cdf(y), panelBreaks([x, y])));
}

export interface BetaComparison {
  chanceToBeatControl: number;
  /** E[max(p_A − p_B, 0)]: the rate lost, on average, by shipping a variant that is worse. */
  expectedLossVariant: number;
  /** E[max(p_B − p_A, 0)]: the rate lost, on average, by keeping a control that is worse. */
  expectedLossControl: number;
}

/**
 * Chance to beat the control and both expected losses. E[p_A·1{p_A > p_B}] = E[p_A]·P(A′ > B)
 * with A′ ~ Beta(a_A + 1, b_A), since x·f_A(x) is E[p_A] times the density of A′; so
 * E[max(p_A − p_B, 0)] = E[p_A]·P(A′ > B) − E[p_B]·P(A > B′), and the two losses differ by exactly
 * E[p_B] − E[p_A]. Only the smaller loss is integrated: its probabilities are the small ones, whose
 * rounding stays small, where the larger loss would be a difference of two numbers near 1.
 */
export function compareBetas(control: BetaDistribution, variant: BetaDistribution): BetaComparison {
  const shifted = (d: BetaDistribution): BetaDistribution => ({ a: d.a + 1, b: d.b });
  const meanA = betaMean(control);
  const meanB = betaMean(variant);
  const chance = probabilityGreater(variant, control);
  let lossVariant: number;
  let lossControl: number;
  if (chance >= 0.5) {
    lossVariant =
      meanA * probabilityGreater(shifted(control), variant) - meanB * probabilityGreater(control, shifted(variant));
    lossControl = lossVariant + meanB - meanA;
  } else {
    lossControl =
      meanB * probabilityGreater(shifted(variant), control) - meanA * probabilityGreater(variant, shifted(control));
    lossVariant = lossControl + meanA - meanB;
  }
  return {
    chanceToBeatControl: chance,
    expectedLossVariant: Math.max(0, lossVariant),
    expectedLossControl: Math.max(0, lossControl),
  };
}

/** For each arm, P(its rate is the highest) = ∫ f_i(x) Π_{j≠i} F_j(x) dx. */
export function probabilityBest(distributions: readonly BetaDistribution[]): number[] {
  const breaks = panelBreaks(distributions);
  const cdfs = distributions.map(cdf);
  const othersBelow = (i: number) => (x: number) =>
    cdfs.reduce((product, f, j) => (j === i || product === 0 ? product : product * f(x)), 1);
  return distributions.map((d, i) => clamp01(expectation(d, othersBelow(i), breaks)));
}

function clamp01(p: number): number {
  return Math.min(1, Math.max(0, p));
}
