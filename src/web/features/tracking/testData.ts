import type { KpiEntity, MeasurementEntity } from '../../../contract/entity-types.js';
import type { KpiForecastSummary, KpiStatus } from '../../../core/kpi/index.js';
import type { ChartResponse, DashboardItem, DashboardResponse } from './trackingApi';

/**
 * Test doubles of the tracking API's answers, shaped like the server's. The KPI builders are
 * shared with the other features' tests that show KPIs (corrective actions, imports).
 */

const stamp = { version: 1, createdAt: '2027-01-01T00:00:00Z', updatedAt: '2027-01-01T00:00:00Z' };

/** A KPI as the API sends it: no baseline nor target, a tolerance of 10 %, linked to nothing. */
export function kpiEntity(id: string, key: string, name: string, o: Partial<KpiEntity> = {}): KpiEntity {
  return {
    id,
    key,
    position: 0,
    name,
    description: null,
    unit: null,
    direction: 'increase',
    aggregation: 'last',
    baseline: null,
    target: null,
    targetDate: null,
    tolerancePercent: 10,
    objectiveId: null,
    keyResultId: null,
    strategyId: null,
    ...stamp,
    ...o,
  };
}

/** The engine's forecast of a KPI it has no points to forecast from. */
export const noForecast: KpiForecastSummary = {
  slopePerDay: null,
  interceptAtDay0: null,
  projection: null,
  pi95: null,
  probMeetTarget: null,
  cumulative: null,
  pointCount: 0,
  reason: null,
  deadline: null,
  target: null,
  cumulativeTarget: null,
};

export function dashboardItem(
  id: string,
  key: string,
  name: string,
  status: KpiStatus,
  o: Partial<DashboardItem> = {},
): DashboardItem {
  return {
    id,
    key,
    kpi: key,
    name,
    unit: null,
    direction: 'increase',
    aggregation: 'last',
    status,
    latestMeasurementDate: null,
    expected: null,
    actual: null,
    variance: null,
    forecast: { ...noForecast, deadline: '2027-12-31' },
    note: null,
    headlineTarget: null,
    probMeetTarget: null,
    sparkline: [],
    ...o,
  };
}

/** A dashboard of `items`, its counts tallied from them as the server does. */
export function dashboardOf(items: DashboardItem[]): DashboardResponse {
  const counts = { on_track: 0, at_risk: 0, off_track: 0, no_data: 0, no_target: 0 };
  for (const item of items) counts[item.status] += 1;
  return { today: '2027-03-01', counts, items };
}

export function chartOf(o: Partial<ChartResponse> & Pick<ChartResponse, 'status'>): ChartResponse {
  return {
    id: 'kpi1',
    key: 'trafic-organique',
    kpi: 'trafic-organique',
    name: 'Trafic organique',
    unit: 'sessions',
    direction: 'increase',
    aggregation: 'last',
    headlineTarget: 60000,
    probMeetTarget: 0.8,
    period: { start: '2027-01-01', end: '2027-12-31' },
    deadline: '2027-12-31',
    series: { total: 0, points: [] },
    targetPath: [],
    forecast: [],
    ...o,
  };
}

export function measurement(
  id: string,
  date: string,
  value: number,
  o: Partial<MeasurementEntity> = {},
): MeasurementEntity {
  return { id, position: 0, date, value, source: 'manual', note: null, kpiId: 'kpi1', ...stamp, ...o };
}
