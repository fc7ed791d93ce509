import { describe, expect, it } from 'vitest';
import { normalQuantileOf } from './distributions.js';
import { alwaysValid } from './sequential.js';

describe('alwaysValid', () => {
  // References: the spec's formulas evaluated in python (math.log/exp/sqrt), with
  // ρ² = (−2 ln α + ln(−2 ln α + 1)) / N* and s² = var·N.
  it.each([
    [0.1, 0.045475268003608287 ** 2, 20000, 0.05, 5000, -0.0422063537620854, 0.2422063537620854, 0.5490379443452067],
    [0.05, 0.01 ** 2, 200000, 0.1, 10000, 0.019131601042446825, 0.08086839895755318, 4.642561056022042e-5],
  ])('lift %s, var %s, N %s, α %s, N* %s', (estimate, variance, units, alpha, tuning, lo, hi, p) => {
    const result = alwaysValid(estimate, variance, units, alpha, tuning);
    expect(result.ci[0]).toBeCloseTo(lo, 12);
    expect(result.ci[1]).toBeCloseTo(hi, 12);
    expect(Math.abs(result.pValue - p)).toBeLessThan(1e-12 + 1e-9 * p);
  });

  it('puts an estimate on the edge of its interval exactly when its p-value is α', () => {
    for (const [variance, units, alpha, tuning] of [
      [0.002, 20000, 0.05, 5000],
      [0.5, 300, 0.01, 5000],
      [1e-5, 4_000_000, 0.1, 100_000],
    ] as const) {
      const halfWidth = alwaysValid(0, variance, units, alpha, tuning).ci[1];
      expect(alwaysValid(halfWidth, variance, units, alpha, tuning).pValue).toBeCloseTo(alpha, 12);
      expect(alwaysValid(-halfWidth, variance, units, alpha, tuning).pValue).toBeCloseTo(alpha, 12);
      expect(alwaysValid(halfWidth * 1.01, variance, units, alpha, tuning).pValue).toBeLessThan(alpha);
    }
  });

  it('is wider than the fixed-horizon interval: the price of peeking', () => {
    const variance = 0.002;
    const half = alwaysValid(0.1, variance, 20000, 0.05).ci[1] - 0.1;
    expect(half).toBeGreaterThan(normalQuantileOf(0.975) * Math.sqrt(variance));
  });

  it('keeps a p-value near 1e-134 with its digits', () => {
    // Reference: the same formula's logarithm in python, exp(−308.00676809505234).
    const p = alwaysValid(0.25, 1e-4, 100_000, 0.05).pValue;
    expect(Math.abs(p - 1.7153795466797227e-134)).toBeLessThan(1e-9 * 1.7153795466797227e-134);
  });
});
