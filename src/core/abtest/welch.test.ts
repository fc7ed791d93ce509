import { describe, expect, it } from 'vitest';
import { absoluteDifference, relativeLift, type ArmSummary } from './welch.js';

const arm = (units: number, mean: number, sd: number): ArmSummary => ({ units, mean, variance: sd * sd });

function expectClose(actual: number | null, expected: number, relative = 1e-9): void {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));
}

// Reference values from python with scipy: p of the absolute difference is
// scipy.stats.ttest_ind_from_stats(mB, sdB, nB, mA, sdA, nA, equal_var=False).pvalue; its df, se and
// CI from the Welch–Satterthwaite formula with scipy.stats.t.ppf(1 − α/2, df); the relative lift's
// se from the delta-method formula and its p-value from 2 * scipy.stats.t.sf(|est/se|, df).
describe('Welch estimates', () => {
  it.each([
    {
      label: 'large continuous arms',
      control: arm(1000, 10, 3),
      variant: arm(1200, 10.4, 3.5),
      alpha: 0.05,
      absolute: {
        se: 0.13859413166989912,
        df: 2196.253194129609,
        ci: [0.12821071061058353, 0.6717892893894172],
        p: 0.003938248549217935,
      },
      relative: {
        est: 0.04,
        se: 0.014121874285424486,
        ci: [0.012306373071957439, 0.06769362692804264],
        p: 0.004660892525828689,
      },
    },
    {
      label: 'small arms (t far from normal)',
      control: arm(5, 20, 4),
      variant: arm(7, 26, 6),
      alpha: 0.05,
      absolute: {
        se: 2.888400447108597,
        df: 9.98875351452671,
        ci: [-0.43673959136306895, 12.436739591363068],
        p: 0.06452314622321972,
      },
      relative: {
        est: 0.3,
        se: 0.16241041486660532,
        ci: [-0.06192819055545429, 0.6619281905554543],
        p: 0.0945155745725361,
      },
    },
    {
      label: 'negative means, α = 0.1 (the lift divides by |m_A|)',
      control: arm(8, -5, 2),
      variant: arm(9, -4, 2.5),
      alpha: 0.1,
      absolute: {
        se: 1.092906420717,
        df: 14.862064016075784,
        ci: [-0.9170883546137569, 2.9170883546137567],
        p: 0.3748033159557322,
      },
      relative: {
        est: 0.2,
        se: 0.2014392657298417,
        ci: [-0.15334852387386894, 0.5533485238738689],
        p: 0.33667130041921883,
      },
    },
    {
      label: 'conversion rates 10 % vs 11 % of 10,000 (per-unit variance p(1 − p))',
      control: arm(10000, 0.1, Math.sqrt(0.1 * 0.9)),
      variant: arm(10000, 0.11, Math.sqrt(0.11 * 0.89)),
      alpha: 0.05,
      absolute: {
        se: 0.004334743360338649,
        df: 19962.712558123225,
        ci: [0.0015035439810862743, 0.018496456018913716],
        p: 0.02106825746873389,
      },
      relative: {
        est: 0.1,
        se: 0.04547526800360829,
        ci: [0.010864708144846927, 0.189135291855153],
        p: 0.027889528764600578,
      },
    },
  ])('$label', ({ control, variant, alpha, absolute, relative }) => {
    const abs = absoluteDifference(control, variant, alpha);
    expectClose(abs.estimate, variant.mean - control.mean, 1e-12);
    expectClose(abs.se, absolute.se);
    expectClose(abs.df, absolute.df);
    expectClose(abs.ci?.[0] ?? null, absolute.ci[0] as number);
    expectClose(abs.ci?.[1] ?? null, absolute.ci[1] as number);
    expectClose(abs.pValue, absolute.p, 1e-8);
    const rel = relativeLift(control, variant, alpha);
    expectClose(rel.estimate, relative.est, 1e-12);
    expectClose(rel.se, relative.se);
    expect(rel.df).toBe(abs.df);
    expectClose(rel.ci?.[0] ?? null, relative.ci[0] as number);
    expectClose(rel.ci?.[1] ?? null, relative.ci[1] as number);
    expectClose(rel.pValue, relative.p, 1e-8);
  });

  it('keeps p-values near 1e-130 exact instead of rounding them to 0', () => {
    // Means 10 and 11, sd 2, 5,000 units each: t = 25. References: ttest_ind_from_stats(...,
    // equal_var=False).pvalue for the difference, 2 * scipy.stats.t.sf(|est/se|, 9998) for the lift.
    const abs = absoluteDifference(arm(5000, 10, 2), arm(5000, 11, 2), 0.05);
    const rel = relativeLift(arm(5000, 10, 2), arm(5000, 11, 2), 0.05);
    expectClose(abs.pValue, 7.4568084087824725e-134, 1e-8);
    expectClose(rel.pValue, 1.1599656481249915e-121, 1e-8);
  });
});
