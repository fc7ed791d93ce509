import { describe, expect, it } from 'vitest';
import type { Kpi, KpiTarget, PlanHeader } from '../plan.js';
import { dayOf } from '../shared/days.js';
import { expectedKpiValue, kpiPathPoints, sumOnPath, valueOnPath } from './expected-path.js';

const plan: PlanHeader = {
  key: 'p',
  name: 'Plan',
  status: 'active',
  currency: 'EUR',
  locale: 'fr',
  startDate: '2027-01-01',
  endDate: '2027-12-31',
};

function kpi(overrides: Partial<Kpi>): Kpi {
  return { key: 'k', name: 'KPI', direction: 'increase', aggregation: 'last', tolerancePercent: 10, ...overrides };
}

// Offsets from 2027-01-01: 2027-01-26 = 25, 2027-02-20 = 31 + 19 = 50, 2027-03-22 = 31 + 28 + 21 = 80,
// 2027-04-11 = 31 + 28 + 31 + 10 = 100, 2027-07-01 = 181.
const straight = kpi({ baseline: 100, target: 200, targetDate: '2027-04-11' }); // 100 + 1 per day
const halfway: KpiTarget[] = [{ kpi: 'k', date: '2027-02-20', value: 180 }]; // 1.6 then 0.4 per day
const untilPlanEnd = kpi({ baseline: 0, target: 364 }); // one per day to 2027-12-31 (offset 364)

describe('expectedKpiValue on the daily path', () => {
  // Hand-computed from the offsets above.
  it.each([
    ['straight, at the start', straight, [], '2027-01-01', 100],
    ['straight, before the start (stays at baseline)', straight, [], '2026-12-01', 100],
    ['straight, offset 50', straight, [], '2027-02-20', 150],
    ['straight, at the target date', straight, [], '2027-04-11', 200],
    ['straight, after the target date (stays at target)', straight, [], '2027-09-01', 200],
    ['through an intermediate target, offset 25: 100 + 1.6 × 25', straight, halfway, '2027-01-26', 140],
    ['through an intermediate target, on it', straight, halfway, '2027-02-20', 180],
    ['through an intermediate target, offset 80: 180 + 0.4 × 30', straight, halfway, '2027-03-22', 192],
    ['no target date: to the plan end, offset 181', untilPlanEnd, [], '2027-07-01', 181],
    ['target only: flat at the target', kpi({ target: 50 }), [], '2027-03-01', 50],
    ['nothing set: no path', kpi({}), [], '2027-03-01', null],
    ['another KPI’s target is ignored', kpi({}), [{ kpi: 'other', date: '2027-02-01', value: 9 }], '2027-03-01', null],
  ] as const)('%s', (_name, k, targets, date, expected) => {
    const value = expectedKpiValue(k, [...targets], plan, date);
    if (expected === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(expected, 9);
  });

  it('lets the KPI’s own target win over an intermediate target on the same day', () => {
    const points = kpiPathPoints(straight, [{ kpi: 'k', date: '2027-04-11', value: 999 }], plan);
    expect(points.map((p) => p.value)).toEqual([100, 200]);
  });
});

describe('expectedKpiValue for a sum KPI: the running total of the daily path', () => {
  // Σ_{k=0..9} (100 + k) = 1000 + 45 = 1045; Σ_{k=0..50} (100 + 1.6k) = 5100 + 1.6·1275 = 7140;
  // before the start nothing has accumulated yet.
  it.each([
    ['straight, ten days', [], '2027-01-10', 1045],
    ['through an intermediate target, 51 days', halfway, '2027-02-20', 7140],
    ['first day', [], '2027-01-01', 100],
    ['before the start', [], '2026-12-31', 0],
  ] as const)('%s', (_name, targets, date, expected) => {
    expect(expectedKpiValue({ ...straight, aggregation: 'sum' }, [...targets], plan, date)).toBeCloseTo(expected, 9);
  });

  it('is null when the plan has no start date', () => {
    const noStart = { ...plan, startDate: null };
    expect(expectedKpiValue({ ...straight, aggregation: 'sum' }, [], noStart, '2027-02-01')).toBeNull();
  });
});

describe('sumOnPath against a day-by-day loop', () => {
  // Brute force: add valueOnPath day by day; the closed form must agree on ranges that start
  // before, inside and after each piece of a three-piece path.
  const points = kpiPathPoints(straight, [...halfway, { kpi: 'k', date: '2027-03-01', value: 150 }], plan);
  const start = dayOf('2027-01-01') as number;
  const ranges = [
    [-20, -5],
    [-20, 10],
    [0, 0],
    [3, 49],
    [30, 70],
    [50, 100],
    [45, 160],
    [120, 150],
    [10, 9],
  ];
  it.each(ranges)('days %i … %i', (from, to) => {
    let loop = 0;
    for (let day = start + from; day <= start + to; day++) loop += valueOnPath(points, day) as number;
    expect(sumOnPath(points, start + from, start + to)).toBeCloseTo(loop, 6);
  });
});
