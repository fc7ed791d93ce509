import { describe, expect, it } from 'vitest';
import { emptyPlan } from '../shared/empty-plan.js';
import type { Experiment } from '../plan.js';
import { analyseArms, analysePlanExperiment, type ArmResults } from './arms.js';
import { combineDailyResults } from './combine.js';

const arm = (name: string, users: number, conversions: number, weight = 1): ArmResults => ({
  name,
  weight,
  totals: combineDailyResults('proportion', users > 0 ? [{ users, conversions }] : []),
});

describe('analyseArms', () => {
  it.each<[string, ArmResults[], boolean]>([
    ['control and variant with results', [arm('A', 100, 10), arm('B', 100, 12)], true],
    ['no result for the control yet', [arm('A', 0, 0), arm('B', 100, 12)], false],
    ['only the control has results', [arm('A', 100, 10), arm('B', 0, 0)], false],
    ['a single arm', [arm('A', 100, 10)], false],
    // Rows written one by one may add up to more conversions than users: no analysis, no error.
    ['impossible totals', [arm('A', 100, 10), arm('B', 100, 120)], false],
  ])('%s → analysed: %s', (_, arms, analysed) => {
    expect(analyseArms('proportion', 0.05, arms) !== null).toBe(analysed);
  });

  it('tells apart two variants given the same name', () => {
    const analysis = analyseArms('proportion', 0.05, [arm('A', 100, 10), arm('B', 100, 12), arm('B', 100, 9)]);
    expect(analysis?.comparisons.map((c) => c.variant)).toEqual(['B (2)', 'B (3)']);
  });
});

describe('analysePlanExperiment', () => {
  const experiment: Experiment = {
    key: 'x',
    name: 'Titre',
    metricType: 'conversion',
    status: 'running',
    alpha: 0.05,
    power: 0.8,
  };
  it('puts the control first and adds up each variant’s days', () => {
    const facts = emptyPlan({
      experiments: [experiment],
      experimentVariants: [
        { key: 'b', experiment: 'x', name: 'B', isControl: false, weight: 1 },
        { key: 'a', experiment: 'x', name: 'A', isControl: true, weight: 1 },
      ],
      experimentResults: [
        { variant: 'a', date: '2027-03-01', users: 1000, conversions: 50 },
        { variant: 'a', date: '2027-03-02', users: 1000, conversions: 50 },
        { variant: 'b', date: '2027-03-01', users: 2000, conversions: 120 },
      ],
    });
    const { arms, analysis, verdict } = analysePlanExperiment(facts, experiment);
    expect(arms.map((a) => [a.name, a.totals.users, a.totals.conversions])).toEqual([
      ['A', 2000, 100],
      ['B', 2000, 120],
    ]);
    // 6 % against 5 %: a relative lift of +20 %.
    expect(analysis?.comparisons[0]?.relative.estimate).toBeCloseTo(0.2, 12);
    expect(verdict?.en).toContain('B: no clear difference from the control (+20%');
  });
});
