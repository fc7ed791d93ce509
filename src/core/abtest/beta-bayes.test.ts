import { describe, expect, it } from 'vitest';
import { betaPosterior, compareBetas, probabilityBest, probabilityGreater } from './beta-bayes.js';

const posterior = (users: number, conversions: number) => betaPosterior({ users, conversions });

// References from python with scipy, Beta(1 + conversions, 1 + failures) posteriors:
// - chance: scipy.integrate.quad(lambda x: beta.pdf(x, aB, bB) * beta.cdf(x, aA, bA), …), checked
//   against Evan Miller's exact sum Σ_{i<aB} exp(betaln(aA+i, bA+bB) − ln(bB+i) − betaln(1+i, bB)
//   − betaln(aA, bA)) with scipy.special.betaln (over 100,801 terms for 1e6 users, agreeing to 1e-9);
// - losses: nested scipy.integrate.quad of E[max(p_A − p_B, 0)] = ∫ f_A(x) ∫_0^x (x − y) f_B(y) dy dx,
//   and the same with the arms swapped.
// With a million users a posterior is a spike 3e-4 wide: quad's range was cut at every standard
// deviation of both posteriors (unbroken, quad missed the spike and answered 5e-83 for 0.48).
describe('compareBetas', () => {
  it.each([
    [100, 10, 100, 15, 0.8532837899338429, 0.0035780881307110445, 0.05259769597384832],
    [20, 0, 20, 3, 0.9465290806754224, 0.002204403650801835, 0.13856804001443807],
    [1000, 5, 1000, 4, 0.3766447363777238, 0.0018464406406308131, 0.0008484366486148451],
    [10, 5, 1000, 1, 2.190706454986591e-12, 0.49800399201596895, 2.6568277418775764e-15],
    [1_000_000, 100_000, 1_000_000, 100_800, 0.970100575750458, 4.919086516738096e-6, 0.0008049174865199513],
    [2000, 200, 1_000_000, 100_000, 0.4841994119894225, 0.002882118276003625, 0.0024833178748032182],
  ])('%i users / %i conversions vs %i / %i', (usersA, convA, usersB, convB, chance, lossVariant, lossControl) => {
    const result = compareBetas(posterior(usersA, convA), posterior(usersB, convB));
    expect(Math.abs(result.chanceToBeatControl - chance)).toBeLessThan(1e-7);
    expect(Math.abs(result.expectedLossVariant - lossVariant)).toBeLessThan(1e-9);
    expect(Math.abs(result.expectedLossControl - lossControl)).toBeLessThan(1e-9);
  });

  // Up to a billion users, where the numerical library's incomplete beta function drifts (1e-4 at
  // 10⁸ conversions) and the normal cdf with a skewness term takes over. References: the same
  // panel-split scipy.integrate.quad (scipy.special.betainc holds there), nested quad for the losses;
  // for a control where everybody converted, A ~ Beta(α, 1) has F_A(x) = x^α, so exactly
  // P(B > A) = E[B^α] = B(a_B + α, b_B)/B(a_B, b_B) and E[max(B − A, 0)] = E[B^(α+1)]/(α + 1)
  // (mpmath.beta at 50 digits).
  it.each([
    [1e9, 1e8, 1e9, 100_005_000, 0.6453044010262734, 3.2198773831369353e-6, 8.219877373132277e-6],
    [1e8, 3e7, 1e8, 30_020_000, 0.9989848819211787, null, null],
    [1e9, 2e6, 1e9, 2_003_000, 0.9333145224205759, null, null],
    [5e7, 5e7, 5e7, 49_999_990, 0.0004882809814453635, 2.000097576181644e-7, 9.765618164064417e-12],
  ])('%s users / %s conversions vs %s / %s', (usersA, convA, usersB, convB, chance, lossVariant, lossControl) => {
    const result = compareBetas(posterior(usersA, convA), posterior(usersB, convB));
    expect(Math.abs(result.chanceToBeatControl - chance)).toBeLessThan(1e-7);
    if (lossVariant !== null) expect(Math.abs(result.expectedLossVariant - lossVariant)).toBeLessThan(1e-12);
    if (lossControl !== null) expect(Math.abs(result.expectedLossControl - lossControl)).toBeLessThan(1e-12);
  });

  it('gives complementary chances, both ways round, at every scale', () => {
    for (const [users, a, b] of [
      [50, 3, 7],
      [100_000, 2_000, 2_100],
      [5_000_000, 1_000_000, 1_001_000],
    ] as const) {
      const sum =
        probabilityGreater(posterior(users, a), posterior(users, b)) +
        probabilityGreater(posterior(users, b), posterior(users, a));
      expect(sum).toBeCloseTo(1, 9);
    }
  });

  it('treats identical arms as a coin toss, with equal losses', () => {
    const result = compareBetas(posterior(3000, 150), posterior(3000, 150));
    expect(result.chanceToBeatControl).toBeCloseTo(0.5, 9);
    expect(result.expectedLossVariant).toBeCloseTo(result.expectedLossControl, 12);
  });

  it('works from no data at all (two uniform priors)', () => {
    // Two independent uniforms: P = 1/2, E[max(U − V, 0)] = 1/6.
    const result = compareBetas(posterior(0, 0), posterior(0, 0));
    expect(result.chanceToBeatControl).toBeCloseTo(0.5, 10);
    expect(result.expectedLossVariant).toBeCloseTo(1 / 6, 10);
  });
});

describe('probabilityBest', () => {
  // Reference: scipy.integrate.quad of beta.pdf(x, a_i, b_i) · Π_{j≠i} beta.cdf(x, a_j, b_j).
  it('gives each of three arms its chance of having the highest rate', () => {
    const chances = probabilityBest([posterior(1000, 100), posterior(1000, 115), posterior(1000, 95)]);
    [0.12690548691014786, 0.818733239108221, 0.054361273981631424].forEach((expected, i) =>
      expect(Math.abs((chances[i] as number) - expected)).toBeLessThan(1e-8),
    );
  });

  it('sums to 1 when one arm is far more precise than the others', () => {
    const chances = probabilityBest([
      posterior(50, 5),
      posterior(2_000_000, 210_000),
      posterior(300, 33),
      posterior(0, 0),
    ]);
    expect(chances.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 8);
  });
});
