import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { baselineForKpi, decisionBody, keptArm, validateDecision, type DecisionValues } from './decisionForm';
import { experimentBody, newExperimentValues, nextVariantLetter, validateExperiment } from './experimentForm';
import { formatLift, formatPercent, formatPValue, versionLabel } from './format';
import { drawableComparisons, liftChartOption } from './liftChartOption';
import { resultRows, validateEntries } from './resultsForm';
import { relativeEffect, sizeRequest, sizeValues, validateSize, type SizeValues } from './sizeForm';
import { arm, experiment, liftOfB, undefinedC } from './testData';
import { kpiEntity } from '../tracking/testData';

const t = i18n.getFixedT('fr');

describe('sample-size inputs', () => {
  const base: SizeValues = { ...sizeValues(experiment('e1', 'x'), 2), baselinePercent: 5, effectPercent: 20 };

  it('starts from the plan saved on the experiment, in percent', () => {
    const values = sizeValues(experiment('e1', 'x', { baselineRate: 0.07, minimumEffect: 0.15, power: 0.9 }), 3);
    expect(values).toMatchObject({ baselinePercent: 7, effectPercent: 15, powerPercent: 90, arms: 3, alpha: 0.05 });
  });

  it.each([
    ['a baseline of 0 %', { baselinePercent: 0 }, 'baselinePercent'],
    ['a baseline of 100 %', { baselinePercent: 100 }, 'baselinePercent'],
    ['no effect', { effectPercent: 0 }, 'effectPercent'],
    ['a relative effect that takes the rate under 0', { effectPercent: -100 }, 'effectPercent'],
    [
      'an absolute effect that takes the rate past 100 %',
      { effectMode: 'absolute', effectPercent: 95 },
      'effectPercent',
    ],
    ['a power under 50 %', { powerPercent: 40 }, 'powerPercent'],
    ['one arm', { arms: 1 }, 'arms'],
    ['half an arm', { arms: 2.5 }, 'arms'],
    ['an alpha of 0', { alpha: 0 }, 'alpha'],
    ['a typed traffic of 0', { trafficSource: 'number', dailyTraffic: 0 }, 'dailyTraffic'],
  ] as const)('refuses %s', (_, change, field) => {
    const values = { ...base, ...change } as SizeValues;
    const errors = validateSize(t, values);
    expect(Object.keys(errors).filter((key) => errors[key as keyof SizeValues])).toEqual([field]);
    expect(sizeRequest(values, errors, null)).toBeNull();
  });

  it('waits for empty fields without calling them wrong', () => {
    const values = { ...base, baselinePercent: '' };
    const errors = validateSize(t, values);
    expect(Object.values(errors).filter(Boolean)).toEqual([]);
    expect(sizeRequest(values, errors, null)).toBeNull();
  });

  it('asks with shares, and the traffic typed or read from the KPI', () => {
    const typed = { ...base, trafficSource: 'number' as const, dailyTraffic: 1500 };
    expect(sizeRequest(typed, validateSize(t, typed), 999)).toEqual({
      baseline: 0.05,
      mde: 0.2,
      absolute: false,
      alpha: 0.05,
      power: 0.8,
      arms: 2,
      dailyTraffic: 1500,
    });
    const fromKpi = { ...base, trafficSource: 'kpi' as const };
    expect(sizeRequest(fromKpi, validateSize(t, fromKpi), 999)).toMatchObject({ dailyTraffic: 999 });
  });

  it('saves an effect in points as a share of the baseline', () => {
    expect(relativeEffect({ baseline: 0.04, mde: 0.01, absolute: true })).toBe(0.25);
    expect(relativeEffect({ baseline: 0.04, mde: 0.1 })).toBe(0.1);
  });
});

describe('the create form', () => {
  it('proposes a control and one variant, then B, C, D… for the next', () => {
    expect(newExperimentValues(t).variants.map((v) => v.name)).toEqual(['A (témoin)', 'Variante B']);
    expect(nextVariantLetter(2)).toBe('C');
  });

  it('refuses a zero weight and sends names trimmed, the first arm first', () => {
    const values = {
      ...newExperimentValues(t),
      name: ' Test ',
      variants: [
        { name: ' A ', weight: 0 },
        { name: 'B', weight: '1,5' },
      ],
    };
    expect(validateExperiment(t, values)['variants.0.weight']).toBe('La part du trafic doit être supérieure à 0.');
    expect(experimentBody(values).variants).toEqual([
      { name: 'A', weight: 0 },
      { name: 'B', weight: 1.5 },
    ]);
  });
});

describe('the day’s results', () => {
  it('skips an arm left blank, and sends the figures the metric needs', () => {
    const entries = {
      v1: { users: '100', conversions: '7', mean: '', sd: '' },
      v2: { users: '', conversions: '', mean: '', sd: '' },
    };
    expect(validateEntries(t, 'conversion', entries)).toEqual({});
    expect(resultRows('conversion', '2027-03-01', ['v1', 'v2'], entries)).toEqual([
      { variantId: 'v1', date: '2027-03-01', users: 100, conversions: 7 },
    ]);
    const continuous = { v1: { users: 40, conversions: '', mean: '52,5', sd: -1 } };
    expect(validateEntries(t, 'continuous', continuous)).toEqual({
      v1: { sd: 'Un écart type ne peut pas être négatif.' },
    });
  });
});

describe('the decision', () => {
  const arms = [arm('v1', 'A', 1000, 50, { isControl: true }), arm('v2', 'B', 1000, 61), arm('v3', 'C', 1000, 40)];

  it('keeps the best variant when one ships, the control when it is kept, none when iterating', () => {
    expect(keptArm('ship_variant', 'conversion', arms)?.arm.name).toBe('B');
    expect(keptArm('ship_variant', 'conversion', arms, true)?.arm.name).toBe('C');
    expect(keptArm('keep_control', 'conversion', arms)).toEqual({ arm: arms[0], value: 0.05 });
    expect(keptArm('iterate', 'conversion', arms)).toBeNull();
  });

  it('writes the rate in the KPI’s terms: percent for a KPI in %, the share otherwise', () => {
    expect(baselineForKpi(0.061, 'conversion', kpiEntity('k', 'k', 'k', { unit: '%' }))).toBe(6.1);
    expect(baselineForKpi(0.061, 'conversion', kpiEntity('k', 'k', 'k', { unit: 'ratio' }))).toBe(0.061);
    expect(baselineForKpi(52.5, 'continuous', kpiEntity('k', 'k', 'k', { unit: '%' }))).toBe(52.5);
  });

  it('requires a decision and its reason, and sends the KPI changes only with a KPI', () => {
    const values: DecisionValues = {
      decision: 'ship_variant',
      decidedById: null,
      decidedAt: '2027-03-01',
      decisionNote: '  ',
      updateBaseline: true,
      logAction: true,
      actionTitle: 'Déployer',
    };
    expect(validateDecision(t, values).decisionNote).toMatch(/^Expliquez la décision/);
    expect(decisionBody({ ...values, decisionNote: 'Net' }, 3, 6.1, false)).toEqual({
      version: 3,
      decision: 'ship_variant',
      decisionNote: 'Net',
      decidedById: null,
      decidedAt: '2027-03-01',
    });
  });
});

describe('figures', () => {
  it('writes lifts with their sign and p-values to three decimals, in both languages', () => {
    expect(formatLift(0.16, 'fr')).toMatch(/^\+16\s%$/);
    expect(formatLift(-0.031, 'en')).toBe('−3.1%');
    expect(formatPercent(0.0525, 'fr', 2)).toMatch(/^5,25\s%$/);
    expect(formatPValue(0.02015, 'fr')).toBe('0,020');
    expect(formatPValue(0.0004, 'en')).toBe('< 0.001');
    expect(formatPValue(null, 'en')).toBe('—');
  });
});

describe('the lift chart', () => {
  it('draws each defined lift from its lower to its upper bound through the estimate, with a line at zero', () => {
    const option = liftChartOption([liftOfB, undefinedC], { axis: 'x', tooltip: (c) => c.variant }, String) as {
      yAxis: { data: string[] };
      series: { data: { value: [number, string] }[]; markLine?: { data: unknown[] } }[];
    };
    expect(drawableComparisons([liftOfB, undefinedC])).toEqual([liftOfB]);
    expect(option.yAxis.data).toEqual(['B']);
    expect(option.series).toHaveLength(1);
    expect(option.series[0]?.data.map((point) => point.value)).toEqual([
      [0.02503, 'B'],
      [0.16, 'B'],
      [0.29497, 'B'],
    ]);
    expect(option.series[0]?.markLine?.data).toEqual([{ xAxis: 0 }]);
  });
});

describe('versionLabel', () => {
  it.each([
    ['Témoin', true, 'Témoin'],
    ['A (témoin)', true, 'A (témoin)'],
    ['A', true, 'A (témoin)'],
    ['Vert', false, 'Vert'],
  ])('%s (control: %s) reads %s', (name, isControl, label) => {
    expect(versionLabel(name, isControl, 'témoin')).toBe(label);
  });
});
