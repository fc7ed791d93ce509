import { describe, expect, it } from 'vitest';
import { analyzeAbTest } from './analyze.js';
import type { AbTestInput, UndefinedReason } from './types.js';

/** Every number anywhere in the output is finite: no NaN or Infinity for JSON.stringify to hide. */
function expectOnlyFiniteNumbers(value: unknown, path = 'analysis'): void {
  if (typeof value === 'number') expect(Number.isFinite(value), path).toBe(true);
  else if (Array.isArray(value)) value.forEach((item, i) => expectOnlyFiniteNumbers(item, `${path}[${i}]`));
  else if (value && typeof value === 'object')
    Object.entries(value).forEach(([key, item]) => expectOnlyFiniteNumbers(item, `${path}.${key}`));
}

const conversion = (name: string, users: number, conversions: number, weight?: number) => ({
  name,
  users,
  conversions,
  ...(weight === undefined ? {} : { weight }),
});
const continuous = (name: string, n: number, mean: number, sd: number) => ({ name, n, mean, sd });

describe('analyzeAbTest: a two-arm conversion test', () => {
  // 10 % vs 11 % of 10,000 users. References from python with scipy: Welch via
  // scipy.stats.ttest_ind_from_stats(0.11, √(0.11·0.89), 10000, 0.1, √(0.09), 10000, equal_var=False);
  // the lift by the delta method and 2 * scipy.stats.t.sf; z by the pooled formula and
  // scipy.stats.norm.sf; the Beta chance by scipy.integrate.quad (see beta-bayes.test.ts); the
  // normal posterior with scipy.stats.norm; the sequential interval by its formula.
  const analysis = analyzeAbTest({
    metric: 'proportion',
    arms: [conversion('A', 10000, 1000), conversion('B', 10000, 1100)],
    sequential: {},
  });
  const [comparison] = analysis.comparisons;

  it('has exactly the keys of the JSON contract', () => {
    expect(Object.keys(analysis)).toEqual(['metric', 'alpha', 'srm', 'comparisons']);
    expect(Object.keys(analysis.srm)).toEqual(['chi2', 'df', 'pValue', 'detected']);
    expect(Object.keys(comparison ?? {})).toEqual([
      'variant',
      'defined',
      'absolute',
      'relative',
      'zTest',
      'bayes',
      'gaussianBayes',
      'sequential',
    ]);
    expect(Object.keys(comparison?.absolute ?? {})).toEqual(['estimate', 'se', 'df', 'ci', 'pValue']);
    expect(Object.keys(comparison?.gaussianBayes ?? {})).toEqual(['chanceToWin', 'ci', 'riskControl', 'riskVariant']);
  });

  it('computes every quantity', () => {
    expect(comparison?.defined).toBe(true);
    expect(comparison?.absolute.pValue).toBeCloseTo(0.02106825746873389, 12);
    expect(comparison?.absolute.ci?.[0]).toBeCloseTo(0.0015035439810862743, 12);
    expect(comparison?.relative.estimate).toBeCloseTo(0.1, 12);
    expect(comparison?.relative.pValue).toBeCloseTo(0.027889528764600578, 12);
    expect(comparison?.relative.ci?.[1]).toBeCloseTo(0.189135291855153, 12);
    expect(comparison?.zTest?.pValue).toBeCloseTo(0.021075189273797826, 12);
    // Normal approximation of the Beta chance: Φ(0.01 / 0.004335) ≈ 0.989; the exact value is checked
    // against scipy in beta-bayes.test.ts.
    expect(comparison?.bayes?.chanceToBeatControl).toBeCloseTo(0.989, 3);
    expect(comparison?.gaussianBayes?.chanceToWin).toBeCloseTo(0.9851534641203716, 12);
    expect(comparison?.sequential?.ci[0]).toBeCloseTo(-0.0422063537620854, 12);
    expect(comparison?.sequential?.pValue).toBeCloseTo(0.5490379443452067, 12);
    expect(analysis.srm).toEqual({ chi2: 0, df: 1, pValue: 1, detected: false });
  });

  it('leaves out the sequential part unless asked', () => {
    const plain = analyzeAbTest({
      metric: 'proportion',
      arms: [conversion('A', 10000, 1000), conversion('B', 10000, 1100)],
    });
    expect(plain.comparisons[0]).not.toHaveProperty('sequential');
    expect(plain.comparisons[0]?.relative).toEqual(comparison?.relative);
  });

  it('narrows its intervals with a larger α', () => {
    const loose = analyzeAbTest({
      metric: 'proportion',
      alpha: 0.2,
      arms: [conversion('A', 10000, 1000), conversion('B', 10000, 1100)],
    });
    const [lo, hi] = loose.comparisons[0]?.relative.ci ?? [0, 0];
    expect(loose.alpha).toBe(0.2);
    expect(hi - lo).toBeLessThan((comparison?.relative.ci?.[1] ?? 0) - (comparison?.relative.ci?.[0] ?? 0));
  });
});

describe('analyzeAbTest: a continuous metric', () => {
  it('has no z-test or Beta part, and the Welch results', () => {
    // Reference: scipy.stats.ttest_ind_from_stats(10.4, 3.5, 1200, 10, 3, 1000, equal_var=False).
    const analysis = analyzeAbTest({
      metric: 'mean',
      arms: [continuous('A', 1000, 10, 3), continuous('B', 1200, 10.4, 3.5)],
    });
    const comparison = analysis.comparisons[0];
    expect(Object.keys(comparison ?? {})).toEqual(['variant', 'defined', 'absolute', 'relative', 'gaussianBayes']);
    expect(comparison?.absolute.pValue).toBeCloseTo(0.003938248549217935, 12);
    expect(comparison?.relative.pValue).toBeCloseTo(0.004660892525828689, 12);
    expect(analysis.srm.df).toBe(1);
  });
});

describe('analyzeAbTest: three arms', () => {
  const analysis = analyzeAbTest({
    metric: 'proportion',
    arms: [conversion('A', 1000, 100), conversion('B', 1000, 115), conversion('C', 1000, 95)],
  });

  it('adjusts the relative lifts’ p-values', () => {
    // Raw p-values of the lifts 0.31287386053400396 and 0.6990342187532642 (2 * scipy.stats.t.sf),
    // adjusted by a plain python loop following R's p.adjust definitions.
    expect(analysis.adjusted?.holm[0]).toBeCloseTo(0.6257477210680079, 12);
    expect(analysis.adjusted?.holm[1]).toBeCloseTo(0.6990342187532642, 12);
    expect(analysis.adjusted?.bh[0]).toBeCloseTo(0.6257477210680079, 12);
    expect(analysis.adjusted?.bh[1]).toBeCloseTo(0.6990342187532642, 12);
  });

  it('gives each arm its chance of being best', () => {
    // Reference: scipy.integrate.quad of beta.pdf(x, a_i, b_i) · Π_{j≠i} beta.cdf(x, a_j, b_j).
    expect(Object.keys(analysis.probabilityBest ?? {})).toEqual(['A', 'B', 'C']);
    expect(analysis.probabilityBest?.B).toBeCloseTo(0.818733239108221, 8);
    expect(analysis.probabilityBest?.C).toBeCloseTo(0.054361273981631424, 8);
  });

  it('keeps an undefined comparison out of the family', () => {
    const withEmptyArm = analyzeAbTest({
      metric: 'proportion',
      arms: [conversion('A', 1000, 100), conversion('B', 1000, 115), conversion('C', 1000, 0)],
    });
    const raw = withEmptyArm.comparisons[0]?.relative.pValue;
    expect(withEmptyArm.adjusted).toEqual({ holm: [raw, null], bh: [raw, null] });
  });

  it('has no probability of being best for a continuous metric', () => {
    const means = analyzeAbTest({
      metric: 'mean',
      arms: [continuous('A', 100, 5, 1), continuous('B', 100, 5.2, 1), continuous('C', 100, 4.9, 1)],
    });
    expect(means.adjusted?.holm).toHaveLength(2);
    expect(means).not.toHaveProperty('probabilityBest');
  });
});

describe('analyzeAbTest: sample-ratio mismatch', () => {
  it('compares the users with the planned weights', () => {
    // Reference: scipy.stats.chisquare([5000, 5400, 5100]) → p = 0.00022778763825761366.
    const analysis = analyzeAbTest({
      metric: 'proportion',
      arms: [conversion('A', 5000, 500), conversion('B', 5400, 540), conversion('C', 5100, 510)],
    });
    expect(analysis.srm.pValue).toBeCloseTo(0.00022778763825761366, 12);
    expect(analysis.srm.detected).toBe(true);
  });
});

describe('analyzeAbTest: degenerate data', () => {
  type Case = {
    label: string;
    input: AbTestInput;
    reason: UndefinedReason;
    absoluteEstimate: number | null;
    relativeEstimate: number | null;
    absoluteInterval?: boolean;
  };
  it.each<Case>([
    {
      label: 'the control has no conversions',
      input: { metric: 'proportion', arms: [conversion('A', 500, 0), conversion('B', 500, 6)] },
      reason: 'no_conversions',
      absoluteEstimate: 0.012,
      relativeEstimate: null,
    },
    {
      label: 'the variant has no conversions',
      input: { metric: 'proportion', arms: [conversion('A', 500, 6), conversion('B', 500, 0)] },
      reason: 'no_conversions',
      absoluteEstimate: -0.012,
      relativeEstimate: -1,
    },
    {
      label: 'nobody converted at all',
      input: { metric: 'proportion', arms: [conversion('A', 40, 0), conversion('B', 40, 0)] },
      reason: 'no_conversions',
      absoluteEstimate: 0,
      relativeEstimate: null,
    },
    {
      label: 'every user of the variant converted',
      input: { metric: 'proportion', arms: [conversion('A', 30, 20), conversion('B', 30, 30)] },
      reason: 'all_converted',
      absoluteEstimate: 1 / 3,
      relativeEstimate: 0.5,
    },
    {
      label: 'the variant has one user',
      input: { metric: 'proportion', arms: [conversion('A', 300, 30), conversion('B', 1, 1)] },
      reason: 'too_few_units',
      absoluteEstimate: 0.9,
      relativeEstimate: 9,
    },
    {
      label: 'the variant has no users',
      input: { metric: 'proportion', arms: [conversion('A', 300, 30), conversion('B', 0, 0)] },
      reason: 'too_few_units',
      absoluteEstimate: null,
      relativeEstimate: null,
    },
    {
      label: 'a standard deviation of 0',
      input: { metric: 'mean', arms: [continuous('A', 50, 10, 2), continuous('B', 50, 12, 0)] },
      reason: 'zero_variance',
      absoluteEstimate: 2,
      relativeEstimate: 0.2,
    },
    {
      label: 'a control mean of 0',
      input: { metric: 'mean', arms: [continuous('A', 50, 0, 2), continuous('B', 50, 0.5, 2)] },
      reason: 'control_mean_zero',
      absoluteEstimate: 0.5,
      relativeEstimate: null,
      absoluteInterval: true,
    },
    {
      label: 'a continuous arm with one unit',
      input: { metric: 'mean', arms: [continuous('A', 1, 3, 0), continuous('B', 50, 3.5, 2)] },
      reason: 'too_few_units',
      absoluteEstimate: 0.5,
      relativeEstimate: 0.5 / 3,
    },
    {
      label: 'a continuous arm with no units',
      input: { metric: 'mean', arms: [continuous('A', 50, 3, 1), continuous('B', 0, 0, 0)] },
      reason: 'too_few_units',
      absoluteEstimate: null,
      relativeEstimate: null,
    },
  ])(
    '$label: not defined, honest parts kept, no NaN',
    ({ input, reason, absoluteEstimate, relativeEstimate, absoluteInterval }) => {
      const analysis = analyzeAbTest({ ...input, sequential: {} });
      const comparison = analysis.comparisons[0];
      expect(comparison?.defined).toBe(false);
      expect(comparison?.reason).toBe(reason);
      expect(comparison?.explanation?.fr).toMatch(/\S/);
      expect(comparison?.explanation?.en).toMatch(/\S/);
      if (absoluteEstimate === null) expect(comparison?.absolute.estimate).toBeNull();
      else expect(comparison?.absolute.estimate).toBeCloseTo(absoluteEstimate, 12);
      if (relativeEstimate === null) expect(comparison?.relative.estimate).toBeNull();
      else expect(comparison?.relative.estimate).toBeCloseTo(relativeEstimate, 12);
      expect(comparison?.absolute.ci === null).toBe(!absoluteInterval);
      expect(comparison?.relative).toMatchObject({ se: null, ci: null, pValue: null });
      expect(comparison?.gaussianBayes).toBeNull();
      expect(comparison?.sequential).toBeNull();
      // The Beta posteriors need no spread estimate: the chance stays, even from 0 conversions.
      if (input.metric === 'proportion') expect(comparison?.bayes?.chanceToBeatControl).toBeGreaterThanOrEqual(0);
      expectOnlyFiniteNumbers(analysis);
      expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
    },
  );

  it('survives JSON with three arms where most comparisons fail', () => {
    const analysis = analyzeAbTest({
      metric: 'proportion',
      arms: [conversion('A', 0, 0), conversion('B', 0, 0), conversion('C', 5, 5, 0)],
      sequential: {},
    });
    expectOnlyFiniteNumbers(analysis);
    expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
    expect(analysis.adjusted).toEqual({ holm: [null, null], bh: [null, null] });
  });
});
