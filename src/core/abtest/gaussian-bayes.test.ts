import { describe, expect, it } from 'vitest';
import { gaussianBayes } from './gaussian-bayes.js';
import type { LiftPrior } from './types.js';

// References from python with scipy: the posterior N(μ, σ²) from the conjugate-normal formulas,
// chanceToWin = scipy.stats.norm.sf(0, μ, σ), ci = μ ± scipy.stats.norm.ppf(1 − α/2)·σ,
// risks by scipy.integrate.quad of x·norm.pdf(x, μ, σ) over (0, ∞) and of −x·norm.pdf over (−∞, 0).
describe('gaussianBayes', () => {
  it.each<{ label: string; estimate: number; variance: number; prior: LiftPrior; alpha: number; expected: number[] }>([
    {
      label: '+10 % lift, default prior N(0, 0.3²)',
      estimate: 0.1,
      variance: 0.045475268003608287 ** 2,
      prior: { mean: 0, sd: 0.3 },
      alpha: 0.05,
      expected: [
        0.9851534641203716, 0.009630634281615633, 0.18587703396359445, 0.09799025745012713, 0.0002364233275226881,
      ],
    },
    {
      label: 'same data, flat prior (the data alone)',
      estimate: 0.1,
      variance: 0.045475268003608287 ** 2,
      prior: 'flat',
      alpha: 0.05,
      expected: [
        0.9860609494573319, 0.010870112525621076, 0.18912988747437892, 0.10022287267691724, 0.00022287267691721544,
      ],
    },
    {
      label: '−4 % lift, prior N(0.02, 0.1²), α = 0.1',
      estimate: -0.04,
      variance: 0.03 ** 2,
      prior: { mean: 0.02, sd: 0.1 },
      alpha: 0.1,
      expected: [
        0.11130217910159623, -0.08231039273669702, 0.012218649617430952, 0.0015482452226321, 0.03659411678226514,
      ],
    },
  ])('$label', ({ estimate, variance, prior, alpha, expected }) => {
    const result = gaussianBayes(estimate, variance, prior, alpha);
    const [chance, lo, hi, riskControl, riskVariant] = expected as [number, number, number, number, number];
    expect(result.chanceToWin).toBeCloseTo(chance, 12);
    expect(result.ci[0]).toBeCloseTo(lo, 12);
    expect(result.ci[1]).toBeCloseTo(hi, 12);
    expect(result.riskControl).toBeCloseTo(riskControl, 12);
    expect(result.riskVariant).toBeCloseTo(riskVariant, 12);
  });

  it('shrinks a noisy estimate towards the prior mean', () => {
    const noisy = gaussianBayes(0.5, 0.4 ** 2, { mean: 0, sd: 0.3 }, 0.05);
    expect((noisy.ci[0] + noisy.ci[1]) / 2).toBeLessThan(0.25);
  });
});
