import { describe, expect, it } from 'vitest';
import type { Kpi, Measurement, PlanFacts } from '../plan.js';
import { emptyPlan } from '../shared/empty-plan.js';
import { kpiDashboard, sparklinePoints } from './kpi-dashboard.js';

const kpi = (key: string, o: Partial<Kpi> = {}): Kpi => ({
  key,
  name: `KPI ${key}`,
  direction: 'increase',
  aggregation: 'last',
  tolerancePercent: 10,
  ...o,
});
const m = (k: string, date: string, value: number): Measurement => ({ kpi: k, date, value, source: 'manual' });
function facts(kpis: Kpi[], measurements: Measurement[]): PlanFacts {
  const plan = { key: 'p', name: 'P', status: 'active' as const, currency: 'EUR', locale: 'fr' as const };
  return emptyPlan({ plan: { ...plan, startDate: '2027-01-01', endDate: '2027-12-31' }, kpis, measurements });
}

describe('kpiDashboard', () => {
  /*
   * `a` and `b` follow 100 → 200 from 2027-01-01 to 2027-04-11 (one per day): 150 expected on 02-20
   * (offset 50). `a` measures 150 there (on track); `b` 100, 50 short, beyond twice the 15 band
   * (off track). `c` has no measurement (no data); `d` no baseline nor target (no target).
   */
  const path = { baseline: 100, target: 200, targetDate: '2027-04-11' };
  const dashboard = kpiDashboard(
    facts(
      [kpi('a', { ...path, unit: 'sessions' }), kpi('b', path), kpi('c', path), kpi('d')],
      [m('a', '2027-02-20', 150), m('b', '2027-02-20', 100), m('d', '2027-02-20', 3)],
    ),
    '2027-03-01',
  );

  it('counts the KPIs per status', () => {
    expect(dashboard.counts).toEqual({ on_track: 1, at_risk: 0, off_track: 1, no_data: 1, no_target: 1 });
  });

  it('lists the KPIs in the plan’s order with their status report and card figures', () => {
    expect(dashboard.items.map((i) => [i.kpi, i.status])).toEqual([
      ['a', 'on_track'],
      ['b', 'off_track'],
      ['c', 'no_data'],
      ['d', 'no_target'],
    ]);
    const a = dashboard.items[0]!;
    expect(a).toMatchObject({ name: 'KPI a', unit: 'sessions', direction: 'increase', aggregation: 'last' });
    expect(a.expected).toBeCloseTo(150, 9);
    expect(a.actual).toBe(150);
    expect(a.headlineTarget).toBe(200);
    expect(a.sparkline).toEqual([{ date: '2027-02-20', value: 150 }]);
    // One point: no spread, so no probability.
    expect(a.probMeetTarget).toBeNull();
    expect(dashboard.items[3]!.headlineTarget).toBeNull();
  });

  it('draws a sparkline of the plan’s days up to today, in bucket means', () => {
    // 2026-12-30 and 12-31 are before the plan, 2027-02-02 after today: left out. Days 01-01 … 02-01
    // (32 values t = 0…31) in buckets of ⌈32/30⌉ = 2: first mean (0 + 1)/2 on day 0.5 → 01-02.
    const values = Array.from({ length: 32 }, (_, t) => m('s', dayOfYear(t), t));
    const d = kpiDashboard(
      facts(
        [kpi('s', path)],
        [m('s', '2026-12-30', 999), m('s', '2026-12-31', 999), ...values, m('s', '2027-02-02', 999)],
      ),
      '2027-02-01',
    );
    const sparkline = d.items[0]!.sparkline;
    expect(sparkline.length).toBeLessThanOrEqual(sparklinePoints);
    expect(sparkline).toHaveLength(16);
    expect(sparkline[0]).toEqual({ date: '2027-01-02', value: 0.5 });
    expect(sparkline.at(-1)).toEqual({ date: '2027-02-01', value: 30.5 });
  });

  it('judges a sum KPI on its running total: headline target and probability of the total', () => {
    // 10 a day expected over the whole year: 3650 by 2027-12-31; 3 days measured 10, 11, 12.
    const sum = kpi('v', { aggregation: 'sum', baseline: 10, target: 10 });
    const d = kpiDashboard(
      facts([sum], [m('v', '2027-01-01', 10), m('v', '2027-01-02', 11), m('v', '2027-01-03', 12)]),
      '2027-01-03',
    );
    const item = d.items[0]!;
    expect(item.headlineTarget).toBeCloseTo(3650, 9);
    expect(item.actual).toBe(33);
    // An exact line 10 + t: the total is certain and far above 3650.
    expect(item.probMeetTarget).toBe(1);
    expect(item.forecast.probMeetTarget).toBe(1);
  });
});

function dayOfYear(offset: number): string {
  const d = new Date(Date.UTC(2027, 0, 1 + offset));
  return d.toISOString().slice(0, 10);
}
