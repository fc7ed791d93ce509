import { describe, expect, it } from 'vitest';
import type { Kpi, KpiTarget, Measurement, PlanFacts } from '../plan.js';
import { emptyPlan } from '../shared/empty-plan.js';
import { clipPath, kpiChart, sampleDays } from './kpi-chart.js';
import { dayOf } from '../shared/days.js';

const kpi = (o: Partial<Kpi>): Kpi => ({
  key: 'k',
  name: 'KPI',
  direction: 'increase',
  aggregation: 'last',
  tolerancePercent: 10,
  ...o,
});
const daily = (from: string, values: number[]): Measurement[] =>
  values.map((value, i) => ({ kpi: 'k', date: addDays(from, i), value, source: 'manual' }));
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
function facts(k: Kpi, measurements: Measurement[], kpiTargets: KpiTarget[] = [], start = '2027-01-01'): PlanFacts {
  const plan = { key: 'p', name: 'P', status: 'active' as const, currency: 'EUR', locale: 'fr' as const };
  return emptyPlan({ plan: { ...plan, startDate: start, endDate: '2027-12-31' }, kpis: [k], measurements, kpiTargets });
}

describe('kpiChart — an exact line', () => {
  // y = 100 + 2t on 2027-01-01 … 01-10 (t = 0…9); deadline 01-31 (t = 30): ŷ = 160 exactly, s = 0.
  const values = Array.from({ length: 10 }, (_, t) => 100 + 2 * t);
  const chart = (target: number) =>
    kpiChart(
      facts(kpi({ baseline: 100, target, targetDate: '2027-01-31' }), daily('2027-01-01', values)),
      'k',
      '2027-01-15',
    );

  it('draws the line from the last measured day to the deadline, with a band of zero width', () => {
    const forecast = chart(160)!.forecast;
    // 01-10 … 01-31 is 22 days, fewer than the 60 samples: every day.
    expect(forecast).toHaveLength(22);
    expect(forecast[0]).toEqual({ date: '2027-01-10', value: 118, low: 118, high: 118 });
    expect(forecast[21]!.date).toBe('2027-01-31');
    expect(forecast[21]!.value).toBeCloseTo(160, 9);
    for (const point of forecast) {
      expect(point.low).toBe(point.value);
      expect(point.high).toBe(point.value);
    }
  });

  it.each([
    [160, 1],
    [159, 1],
    [161, 0],
  ])('target %i is reached with probability %i', (target, probability) => {
    expect(chart(target)!.probMeetTarget).toBe(probability);
  });
});

describe('kpiChart — the worked forecast of forecast-from-series.test.ts', () => {
  /*
   * Days 2027-03-01 … 03-05: 2, 4, 5, 4, 5; deadline 03-10 (t₀ = 9), target 6: ŷ = 8.2 ± 7.0302537,
   * P = 0.8036481. At the last measured day (t = 4): ŷ = 2.8 + 0.6·4 = 5.2, se = √0.8·√(1 + 1/5 + 4/10)
   * = √1.28 = 1.1313708, half-width 3.182446 × 1.1313708 = 3.6005284.
   */
  const chart = kpiChart(
    facts(
      kpi({ baseline: 2, target: 6, targetDate: '2027-03-10' }),
      daily('2027-03-01', [2, 4, 5, 4, 5]),
      [],
      '2027-03-01',
    ),
    'k',
    '2027-03-06',
  )!;

  it('has the report’s interval at the deadline', () => {
    const last = chart.forecast[chart.forecast.length - 1]!;
    expect(last.date).toBe('2027-03-10');
    expect(last.value).toBeCloseTo(8.2, 6);
    expect(last.low).toBeCloseTo(8.2 - 7.0302537, 6);
    expect(last.high).toBeCloseTo(8.2 + 7.0302537, 6);
    expect(chart.status.forecast.pi95?.[0]).toBeCloseTo(last.low!, 9);
    expect(chart.probMeetTarget).toBeCloseTo(0.8036481, 6);
  });

  it('starts at the last measured day, with a narrower band there', () => {
    const first = chart.forecast[0]!;
    expect(first.date).toBe('2027-03-05');
    expect(first.value).toBeCloseTo(5.2, 9);
    expect(first.high! - first.value).toBeCloseTo(3.6005284, 5);
    expect(chart.forecast).toHaveLength(6);
  });

  it('carries the status, headline target and deadline', () => {
    expect(chart).toMatchObject({ kpi: 'k', name: 'KPI', unit: null, direction: 'increase', aggregation: 'last' });
    expect(chart.status.kpi).toBe('k');
    expect(chart.headlineTarget).toBe(6);
    expect(chart.deadline).toBe('2027-03-10');
    expect(chart.series).toEqual({
      total: 5,
      points: daily('2027-03-01', [2, 4, 5, 4, 5]).map(({ date, value }) => ({ date, value })),
    });
  });
});

describe('kpiChart — paths, downsampling, edge cases', () => {
  it('gives the target path’s corners over the plan, ends included', () => {
    // 100 on 01-01 → 180 on 02-20 (intermediate) → 200 on 04-11, flat to the plan's end.
    const k = kpi({ baseline: 100, target: 200, targetDate: '2027-04-11' });
    const chart = kpiChart(facts(k, [], [{ kpi: 'k', date: '2027-02-20', value: 180 }]), 'k', '2027-03-01')!;
    expect(chart.targetPath).toEqual([
      { date: '2027-01-01', value: 100 },
      { date: '2027-02-20', value: 180 },
      { date: '2027-04-11', value: 200 },
      { date: '2027-12-31', value: 200 },
    ]);
    expect(chart.forecast).toEqual([]);
    expect(chart.status.status).toBe('no_data');
    expect(chart.probMeetTarget).toBeNull();
  });

  it('downsamples 3 years of daily values to the number of points asked', () => {
    const values = Array.from({ length: 1095 }, (_, t) => 1000 + t + (t === 400 ? 5000 : 0));
    const chart = kpiChart(facts(kpi({ target: 3000 }), daily('2025-01-01', values)), 'k', '2027-12-31', 200)!;
    expect(chart.series.total).toBe(1095);
    expect(chart.series.points.length).toBeLessThanOrEqual(200);
    expect(chart.series.points[0]).toEqual({ date: '2025-01-01', value: 1000 });
    expect(chart.series.points.at(-1)).toEqual({ date: addDays('2025-01-01', 1094), value: 1000 + 1094 });
    expect(chart.series.points.some((p) => p.value === 1000 + 400 + 5000)).toBe(true);
  });

  it('fits the forecast on the plan’s days only, as the status report does', () => {
    // 2026 values run downhill, 2027 uphill: a fit over both would not match the report.
    const before = daily(
      '2026-12-01',
      Array.from({ length: 31 }, (_, t) => 500 - 10 * t),
    );
    const during = daily('2027-01-01', [10, 12, 13, 15, 18]).map((m) => m);
    const chart = kpiChart(facts(kpi({ baseline: 10, target: 60 }), [...before, ...during]), 'k', '2027-01-05')!;
    const last = chart.forecast.at(-1)!;
    expect(last.date).toBe('2027-12-31');
    expect(last.value).toBeCloseTo(chart.status.forecast.projection!, 9);
  });

  it('is null for a KPI the plan does not have', () => {
    expect(kpiChart(facts(kpi({}), []), 'autre', '2027-01-01')).toBeNull();
  });
});

describe('sampleDays and clipPath', () => {
  it.each([
    [0, 5, 60, [0, 1, 2, 3, 4, 5]],
    [0, 10, 3, [0, 5, 10]],
    [0, 100, 5, [0, 25, 50, 75, 100]],
    [3, 3, 60, [3]],
  ])('days %i … %i in %i samples', (from, to, count, expected) => {
    expect(sampleDays(from, to, count)).toEqual(expected);
  });

  it('cuts a path that starts before the range and ends after it', () => {
    const d = (date: string) => dayOf(date)!;
    const points = [
      { day: d('2026-12-22'), value: 0 },
      { day: d('2027-01-11'), value: 20 },
    ];
    expect(clipPath(points, d('2027-01-01'), d('2027-01-06'))).toEqual([
      { day: d('2027-01-01'), value: 10 },
      { day: d('2027-01-06'), value: 15 },
    ]);
  });
});
