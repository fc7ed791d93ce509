import { describe, expect, it } from 'vitest';
import type { Objective } from '../plan.js';
import { comparePace, isPaceRealistic } from './achievable.js';
import { lintObjective } from './lint.js';
import type { DatedValue } from './series.js';

const series = (...rows: [string, number][]): DatedValue[] => rows.map(([date, value]) => ({ date, value }));

/** A line rising exactly 2 a day: 100, 120, 140 every ten days (slope worked in series.test.ts). */
const rising = series(['2027-01-01', 100], ['2027-01-11', 120], ['2027-01-21', 140]);
/** Two sources on the latest date, 110 and 130: the latest value is their mean, 120; slope 2. */
const twoSources = series(['2027-01-01', 100], ['2027-01-11', 110], ['2027-01-11', 130]);
/** Cost per lead falling 0.6 in 28 days. */
const costPerLead = series(['2027-01-31', 12.6], ['2027-02-28', 12]);

describe('comparePace', () => {
  // needed = (target − latest) / days from the latest measurement to the deadline, worked by hand:
  // 2027-01-21 → 2027-02-20 is 30 days; 2027-01-11 → 2027-02-10 is 30 days;
  // 2027-02-28 → 2027-12-31 is 306 days.
  it.each([
    ['on pace', 200, '2027-02-20', null, rising, 60 / 30, 2],
    ['4.33 × the trend', 400, '2027-02-20', null, rising, 260 / 30, 2],
    ['exactly 3 × the trend', 320, '2027-02-20', null, rising, 180 / 30, 2],
    ['latest is the mean of two sources', 300, '2027-02-10', null, twoSources, 180 / 30, 2],
    ['a decreasing target', 10.8, '2027-12-31', 12, costPerLead, -1.2 / 306, -0.6 / 28],
  ] as const)('%s', (_label, target, deadline, baseline, points, needed, observed) => {
    const comparison = comparePace(target, deadline, baseline, points);
    expect(comparison?.kind).toBe('trend');
    if (comparison?.kind !== 'trend') return;
    expect(comparison.neededPerDay).toBeCloseTo(needed, 12);
    expect(comparison.observedPerDay).toBeCloseTo(observed, 12);
  });

  // Reached when the latest value is at or beyond the target, in the direction baseline → target
  // (or first measurement → target when there is no baseline).
  it.each([
    ['increase, beyond the target', 130, null, rising],
    ['increase, exactly at the target', 140, null, rising],
    ['decrease with a baseline', 12.1, 13, costPerLead],
    ['decrease without a baseline: 12.6 first, 12 latest', 12.3, null, costPerLead],
  ] as const)('%s is reached', (_label, target, baseline, points) => {
    expect(comparePace(target, '2027-12-31', baseline, points)?.kind).toBe('reached');
  });

  it('has no time left when the latest measurement is on the deadline', () => {
    expect(comparePace(200, '2027-01-21', null, rising)?.kind).toBe('noTimeLeft');
  });

  it.each([[series()], [series(['2027-01-01', 5])], [series(['2027-01-01', 5], ['2027-01-01', 6])]])(
    'cannot compare without two dates: %j',
    (points) => {
      expect(comparePace(200, '2027-12-31', null, points)).toBeNull();
    },
  );
});

describe('isPaceRealistic', () => {
  // The rule: the trend goes the needed way, and the needed pace is at most 3 times it.
  it.each([
    [2, 2, true],
    [6, 2, true],
    [6.0001, 2, false],
    [-0.004, -0.02, true],
    [-0.07, -0.02, false],
    [1, 0, false],
    [1, -1, false],
    [-1, 1, false],
  ])('needed %d, observed %d → %s', (needed, observed, realistic) => {
    expect(isPaceRealistic(needed, observed)).toBe(realistic);
  });
});

describe('achievable criterion', () => {
  const base: Objective = {
    key: 'o',
    title: 'Atteindre 200 inscrits sur le site',
    type: 'acquisition',
    metric: 'Inscrits',
    baseline: 100,
    target: 200,
    deadline: '2027-02-20',
    businessGoals: ['g'],
  };
  const lint = (fields: Partial<Objective>, kpiSeries?: DatedValue[], today = '2027-01-25') =>
    lintObjective({ ...base, ...fields }, { today, businessGoalKeys: new Set(['g']), kpiSeries }).criteria.achievable;

  // Same hand-worked paces as above, seen through the criterion.
  it.each([
    ['on pace (needs 2/day, trend 2/day)', {}, rising, 'pass'],
    ['3 × the trend is still within reach', { target: 320 }, rising, 'pass'],
    ['one more makes it 181/30 ≈ 6.03/day, past 3 × 2', { target: 321 }, rising, 'warn'],
    ['4.33 × the trend', { target: 400 }, rising, 'warn'],
    ['the trend goes the other way', { target: 200 }, series(['2027-01-01', 140], ['2027-01-21', 100]), 'warn'],
    ['flat trend', {}, series(['2027-01-01', 140], ['2027-01-21', 140]), 'warn'],
    ['mean of two sources: 181/30 > 3 × 2', { target: 301, deadline: '2027-02-10' }, twoSources, 'warn'],
    ['mean of two sources: 180/30 = 3 × 2', { target: 300, deadline: '2027-02-10' }, twoSources, 'pass'],
    ['cost per lead on its way down', { baseline: 12, target: 10.8, deadline: '2027-12-31' }, costPerLead, 'pass'],
    ['already reached', { target: 130 }, rising, 'pass'],
    ['no measurement', {}, undefined, 'pass'],
    ['no target', { target: null }, rising, 'pass'],
    ['no deadline', { deadline: null }, rising, 'pass'],
    ['deadline passed, even on pace', { deadline: '2027-01-24' }, rising, 'fail'],
    ['deadline passed, no data', { deadline: '2026-12-31' }, undefined, 'fail'],
  ] as const)('%s → %s', (_label, fields, points, status) => {
    expect(lint(fields, points ? [...points] : undefined).status).toBe(status);
  });

  it('gives the paces in its message', () => {
    // 260/30 = 8.67 needed against 2 observed: 4.33 times.
    const { message } = lint({ target: 400, unit: 'inscrits' }, rising);
    expect(message.fr).toContain('il faut +8,67 inscrits par jour');
    expect(message.fr).toContain('+2 inscrits par jour (moindres carrés sur 3 mesures)');
    expect(message.fr).toContain('soit 4,33 fois la tendance');
    expect(message.en).toContain('needs +8.67 inscrits per day');
    expect(message.en).toContain('that is 4.33 times the trend');
  });

  it('says what it lacks to check the trend', () => {
    expect(lint({ target: null, deadline: null }, undefined).message).toEqual({
      fr: "Rien n'indique que la cible soit hors de portée. Pour le vérifier face à la tendance, il manque la cible, l'échéance et deux mesures de l'indicateur au moins.",
      en: 'Nothing suggests the target is out of reach. To check it against the trend, the lint needs the target, the deadline and at least two measurements of the KPI.',
    });
    expect(lint({}, undefined).message.en).toContain('the lint needs at least two measurements of the KPI.');
  });
});
