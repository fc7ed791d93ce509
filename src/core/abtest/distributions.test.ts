import { describe, expect, it } from 'vitest';
import {
  chiSquareSurvival,
  expectedPositivePart,
  normalTwoSidedP,
  studentQuantile,
  studentTwoSidedP,
} from './distributions.js';

/** |actual − expected| ≤ tolerance·|expected|: the way to compare p-values spread over 300 decades. */
function expectRelativelyClose(actual: number, expected: number, tolerance = 1e-9): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

describe('tail probabilities keep their digits far below 1e-16', () => {
  // Reference: 2 * scipy.stats.t.sf(t, df).
  it.each([
    [30, 1000, 1.5374687444043095e-141],
    [25, 50, 6.426665413887115e-30],
    [3, 7, 0.019942126131992536],
    [0.5, 2.5, 0.6576979198697148],
  ])('Student t = %f with %f df → two-sided p %s', (t, df, p) => {
    expectRelativelyClose(studentTwoSidedP(t, df), p);
    expectRelativelyClose(studentTwoSidedP(-t, df), p);
  });

  // Reference: 2 * scipy.stats.norm.sf(z).
  it.each([
    [1.96, 0.04999579029644087],
    [25, 6.113393412765122e-138],
    [37, 1.1451142445047853e-299],
  ])('normal z = %f → two-sided p %s', (z, p) => {
    expectRelativelyClose(normalTwoSidedP(z), p);
  });

  // Reference: scipy.stats.chi2.sf(x, df).
  it.each([
    [3.9215686274509802, 1, 0.0476703806561615],
    [500, 2, 2.6691902155412655e-109],
    [700, 3, 2.0991308534204487e-151],
    [0.5, 4, 0.9735009788392561],
  ])('chi-square %f with %i df → survival %s', (x, df, p) => {
    expectRelativelyClose(chiSquareSurvival(x, df), p);
  });

  it('a statistic of 0 has p-value 1, not more', () => {
    expect(studentTwoSidedP(0, 10)).toBe(1);
    expect(normalTwoSidedP(0)).toBe(1);
    expect(chiSquareSurvival(0, 3)).toBe(1);
  });
});

describe('studentQuantile', () => {
  // Reference: scipy.stats.t.ppf(p, df); past 1e12 df the normal quantile stands in.
  it.each([
    [0.975, 9.98875351452671, 2.2284789485497067],
    [0.95, 1e13, 1.6448536269516245],
    [0.975, 1e20, 1.959963984540054],
  ])('p = %f, df = %s → %f', (p, df, q) => {
    expectRelativelyClose(studentQuantile(p, df), q, 1e-10);
  });
});

describe('expectedPositivePart', () => {
  // Reference: scipy.integrate.quad(lambda x: x * norm.pdf(x, mu, sigma), 0, inf) (mu, sigma: the
  // posterior of a +10 % lift with se 0.0455 under the N(0, 0.3²) prior).
  it.each([
    [0.09775383412260504, 0.04496164242613332, 0.09799025745012713],
    [-0.09775383412260504, 0.04496164242613332, 0.0002364233275226881],
  ])('E[max(X, 0)] for N(%f, %f²) = %f', (mu, sigma, expected) => {
    expect(expectedPositivePart(mu, sigma)).toBeCloseTo(expected, 12);
  });

  it('is the positive part itself without spread, and never negative deep in the tail', () => {
    expect(expectedPositivePart(0.3, 0)).toBe(0.3);
    expect(expectedPositivePart(-0.3, 0)).toBe(0);
    expect(expectedPositivePart(-50, 1)).toBeGreaterThanOrEqual(0);
  });
});
