import { describe, expect, it } from 'vitest';
import type { CheckIn, KeyResult, Kpi, Measurement } from '../plan.js';
import { currentValueOfKeyResult } from './current-value.js';

const keyResult: KeyResult = {
  key: 'kr',
  okrObjective: 'o',
  title: "Taux d'engagement Instagram de 2 % à 2,5 %",
  startValue: 2,
  targetValue: 2.5,
  currentValue: 2.1,
  weight: 1,
};
const kpi = (key: string, linkedTo: string | null = 'kr'): Kpi => ({
  key,
  keyResult: linkedTo,
  name: key,
  direction: 'increase',
  aggregation: 'last',
  tolerancePercent: 5,
});
const m = (kpiKey: string, date: string, value: number, source = 'manual'): Measurement => ({
  kpi: kpiKey,
  date,
  value,
  source,
});
const c = (date: string, value: number, keyResultKey = 'kr'): CheckIn => ({ keyResult: keyResultKey, date, value });

describe('currentValueOfKeyResult', () => {
  // Order of preference: KPI's latest measurement > latest check-in > currentValue > startValue.
  // Several readings on the latest date are averaged, e.g. (2.1 + 2.4) / 2 = 2.25.
  it.each<[string, Partial<KeyResult>, Kpi[], Measurement[], CheckIn[], number, object]>([
    ['only the typed value', {}, [], [], [], 2.1, { kind: 'currentValue' }],
    ['nothing recorded', { currentValue: null }, [], [], [], 2, { kind: 'startValue' }],
    [
      'latest check-in',
      {},
      [],
      [],
      [c('2027-03-01', 2.3), c('2027-02-01', 2.2)],
      2.3,
      { kind: 'checkIn', date: '2027-03-01', readings: 1 },
    ],
    ['check-ins of another key result', {}, [], [], [c('2027-03-01', 9, 'other')], 2.1, { kind: 'currentValue' }],
    [
      'KPI beats a more recent check-in; two sources averaged',
      {},
      [kpi('engagement')],
      [
        m('engagement', '2027-02-15', 2.2, 'ga4'),
        m('engagement', '2027-03-10', 2.4, 'api'),
        m('engagement', '2027-03-10', 2.1),
      ],
      [c('2027-03-20', 2.3)],
      2.25,
      { kind: 'kpi', kpi: 'engagement', date: '2027-03-10', readings: 2 },
    ],
    ['KPI without measurements', {}, [kpi('engagement')], [], [c('2027-03-20', 2.3)], 2.3, { kind: 'checkIn' }],
    [
      'KPI of another key result',
      {},
      [kpi('engagement', 'other')],
      [m('engagement', '2027-03-10', 2.4)],
      [],
      2.1,
      { kind: 'currentValue' },
    ],
    [
      'most recently measured KPI',
      {},
      [kpi('a'), kpi('b')],
      [m('a', '2027-03-01', 2.2), m('b', '2027-03-10', 2.4)],
      [],
      2.4,
      { kind: 'kpi', kpi: 'b' },
    ],
    [
      'same date: first KPI by key',
      {},
      [kpi('b'), kpi('a')],
      [m('b', '2027-03-10', 2.4), m('a', '2027-03-10', 2.2)],
      [],
      2.2,
      { kind: 'kpi', kpi: 'a' },
    ],
  ])('%s', (_label, fields, kpis, measurements, checkIns, value, origin) => {
    const current = currentValueOfKeyResult({ ...keyResult, ...fields }, kpis, measurements, checkIns);
    expect(current.value).toBeCloseTo(value, 12);
    expect(current.origin).toMatchObject(origin);
  });
});
