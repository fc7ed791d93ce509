import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanDocument } from '../../io/plan-document-text.js';
import type { Kpi, Measurement, PlanFacts } from '../plan.js';
import { emptyPlan } from '../shared/empty-plan.js';
import { kpiStatuses } from './kpi-statuses.js';

function facts(kpis: Kpi[], measurements: Measurement[], endDate = '2027-12-31'): PlanFacts {
  const plan = { key: 'p', name: 'P', status: 'active' as const, currency: 'EUR', locale: 'fr' as const };
  return emptyPlan({ plan: { ...plan, startDate: '2027-01-01', endDate }, kpis, measurements });
}

const kpi = (key: string, o: Partial<Kpi>): Kpi => ({
  key,
  name: key,
  direction: 'increase',
  aggregation: 'last',
  tolerancePercent: 10,
  ...o,
});
const m = (k: string, date: string, value: number): Measurement => ({ kpi: k, date, value, source: 'manual' });

describe('kpiStatuses', () => {
  /*
   * `a` and `b`: 100 → 200 from 2027-01-01 to 2027-04-11 (one per day). Their latest measurement
   * before today (2027-03-01) is on 2027-02-20 (offset 50): expected 150, band 10 % = 15.
   * a = 135 is exactly 15 short → on track; b = 134 → at risk. A later measurement (03-05) is
   * after today and ignored.
   */
  const path100 = { baseline: 100, target: 200, targetDate: '2027-04-11' };
  const plan = facts(
    [kpi('a', path100), kpi('b', path100), kpi('no-path', { aggregation: 'average' }), kpi('silent', path100)],
    [m('a', '2027-02-20', 135), m('b', '2027-02-20', 134), m('b', '2027-03-05', 500), m('no-path', '2027-02-01', 3)],
  );
  const byKey = new Map(kpiStatuses(plan, '2027-03-01').map((r) => [r.kpi, r]));

  it.each([
    ['a', 'on_track', '2027-02-20', 150, 135, -15],
    ['b', 'at_risk', '2027-02-20', 150, 134, -16],
  ] as const)('%s → %s', (key, status, asOf, expected, actual, absolute) => {
    const r = byKey.get(key);
    expect(r?.status).toBe(status);
    expect(r?.latestMeasurementDate).toBe(asOf);
    expect(r?.expected).toBeCloseTo(expected, 9);
    expect(r?.actual).toBe(actual);
    expect(r?.variance?.absolute).toBeCloseTo(absolute, 9);
    expect(r?.note).toBeNull();
  });

  it('says so when a KPI has no path or no measurement', () => {
    expect(byKey.get('no-path')?.status).toBe('no_target');
    expect(byKey.get('no-path')?.note?.en).toMatch(/baseline/);
    expect(byKey.get('silent')?.status).toBe('no_data');
    expect(byKey.get('silent')?.forecast).toMatchObject({ deadline: '2027-04-11', target: 200, projection: null });
    expect(byKey.get('silent')?.forecast.reason?.fr).toMatch(/mesure/);
    expect(byKey.get('no-path')?.forecast).toMatchObject({ deadline: '2027-12-31', target: null, pointCount: 1 });
  });

  /*
   * A sum KPI expected at 10 per day over January 2027 (baseline = target = 10), measured at 9 per
   * day on 01-01 … 01-10, plus 1000 on 2026-12-31, before the plan (left out). Today 01-11:
   * actual 90 against 100 expected → exactly at the 10 % band → on track.
   * Forecast: a flat series (s = 0) projects 9 on 01-31 (target 10 → probability 0), and a total
   * of 90 + 21 × 9 = 279 against 31 × 10 = 310 (probability 0), with zero-width intervals.
   */
  it('tracks a sum KPI by its running total and forecasts that total', () => {
    const days = Array.from({ length: 10 }, (_, i) => `2027-01-${String(i + 1).padStart(2, '0')}`);
    const sumPlan = facts(
      [kpi('leads', { aggregation: 'sum', baseline: 10, target: 10 })],
      [m('leads', '2026-12-31', 1000), ...days.map((date) => m('leads', date, 9))],
      '2027-01-31',
    );
    const [r] = kpiStatuses(sumPlan, '2027-01-11');
    expect(r).toMatchObject({ status: 'on_track', latestMeasurementDate: '2027-01-10', expected: 100, actual: 90 });
    expect(r?.forecast).toMatchObject({ deadline: '2027-01-31', target: 10, cumulativeTarget: 310, pointCount: 10 });
    expect(r?.forecast.projection).toBeCloseTo(9, 9);
    expect(r?.forecast.probMeetTarget).toBe(0);
    expect(r?.forecast.cumulative?.projectedTotal).toBeCloseTo(279, 9);
    expect(r?.forecast.cumulative?.pi95?.[0]).toBeCloseTo(279, 9);
    expect(r?.forecast.cumulative?.probMeetTarget).toBe(0);
  });
});

describe('kpiStatuses on the example plan', () => {
  /*
   * cout-par-lead (last, to decrease): 12 on 2027-01-01 → 10.8 on 2027-12-31 (364 days). Measured
   * 12.6 on 2027-02-28 (offset 58): expected 12 − 1.2 × 58/364 = 11.8087912; 12.6 is 0.7912088 over,
   * 6.7 % of expected, within its 10 % → on track. engagement-instagram has no measurement.
   */
  const text = fs.readFileSync(path.join(import.meta.dirname, '../../../test/fixtures/plan-full.yaml'), 'utf8');
  const parsed = parsePlanDocument(text);
  if (!parsed.ok) throw new Error('the example plan must parse');
  const reports = kpiStatuses(parsed.document as PlanFacts, '2027-03-15');

  it('reports every KPI in the plan’s order', () => {
    expect(reports.map((r) => r.kpi)).toEqual(['trafic-organique', 'engagement-instagram', 'cout-par-lead']);
  });

  it('judges the cost per lead on track', () => {
    const r = reports[2];
    expect(r?.status).toBe('on_track');
    expect(r?.expected).toBeCloseTo(11.8087912, 6);
    expect(r?.variance?.absolute).toBeCloseTo(0.7912088, 6);
  });

  it('has no data for the Instagram engagement', () => {
    expect(reports[1]?.status).toBe('no_data');
  });
});
