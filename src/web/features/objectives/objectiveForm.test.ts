import { describe, expect, it } from 'vitest';
import { lintObjective } from '../../../core/smart/index.js';
import {
  draftObjective,
  objectiveBody,
  objectiveValues,
  typeBalance,
  type ObjectiveType,
  type ObjectiveValues,
} from './objectiveForm';

describe('typeBalance', () => {
  const of = (...types: ObjectiveType[]) => types.map((type) => ({ type }));

  it('counts and shares objectives per type, in the method’s order', () => {
    const balance = typeBalance(of('acquisition', 'awareness', 'acquisition', 'engagement', 'acquisition'));
    expect(balance.rows).toEqual([
      { type: 'awareness', count: 1, share: 0.2 },
      { type: 'acquisition', count: 3, share: 0.6 },
      { type: 'loyalty', count: 0, share: 0 },
      { type: 'engagement', count: 1, share: 0.2 },
    ]);
    expect(balance.total).toBe(5);
    expect(balance.missing).toEqual(['loyalty']);
    // 60 % is not more than 60 %: no dominant type.
    expect(balance.dominant).toBeNull();
  });

  it.each<[ObjectiveType[], ObjectiveType[], ObjectiveType | null]>([
    [[], ['awareness', 'acquisition', 'loyalty', 'engagement'], null],
    [['loyalty', 'loyalty'], ['awareness', 'acquisition', 'engagement'], null], // fewer than three objectives
    [['loyalty', 'loyalty', 'awareness'], ['acquisition', 'engagement'], 'loyalty'], // 2/3 > 60 %
    [['loyalty', 'awareness', 'acquisition', 'engagement'], [], null],
  ])('%j → missing %j, dominant %s', (types, missing, dominant) => {
    const balance = typeBalance(of(...types));
    expect(balance.missing).toEqual(missing);
    expect(balance.dominant).toBe(dominant);
  });
});

describe('objective form values', () => {
  const values: ObjectiveValues = {
    ...objectiveValues(null, 'acquisition'),
    title: '  Augmenter le trafic organique  ',
    metric: 'Visites organiques',
    baseline: '10\u202f000',
    target: 13000,
    deadline: '2026-12-31',
    businessGoalIds: ['g1', 'g-gone'],
  };

  it('sends every field, empty ones as null', () => {
    expect(objectiveBody(values)).toEqual({
      title: 'Augmenter le trafic organique',
      description: null,
      type: 'acquisition',
      metric: 'Visites organiques',
      unit: null,
      baseline: 10000,
      target: 13000,
      startDate: null,
      deadline: '2026-12-31',
      businessGoalIds: ['g1', 'g-gone'],
    });
  });

  it('gives the lint the business goals by key, unknown ids as they are', () => {
    const draft = draftObjective(values, new Map([['g1', 'ca-plus-20']]));
    expect(draft.businessGoals).toEqual(['ca-plus-20', 'g-gone']);
    expect(draft.baseline).toBe(10000);
  });
});

describe('the live lint on form values', () => {
  // Known answers from core/smart's tests: a vague title fails, a dated figure with a metric passes.
  const goalKeyById = new Map([['g1', 'ca-plus-20']]);
  const context = { today: '2026-03-01', businessGoalKeys: new Set(['ca-plus-20']) };
  const lint = (fields: Partial<ObjectiveValues>) =>
    lintObjective(draftObjective({ ...objectiveValues(null), ...fields }, goalKeyById), context);

  it.each<[string, Partial<ObjectiveValues>, boolean]>([
    ['vague title, no link', { title: 'Améliorer notre notoriété' }, false],
    ['vague title, linked', { title: 'Améliorer notre notoriété', businessGoalIds: ['g1'] }, false],
    [
      'figure and date in the title, fields filled, linked',
      {
        title: 'Augmenter le trafic organique de 30 % d’ici le 31/12/2026',
        metric: 'Visites organiques',
        baseline: 10000,
        target: '13000',
        deadline: '2026-12-31',
        businessGoalIds: ['g1'],
      },
      true,
    ],
    [
      'same, not linked to a business goal',
      {
        title: 'Augmenter le trafic organique de 30 % d’ici le 31/12/2026',
        metric: 'Visites organiques',
        baseline: 10000,
        target: 13000,
        deadline: '2026-12-31',
      },
      false,
    ],
  ])('%s → passed %s', (_, fields, passed) => {
    expect(lint(fields).passed).toBe(passed);
  });
});
