import { describe, expect, it } from 'vitest';
import { sampleRatioCheck } from './srm.js';

describe('sampleRatioCheck', () => {
  // References: scipy.stats.chisquare(observed, f_exp=expected) on the arms with a positive weight.
  it.each([
    ['50/50 split, 5,000 vs 5,200', [5000, 5200], [1, 1], 3.9215686274509802, 1, 0.0476703806561615, false],
    ['weights on any scale', [5000, 5150], [50, 50], 2.2167487684729066, 1, 0.13652028764557886, false],
    ['a 1:1:2 split', [1000, 1000, 2100], [1, 1, 2], 2.4390243902439024, 2, 0.2953742167708394, false],
    ['a mismatch, p below 0.001', [5000, 5400, 5100], [1, 1, 1], 16.774193548387093, 2, 0.00022778763825761366, true],
    ['an arm of weight 0 left out', [5000, 5200, 37], [1, 1, 0], 3.9215686274509802, 1, 0.0476703806561615, false],
  ])('%s', (_label, units, weights, chi2, df, pValue, detected) => {
    const check = sampleRatioCheck(units.map((u, i) => ({ units: u, weight: weights[i] as number })));
    expect(check.chi2).toBeCloseTo(chi2, 10);
    expect(check.df).toBe(df);
    expect(check.pValue).toBeCloseTo(pValue, 12);
    expect(check.detected).toBe(detected);
  });

  it('has nothing to check without traffic or with one planned arm', () => {
    expect(
      sampleRatioCheck([
        { units: 0, weight: 1 },
        { units: 0, weight: 1 },
      ]),
    ).toEqual({ chi2: 0, df: 1, pValue: 1, detected: false });
    expect(
      sampleRatioCheck([
        { units: 10, weight: 1 },
        { units: 10, weight: 0 },
      ]),
    ).toEqual({ chi2: 0, df: 0, pValue: 1, detected: false });
  });
});
