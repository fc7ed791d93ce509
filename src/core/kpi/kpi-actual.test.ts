import { describe, expect, it } from 'vitest';
import type { Kpi, Measurement } from '../plan.js';
import { dayOf } from '../shared/days.js';
import { emptyPlan } from '../shared/empty-plan.js';
import { actualValue, dailySeries, planDailySeries } from './kpi-actual.js';

function measurements(rows: [string, number][]): Measurement[] {
  return rows.map(([date, value]) => ({ kpi: 'k', date, value, source: 'manual' }));
}

const d = (date: string) => dayOf(date) as number;

// Two entries on 2027-01-03 (20 then 30): summed (50) for sum, averaged (25) for average, the later
// one (30) for last.
const sample = measurements([
  ['2027-01-01', 10],
  ['2027-01-03', 20],
  ['2027-01-03', 30],
  ['2027-01-08', 40],
  ['2027-01-10', 50],
]);

describe('actualValue', () => {
  // Worked by hand from `sample`. Average: window = latest measured day and the 6 before it.
  it.each<[string, Kpi['aggregation'], string, string | null, number | null]>([
    ['last, between measurements', 'last', '2027-01-09', null, 40],
    ['last, on a day with two entries', 'last', '2027-01-03', null, 30],
    ['last, before any measurement', 'last', '2026-12-31', null, null],
    ['average, latest 01-08: window 01-02…01-08 → (25 + 40)/2', 'average', '2027-01-09', null, 32.5],
    ['average, latest 01-10: window 01-04…01-10 → (40 + 50)/2', 'average', '2027-01-10', null, 45],
    ['average, latest 01-03: window 12-28…01-03 → (10 + 25)/2', 'average', '2027-01-07', null, 17.5],
    ['sum since 01-01, to 01-09: 10 + 50 + 40', 'sum', '2027-01-09', '2027-01-01', 100],
    ['sum since 01-02, to 01-09: 50 + 40', 'sum', '2027-01-09', '2027-01-02', 90],
    ['sum since 01-01, to 01-31', 'sum', '2027-01-31', '2027-01-01', 150],
    ['sum, nothing since the period start', 'sum', '2027-01-08', '2027-01-09', null],
  ])('%s', (_name, aggregation, asOf, periodStart, expected) => {
    const series = dailySeries(sample, aggregation);
    expect(actualValue(series, aggregation, d(asOf), periodStart === null ? null : d(periodStart))).toBe(expected);
  });

  // The 7-day window's edge: latest 01-07 reaches back to 01-01 (included); latest 01-08 does not.
  const edge = measurements([
    ['2027-01-01', 1000],
    ['2027-01-07', 10],
    ['2027-01-08', 20],
  ]);
  it.each([
    ['2027-01-07', (1000 + 10) / 2],
    ['2027-01-08', (10 + 20) / 2],
  ])('average on %s = %f', (asOf, expected) => {
    expect(actualValue(dailySeries(edge, 'average'), 'average', d(asOf), null)).toBe(expected);
  });
});

describe('planDailySeries', () => {
  const kpi = (key: string, aggregation: Kpi['aggregation']) =>
    ({ key, name: key, direction: 'increase', aggregation }) as Kpi;
  const plan = () =>
    emptyPlan({
      kpis: [kpi('k', 'sum'), kpi('empty', 'last')],
      measurements: measurements([
        ['2027-01-02', 5],
        ['2027-01-01', 1],
        ['2027-01-02', 7],
      ]),
    });

  it('gives each KPI its daily series, and an empty one to a KPI without measurements', () => {
    const series = planDailySeries(plan());
    expect(series.get('k')).toEqual([
      { day: d('2027-01-01'), value: 1 },
      { day: d('2027-01-02'), value: 12 },
    ]);
    expect(series.get('empty')).toEqual([]);
  });

  it('keeps the series of a frozen plan, frozen, and works out a plan that may change again', () => {
    const open = plan();
    expect(planDailySeries(open)).not.toBe(planDailySeries(open));
    open.measurements.push({ kpi: 'k', date: '2027-01-03', value: 3, source: 'manual' });
    expect(planDailySeries(open).get('k')).toHaveLength(3);

    const facts = plan();
    Object.freeze(facts.measurements);
    const frozen = Object.freeze(facts);
    const first = planDailySeries(frozen);
    expect(planDailySeries(frozen)).toBe(first);
    expect(Object.isFrozen(first.get('k'))).toBe(true);
    expect(() => {
      (first.get('k')![0] as { value: number }).value = 0;
    }).toThrow(TypeError);
  });
});
